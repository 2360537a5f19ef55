/// The language of the client's own words (quoted knowledge keeps its own).
public enum ClientLanguage: String, Sendable, CaseIterable {
    case spanish = "es"
    case english = "en"

    /// English when `LANG` (or `LC_ALL`, `LC_MESSAGES`) starts with "en"; Spanish otherwise.
    public static func from(environment: [String: String]) -> ClientLanguage {
        let locale = environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"] ?? ""
        return locale.hasPrefix("en") ? .english : .spanish
    }
}

/// Every sentence the client writes, in Spanish and English, in one place.
public struct ClientWords: Sendable {
    public var language: ClientLanguage
    public init(_ language: ClientLanguage) { self.language = language }

    var es: Bool { language == .spanish }

    public var prompt: String { "puente> " }
    /// The REPL's first hint, with an example question from the session's knowledge when there is one.
    public func howToAsk(example: String?) -> String {
        let shown = example.map { es ? " (por ejemplo: \($0))" : " (for example: \($0))" } ?? ""
        return es ? "Escribe una pregunta\(shown) o /ayuda. Tab completa; Ctrl-D sale."
                  : "Type a question\(shown) or /help. Tab completes; Ctrl-D quits."
    }
    public func started(_ what: String) -> String { es ? "puente: \(what)" : "puente: \(what)" }
    public var sourcesHeading: String { es ? "Fuentes" : "Sources" }
    public var understoodHeading: String { es ? "Entendí" : "Understood" }
    public var relaxedNote: String {
        es ? "Ninguna fuente reúne todas las palabras; muestro las que más se acercan." : "No source has every word; these come closest."
    }
    public func filtersDropped(_ facet: String, _ labels: [String]) -> String {
        let list = labels.joined(separator: ", ")
        return es ? "Nada con \(facetName(facet)) \(list): muestro lo más cercano sin ese filtro." : "Nothing with \(facetName(facet)) \(list): the closest without that filter."
    }
    public var followUpNote: String { es ? "seguimiento de la pregunta anterior" : "follow-up to the previous question" }
    public func facetName(_ facet: String) -> String {
        switch facet {
        case "region": es ? "región" : "region"
        case "modality": es ? "modalidad" : "modality"
        case "theme": es ? "tema" : "theme"
        case "mechanism": es ? "mecanismo" : "mechanism"
        default: facet
        }
    }
    public var outside: String { es ? "fuera de" : "not" }
    public var corrected: String { es ? "corregido" : "corrected" }
    public var added: String { es ? "añadido" : "added" }
    public var queryHeading: String { es ? "Consulta" : "Query" }
    public var suggestionsHeading: String { es ? "Sugerencias" : "Suggestions" }
    public func results(_ total: Int) -> String { es ? "\(total) resultado\(total == 1 ? "" : "s")" : "\(total) result\(total == 1 ? "" : "s")" }
    public var nothing: String { es ? "Sin resultados." : "No results." }
    public func unknownCommand(_ name: String, suggestion: String?) -> String {
        let hint = suggestion.map { es ? " ¿Quisiste decir \($0)?" : " Did you mean \($0)?" } ?? ""
        return (es ? "Comando desconocido: \(name).\(hint) Escribe /ayuda para ver los comandos."
                   : "Unknown command: \(name).\(hint) Type /help for the commands.")
    }
    public func needsArgument(_ command: String, _ argument: String) -> String {
        es ? "\(command) necesita \(argument)." : "\(command) needs \(argument)."
    }
    public var commandsHeading: String { es ? "Comandos:" : "Commands:" }
    public var contextEmpty: String { es ? "Sin contexto: la próxima pregunta empieza de cero." : "No context: the next question starts afresh." }
    public var contextHeading: String { es ? "Contexto de la conversación:" : "Conversation context:" }
    public var forgotten: String { es ? "Listo: empezamos de nuevo." : "Done: starting afresh." }
    public func languageSet(_ language: ClientLanguage) -> String {
        language == .spanish ? "Idioma: español." : "Language: English."
    }
    public var languageChoices: String { es ? "Idiomas: /idioma es o /idioma en." : "Languages: /lang es or /lang en." }
    public func json(_ on: Bool) -> String {
        es ? (on ? "Salida JSON activada." : "Salida JSON desactivada.") : (on ? "JSON output on." : "JSON output off.")
    }
    public var historyOff: String {
        es ? "puente: no se puede escribir el historial; sigue sin guardarse." : "puente: cannot write the history; it is no longer saved."
    }
    public func reloaded(_ version: String, _ documents: Int, _ milliseconds: Int) -> String {
        es ? "Conocimiento recargado: \(version), \(documents) pasajes, \(milliseconds) ms." : "Knowledge reloaded: \(version), \(documents) passages, \(milliseconds) ms."
    }
    public func error(_ error: ClientError) -> String { "puente: " + error.description }
    public var conversationForgotten: String {
        es ? "(El daemon ya no tenía esta conversación —se reinició o pasó mucho tiempo—: esta pregunta empieza una nueva.)"
           : "(The daemon no longer held this conversation — it restarted or it expired —: this question starts a new one.)"
    }
    public var abandoned: String { es ? "(Pregunta abandonada.)" : "(Question abandoned.)" }
    public var goodbye: String { es ? "Hasta luego." : "Goodbye." }
}
