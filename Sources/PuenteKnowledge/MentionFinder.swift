import PuenteText

/// Finds the vocabulary terms a text names, by any label or synonym, compared by
/// stem so that "plataformas regionales" names "plataforma regional".
///
/// The vocabulary's names are analysed once, when the finder is made; a text is
/// then read once, word by word, looking up the names that start at each word by
/// its stem. Build one per language and reuse it across texts.
public struct MentionFinder: Sendable {
    private struct Name: Sendable {
        var term: Int
        var stems: [String]
    }

    private let terms: [Vocabulary.Term]
    /// Names by their first stem.
    private let namesByFirstStem: [String: [Name]]
    private let language: Language
    private let analyzer: Analyzer

    public init(_ vocabulary: Vocabulary, language: Language, analyzer: Analyzer = Analyzer()) {
        var names: [String: [Name]] = [:]
        for (number, term) in vocabulary.terms.enumerated() {
            for name in term.names + term.includes {
                let stems = Self.stems(of: name, language, analyzer)
                guard let first = stems.first else { continue }
                names[first, default: []].append(Name(term: number, stems: stems))
            }
        }
        self.terms = vocabulary.terms
        self.namesByFirstStem = names
        self.language = language
        self.analyzer = analyzer
    }

    /// The terms `text` names, in vocabulary order, each once.
    public func mentions(in text: String) -> [Vocabulary.Term] {
        let stems = Self.stems(of: text, language, analyzer)
        var found = Set<Int>()
        for start in stems.indices {
            for name in namesByFirstStem[stems[start]] ?? [] where !found.contains(name.term) {
                if stems[start...].starts(with: name.stems) { found.insert(name.term) }
            }
        }
        return found.sorted().map { terms[$0] }
    }

    /// Stopwords drop out, so "planes de acción" and "planes acción" read alike.
    private static func stems(of text: String, _ language: Language, _ analyzer: Analyzer) -> [String] {
        analyzer.tokens(in: text, language: language).map { analyzer.stem($0.text, in: language) }
    }
}
