import PuenteSupport
import PuenteText

/// A passage to index: texts in named fields, and facet values to filter by.
public struct Document: Sendable {
    /// One text of a field, in one language. A field may hold several texts (a
    /// summary in Spanish and in English); phrases never run from one into the next.
    public struct Text: Sendable {
        public var field: String
        public var text: String
        public var language: Language

        public init(field: String, text: String, language: Language) {
            self.field = field
            self.text = text
            self.language = language
        }
    }

    /// The caller's identifier, returned with each hit.
    public var id: String
    public var texts: [Text]
    /// Facet → values, e.g. `[.region: ["africa"], .kind: ["initiative"]]`.
    /// Values are matched case-insensitively.
    public var facets: [FacetKind: [String]]

    public init(id: String, texts: [Text], facets: [FacetKind: [String]] = [:]) {
        self.id = id
        self.texts = texts
        self.facets = facets
    }
}
