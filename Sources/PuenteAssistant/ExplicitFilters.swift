import PuenteIndex
import PuenteSupport

/// `field:value` tokens typed in a question, as the index writes them: a canonical query
/// pasted back, or a participant who knows the syntax. They are read by the index's own
/// query syntax (`Index.Query.writtenFilters`), with each pack's names of the fields
/// (`región:`, `modalidad:`, `tema:`).
struct ExplicitFilters {
    /// Region and modality ids to filter by, or to exclude (`-region:…`).
    var filters: [FacetKind: [String]] = [:]
    var exclusions: [FacetKind: [String]] = [:]
    /// Other facet filters (`theme:…`, `kind:…`), passed to the index as typed.
    var passThrough: [FacetFilter] = []
    /// A `name:value` token whose name is close to a field name but is none
    /// (`regoin:africa`): the field it most likely meant.
    var mistypedField: (typed: String, meant: String)?
    /// The question without those tokens.
    var text: String = ""

    init(_ question: String, fieldNames: [String: FacetKind] = [:]) {
        let written = Index.Query.writtenFilters(in: question, aliases: fieldNames)
        for filter in written.filters {
            switch (filter.kind, filter.excluded) {
            case (.region, false), (.modality, false): filters[filter.kind, default: []] += filter.ids
            case (.region, true), (.modality, true): exclusions[filter.kind, default: []] += filter.ids
            default: passThrough.append(filter)
            }
        }
        if let error = written.mistyped, let typed = error.typed, let meant = error.closest {
            mistypedField = (typed, meant)
        }
        text = written.text
    }

    var isEmpty: Bool { filters.isEmpty && exclusions.isEmpty && passThrough.isEmpty }

    /// Every filter typed, as the index takes them.
    var all: [FacetFilter] {
        filters.map { FacetFilter(kind: $0.key, ids: $0.value) }
            + exclusions.map { FacetFilter(kind: $0.key, ids: $0.value, excluded: true) }
            + passThrough
    }
}
