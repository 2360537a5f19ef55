import PuenteProtocol
import PuenteSupport

/// A slash command of the REPL.
public struct SlashCommand: Sendable, Hashable {
    public enum Action: String, Sendable {
        case help, themes, regions, modalities, mechanisms, record, search, points, brief, coverage, session
        case context, reset, language, json, stats, quit
        case panel, queue, vote
    }

    /// What Tab completes after the command.
    public enum Argument: Sendable, Hashable {
        case none
        case recordID
        case vocabulary
        case query
        case language
        /// A question's number in the panel queue.
        case number
    }

    public var spanish: String
    public var english: String
    public var action: Action
    public var argument: Argument
    /// Whether each language's pack names the command (`client.command_name_<action>`),
    /// so that every reader types it in their own words ("/painel", "/file").
    public var namedByPacks = false
    /// The names the other packs give it, beside the Spanish and English ones.
    public var otherNames: [String] = []

    /// What the command does, in `language`: the pack's `client.command_<action>`.
    public func summary(in language: ReplyLanguage) -> String {
        ClientWords(language).say("command_\(action.rawValue)")
    }

    /// The argument's placeholder in help ("ID", "[tema]", "es|en|fr|pt|ar"); nil
    /// when the command takes none.
    public func placeholder(in language: ReplyLanguage) -> String? {
        switch argument {
        case .none: nil
        case .language: ClientWords.languageArguments.joined(separator: "|")
        case .recordID, .vocabulary, .query, .number: ClientWords(language).say("placeholder_\(action.rawValue)")
        }
    }

    public var names: [String] {
        let names = spanish == english ? [spanish] : [spanish, english]
        return names + otherNames.filter { !names.contains($0) }
    }
}

/// The REPL's slash commands, Spanish first with English aliases: the one table that
/// help, dispatch, "did you mean" and completion all read. Each command is summed up
/// in the language packs (`client.command_<action>`).
public enum CommandTable {
    private static func command(
        _ spanish: String, _ english: String, _ action: SlashCommand.Action, argument: SlashCommand.Argument = .none
    ) -> SlashCommand {
        SlashCommand(spanish: spanish, english: english, action: action, argument: argument)
    }

    /// A command each pack names in its language; Spanish and English lead, as for the others.
    private static func namedByPacks(_ action: SlashCommand.Action, argument: SlashCommand.Argument = .none)
        -> SlashCommand
    {
        let names = ClientWords.languages.map { ClientWords($0).commandName(action).lowercased() }
        var command = SlashCommand(
            spanish: ClientWords(.spanish).commandName(action).lowercased(),
            english: ClientWords(.english).commandName(action).lowercased(),
            action: action, argument: argument)
        command.namedByPacks = true
        command.otherNames = names.reduce(into: []) { unique, name in if !unique.contains(name) { unique.append(name) }
        }
        return command
    }

    public static let all: [SlashCommand] = [
        namedByPacks(.help),
        command("/temas", "/themes", .themes),
        command("/regiones", "/regions", .regions),
        command("/modalidades", "/modalities", .modalities),
        command("/mecanismos", "/mechanisms", .mechanisms),
        command("/iniciativa", "/record", .record, argument: .recordID),
        command("/buscar", "/search", .search, argument: .query),
        command("/puntos", "/points", .points, argument: .vocabulary),
        command("/brief", "/brief", .brief),
        command("/cobertura", "/coverage", .coverage),
        command("/sesion", "/session", .session),
        command("/contexto", "/context", .context),
        command("/olvidar", "/reset", .reset),
        command("/idioma", "/lang", .language, argument: .language),
        command("/json", "/json", .json),
        command("/stats", "/stats", .stats),
        namedByPacks(.panel, argument: .query),
        namedByPacks(.queue),
        namedByPacks(.vote, argument: .number),
        namedByPacks(.quit),
    ]

    public static var names: [String] { all.flatMap(\.names) }

    public static func resolve(_ name: String) -> SlashCommand? {
        let lowered = name.lowercased()
        return all.first { $0.names.contains(lowered) }
    }

    /// The command name closest to a mistyped one.
    public static func closest(to name: String) -> String? {
        EditDistance.closest(to: name.lowercased(), among: names)
    }

    /// The help text: one line per command, in `language`, each under the name that
    /// language's reader is offered (`ClientWords.readsSpanishCommands`), its other name beside it.
    public static func help(_ language: ReplyLanguage) -> [String] {
        all.map { command in
            let name = command.name(for: language)
            let alias =
                command.namedByPacks
                ? (name == command.english ? command.spanish : command.english)
                : ClientWords(language).readsSpanishCommands ? command.english : command.spanish
            let placeholder = command.placeholder(in: language).map { " " + $0 } ?? ""
            let aliasText = alias == name ? "" : " (\(alias))"
            return "  \(name)\(placeholder)\(aliasText) — \(command.summary(in: language))"
        }
    }
}

extension SlashCommand {
    /// What a shell runs for this command (`puente vocabulary` for `/temas`), its
    /// argument going after it; nil for the commands that only make sense in the chat.
    public var commandLine: String? {
        switch action {
        case .help: "puente --help"
        case .themes, .regions, .modalities, .mechanisms: "puente vocabulary"
        case .record: "puente record"
        case .search: "puente search"
        case .points: "puente points --query"
        case .brief: "puente brief"
        case .coverage: "puente coverage"
        case .session: "puente session"
        case .stats: "puente stats"
        case .panel: "puente panel"
        case .queue: "puente moderator queue"
        case .context, .reset, .language, .json, .quit, .vote: nil
        }
    }
}

extension CommandTable {
    /// A REPL input ("/puntos cadenas de suministro") as a shell command
    /// (`puente points --query 'cadenas de suministro'`); a question as `puente ask`.
    /// Nil for a command that only makes sense in the chat.
    public static func commandLine(for input: String) -> String? {
        guard input.hasPrefix("/") else { return "puente ask " + ShellWord.quoted(input) }
        let parts = input.split(separator: " ", maxSplits: 1).map(String.init)
        guard let command = resolve(parts[0])?.commandLine else { return nil }
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        return argument.isEmpty ? command : command + " " + ShellWord.quoted(argument)
    }

    /// Text that names REPL commands ("o escribe /temas") with the shell commands
    /// instead ("o escribe puente vocabulary"), for output outside the chat. A slash
    /// inside a word or a URL is not a command.
    public static func namingShellCommands(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let slash = rest.firstIndex(of: "/") {
            let before = slash > rest.startIndex ? rest[rest.index(before: slash)] : (result.last ?? " ")
            let name = rest[rest.index(after: slash)...].prefix { $0.isLetter }
            let end = name.endIndex
            result += rest[..<slash]
            if !(before.isLetter || before.isNumber || before == "/" || before == ":"),
                let command = resolve("/" + name)?.commandLine
            {
                result += command
            } else {
                result += rest[slash..<end]
            }
            rest = rest[end...]
        }
        return result + rest
    }
}

extension SlashCommand {
    /// The name a reader of `language` is offered first.
    public func name(for language: ReplyLanguage) -> String {
        if namedByPacks { return ClientWords(language).commandName(action).lowercased() }
        return ClientWords(language).readsSpanishCommands ? spanish : english
    }
}
