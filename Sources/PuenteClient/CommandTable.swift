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
/// help, dispatch, "did you mean" and completion all read. Each command is summed up
/// in the five client languages.
public enum CommandTable {
    /// Words in the five client languages, in the order es, en, fr, pt, ar.
    private typealias Five = (String, String, String, String, String)

    private static func five(_ words: Five) -> [ClientLanguage: String] {
        [.spanish: words.0, .english: words.1, .french: words.2, .portuguese: words.3, .arabic: words.4]
    }

    private static func command(
        _ spanish: String, _ english: String, _ action: SlashCommand.Action, argument: SlashCommand.Argument = .none,
        placeholder: Five? = nil, _ summary: Five
    ) -> SlashCommand {
        SlashCommand(
            spanish: spanish, english: english, action: action, argument: argument,
            placeholder: placeholder.map(five) ?? [:], summary: five(summary))
    }

    private static let languages = ClientLanguage.allCases.map(\.rawValue).joined(separator: "|")

    public static let all: [SlashCommand] = [
        command("/ayuda", "/help", .help, ("esta lista", "this list", "cette liste", "esta lista", "هذه القائمة")),
        command("/temas", "/themes", .themes, (
            "los temas, con cuántas iniciativas tiene cada uno", "the themes, with how many initiatives each has",
            "les thèmes, avec le nombre d'initiatives de chacun", "os temas, com quantas iniciativas tem cada um",
            "الموضوعات، مع عدد المبادرات في كل منها")),
        command("/regiones", "/regions", .regions, ("las regiones", "the regions", "les régions", "as regiões", "المناطق")),
        command("/modalidades", "/modalities", .modalities, (
            "las modalidades de cooperación", "the cooperation modalities", "les modalités de coopération",
            "as modalidades de cooperação", "أنماط التعاون")),
        command("/mecanismos", "/mechanisms", .mechanisms, ("los mecanismos", "the mechanisms", "les mécanismes", "os mecanismos", "الآليات")),
        command("/iniciativa", "/record", .record, argument: .recordID, placeholder: ("ID", "ID", "ID", "ID", "ID"), (
            "una iniciativa completa, con sus fuentes", "one initiative in full, with its sources",
            "une initiative en entier, avec ses sources", "uma iniciativa completa, com as suas fontes",
            "مبادرة كاملة مع مصادرها")),
        command("/buscar", "/search", .search, argument: .query, placeholder: ("Q", "Q", "Q", "Q", "Q"), (
            "buscar con la sintaxis del índice (region:africa \"frase\" -palabra)",
            "search with the index syntax (region:africa \"phrase\" -word)",
            "chercher avec la syntaxe de l'index (region:africa \"phrase\" -mot)",
            "buscar com a sintaxe do índice (region:africa \"frase\" -palavra)",
            "البحث بصيغة الفهرس (\u{2066}region:africa \"phrase\" -word\u{2069})")),
        command("/puntos", "/points", .points, argument: .vocabulary, placeholder: ("[tema]", "[theme]", "[thème]", "[tema]", "[موضوع]"), (
            "puntos de conversación citados", "cited talking points", "des points de discussion sourcés",
            "pontos de discussão com fontes", "نقاط للنقاش مع مصادرها")),
        command("/brief", "/brief", .brief, (
            "la nota para el moderador (Markdown)", "the moderator brief (Markdown)", "la note pour le modérateur (Markdown)",
            "a nota para o moderador (Markdown)", "مذكرة مدير الجلسة (Markdown)")),
        command("/cobertura", "/coverage", .coverage, (
            "iniciativas por tema, región y modalidad, y los vacíos", "initiatives by theme, region and modality, and the gaps",
            "les initiatives par thème, région et modalité, et les lacunes", "iniciativas por tema, região e modalidade, e as lacunas",
            "المبادرات حسب الموضوع والمنطقة ونمط التعاون، والثغرات")),
        command("/sesion", "/session", .session, (
            "fecha, hora, lugar y preguntas de la sesión", "the session's date, time, venue and questions",
            "la date, l'heure, le lieu et les questions de la session", "data, hora, local e perguntas da sessão",
            "تاريخ الجلسة وموعدها ومكانها وأسئلتها")),
        command("/contexto", "/context", .context, (
            "los filtros y el tema de la conversación", "the conversation's filters and topic",
            "les filtres et le thème de la conversation", "os filtros e o tema da conversa", "عوامل التصفية وموضوع المحادثة")),
        command("/olvidar", "/reset", .reset, (
            "olvidar el contexto y empezar de nuevo", "forget the context and start afresh", "oublier le contexte et recommencer",
            "esquecer o contexto e recomeçar", "نسيان السياق والبدء من جديد")),
        command("/idioma", "/lang", .language, argument: .language, placeholder: (languages, languages, languages, languages, languages), (
            "el idioma del cliente y de las respuestas", "the language of the client and the answers",
            "la langue du client et des réponses", "o idioma do cliente e das respostas", "لغة الواجهة والإجابات")),
        command("/json", "/json", .json, (
            "mostrar (o no) los resultados en JSON", "show (or stop showing) results as JSON",
            "afficher (ou non) les résultats en JSON", "mostrar (ou não) os resultados em JSON", "عرض النتائج بصيغة JSON أو إيقافه")),
        command("/stats", "/stats", .stats, (
            "las estadísticas del daemon", "the daemon's statistics", "les statistiques du daemon",
            "as estatísticas do daemon", "إحصاءات الخادم")),
        command("/salir", "/quit", .quit, (
            "salir (también Ctrl-D)", "quit (also Ctrl-D)", "quitter (aussi Ctrl-D)", "sair (também Ctrl-D)", "الخروج (أو Ctrl-D)")),
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
    /// language's reader is offered (`ClientLanguage.readsSpanishCommands`), its other name beside it.
    public static func help(_ language: ClientLanguage) -> [String] {
        all.map { command in
            let name = command.name(for: language)
            let alias = language.readsSpanishCommands ? command.english : command.spanish
            let placeholder = command.placeholder[language].map { " " + $0 } ?? ""
            let aliasText = alias == name ? "" : " (\(alias))"
            return "  \(name)\(placeholder)\(aliasText) — \(command.summary[language] ?? "")"
        }
    }
}

extension SlashCommand {
    /// The name a reader of `language` is offered first.
    public func name(for language: ClientLanguage) -> String {
        language.readsSpanishCommands ? spanish : english
    }
}
