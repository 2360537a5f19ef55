import PuenteSupport

/// The shape of the documents an index holds: searchable fields with their
/// boosts, and the facets documents can be filtered and counted by.
public struct Schema: Sendable {
    /// A searchable text field. A higher boost makes a match in it count for more.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var boost: Double
        /// Whether snippets may quote this field. Fields that repeat what a hit's
        /// title already says (a name, labels) are quoted only when nothing else matched.
        public var snippets: Bool

        public init(_ name: String, boost: Double, snippets: Bool = true) {
            self.name = name
            self.boost = boost
            self.snippets = snippets
        }
    }

    public var fields: [Field]
    /// The facets documents are filtered and counted by (`region:africa`).
    public var facets: [FacetKind]

    public init(fields: [Field], facets: [FacetKind]) {
        precondition(!fields.isEmpty && fields.count <= Int(UInt8.max), "a schema needs 1 to 255 fields")
        precondition(facets.count <= Int(UInt8.max), "a schema allows at most 255 facets")
        self.fields = fields
        self.facets = facets
    }

    /// Puente's passages: an initiative's name and acronym count most, then its
    /// tags (countries, lead bodies, partners), then its summary, then the body
    /// (facts, talking points, a paragraph of the concept note) and the topics
    /// (the labels of its vocabulary terms). Topics weigh no more than the body:
    /// they are derived from the record's tags, and a passage that says a phrase
    /// should not be outranked by one merely filed under it.
    public static let passages = Schema(
        fields: [
            Field("name", boost: 4.0, snippets: false),
            Field("acronym", boost: 4.0, snippets: false),
            Field("tags", boost: 2.5, snippets: false),
            Field("summary", boost: 1.5),
            Field("body", boost: 1.0),
            Field("topics", boost: 1.0, snippets: false),
        ],
        facets: FacetKind.allCases
    )

    func fieldIndex(named name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    func facetIndex(of kind: FacetKind) -> Int? {
        facets.firstIndex(of: kind)
    }
}
