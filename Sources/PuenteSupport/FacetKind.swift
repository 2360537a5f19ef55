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
