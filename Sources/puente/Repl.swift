@preconcurrency import CReadline
import Foundation
import PuenteClient
import PuenteProtocol

#if canImport(Glibc)
    import Glibc
    import PuenteRendering
    import PuenteSupport
#endif

// readline calls back through C function pointers, which cannot capture context:
// what they need lives here, touched only on the main thread (signal handlers only
// set the flags).
nonisolated(unsafe) private var activeRepl: Repl?
nonisolated(unsafe) private var interrupted: sig_atomic_t = 0
nonisolated(unsafe) private var resized: sig_atomic_t = 0
nonisolated(unsafe) private var terminated: sig_atomic_t = 0
nonisolated(unsafe) private var candidates: [String] = []
nonisolated(unsafe) private var candidateIndex = 0

/// The chat: readline with completion and history; free text goes to `ask`,
/// slash commands to the rest of the protocol.
final class Repl {
    let options: ClientOptions
    var language: ReplyLanguage
    /// Whether the participant chose the reply language (`--lang`, `/idioma`); until
    /// then each question is answered in the language it is written in.
    var languageChosen: Bool
    var json: Bool
    var session: String?
    var lastInterpretation: Wire.Interpretation?
    /// The focus the last answer showed, resent with each question (see `ClientActions.ask`).
    var focus: String?
    /// Who votes for questions of the panel: this REPL's first session id (a fresh id if
    /// it has none yet), kept through `/olvidar`, so a participant's vote counts once.
    lazy var voter: String = session ?? UUID().uuidString
    /// The question last answered with "I don't have that", which an empty line sends to the panel.
    var panelOffer: String?
    var completer: Completer
    var finished = false
    var historyPath: String?
    var historyOff = false
    /// The link to the daemon for the whole REPL: it reconnects, and restarts a daemon, as needed.
    private var link: DaemonLink?

    init(options: ClientOptions) throws {
        self.options = options
        self.language = options.language
        self.languageChosen = options.lang != nil
        self.json = options.json
        self.completer = Completer(recordIDs: [], vocabularyIDs: [], suggest: { _ in [] })
        self.historyPath = HistoryLocation.path(environment: ProcessInfo.processInfo.environment)
    }

    var words: ClientWords { ClientWords(language) }

    /// Actions with the current language, width and colour (read again each time: the
    /// terminal may have been resized).
    func actions() throws(ClientError) -> ClientActions {
        let link: DaemonLink
        if let existing = self.link {
            link = existing
        } else {
            link = try options.link()
            link.shouldAbandon = { interrupted != 0 }
            // A quiet "…" while a slow answer is awaited, erased when it comes; only on a terminal.
            if Terminal.outputIsTerminal { link.waiting = { Terminal.showWaiting($0) } }
            self.link = link
        }
        let renderer = Renderer(words: words, colour: Terminal.colour, width: Terminal.width)
        return ClientActions(link: link, renderer: renderer, json: json)
    }

    func run() throws -> Int32 {
        let actions: ClientActions
        do { actions = try self.actions() } catch {
            Terminal.printError(wrapped(words.screenError(error), .warning))
            return error.exitCode
        }
        prepareCompletion(actions)
        let session = try? actions.link.call(SessionInfoParams(lang: language))
        if let session { print(actions.renderer.sessionHeader(session)) }
        print(actions.renderer.render([StyledLine(words.howToAsk(example: session?.examples.first))]))
        activeRepl = self
        installReadline()
        defer { restoreTerminal() }
        loop()
        // Leaving the chat leaves the daemon serving: said once, with how to stop it.
        if finished && link != nil { print(words.stillRunning(stop: stopCommand)) }
        return 0
    }

    /// `puente stop` as this participant can type it: the program as it was started
    /// (a path when it was started by one, as `Scripts/start` does), and the socket
    /// when one was named.
    var stopCommand: String {
        let program = CommandLine.arguments.first.map { $0.contains("/") ? $0 : "puente" } ?? "puente"
        let socket = options.socket.map { ["--socket", $0] } ?? []
        return ShellWord.line([program, "stop"] + socket)
    }

    /// Completion goes through the REPL's link, so it too reconnects after an idle timeout.
    private func prepareCompletion(_ actions: ClientActions) {
        let link = actions.link
        let vocabulary = try? link.call(VocabularyParams())
        let ids = [vocabulary?.themes, vocabulary?.regions, vocabulary?.modalities].compactMap { $0 }.flatMap {
            $0.map(\.id)
        }
        let search = try? link.call(SearchParams(query: "kind:initiative", limit: 100))
        completer = Completer(recordIDs: (search?.hits.map(\.id) ?? []).sorted(), vocabularyIDs: ids.sorted()) {
            prefix in
            (try? link.call(SuggestParams(prefix: prefix, limit: 20)).completions) ?? []
        }
    }

    // MARK: readline

    private func installReadline() {
        Terminal.readUTF8Input()
        CReadline_setName("puente")
        CReadline_setCatchSignals(0)
        CReadline_setCompletion(attemptCompletion)
        using_history()
        stifle_history(Int32(HistoryLocation.capacity))
        if let path = historyPath {
            prepareHistoryFile(path)
            read_history(path)
        }
        // A parent may hand these signals down blocked (a thread of a test runner does):
        // the REPL relies on them, so it unblocks them before installing its handlers.
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in [SIGINT, SIGWINCH, SIGTERM, SIGHUP] { sigaddset(&handled, number) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
        signal(SIGINT) { _ in interrupted = 1 }
        signal(SIGWINCH) { _ in resized = 1 }
        signal(SIGTERM) { _ in terminated = 1 }
        signal(SIGHUP) { _ in terminated = 1 }
        rl_callback_handler_install(words.prompt, lineRead)
    }

    private func restoreTerminal() {
        rl_callback_handler_remove()
        if let path = historyPath, !historyOff { history_truncate_file(path, Int32(HistoryLocation.capacity)) }
        activeRepl = nil
    }

    private func loop() {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while !finished && terminated == 0 {
            let ready = poll(&descriptor, 1, -1)
            if interrupted != 0 {
                interrupted = 0
                CReadline_abandonLine()
            }
            if resized != 0 {
                resized = 0
                rl_resize_terminal()
            }
            if ready > 0 && descriptor.revents & Int16(POLLIN | POLLHUP) != 0 {
                rl_callback_read_char()
            } else if ready < 0 && errno != EINTR {
                break
            }
        }
        if !finished { print("") }
    }

    /// The history file, created 0600 in a 0700 folder when missing.
    private func prepareHistoryFile(_ path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_CREAT | O_WRONLY | O_APPEND | O_CLOEXEC, 0o600)
        if descriptor >= 0 { close(descriptor) } else { historyOff = true }
    }

    /// Keeps `line` in the history, not twice in a row; says once if it cannot be saved.
    func remember(_ line: String) {
        if let last = CReadline_lastHistoryLine(), String(cString: last) == line { return }
        add_history(line)
        guard let path = historyPath, !historyOff else { return }
        if append_history(1, path) != 0 {
            historyOff = true
            Terminal.printError(words.historyOff)
        }
    }

    // MARK: lines

    func handle(_ raw: String) {
        let line = raw.trimmingCharacters(in: .whitespaces)
        // The offer after an answer that lacked something lasts one line: Enter takes it.
        let offered = panelOffer
        panelOffer = nil
        guard !line.isEmpty else {
            if let offered { sendOffered(offered) }
            return
        }
        remember(line)
        do {
            if line.hasPrefix("/") {
                try command(line)
            } else {
                let (output, answer) = try actions().ask(
                    line, session: session, keep: true, languageParam: languageChosen, focus: focus)
                // The daemon lost the conversation: with the focus resent, the participant loses nothing worth a word.
                if answer.sessionForgotten && focus == nil { print(words.conversationForgotten) }
                session = answer.session
                focus = answer.interpretation.focus
                lastInterpretation = answer.interpretation
                print(output.text)
                offerPanel(line, after: answer)
            }
        } catch .interrupted {
            interrupted = 0
            print(words.abandoned)
        } catch {
            // What a command was asked for is quoted when the daemon found nothing for it.
            let argument =
                line.hasPrefix("/") ? line.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) : nil
            print(wrapped(words.screenError(error, typed: argument?.trimmingCharacters(in: .whitespaces)), .warning))
        }
    }

    /// Text said to the participant, wrapped to the terminal as answers are.
    func wrapped(_ text: String, _ style: TextStyle = .plain) -> String {
        Renderer(words: words, colour: Terminal.colour, width: Terminal.width).render([StyledLine(text, style)])
    }

    private func command(_ line: String) throws(ClientError) {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        guard let command = CommandTable.resolve(parts[0]) else {
            print(words.unknownCommand(parts[0], suggestion: CommandTable.closest(to: parts[0])))
            return
        }
        let actions = try self.actions()
        switch command.action {
        case .help: print(([words.commandsHeading] + CommandTable.help(language)).joined(separator: "\n"))
        case .themes: print(try actions.vocabulary(.themes).text)
        case .regions: print(try actions.vocabulary(.regions).text)
        case .modalities: print(try actions.vocabulary(.modalities).text)
        case .mechanisms: print(try actions.vocabulary(.mechanisms).text)
        case .record:
            guard !argument.isEmpty else { return print(words.needsArgument(command.name(for: language), "ID")) }
            print(try actions.record(argument).text)
        case .search:
            guard !argument.isEmpty else { return print(words.needsArgument(command.name(for: language), "Q")) }
            print(try actions.search(argument).text)
        case .points: print(try actions.points(naming: argument).text)
        case .brief: print(try actions.brief().text)
        case .coverage: print(try actions.coverage().text)
        case .session: print(try actions.session().text)
        case .context: print(actions.renderer.context(session == nil ? nil : lastInterpretation))
        case .reset:
            session = nil
            lastInterpretation = nil
            focus = nil
            print(words.forgotten)
        case .language:
            guard !argument.isEmpty else { return print(words.languageChoices) }
            if argument.lowercased() == ClientWords.automatic {
                languageChosen = false
                return print(words.languageAutomatic)
            }
            guard let chosen = ReplyLanguage(locale: argument), ClientWords.speaks(chosen) else {
                return print(words.unknownLanguage(argument))
            }
            language = chosen
            languageChosen = true
            print(words.languageSet(chosen))
        case .json:
            json.toggle()
            print(words.json(json))
        case .stats: print(try actions.stats().text)
        case .panel, .queue, .vote: try panel(command, argument, actions)
        case .quit:
            finished = true
            print(words.goodbye)
        }
    }

}

/// readline hands over each finished line (NULL at Ctrl-D on an empty line).
private let lineRead: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { pointer in
    guard let pointer else {
        // Ctrl-D: what follows starts on a line of its own, not after the prompt.
        print("")
        activeRepl?.finished = true
        return
    }
    let line = String(cString: pointer)
    free(pointer)
    activeRepl?.handle(line)
}

/// Tab: the completer's candidates for the word before the cursor; never file names.
private let attemptCompletion:
    @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
        text, _, end in
        CReadline_setCompletionOver(1)
        let buffer = CReadline_lineBuffer().map { Array(String(cString: $0).utf8.prefix(Int(end))) } ?? []
        let line = String(decoding: buffer, as: UTF8.self)
        let word = text.map { String(cString: $0) } ?? ""
        candidates = activeRepl?.completer.candidates(line: line, word: word) ?? []
        candidateIndex = 0
        return rl_completion_matches(text, nextCandidate)
    }

private let nextCandidate: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
    if state == 0 { candidateIndex = 0 }
    guard candidateIndex < candidates.count else { return nil }
    defer { candidateIndex += 1 }
    return strdup(candidates[candidateIndex])
}
