import PuenteIndex
import PuenteSupport
import PuenteText

/// `field:value` tokens typed in a question, as the index writes them: a
/// canonical query pasted back, or a participant who knows the syntax. Spanish
/// and French field names are accepted too (`región:`, `modalidad:`, `tema:`).
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

    static let fields: [String: FacetKind] = [
        "region": .region, "modality": .modality, "modalidad": .modality, "modalite": .modality,
        "theme": .theme, "tema": .theme, "mechanism": .mechanism, "mecanismo": .mechanism,
        "kind": .kind, "tipo": .kind,
    ]

    init(_ question: String) {
        var rest: [Substring] = []
        for token in question.split(whereSeparator: \.isWhitespace) {
            let excluded = token.hasPrefix("-")
            let body = excluded ? token.dropFirst() : token
            guard let colon = body.firstIndex(of: ":"), colon != body.startIndex else {
                rest.append(token)
                continue
            }
            let name = Folding.fold(body[..<colon].lowercased())
            let values = body[body.index(after: colon)...].split(separator: ",").map { $0.lowercased() }
            guard let kind = Self.fields[name], !values.isEmpty else {
                if !values.isEmpty, name.allSatisfy(\.isLetter), let meant = EditDistance.closest(to: name, among: Array(Self.fields.keys)) {
                    mistypedField = (String(body[..<colon]), meant)
                }
                rest.append(token)
                continue
            }
            if kind == .region || kind == .modality {
                if excluded { exclusions[kind, default: []] += values } else { filters[kind, default: []] += values }
            } else {
                passThrough.append(FacetFilter(kind: kind, ids: values, excluded: excluded))
            }
        }
        text = rest.joined(separator: " ")
    }

    var isEmpty: Bool { filters.isEmpty && exclusions.isEmpty && passThrough.isEmpty }

    /// Every filter typed, as the index takes them.
    var all: [FacetFilter] {
        filters.map { FacetFilter(kind: $0.key, ids: $0.value) }
            + exclusions.map { FacetFilter(kind: $0.key, ids: $0.value, excluded: true) }
            + passThrough
    }
}
