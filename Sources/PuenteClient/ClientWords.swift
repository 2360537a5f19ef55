import PuenteKnowledge
import PuenteProtocol
import PuenteRendering
import PuenteSupport

/// The client's sentences in its language: each is a template of the language
/// pack (`client:` in `Knowledge/languages/<code>.yaml`), named here by its key.
///
/// Quotation marks are the pack's. Arabic is written in logical order; Latin
/// syntax in an Arabic sentence (a slash command) is kept left to right by an
/// isolate, so that the bidi algorithm does not move its slash.
public struct ClientWords: Sendable {
    public var language: ReplyLanguage
    public init(_ language: ReplyLanguage) { self.language = language }

    private var phrases: Phrasebook { ClientPhrasebooks.book(for: language.rawValue) }

    /// The labels of a rendered answer in this language (the pack's `say:`), which
    /// the client's own headings share.
    public var labels: AnswerRenderer { Self.labels(language.rawValue) }

    /// The renderer of an answer in the language of `code`, with that pack's labels.
    public static func labels(_ code: String) -> AnswerRenderer {
        AnswerRenderer(ClientPhrasebooks.book(for: code, section: "say"))
    }

    /// The languages the client speaks: those the bundled knowledge has a pack for,
    /// the session's five first.
    public static var languages: [ReplyLanguage] { ClientPhrasebooks.languages }

    /// `/idioma auto`: back to answering each question in the language it is written in.
    public static let automatic = "auto"

    /// What `/idioma` takes: a language's code, or `auto`.
    public static var languageArguments: [String] { languages.map(\.rawValue) + [automatic] }

    /// Whether the client has a pack for `language`.
    public static func speaks(_ language: ReplyLanguage) -> Bool { languages.contains(language) }

    /// The language's name in itself, from its pack: "español", "English", "العربية".
    public var languageName: String { phrases.languageName }

    /// Which of a slash command's two names its reader is offered first: the pack's
    /// `typography.command_names` (the Spanish one in Spanish and Portuguese).
    public var readsSpanishCommands: Bool { phrases.commandNames == "es" }

    /// The pack's sentence `key`, its `{slots}` filled, with the pack's typography
    /// (French no-break spaces before ? ! : ; and inside « »).
    func say(_ key: String, _ slots: [String: any CustomStringConvertible] = [:]) -> String {
        phrases.say(key, slots.mapValues(\.description))
    }

    /// The pack's counted sentence `key`, in the form `count` takes.
    func say(_ key: String, count: Int) -> String {
        phrases.say(key, count: count)
    }

    /// A slash command by the name its reader is offered (`readsSpanishCommands`).
    func command(_ spanish: String, _ english: String) -> String {
        leftToRight(readsSpanishCommands ? spanish : english)
    }

    /// The help command in the reader's words ("/aide", "/ajuda").
    var helpCommand: String { leftToRight(commandName(.help)) }

    /// Latin syntax inside a right-to-left sentence, kept left to right by an isolate.
    private func leftToRight(_ text: String) -> String {
        phrases.rightToLeft ? "\u{2066}\(text)\u{2069}" : text
    }

    /// "Comandos:", "Commandes :": a heading that introduces what follows it.
    public func heading(_ text: String) -> String { labels.heading(text) }

    /// "Idioma: español": a heading and its text on one line.
    public func labelled(_ heading: String, _ text: String) -> String { labels.labelled(heading, text) }

    public var prompt: String { "puente> " }

    /// The REPL's first hint, with an example question from the session's knowledge when there is one.
    public func howToAsk(example: String?) -> String {
        let help = helpCommand
        guard let example else {
            return say("how_to_ask", ["help": help])
        }
        return say("how_to_ask_example", ["example": example, "help": help])
    }

    /// That the client started the daemon on its own («puented iniciado en …»), told as it happened.
    public func daemonStarted(at path: String) -> String {
        "puente: " + say("daemon_started", ["path": leftToRight(path)])
    }

    /// "3 resultados", "1 résultat", "نتيجتان".
    public func results(_ total: Int) -> String {
        say("results", count: total)
    }

    public var nothing: String {
        say("nothing")
    }

    public func unknownCommand(_ name: String, suggestion: String?) -> String {
        let help = helpCommand
        let hint = suggestion.map { say("did_you_mean_command", ["command": $0]) } ?? ""
        return say("unknown_command", ["name": name, "hint": hint, "help": help])
    }

    public func needsArgument(_ command: String, _ argument: String) -> String {
        say("needs_argument", ["command": command, "argument": argument])
    }

    public var commandsHeading: String { heading(say("commands_heading")) }

    public var contextEmpty: String {
        say("context_empty")
    }

    public var contextHeading: String {
        heading(say("context_heading"))
    }

    public var forgotten: String {
        say("forgotten")
    }

    /// Said in the language just chosen.
    public func languageSet(_ language: ReplyLanguage) -> String {
        let chosen = ClientWords(language)
        return chosen.labelled(chosen.say("language_heading"), chosen.languageName + ".")
    }

    /// `/idioma` with no argument: the choices, each by its code and its own name.
    public var languageChoices: String {
        let languages = Self.languages
        let usage = command("/idioma", "/lang") + " " + Self.languageArguments.joined(separator: "|")
        let names = (languages.map { "\($0.rawValue) \(ClientWords($0).languageName)" } + [say("language_auto_name")])
            .joined(separator: labels.comma)
        return labelled(say("languages_heading"), leftToRight(usage) + " (\(names))")
    }

    /// `/idioma de`: what was typed, quoted, and what is accepted.
    public func unknownLanguage(_ typed: String) -> String {
        let command = command("/idioma", "/lang")
        let codes = Self.languageArguments
        return say(
            "unknown_language",
            [
                "typed": typed, "command": command, "listed": codes.dropLast().joined(separator: ", "),
                "last": codes.last ?? "",
                "codes": codes.joined(separator: ", "),
            ])
    }

    /// `/idioma auto`: each question is answered in its own language again.
    public var languageAutomatic: String {
        labelled(say("language_heading"), say("language_auto") + ".")
    }

    public func json(_ on: Bool) -> String {
        on
            ? say("json_on")
            : say("json_off")
    }

    public var historyOff: String {
        say("history_off")
    }

    public func reloaded(_ version: String, _ documents: Int, _ milliseconds: Int) -> String {
        say("reloaded", ["version": version, "documents": documents, "milliseconds": milliseconds])
    }

    /// An error as scripts and logs read it: in English, like every error message.
    public func error(_ error: ClientError) -> String { "puente: " + error.description }

    /// An error as the chat shows it: in the reader's language, without the protocol's
    /// codes (scripts read those under `--json`). `typed` is what the participant asked
    /// for (an id, a query), quoted when the daemon found nothing for it or could not
    /// read it. The causes the system gives (a refused connection, the daemon's own last
    /// words) are quoted as they are.
    public func screenError(_ error: ClientError, typed: String? = nil) -> String {
        switch error {
        case .unreachable(let path, let reason): say("error_unreachable", ["path": path, "reason": reason])
        case .closed(let path): say("error_closed", ["path": path])
        case .daemonFailed(let path, let reason): say("error_daemon_failed", ["path": path, "reason": reason])
        case .malformedReply: say("error_malformed")
        case .interrupted: abandoned
        case .unknownName(let facet, let value, let closest, _, _):
            say(
                "error_unknown_name",
                [
                    "value": value, "facet": labels.facetName(facet), "hint": closestHint(closest),
                    "command": listing(facet),
                ])
        case .daemon(let rpc): daemonError(rpc, typed: typed)
        // Only the one-shot commands write files; their errors are for scripts.
        case .outputExists, .cannotWrite: self.error(error)
        }
    }

    private func daemonError(_ error: RPCError, typed: String?) -> String {
        switch (error.code, typed) {
        case (RPCError.overloadedCode, _): say("error_overloaded")
        case (RPCError.notFoundCode, let typed?):
            say("error_not_found", ["typed": typed, "hint": closestHint(error.closest)])
        case (RPCError.invalidParamsCode, let typed?): say("error_invalid", ["typed": typed, "help": helpCommand])
        default: say("error_daemon")
        }
    }

    /// " ¿Quisiste decir «accel-africa»?", or nothing when nothing is close.
    private func closestHint(_ closest: [String]) -> String {
        closest.first.map { say("error_close", ["closest": $0]) } ?? ""
    }

    /// The command that lists the values of a facet: `/regiones` for a region.
    private func listing(_ facet: FacetKind) -> String {
        switch facet {
        case .region: command("/regiones", "/regions")
        case .modality: command("/modalidades", "/modalities")
        case .mechanism: command("/mecanismos", "/mechanisms")
        case .theme, .kind: command("/temas", "/themes")
        }
    }

    /// Said when the conversation so far was lost and nothing of it could be resent.
    public var conversationForgotten: String {
        say("conversation_forgotten")
    }

    public var abandoned: String {
        say("abandoned")
    }

    public var goodbye: String { say("goodbye") }

    /// Said once on leaving the REPL: the daemon serves on; `command` stops it.
    public func stillRunning(stop command: String) -> String {
        say("still_running", ["command": self.command(command, command)])
    }

    /// `puente stop`: the daemon has stopped.
    public func stopped(pid: Int) -> String {
        say("stopped", ["pid": pid])
    }
}
