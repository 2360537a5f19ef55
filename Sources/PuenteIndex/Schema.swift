/// The shape of the documents an index holds: searchable fields with their
/// boosts, and the facets documents can be filtered and counted by.
public struct Schema: Sendable {
    /// A searchable text field. A higher boost makes a match in it count for more.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var boost: Double

        public init(_ name: String, boost: Double) {
            self.name = name
            self.boost = boost
        }
    }

    public var fields: [Field]
    /// Facet names, used in queries as `name:value` filters.
    public var facets: [String]

    public init(fields: [Field], facets: [String]) {
        precondition(!fields.isEmpty && fields.count <= Int(UInt8.max), "a schema needs 1 to 255 fields")
        precondition(facets.count <= Int(UInt8.max), "a schema allows at most 255 facets")
        self.fields = fields
        self.facets = facets
    }

    /// Puente's passages: an initiative's name and acronym count most, then its
    /// tags (countries, partners, vocabulary labels), then its summary, then the
    /// body (facts, talking points, a paragraph of the concept note).
    public static let passages = Schema(
        fields: [
            Field("name", boost: 4.0),
            Field("acronym", boost: 4.0),
            Field("tags", boost: 2.5),
            Field("summary", boost: 1.5),
            Field("body", boost: 1.0),
        ],
        facets: ["region", "modality", "theme", "mechanism", "kind"]
    )

    func fieldIndex(named name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    func facetIndex(named name: String) -> Int? {
        facets.firstIndex(of: name)
    }
}
