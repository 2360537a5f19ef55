import PuenteSupport

/// `search`: passages for a query in Puente's query syntax.
public struct SearchParams: MethodParams {
    public typealias Result = Wire.SearchResult
    public static let method = Method.search
    public static let about = MethodAbout(
        "Search passages with Puente's query syntax.",
        result:
            "total, took_us, hits[id, kind, title, section, score, snippet, highlights], facets, corrected, ignored")

    public var query = ""
    public var filters = SearchFilters()
    public var limit = 10
    public var offset = 0
    /// nil: all five languages.
    public var lang: ReplyLanguage?

    public init() {}

    public init(
        query: String, filters: SearchFilters = SearchFilters(), limit: Int = 10, offset: Int = 0,
        lang: ReplyLanguage? = nil
    ) {
        self.query = query
        self.filters = filters
        self.limit = limit
        self.offset = offset
        self.lang = lang
    }

    public static let fields: [ParamField<Self>] = [
        ParamField(
            "query", \.query, .string(maxLength: 2000), required: true,
            "words, \"phrases\", -exclusions and facet:value filters"),
        ParamField("filters", \.filters, .filters(facets: MethodCatalogue.facets), "facet filters added to the query"),
        ParamField("limit", \.limit, .integer(0...100), "hits to return"),
        ParamField("offset", \.offset, .integer(0...10_000), "hits to skip"),
        ParamField(
            "lang", \.lang, .languages, "the query's language, for stopwords and stems; all five when absent"),
    ]
}

/// Facet → the values a search keeps, added to its query's own filters.
public struct SearchFilters: ParamValue {
    public var values: [FacetKind: [String]]

    public init(_ values: [FacetKind: [String]] = [:]) {
        self.values = values.filter { !$0.value.isEmpty }
    }

    /// Facet name → values, in the order of the names.
    public var byName: [(facet: String, values: [String])] {
        values.map { ($0.key.rawValue, $0.value) }.sorted { $0.facet < $1.facet }
    }

    public init?(param: JSONValue) {
        guard case .object(let fields) = param else { return nil }
        var values: [FacetKind: [String]] = [:]
        for (name, entry) in fields {
            guard let facet = FacetKind(rawValue: name) else { return nil }
            switch entry {
            case .string(let value): values[facet] = [value]
            case .array(let items):
                values[facet] = items.compactMap { if case .string(let text) = $0 { text } else { nil } }
            default: return nil
            }
        }
        self.values = values
    }

    /// Null when empty: no filters is the same as none sent.
    public var param: JSONValue {
        guard !values.isEmpty else { return .null }
        return .object(
            Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, .array($0.value.map(JSONValue.string))) }))
    }
}
