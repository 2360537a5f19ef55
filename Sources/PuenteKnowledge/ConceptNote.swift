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
    public var title: String
    public var passages: [Passage]
}
