import PuenteSupport

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
