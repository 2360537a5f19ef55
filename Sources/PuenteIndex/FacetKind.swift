/// The facets a passage can be filtered and counted by. The raw value is the
/// name the query syntax uses (`region:africa`) and the wire's key.
public enum FacetKind: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable, Comparable {
    case region, modality, theme, mechanism, kind

    /// The facet named `name` (case-insensitive), if any.
    public init?(named name: String) {
        self.init(rawValue: name.lowercased())
    }

    public static func < (lhs: FacetKind, rhs: FacetKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Passages with (or, `excluded`, without) any of `ids` for one facet.
public struct FacetFilter: Sendable, Hashable, Codable {
    public var kind: FacetKind
    /// Facet value ids, matched case-insensitively; a passage needs one of them.
    public var ids: [String]
    public var excluded: Bool

    public init(kind: FacetKind, ids: [String], excluded: Bool = false) {
        self.kind = kind
        self.ids = ids
        self.excluded = excluded
    }
}
