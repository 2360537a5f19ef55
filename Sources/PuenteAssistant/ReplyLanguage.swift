import PuenteText

/// The language the assistant writes in. Quoted knowledge keeps its own language.
public enum ReplyLanguage: String, Sendable, Codable, Hashable, CaseIterable {
    case spanish = "es"
    case english = "en"
    case french = "fr"
    case portuguese = "pt"
    case arabic = "ar"

    /// Guesses the language of `text`; `fallback` when it cannot tell.
    ///
    /// Arabic script decides for Arabic. Otherwise each language scores its
    /// letters (¿ ñ for Spanish, ã õ for Portuguese, è ê for French), its question
    /// words, and the stopwords that belong to it alone; a tie keeps `fallback`.
    public static func guess(_ text: String, fallback: ReplyLanguage = .spanish, analyzer: Analyzer = Analyzer()) -> ReplyLanguage {
        if text.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) { return .arabic }
        var scores: [ReplyLanguage: Int] = [:]
        for (language, letters) in distinctiveLetters where text.contains(where: { letters.contains($0) }) {
            scores[language, default: 0] += 2
        }
        let candidates = allCases.filter { $0 != .arabic }
        for word in analyzer.words(in: text) {
            // "é" standing alone is Portuguese's "is"; Spanish and French have no such word.
            if word.text == "é" { scores[.portuguese, default: 0] += 2 }
            let folded = Folding.fold(word.text)
            let owners = candidates.filter { analyzer.stopwords.contains(word.text, in: $0.analysisLanguage) }
            if owners.count == 1 { scores[owners[0], default: 0] += 1 }
            for language in candidates where cues[language]?.contains(folded) == true { scores[language, default: 0] += 1 }
        }
        let best = scores.values.max() ?? 0
        guard best > 0, scores[fallback] != best else { return fallback }
        let leaders = scores.filter { $0.value == best }.map(\.key)
        return leaders.count == 1 ? leaders[0] : fallback
    }

    /// The analyzer's language for this reply language.
    var analysisLanguage: Language {
        switch self {
        case .spanish: .spanish
        case .english: .english
        case .french: .french
        case .portuguese: .portuguese
        case .arabic: .arabic
        }
    }

    /// The language knowledge written only in Spanish and English is quoted in:
    /// Spanish for Spanish, English for everyone else.
    var knowledgeCode: String { self == .spanish ? "es" : "en" }

    private static let distinctiveLetters: [ReplyLanguage: Set<Character>] = [
        .spanish: ["¿", "¡", "ñ", "Ñ"],
        .portuguese: ["ã", "õ", "Ã", "Õ"],
        .french: ["è", "ê", "ù", "œ", "È", "Ê", "â", "î", "û"],
    ]

    /// Question and content words common in questions that the stopword lists leave out, folded.
    private static let cues: [ReplyLanguage: Set<String>] = [
        .spanish: ["iniciativas", "iniciativa", "sesion", "puntos", "ayuda", "lista", "muestrame", "dame", "quien", "cuando", "donde", "cuantos", "cuantas", "cuales", "trabajo", "hay", "proyecto", "ninos"],
        .english: ["initiatives", "initiative", "session", "talking", "points", "help", "list", "show", "who", "when", "where", "which", "how", "many", "what", "child", "labour", "labor", "countries"],
        .french: ["quand", "qui", "combien", "quels", "quelles", "quel", "quelle", "pays", "travail", "enfants", "seance", "aide", "qu", "est-ce"],
        .portuguese: ["quando", "quem", "onde", "quantos", "quantas", "quais", "qual", "trabalho", "sessao", "ajuda", "faz", "fazem",
                      "projeto", "projetos", "nao", "sao", "tem", "existem", "foi", "pelo", "pela", "documentou", "criancas", "pessoas", "trabalha", "em"],
    ]
}
