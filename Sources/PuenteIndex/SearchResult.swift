import PuenteSupport

/// How a document's word was reached from a query word.
public enum MatchKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The word as typed, accents and all.
    case exact
    /// The same word once diacritics are folded ("ano" for "año").
    case folded
    /// Another word of the same stem ("cadena" for "cadenas").
    case stem
    /// A word within the typo budget ("migración" for "migrasion").
    case fuzzy
    /// A word the last query word begins.
    case prefix
    /// A member of the same thesaurus group ("cadenas de suministro" for "supply chains").
    case synonym

    /// What a match of this kind is worth against an exact match. The order
    /// exact > folded > stem > synonym > prefix > fuzzy is what ranks a word
    /// that agrees on its accents above one that agrees only once folded.
    var weight: Float {
        switch self {
        case .exact: 1.0
        case .folded: 0.9
        case .stem: 0.75
        case .synonym: 0.7
        case .prefix: 0.6
        case .fuzzy: 0.5
        }
    }
}

/// A highlighted span of a snippet, in Unicode scalars from the snippet's start.
public struct Highlight: Sendable, Hashable, Codable {
    public var start: Int
    public var length: Int

    public init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }
}

/// The best window of a hit's best field, with the matched words highlighted.
public struct Snippet: Sendable, Hashable {
    public var text: String
    public var field: String
    public var highlights: [Highlight]
}

/// One part of a hit's score: a query word, the word it matched, where, and how.
public struct ScoreDetail: Sendable, Hashable {
    public var queryWord: String
    public var matchedWord: String
    public var field: String
    public var kind: MatchKind
    public var termFrequency: Int
    public var score: Double
}

public struct Hit: Sendable {
    /// The document's id as given to the index.
    public var id: String
    public var score: Double
    /// Query words (a phrase counts its words) this hit matched.
    public var matchedWords: Int
    public var snippet: Snippet?
    /// Present when `SearchOptions.explain` is set.
    public var explanation: [ScoreDetail]?
}

public struct FacetCount: Sendable, Hashable {
    public var facet: FacetKind
    public var value: String
    public var count: Int
}

/// A word of the index that a query word reached.
public struct WordMatch: Sendable, Hashable {
    public var word: String
    public var kind: MatchKind
}

/// What became of one query word or phrase.
public struct WordReport: Sendable, Hashable {
    /// The word or phrase as the query gave it.
    public var text: String
    /// Words of the index it matched, strongest first (at most 10).
    public var matches: [WordMatch]
    /// When the word itself is not in the index but a near word is: that word.
    public var correction: String?
    /// Thesaurus phrases it was expanded with.
    public var synonyms: [String]
    /// Whether it was a `-excluded` word.
    public var excluded: Bool
}

public struct SearchResult: Sendable {
    /// Passages that match, before `offset` and `limit`.
    public var total: Int
    public var hits: [Hit]
    /// Facet value counts over all matching passages, largest first per facet.
    public var facets: [FacetCount]
    public var words: [WordReport]
    /// Query words dropped as stopwords.
    public var ignoredWords: [String]
    /// Words and phrases in the query (a phrase counts its words).
    public var queryWords: Int
    /// How many of them a passage had to match: less than `queryWords` when the
    /// matching rule was relaxed.
    public var requiredWords: Int

    /// The corrections made, as (typed, corrected) pairs.
    public var corrections: [(typed: String, corrected: String)] {
        words.compactMap { report in report.correction.map { (report.text, $0) } }
    }
}
