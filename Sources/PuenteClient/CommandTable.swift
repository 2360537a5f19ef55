import PuenteProtocol
import PuenteSupport

/// A slash command of the REPL.
public struct SlashCommand: Sendable, Hashable {
    public enum Action: String, Sendable {
        case help, themes, regions, modalities, mechanisms, record, search, points, brief, coverage, session
        case context, reset, language, json, stats, quit
    }

    /// What Tab completes after the command.
    public enum Argument: Sendable, Hashable {
        case none
        case recordID
        case vocabulary
        case query
        case language
    }

    public var spanish: String
    public var english: String
    public var action: Action
    public var argument: Argument
    /// The argument's placeholder in help ("ID", "[tema]"), per language.
    public var placeholder: [ClientLanguage: String]
    public var summary: [ClientLanguage: String]

    public var names: [String] { spanish == english ? [spanish] : [spanish, english] }
}

/// The REPL's slash commands, Spanish first with English aliases: the one table that
/// help, dispatch, "did you mean" and completion all read.
public enum CommandTable {
    private static func command(
        _ spanish: String, _ english: String, _ action: SlashCommand.Action, argument: SlashCommand.Argument = .none,
        placeholder: (String, String)? = nil, es summaryES: String, en summaryEN: String
    ) -> SlashCommand {
        SlashCommand(
            spanish: spanish, english: english, action: action, argument: argument,
            placeholder: placeholder.map { [.spanish: $0.0, .english: $0.1] } ?? [:],
            summary: [.spanish: summaryES, .english: summaryEN])
    }

    public static let all: [SlashCommand] = [
        command("/ayuda", "/help", .help, es: "esta lista", en: "this list"),
        command("/temas", "/themes", .themes, es: "los temas, con cuántas iniciativas tiene cada uno", en: "the themes, with how many initiatives each has"),
        command("/regiones", "/regions", .regions, es: "las regiones", en: "the regions"),
        command("/modalidades", "/modalities", .modalities, es: "las modalidades de cooperación", en: "the cooperation modalities"),
        command("/mecanismos", "/mechanisms", .mechanisms, es: "los mecanismos", en: "the mechanisms"),
        command("/iniciativa", "/record", .record, argument: .recordID, placeholder: ("ID", "ID"), es: "una iniciativa completa, con sus fuentes", en: "one initiative in full, with its sources"),
        command("/buscar", "/search", .search, argument: .query, placeholder: ("Q", "Q"), es: "buscar con la sintaxis del índice (region:africa \"frase\" -palabra)", en: "search with the index syntax (region:africa \"phrase\" -word)"),
        command("/puntos", "/points", .points, argument: .vocabulary, placeholder: ("[tema]", "[theme]"), es: "puntos de conversación citados", en: "cited talking points"),
        command("/brief", "/brief", .brief, es: "la nota para el moderador (Markdown)", en: "the moderator brief (Markdown)"),
        command("/cobertura", "/coverage", .coverage, es: "iniciativas por tema, región y modalidad, y los vacíos", en: "initiatives by theme, region and modality, and the gaps"),
        command("/sesion", "/session", .session, es: "fecha, hora, lugar y preguntas de la sesión", en: "the session's date, time, venue and questions"),
        command("/contexto", "/context", .context, es: "los filtros y el tema de la conversación", en: "the conversation's filters and topic"),
        command("/olvidar", "/reset", .reset, es: "olvidar el contexto y empezar de nuevo", en: "forget the context and start afresh"),
        command("/idioma", "/lang", .language, argument: .language, placeholder: ("es|en", "es|en"), es: "el idioma del cliente y de las respuestas", en: "the language of the client and the answers"),
        command("/json", "/json", .json, es: "mostrar (o no) los resultados en JSON", en: "show (or stop showing) results as JSON"),
        command("/stats", "/stats", .stats, es: "las estadísticas del daemon", en: "the daemon's statistics"),
        command("/salir", "/quit", .quit, es: "salir (también Ctrl-D)", en: "quit (also Ctrl-D)"),
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

    /// The help text: one line per command, in `language`.
    public static func help(_ language: ClientLanguage) -> [String] {
        all.map { command in
            let name = language == .spanish ? command.spanish : command.english
            let alias = language == .spanish ? command.english : command.spanish
            let placeholder = command.placeholder[language].map { " " + $0 } ?? ""
            let aliasText = alias == name ? "" : " (\(alias))"
            return "  \(name)\(placeholder)\(aliasText) — \(command.summary[language] ?? "")"
        }
    }
}
