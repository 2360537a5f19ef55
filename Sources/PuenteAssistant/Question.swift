import PuenteText

/// A participant's question as read before anything is searched: its language,
/// what it asks for, the names it writes, and its words.
struct Question {
    var language: ReplyLanguage
    /// What the question asks for, when it asks one thing ("who funds", "when").
    var asked: Asked?
    /// Every word, folded, stopwords included, in the order typed.
    var words: [String]
    /// The same words as typed (lowercase).
    var typedWords: [String]
    /// Names written with capitals, or as acronyms ("Unión del Magreb Árabe", "COMMIT").
    var mentions: [KnowledgeNames.Mention]
    /// Whether the question names the concept note ("según la nota conceptual").
    var namesConceptNote: Bool
    /// The words that may describe an initiative: neither stopwords nor cues, folded.
    var describingWords: [String]
    /// Every word but stopwords, folded, cues included: what tells one fact from another.
    var meaningfulWords: [String]

    init(_ text: String, language: ReplyLanguage, analyzer: Analyzer) {
        self.language = language
        let normalized = Analyzer.normalize(text)
        let tokens = analyzer.words(inNormalized: normalized)
        words = tokens.map { Folding.fold($0.text) }
        typedWords = tokens.map(\.text)
        asked = Asked.reading(" " + words.joined(separator: " ") + " ")
        // "¿Dónde hay iniciativas sobre cacao?", "¿cuántas iniciativas…?" ask for a list;
        // "who funds the projects…" still asks who funds.
        if words.contains(where: Self.listWords.contains), let cue = asked, [.whereAbouts, .howMany, .what, .countries].contains(cue) {
            asked = nil
        }
        mentions = Self.mentions(in: normalized, tokens: tokens, analyzer: analyzer)
        let padded = " " + words.joined(separator: " ") + " "
        namesConceptNote = Self.conceptNoteNames.contains { padded.includes(" " + Folding.fold($0) + " ") }
        let noteWords = Self.conceptNoteWords
        meaningfulWords = zip(tokens, words).filter { token, _ in !analyzer.isStopword(token.text, inAnyOf: Language.allCases) }.map(\.1)
        describingWords = meaningfulWords.filter { !Self.isCue($0) && !noteWords.contains($0) }
        // "Où" is "where" only with its accent; "ou" is "or".
        if asked == nil && tokens.contains(where: { $0.text == "où" }) && !words.contains(where: Self.listWords.contains) { asked = .whereAbouts }
        if asked == nil && namesConceptNote { asked = .what }
    }

    /// An Arabic name around words the knowledge lacks: from the first of them to the
    /// last, and on over the words with the article that complete it ("اتحاد المغرب العربي").
    func arabicName(around unknown: [String]) -> KnowledgeNames.Mention? {
        guard let first = words.firstIndex(where: unknown.contains), let last = words.lastIndex(where: unknown.contains) else { return nil }
        var end = last
        while end + 1 < words.count, words[end + 1].hasPrefix("ال"), !Self.isCue(words[end + 1]) { end += 1 }
        return KnowledgeNames.Mention(text: typedWords[first...end].joined(separator: " "), words: Array(words[first...end]), position: first)
    }

    /// Whether `word` is part of the concept note's name ("nota", "conceptual").
    func isConceptNoteWord(_ word: String) -> Bool { Self.conceptNoteWords.contains(Folding.fold(word)) }

    private static let conceptNoteWords = Set(conceptNoteNames.flatMap { $0.split(separator: " ").map { Folding.fold(String($0)) } })

    /// The concept note's name in the five languages.
    static let conceptNoteNames = ["nota conceptual", "concept note", "note conceptuelle", "nota conceitual", "nota de concepto", "المذكرة المفاهيمية"]

    /// Whether `word` (folded) says what is asked for rather than what about.
    static func isCue(_ word: String) -> Bool { Asked.cueWords.contains(word) }

    /// Runs of capitalised words, joined across the small words names hold ("de",
    /// "of", "des", "do"); digits continue a run ("Alianza 8.7"). A capitalised
    /// question word or stopword ("Quién", "Which") starts no name.
    private static func mentions(in text: String, tokens: [Token], analyzer: Analyzer) -> [KnowledgeNames.Mention] {
        let scalars = Array(text.unicodeScalars)
        var mentions: [KnowledgeNames.Mention] = []
        var run: [Token] = []
        func close() {
            while let last = run.last, connectors.contains(last.text) { run.removeLast() }
            if !run.isEmpty {
                let start = run[0].start, end = run[run.count - 1].start + run[run.count - 1].length
                var written = String.UnicodeScalarView()
                written.append(contentsOf: scalars[start..<end])
                mentions.append(KnowledgeNames.Mention(text: String(written), words: run.map { Folding.fold($0.text) }, position: run[0].position))
            }
            run = []
        }
        for token in tokens {
            let first = scalars[token.start]
            let capital = first.properties.isUppercase
            let folded = Folding.fold(token.text)
            let startsName = capital && !isCue(folded) && !analyzer.isStopword(token.text, inAnyOf: Language.allCases) && token.length > 1
            if let last = run.last, token.position == last.position + 1,
               startsName || capital || connectors.contains(token.text) || first.properties.numericType != nil {
                run.append(token)
            } else {
                close()
                if startsName { run = [token] }
            }
        }
        close()
        return mentions
    }

    /// Plurals that make a question ask for a list of initiatives, folded.
    static let listWords: Set<String> = [
        "iniciativas", "initiatives", "programas", "programmes", "programs", "proyectos", "projects", "projets", "projetos",
        "acuerdos", "agreements", "accords", "acordos", "planes", "plans", "planos", "مبادرات", "المبادرات", "برامج"]

    /// Small words inside names.
    static let connectors: Set<String> = ["de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "and", "for", "on", "des", "du", "et", "da", "do", "das", "dos", "em", "para", "pour", "against", "contra", "contre"]
}
