import PuenteText

/// How many query words a passage must match.
public enum Matching: Sendable, Hashable {
    /// Every word (or quoted phrase) must match.
    case all
    /// Any one word is enough; passages matching more words rank first.
    case any
    /// Every word must match; when fewer than `minimumHits` passages do, the
    /// rule gives up one word at a time (any word, not a chosen one) until that
    /// many passages match or a single word is required. Passages that match
    /// more words always rank above passages that match fewer.
    case allRelaxing(minimumHits: Int)
}

/// What a search returns and how it matches.
public struct SearchOptions: Sendable {
    /// The most hits returned, 0 to `maximumLimit`.
    public var limit: Int = 10
    /// Hits to skip, for paging.
    public var offset: Int = 0
    public var matching: Matching = .allRelaxing(minimumHits: 1)
    /// Whether the last word also matches as a prefix (as-you-type search).
    /// It does not when the query ends with a space or a quote.
    public var prefixLastWord: Bool = false
    public var snippets: Bool = true
    /// Whether words also match near words (typos, OCR slips). Off for text that
    /// cannot hold typos, such as the knowledge's own sentences: it costs time.
    public var typoTolerance: Bool = true
    /// Whether each hit says why it scored what it scored.
    public var explain: Bool = false
    /// The languages the query may be in: they choose stopwords and stemmers.
    public var languages: [Language] = Language.allCases
    /// The longest snippet, in Unicode scalars, ellipses excluded.
    public var snippetLength: Int = 160
    /// The reader's language: of a passage's texts that show query words, one in it is
    /// quoted before one in another (a query's synonyms reach every language's wording).
    public var snippetLanguage: Language? = nil

    public static let maximumLimit = 1000
    /// Queries longer than this many characters are refused.
    public static let maximumQueryLength = 2000
    /// At most this many words and phrases count in one query.
    public static let maximumQueryWords = 32

    public init() {}
}
