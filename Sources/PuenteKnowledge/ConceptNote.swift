/// The session's concept note as passages: one per paragraph, each with its section.
public struct ConceptNote: Sendable, Hashable {
    public struct Passage: Sendable, Hashable {
        /// "concept-note#I.2": section number, then paragraph number within it.
        public var id: String
        /// The section heading as written: "I. Contexto".
        public var section: String
        public var text: String
        /// Line of the paragraph's first line in the Markdown file.
        public var line: Int
    }

    /// The note's title (its first-level heading).
    public let title: String
    public let passages: [Passage]
    /// Passage ids → their place in `passages`: hits name passages by id, and a
    /// large note makes a scan per hit the cost of a whole search.
    private let places: [String: Int]

    public init(title: String, passages: [Passage]) {
        self.title = title
        self.passages = passages
        self.places = Dictionary(passages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The passage with this id, if the note has it.
    public func passage(_ id: String) -> Passage? {
        places[id].map { passages[$0] }
    }
}
