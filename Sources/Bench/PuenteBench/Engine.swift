/// How the words of a query combine.
enum Mode: String, CaseIterable {
    case all = "AND"
    case any = "OR"
}

/// A search engine under benchmark: built once over a corpus, then asked each query.
protocol Engine {
    var name: String { get }
    /// Indexes the passages; the caller times this.
    mutating func build(_ passages: [Corpus.Passage])
    /// The top 10 for `query`; returns how many hits came back (and, with
    /// snippets, the snippets' total length), so no work can be skipped.
    func search(_ query: Corpus.Query, mode: Mode, snippets: Bool) -> Int
    /// How many passages hold every word of `query`, for the agreement check.
    func countAll(_ query: Corpus.Query) -> Int
    /// Whether this engine's analyzer treats every word of `query` as FTS5 and
    /// Tantivy do (lowercased and folded, nothing more), so counts may be compared.
    func analyzersAgree(on query: Corpus.Query) -> Bool
}
