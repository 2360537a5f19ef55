import Foundation
import PuenteKnowledge
import PuenteText

/// Decides what a participant's words ask for, from cue words in Spanish,
/// English, French and Portuguese. Cues are compared folded and lowercase.
struct IntentClassifier: Sendable {
    enum Aspect: String, Sendable { case when, whereAbouts, what }

    enum Decision: Equatable {
        case empty, help, reset, brief, coverage
        case logistics(Aspect)
        case list(Vocabulary.Kind)
        case talkingPoints
        case initiative(String)
        case search
    }

    let analyzer: Analyzer
    /// Acronyms as records write them ("MIRTI", "ACCEL Africa") → record id.
    let acronyms: [(acronym: String, id: String)]

    init(knowledge: Knowledge, analyzer: Analyzer) {
        self.analyzer = analyzer
        acronyms = knowledge.initiatives.compactMap { record in record.acronym.map { ($0, record.id) } }
            .sorted { $0.acronym.count > $1.acronym.count }
    }

    static let helpCues: [String] = ["ayuda", "help", "que puedes hacer", "what can you do", "como funciona", "how does this work", "comandos", "commands", "aide", "ajuda"]
    static let resetCues: [String] = ["olvida", "olvidar", "reset", "reinicia", "empezar de nuevo", "empecemos de nuevo", "start over", "forget", "nueva conversacion", "new conversation", "borra el contexto", "clear context"]
    static let briefCues: [String] = ["brief", "briefing", "nota para el moderador", "nota para moderadores", "resumen para el moderador", "moderator brief"]
    static let coverageCues: [String] = ["cobertura", "coverage", "vacios", "gaps", "lagunas", "que falta", "what is missing"]
    static let pointsCues: [String] = ["puntos de conversacion", "puntos clave", "talking points", "key points", "mensajes clave", "key messages", "puntos para", "points for", "argumentos", "points de discussion", "pontos de discussao"]
    static let whenCues: [String] = ["cuando", "a que hora", "hora", "horario", "fecha", "dia", "when", "what time", "time", "date", "day", "quand", "quando", "متى"]
    static let whereCues: [String] = ["donde", "lugar", "sede", "sala", "where", "venue", "place", "location", "ou se", "onde", "أين", "اين"]
    static let whatCues: [String] = ["discutir", "tratar", "trata", "de que va", "agenda", "preguntas", "objetivo", "discuss", "discussed", "about", "topics", "questions", "purpose", "programa de la sesion"]
    static let sessionWords: [String] = ["sesion", "session", "panel", "evento", "event", "conferencia", "conference", "reunion", "meeting", "seance", "الجلسة", "جلسة", "الجلسه"]
    static let listWords: [Vocabulary.Kind: [String]] = [
        .theme: ["temas", "tema", "themes", "theme", "topics", "themes", "thematiques", "temas"],
        .region: ["regiones", "region", "regions", "regioes"],
        .modality: ["modalidades", "modalidad", "modalities", "modality", "modalites"],
        .mechanism: ["mecanismos", "mecanismo", "mechanisms", "mechanism", "mecanismes"],
    ]
    static let listCues: [String] = ["que", "cuales", "lista", "list", "which", "what", "show", "hay", "todos", "todas", "all", "quels", "quais"]
    static let nameCues: [String] = ["que es", "qué es", "what is", "what's", "hablame de", "cuentame de", "cuentame sobre", "tell me about", "informacion sobre", "information about", "quest ce que", "o que e"]

    /// The question folded to lowercase words separated by single spaces, padded
    /// with spaces so that cue phrases match whole words.
    func normalized(_ text: String) -> String {
        " " + analyzer.words(in: text).map { Folding.fold($0.text) }.joined(separator: " ") + " "
    }

    static func contains(_ text: String, anyOf cues: [String]) -> Bool {
        cues.contains { text.includes(" " + Folding.fold($0) + " ") }
    }

    /// - Parameter contentWords: the question's words that name neither a facet nor a cue.
    func classify(_ raw: String, contentWords: [String], hasFacets: Bool) -> Decision {
        let text = normalized(raw)
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
        let few = contentWords.count <= 2
        if Self.contains(text, anyOf: Self.resetCues) && few { return .reset }
        if Self.contains(text, anyOf: Self.helpCues) && few && !hasFacets && acronym(in: raw) == nil { return .help }
        if Self.contains(text, anyOf: Self.briefCues) { return .brief }
        if Self.contains(text, anyOf: Self.coverageCues) && few { return .coverage }
        if Self.contains(text, anyOf: Self.pointsCues) { return .talkingPoints }
        if let id = acronym(in: raw) { return .initiative(id) }
        let aboutSession = Self.contains(text, anyOf: Self.sessionWords)
        if aboutSession || (few && !hasFacets) {
            if Self.contains(text, anyOf: Self.whenCues) { return .logistics(.when) }
            if Self.contains(text, anyOf: Self.whereCues) { return .logistics(.whereAbouts) }
            if aboutSession || Self.contains(text, anyOf: Self.whatCues) {
                if Self.contains(text, anyOf: Self.whatCues) || contentWords.count <= 1 { return .logistics(.what) }
            }
        }
        if !hasFacets && contentWords.count <= 2 && !Self.contains(text, anyOf: Turn.otherRegionCues) {
            for kind in Vocabulary.Kind.allCases where Self.contains(text, anyOf: Self.listWords[kind] ?? []) {
                if Self.contains(text, anyOf: Self.listCues) || contentWords.count <= 1 { return .list(kind) }
            }
        }
        return .search
    }

    /// A record named by its acronym, written as the record writes it ("MIRTI", "ACCEL Africa").
    func acronym(in raw: String) -> String? {
        let padded = " " + raw.map { $0.isLetter || $0.isNumber || $0 == " " ? $0 : " " }.map(String.init).joined() + " "
        return acronyms.first { padded.includes(" " + $0.acronym + " ") }?.id
    }

    /// Whether the question asks about one thing by name ("¿qué es…?", "tell me about…").
    func asksByName(_ raw: String) -> Bool {
        Self.contains(normalized(raw), anyOf: Self.nameCues)
    }

    /// Words that carry no topic in a question: cue words and fillers.
    static let fillers: Set<String> = Set(([
        "iniciativa", "iniciativas", "initiative", "initiatives", "hay", "existen", "existe", "ejemplo", "ejemplos", "example",
        "examples", "show", "tell", "give", "list", "lista", "muestra", "muestrame", "dame", "dime", "hablame", "cuentame",
        "informacion", "information", "know", "saber", "quiero", "want", "ahora", "please", "favor", "region", "regiones",
        "regions", "otra", "otras", "otro", "another", "other", "else", "elsewhere", "fuera", "outside", "casos", "cases",
        "experiencias", "experiences", "puntos", "points", "conversacion", "talking", "clave", "key", "mensajes", "messages",
        "exist", "exists", "any", "some", "algunas", "alguna", "algun", "cual", "cuales", "which", "va", "van", "puedo",
        "pueden", "can", "could", "find", "encontrar", "busco", "buscar", "search", "look", "sobre", "acerca", "about",
        "hacen", "hace", "does", "do", "work", "funciona", "tal", "deal", "deals", "existem", "existe", "tratan", "abordan", "مبادرات", "مبادرة", "المبادرات", "مكافحة", "لمكافحة", "المتعلقة", "بشأن",
    ]).map(Folding.fold))
}
