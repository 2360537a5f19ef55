import PuenteText

/// The language the assistant writes in. Quoted knowledge keeps its own language.
public enum ReplyLanguage: String, Sendable, Codable, Hashable, CaseIterable {
    case spanish = "es"
    case english = "en"

    /// Guesses whether `text` is Spanish or English; `fallback` when it cannot tell.
    ///
    /// Spanish punctuation (¿ ¡), ñ and accented vowels count for Spanish; function
    /// words that are stopwords in only one of the two languages count for it.
    public static func guess(_ text: String, fallback: ReplyLanguage = .spanish, analyzer: Analyzer = Analyzer()) -> ReplyLanguage {
        var spanish = 0, english = 0
        if text.contains(where: { "¿¡ñÑáéíóúÁÉÍÓÚ".contains($0) }) { spanish += 2 }
        for word in analyzer.words(in: text) {
            let isSpanish = analyzer.stopwords.contains(word.text, in: .spanish)
            let isEnglish = analyzer.stopwords.contains(word.text, in: .english)
            if isSpanish && !isEnglish { spanish += 1 }
            if isEnglish && !isSpanish { english += 1 }
            if englishCues.contains(word.text) { english += 1 }
            if spanishCues.contains(Folding.fold(word.text)) { spanish += 1 }
        }
        if spanish == english { return fallback }
        return spanish > english ? .spanish : .english
    }

    /// The analyzer's language for this reply language.
    var analysisLanguage: Language { self == .spanish ? .spanish : .english }

    /// Content words common in questions that the stopword lists leave out.
    private static let englishCues: Set<String> = ["initiatives", "initiative", "session", "talking", "points", "help", "list", "show"]
    private static let spanishCues: Set<String> = ["iniciativas", "iniciativa", "sesion", "puntos", "ayuda", "lista", "muestrame", "dame"]
}
