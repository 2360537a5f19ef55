import PuenteKnowledge
import PuenteSupport

/// The language of the client's own words (quoted knowledge keeps its own).
public enum ClientLanguage: String, Sendable, CaseIterable {
    case spanish = "es"
    case english = "en"
    case french = "fr"
    case portuguese = "pt"
    case arabic = "ar"

    /// The language a locale names: "fr", "FR", "pt_BR", "ar_MA.UTF-8", "en-GB";
    /// nil for any other language, and for "C" and "POSIX".
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        guard let language = ClientLanguage(rawValue: code) else { return nil }
        self = language
    }

    /// The language of the first locale variable set, as POSIX orders them
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; an empty one counts as unset):
    /// `fr_FR.UTF-8` gives French, `pt_BR` Portuguese, `ar_MA` Arabic. Spanish, the
    /// session's language, when that locale is none of the five or nothing is set.
    public static func from(environment: [String: String]) -> ClientLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return ClientLanguage(locale: locale) ?? .spanish
    }

    /// The language's name in itself: "español", "English", "français", "português", "العربية".
    public var name: String {
        switch self {
        case .spanish: "español"
        case .english: "English"
        case .french: "français"
        case .portuguese: "português"
        case .arabic: "العربية"
        }
    }

    /// Which of a slash command's two names its reader is offered first: the Spanish
    /// one in Spanish and Portuguese (its close neighbour), the English one otherwise.
    public var readsSpanishCommands: Bool { self == .spanish || self == .portuguese }
}

/// The client's sentences in its language: each is a template of the language
/// pack (`client:` in `Knowledge/languages/<code>.yaml`), named here by its key.
///
/// Quotation marks are the pack's. Arabic is written in logical order; Latin
/// syntax in an Arabic sentence (a slash command) is kept left to right by an
/// isolate, so that the bidi algorithm does not move its slash.
public struct ClientWords: Sendable {
    public var language: ClientLanguage
    public init(_ language: ClientLanguage) { self.language = language }

    private var phrases: Phrasebook { ClientPhrasebooks.book(for: language.rawValue) }

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
        let name = language.readsSpanishCommands ? spanish : english
        return language == .arabic ? "\u{2066}\(name)\u{2069}" : name
    }

    /// "Fuentes:", "Sources :": a heading that introduces what follows it.
    public func heading(_ text: String) -> String {
        say("heading", ["text": text])
    }

    /// "región: África": a heading and its text on one line.
    public func labelled(_ heading: String, _ text: String) -> String {
        self.heading(heading) + " " + text
    }

    /// The separator of a list: ", ", or the Arabic comma.
    public var comma: String { phrases.listStyle.between }

    /// Knowledge quoted in a reply: «…», “…”, « … ».
    public var quotes: (open: String, close: String) {
        let quoted = say("quoted", ["text": "\u{0}"]).split(separator: "\u{0}", omittingEmptySubsequences: false)
        return (String(quoted.first ?? ""), String(quoted.last ?? ""))
    }

    public var prompt: String { "puente> " }

    /// The REPL's first hint, with an example question from the session's knowledge when there is one.
    public func howToAsk(example: String?) -> String {
        let help = command("/ayuda", "/help")
        guard let example else {
            return say("how_to_ask", ["help": help])
        }
        return say("how_to_ask_example", ["example": example, "help": help])
    }

    /// What the client did on its own ("started puented on …"), told as it happened.
    public func started(_ what: String) -> String { "puente: \(what)" }

    public var sourcesHeading: String { say("sources_heading") }
    public var understoodHeading: String { say("understood_heading") }

    public var relaxedNote: String {
        say("relaxed_note")
    }

    public func filtersDropped(_ facet: String, _ labels: [String]) -> String {
        let list = labels.joined(separator: comma)
        let name = facetName(facet)
        return say("filters_dropped", ["name": name, "list": list])
    }

    public var followUpNote: String {
        say("follow_up_note")
    }

    public func facetName(_ facet: String) -> String {
        switch facet {
        case "region": say("facet_region")
        case "modality": say("facet_modality")
        case "theme": say("facet_theme")
        case "mechanism": say("facet_mechanism")
        default: facet
        }
    }

    public var outside: String { say("outside") }
    public var corrected: String { say("corrected") }
    public var added: String { say("added") }
    public var queryHeading: String { say("query_heading") }
    public var suggestionsHeading: String { say("suggestions_heading") }

    /// "3 resultados", "1 résultat", "نتيجتان".
    public func results(_ total: Int) -> String {
        say("results", count: total)
    }

    public var nothing: String {
        say("nothing")
    }

    public func unknownCommand(_ name: String, suggestion: String?) -> String {
        let help = command("/ayuda", "/help")
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
    public func languageSet(_ language: ClientLanguage) -> String {
        ClientWords(language).labelled(ClientWords(language).say("language_heading"), language.name + ".")
    }

    /// `/idioma` with no argument: the choices.
    public var languageChoices: String {
        let usage = command("/idioma", "/lang") + " " + ClientLanguage.allCases.map(\.rawValue).joined(separator: "|")
        let names = ClientLanguage.allCases.map { "\($0.rawValue) \($0.name)" }.joined(separator: comma)
        return labelled(say("languages_heading"),
                        (language == .arabic ? "\u{2066}\(usage)\u{2069}" : usage) + " (\(names))")
    }

    /// `/idioma de`: what was typed, quoted, and what is accepted.
    public func unknownLanguage(_ typed: String) -> String {
        let command = command("/idioma", "/lang")
        let codes = ClientLanguage.allCases.map(\.rawValue)
        return say("unknown_language", [
            "typed": typed, "command": command, "listed": codes.dropLast().joined(separator: ", "), "last": codes.last ?? "",
            "codes": codes.joined(separator: ", "),
        ])
    }

    public func json(_ on: Bool) -> String {
        on ? say("json_on")
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
