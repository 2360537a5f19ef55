import PuenteSupport
import PuenteText

extension ReplyLanguage {
    /// Guesses the language of `text`; `fallback` when it cannot tell.
    ///
    /// Arabic script decides for Arabic. Otherwise each language scores its
    /// letters (¿ ñ for Spanish, ã õ for Portuguese, è ê for French), its question
    /// words, the stopwords that belong to it alone, and the words only its texts of the
    /// knowledge write (`written`), which also decide when nothing else does; a tie keeps `fallback`.
    static func guess(
        _ text: String, fallback: ReplyLanguage = .spanish, packs: LanguageWords, analyzer: Analyzer = Analyzer(),
        written knowledgeWords: WordLanguages? = nil
    ) -> ReplyLanguage {
        if text.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) { return .arabic }
        var scores: [ReplyLanguage: Int] = [:]
        let lowered = text.lowercased()
        let languages = packs.packs.compactMap { ReplyLanguage(rawValue: $0.code) }
        for language in languages {
            let letters = packs.packs.first { $0.code == language.rawValue }?[.guessLetters] ?? []
            if letters.contains(where: { lowered.includes($0.lowercased()) }) { scores[language, default: 0] += 2 }
        }
        let candidates = languages.filter { $0 != .arabic }
        let scalars = Array(Analyzer.normalize(text).unicodeScalars)
        let words = analyzer.words(in: text)
        for (index, word) in words.enumerated() {
            // A capitalised word past the first is a name's ("cooperación Sur-Sur"), whatever
            // another language's "sur" means.
            if index > 0, scalars.indices.contains(word.start), scalars[word.start].properties.isUppercase { continue }
            // "é" standing alone is Portuguese's "is"; Spanish and French have no such word.
            if word.text == "é" { scores[.portuguese, default: 0] += 2 }
            let folded = Folding.fold(word.text)
            let owners = candidates.filter { analyzer.stopwords.contains(word.text, in: $0.analysisLanguage) }
            if owners.count == 1 { scores[owners[0], default: 0] += 1 }
            for language in candidates where packs.entries(.guessWords, in: language.rawValue).contains(folded) {
                scores[language, default: 0] += 1
            }
        }
        let best = scores.values.max() ?? 0
        let leaders = best > 0 ? scores.filter { $0.value == best }.map(\.key) : candidates
        if best > 0 && leaders.count == 1 { return scores[fallback] == best ? fallback : leaders[0] }
        // A tie ("iniciativas sobre cacau"), or no sign at all ("initiatives on cocoa?": "on" is
        // French too), is broken by the words only one language's texts write ("cocoa").
        var written: [ReplyLanguage: Int] = [:]
        for word in words {
            if let owner = knowledgeWords?.owner(of: Folding.fold(word.text)), leaders.contains(owner) {
                written[owner, default: 0] += 1
            }
        }
        let most = written.values.max() ?? 0
        let writers = written.filter { $0.value == most }.map(\.key)
        return most > 0 && writers.count == 1 ? writers[0] : fallback
    }

    /// The analyzer's language for this reply language: its stemmer and stopwords.
    /// A language the analyzer has no stemmer for is read with English's until one is added.
    var analysisLanguage: Language {
        Language(rawValue: rawValue) ?? .english
    }

}
