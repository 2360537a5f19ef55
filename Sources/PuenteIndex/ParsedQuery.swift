/// A query resolved against one index: every word already expanded into the
/// index's term ids, every filter into facet value ids.
struct ParsedQuery {
    var clauses: [Clause] = []
    var exclusions: [Clause] = []
    var filters: [Filter] = []
    var ignoredWords: [String] = []
    /// The query's own words in order, matched loosely as a phrase (see
    /// `Index.proximitySlop`): passages where they stand together rank higher.
    var proximity: Alternative? = nil

    /// Words a passage can match: a phrase counts its words.
    var wordCount: Int { clauses.reduce(0) { $0 + $1.wordCount } }
}

/// A term of the index that a query word reaches, and what reaching it is worth.
struct Expansion {
    var term: UInt32
    var kind: MatchKind
    var weight: Float
}

/// One analysed query word and the terms it reaches.
struct QueryWord {
    var text: String
    var expansions: [Expansion]
    /// Shared by all the word's expansions, so that only their kind ranks them.
    var idf: Float
    var correction: String?
}

/// One way a clause can match: its own words, or a thesaurus phrase.
struct Alternative {
    var words: [QueryWord]
    /// Positions of the words relative to the first, for phrases.
    var offsets: [Int]
    var isPhrase: Bool
    var label: String
    /// For phrases: how many other words may stand between two consecutive
    /// words; 0 requires the exact relative positions in `offsets`.
    var slop: Int = 0
}

/// A word, a phrase, or a run of words with thesaurus alternatives: a passage
/// matches the clause when it matches any alternative.
struct Clause {
    var text: String
    var alternatives: [Alternative]
    var wordCount: Int
}

struct Filter {
    var facet: Int
    var values: [UInt32]
    var excluded: Bool
}
