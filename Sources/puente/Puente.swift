import ArgumentParser
import Foundation
import PuenteClient
import PuenteProtocol

#if canImport(Glibc)
    import Glibc
    import PuenteSupport
#endif

/// Options every command takes.
struct ClientOptions: ParsableArguments {
    @Option(
        help:
            "The daemon's socket (default: $PUENTE_SOCKET, $XDG_RUNTIME_DIR/puente/puente.sock or /tmp/puente-$UID/puente.sock)."
    )
    var socket: String?

    @Flag(name: .customLong("no-spawn"), help: "Do not start puented when no daemon answers (exit 69 instead).")
    var noSpawn = false

    @Flag(help: "Print the daemon's result as JSON, one line each.")
    var json = false

    @Option(help: ArgumentHelp("Seconds to wait for each reply before giving up (exit 69).", valueName: "seconds"))
    var timeout = Seconds(DaemonConnection.defaultTimeout)

    @Option(
        help:
            "The language of the client's words and the answers: es, en, fr, pt or ar (default: the language of LC_ALL, LC_MESSAGES or LANG when it is one of them, else es)."
    )
    var lang: ReplyLanguage?

    var language: ReplyLanguage {
        lang ?? ReplyLanguage.from(environment: ProcessInfo.processInfo.environment, spoken: ClientWords.speaks)
    }

    func validate() throws {
        guard timeout.value > 0 && timeout.value <= 86_400 else {
            throw ValidationError("--timeout must be more than 0 and at most 86400 seconds")
        }
    }

    var socketPath: String {
        SocketPath.resolve(explicit: socket, environment: ProcessInfo.processInfo.environment, uid: getuid())
    }

    /// A link to the daemon, connected now, which starts one when allowed (`spawn`, and
    /// no `--no-spawn`) and needed.
    func link(spawn: Bool = true) throws(ClientError) -> DaemonLink {
        let environment = ProcessInfo.processInfo.environment
        let daemon = noSpawn || !spawn ? nil : DaemonLauncher.findDaemon(environment: environment)
        let launcher = DaemonLauncher(path: socketPath, daemon: daemon, timeout: timeout.value)
        let words = ClientWords(language)
        let link = DaemonLink(launcher: launcher) { Terminal.printError(words.daemonStarted(at: $0)) }
        try link.open()
        return link
    }

    func actions(spawn: Bool = true) throws(ClientError) -> ClientActions {
        let renderer = Renderer(
            words: ClientWords(language), colour: Terminal.colour, width: Terminal.width, outsideChat: true)
        return ClientActions(link: try link(spawn: spawn), renderer: renderer, json: json)
    }

    /// Runs a one-shot action, prints its output and exits with its status:
    /// 0 found, 1 nothing found, 64 a name the vocabulary lacks, 65 the daemon answered
    /// with an error, 69 no daemon, 73 the output file cannot be written.
    func run(spawn: Bool = true, _ body: (ClientActions) throws(ClientError) -> ClientActions.Output) throws {
        do {
            let output = try body(try actions(spawn: spawn))
            if !output.text.isEmpty { print(output.text) }
            throw ExitCode(output.status)
        } catch let error as ClientError {
            report(error)
            throw ExitCode(error.exitCode)
        }
    }

    /// An error as the caller reads it: with `--json`, one JSON object on stdout;
    /// otherwise a line on stderr, with the validation issues the daemon listed.
    func report(_ error: ClientError) {
        if json { return print(error.jsonLine) }
        Terminal.printError(ClientWords(language).error(error))
        if case .daemon(let rpc) = error, case .array(let issues)? = rpc.data?["issues"] {
            for case .string(let issue) in issues { Terminal.printError("  " + issue) }
        }
    }
}

struct Puente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puente",
        abstract: "Ask about the session on regional and interregional cooperation against child labour.",
        discussion: """
            With a terminal and no subcommand, puente opens a chat (type /ayuda there). With no terminal, \
            each line read is a question and each answer is printed in turn (with --json, one JSON line \
            each). With --json, an error is a JSON line too: {"error": {"code", "message", "exit"}}. \
            Exit codes: 0 found, 1 nothing found, 2 usage, 64 a theme, region or modality the vocabulary \
            lacks, 65 the daemon answered with an error, 69 no daemon reachable, 73 the output file \
            exists or cannot be written. The daemon keeps running after puente exits: puente stop stops it.
            """,
        subcommands: [
            Ask.self, Search.self, Points.self, Brief.self, Coverage.self, Record.self, Vocabulary.self,
            Session.self, Stats.self, Reload.self, Stop.self, SocketPath.self, Panel.self, Moderator.self,
        ])

    @OptionGroup var options: ClientOptions

    func run() throws {
        if Terminal.inputIsTerminal && !options.json {
            let status = try Repl(options: options).run()
            throw ExitCode(status)
        }
        try pipe()
    }

    /// No terminal: each line is a question in one conversation; answers in turn, one
    /// output per question (with `--json`, exactly one line each). A question the daemon
    /// refuses gets its error in its place and the next one is asked; the exit status is
    /// then 65. No daemon at all ends the run.
    private func pipe() throws {
        try options.run { actions throws(ClientError) in
            var session: String? = nil
            var asked = false
            var found = false
            var refused = false
            while let line = readLine() {
                let question = line.trimmingCharacters(in: .whitespaces)
                guard !question.isEmpty else { continue }
                if asked && !actions.json { print("") }
                asked = true
                do throws(ClientError) {
                    // Every line is a turn of one conversation: keep it for the next line.
                    let (output, answer) = try actions.ask(
                        question, session: session, keep: true, languageParam: options.lang != nil)
                    session = answer.session
                    found = found || output.status == 0
                    print(output.text)
                } catch {
                    guard case .daemon = error else { throw error }
                    refused = true
                    options.report(error)
                }
            }
            // 65, as for any error answer; else 0 found, 1 nothing found.
            let status: Int32 = refused ? 65 : found || !asked ? 0 : 1
            return ClientActions.Output(text: "", status: status)
        }
    }
}

extension Puente {
    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ask one question, as a participant would.")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The question.") var text: [String] = []

        func validate() throws {
            if text.isEmpty {
                throw ValidationError("ask needs a question, such as: puente ask \"¿cuándo es la sesión?\"")
            }
        }

        func run() throws {
            try options.run { actions throws(ClientError) in
                // One question, no follow-up: the daemon need not keep a conversation.
                try actions.ask(
                    text.joined(separator: " "), session: nil, keep: false, languageParam: options.lang != nil
                ).0
            }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search passages with the index syntax (words, \"phrases\", -word, facet:value).")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The query; none with a filter lists what passes it.") var query: [String] = []
        @Option(help: "Only this region (id; repeat for several).") var region: [String] = []
        @Option(help: "Only this modality (id).") var modality: [String] = []
        @Option(help: "Only this theme (id).") var theme: [String] = []
        @Option(help: "Hits to print, 0 to 100.") var limit: Int?

        func validate() throws {
            if query.isEmpty && region.isEmpty && modality.isEmpty && theme.isEmpty {
                throw ValidationError("search needs a query or a filter, such as: puente search cacao --region africa")
            }
        }

        func run() throws {
            try options.run { actions throws(ClientError) in
                try actions.search(
                    query.joined(separator: " "), filters: [.region: region, .modality: modality, .theme: theme],
                    limit: limit)
            }
        }
    }

    struct Points: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cited talking points for a theme, region, modality or query.")
        @OptionGroup var options: ClientOptions
        @Option(
            help:
                "Theme: its id, or its name in es, en, fr, pt or ar, typos forgiven (labour-migration, \"migración laboral\", \"migration de main-d'œuvre\")."
        )
        var theme: String?
        @Option(help: "Region: its id or name in any of the five languages (africa, África, Afrique, أفريقيا).")
        var region: String?
        @Option(
            help: "Modality: its id or name in any of the five languages (south-south, Sur-Sur, Sud-Sud, triangular).")
        var modality: String?
        @Option(help: "Free words.") var query: String?
        @Option(help: "Points, 1 to 8 (default 6).") var limit: Int?
        @OptionGroup var document: DocumentOptions

        func run() throws {
            let format = document.resolved(toTerminal: Terminal.outputIsTerminal)
            try options.run { actions throws(ClientError) in
                try actions.points(
                    theme: theme, region: region, modality: modality, query: query, limit: limit, format: format)
            }
        }
    }

    struct Brief: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The moderator brief: rendered on a terminal, Markdown in a pipe or a file.")
        @OptionGroup var options: ClientOptions
        @OptionGroup var document: DocumentOptions
        @Option(
            help:
                "Write the brief to this file instead of printing it; an existing file is left as it is (exit 73) unless --force."
        )
        var output: String?
        @Flag(help: "With --output: overwrite the file if it exists.") var force = false

        func validate() throws {
            if force && output == nil { throw ValidationError("--force goes with --output FILE") }
        }

        func run() throws {
            // A file gets Markdown unless asked otherwise, whatever the terminal.
            let format = document.resolved(toTerminal: output == nil && Terminal.outputIsTerminal)
            guard let output else {
                return try options.run { actions throws(ClientError) in try actions.brief(format: format) }
            }
            try options.run { actions throws(ClientError) in
                // Refused before the daemon is asked: nothing is composed for a file that stays.
                if !force && FileManager.default.fileExists(atPath: output) { throw .outputExists(path: output) }
                var actions = actions
                // Text for a file: neither colour nor the terminal's width.
                actions.renderer.colour = false
                actions.renderer.width = 0
                let brief = try actions.brief(format: format)
                try OutputFile.write(brief.text, to: output, replacing: force)
                return ClientActions.Output(
                    text: options.json ? ClientActions.line(.object(["output": .string(output)])) : output, status: 0)
            }
        }
    }

    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Initiatives by theme, region and modality, with the gaps.")
        @OptionGroup var options: ClientOptions
        @OptionGroup var document: DocumentOptions
        func run() throws {
            let format = document.resolved(toTerminal: Terminal.outputIsTerminal)
            try options.run { actions throws(ClientError) in try actions.coverage(format: format) }
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One initiative (or passage of the concept note) in full.")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The id, such as accel-africa or concept-note#I.2.") var id: String
        func run() throws { try options.run { actions throws(ClientError) in try actions.record(id) } }
    }

    struct Vocabulary: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Themes, regions, modalities and mechanisms, with their ids and counts.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.vocabulary() } }
    }

    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The session's date, time, venue and guiding questions.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.session() } }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The daemon's statistics.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.stats() } }
    }

    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop the daemon gracefully (its own user or root only); never starts one.",
            discussion:
                "The daemon answers what is in flight, removes its socket and exits; puente stop returns once it has.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run(spawn: false) { actions throws(ClientError) in try actions.stop() } }
    }

    struct SocketPath: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "socket-path",
            abstract:
                "Print the socket path puente uses (--socket, $PUENTE_SOCKET, $XDG_RUNTIME_DIR/puente/puente.sock or /tmp/puente-$UID/puente.sock)."
        )
        @OptionGroup var options: ClientOptions
        func run() {
            print(options.json ? ClientActions.line(.string(options.socketPath)) : options.socketPath)
        }
    }

    struct Reload: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reload the daemon's knowledge (its own user or root only).")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.reload() } }
    }
}
