import ArgumentParser
import Foundation
import PuenteClient
import PuenteProtocol
#if canImport(Glibc)
import Glibc
#endif

/// Options every command takes.
struct ClientOptions: ParsableArguments {
    @Option(help: "The daemon's socket (default: $PUENTE_SOCKET, $XDG_RUNTIME_DIR/puente/puente.sock or /tmp/puente-$UID/puente.sock).")
    var socket: String?

    @Flag(name: .customLong("no-spawn"), help: "Do not start puented when no daemon answers (exit 69 instead).")
    var noSpawn = false

    @Flag(help: "Print the daemon's result as JSON, one line each.")
    var json = false

    @Option(help: "The language of the client's words and the answers: es, en, fr, pt or ar (default: the language of LC_ALL, LC_MESSAGES or LANG when it is one of them, else es).")
    var lang: ClientLanguage?

    var language: ClientLanguage {
        lang ?? ClientLanguage.from(environment: ProcessInfo.processInfo.environment)
    }

    var socketPath: String {
        SocketPath.resolve(explicit: socket, environment: ProcessInfo.processInfo.environment, uid: getuid())
    }

    /// A link to the daemon, connected now, which starts one when allowed and needed.
    func link() throws(ClientError) -> DaemonLink {
        let environment = ProcessInfo.processInfo.environment
        let launcher = DaemonLauncher(path: socketPath, daemon: noSpawn ? nil : DaemonLauncher.findDaemon(environment: environment))
        let words = ClientWords(language)
        let link = DaemonLink(launcher: launcher) { Terminal.printError(words.started($0)) }
        try link.open()
        return link
    }

    func actions() throws(ClientError) -> ClientActions {
        let renderer = Renderer(words: ClientWords(language), colour: Terminal.colour, width: Terminal.width)
        return ClientActions(link: try link(), renderer: renderer, json: json)
    }

    /// Runs a one-shot action, prints its output and exits with its status:
    /// 0 found, 1 nothing found, 65 the daemon answered with an error, 69 no daemon.
    func run(_ body: (ClientActions) throws(ClientError) -> ClientActions.Output) throws {
        do {
            let output = try body(try actions())
            print(output.text)
            throw ExitCode(output.status)
        } catch let error as ClientError {
            Terminal.printError(ClientWords(language).error(error))
            if case let .daemon(rpc) = error, case let .array(issues)? = rpc.data?["issues"] {
                for case let .string(issue) in issues { Terminal.printError("  " + issue) }
            }
            throw ExitCode(error.exitCode)
        }
    }
}

struct Puente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puente",
        abstract: "Ask about the session on regional and interregional cooperation against child labour.",
        discussion: """
        With a terminal and no subcommand, puente opens a chat (type /ayuda there). With no terminal, \
        each line read is a question and each answer is printed in turn. Exit codes: 0 found, \
        1 nothing found, 2 usage, 65 the daemon answered with an error, 69 no daemon reachable.
        """,
        subcommands: [Ask.self, Search.self, Points.self, Brief.self, Coverage.self, Record.self, Vocabulary.self,
                      Session.self, Stats.self, Reload.self])

    @OptionGroup var options: ClientOptions

    func run() throws {
        if Terminal.inputIsTerminal && !options.json {
            let status = try Repl(options: options).run()
            throw ExitCode(status)
        }
        try pipe()
    }

    /// No terminal: each line is a question in one conversation; answers in turn.
    private func pipe() throws {
        try options.run { actions throws(ClientError) in
            var session: String? = nil
            var outputs: [String] = []
            var found = false
            while let line = readLine() {
                let question = line.trimmingCharacters(in: .whitespaces)
                guard !question.isEmpty else { continue }
                // Every line is a turn of one conversation: keep it for the next line.
                let (output, answer) = try actions.ask(question, session: session, keep: true, languageParam: options.lang != nil)
                session = answer.session
                found = found || output.status == 0
                print(output.text + (actions.json ? "" : "\n"))
                outputs.append(output.text)
            }
            return ClientActions.Output(text: "", status: found || outputs.isEmpty ? 0 : 1)
        }
    }
}

extension Puente {
    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ask one question, as a participant would.")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The question.") var text: [String]

        func validate() throws { if text.isEmpty { throw ValidationError("ask needs a question, such as: puente ask \"¿cuándo es la sesión?\"") } }

        func run() throws {
            try options.run { actions throws(ClientError) in
                // One question, no follow-up: the daemon need not keep a conversation.
                try actions.ask(text.joined(separator: " "), session: nil, keep: false, languageParam: options.lang != nil).0
            }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Search passages with the index syntax (words, \"phrases\", -word, facet:value).")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The query.") var query: [String]
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
                try actions.search(query.joined(separator: " "), filters: ["region": region, "modality": modality, "theme": theme], limit: limit)
            }
        }
    }

    struct Points: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cited talking points for a theme, region, modality or query.")
        @OptionGroup var options: ClientOptions
        @Option(help: "Theme: its id, or its name in es, en, fr, pt or ar, typos forgiven (labour-migration, \"migración laboral\", \"migration de main-d'œuvre\").")
        var theme: String?
        @Option(help: "Region: its id or name in any of the five languages (africa, África, Afrique, أفريقيا).")
        var region: String?
        @Option(help: "Modality: its id or name in any of the five languages (south-south, Sur-Sur, Sud-Sud, triangular).")
        var modality: String?
        @Option(help: "Free words.") var query: String?
        @Option(help: "Points, 1 to 8 (default 6).") var limit: Int?
        @Option(help: "How to print the points.") var format: ClientActions.PointsFormat = .text

        func run() throws {
            try options.run { actions throws(ClientError) in
                try actions.points(theme: theme, region: region, modality: modality, query: query, limit: limit, format: format)
            }
        }
    }

    struct Brief: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The moderator brief, as Markdown.")
        @OptionGroup var options: ClientOptions
        @Option(help: "Write the brief to this file instead of printing it.") var output: String?

        func run() throws {
            guard let output else { return try options.run { actions throws(ClientError) in try actions.brief() } }
            try options.run { actions throws(ClientError) in
                let brief = try actions.brief()
                do {
                    try brief.text.write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    Terminal.printError("puente: cannot write \(output): \(error.localizedDescription)")
                    return ClientActions.Output(text: "", status: 1)
                }
                return ClientActions.Output(text: output, status: 0)
            }
        }
    }

    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Initiatives by theme, region and modality, with the gaps.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.coverage() } }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One initiative (or passage of the concept note) in full.")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The id, such as accel-africa or concept-note#I.2.") var id: String
        func run() throws { try options.run { actions throws(ClientError) in try actions.record(id) } }
    }

    struct Vocabulary: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Themes, regions, modalities and mechanisms, with their ids and counts.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.vocabulary() } }
    }

    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The session's date, time, venue and guiding questions.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.session() } }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The daemon's statistics.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.stats() } }
    }

    struct Reload: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reload the daemon's knowledge (its own user or root only).")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run { actions throws(ClientError) in try actions.reload() } }
    }
}
