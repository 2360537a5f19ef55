import PuenteText

/// `field:value` tokens typed in a question, as the index writes them: a
/// canonical query pasted back, or a participant who knows the syntax. Spanish
/// and French field names are accepted too (`región:`, `modalidad:`, `tema:`).
struct ExplicitFilters {
    /// Region and modality ids to filter by, or to exclude (`-region:…`).
    var filters: [String: [String]] = [:]
    var exclusions: [String: [String]] = [:]
    /// Other facet tokens (`theme:…`, `kind:…`), passed to the index as written.
    var passThrough: [String] = []
    /// The question without those tokens.
    var text: String = ""

    static let fields: [String: String] = [
        "region": "region", "modality": "modality", "modalidad": "modality", "modalite": "modality",
        "theme": "theme", "tema": "theme", "mechanism": "mechanism", "mecanismo": "mechanism",
        "kind": "kind", "tipo": "kind",
    ]

    init(_ question: String) {
        var rest: [Substring] = []
        for token in question.split(whereSeparator: \.isWhitespace) {
            let excluded = token.hasPrefix("-")
            let body = excluded ? token.dropFirst() : token
            guard let colon = body.firstIndex(of: ":"), colon != body.startIndex,
                  let field = Self.fields[Folding.fold(body[..<colon].lowercased())] else {
                rest.append(token)
                continue
            }
            let values = body[body.index(after: colon)...].split(separator: ",").map { $0.lowercased() }
            guard !values.isEmpty else { rest.append(token); continue }
            if field == "region" || field == "modality" {
                if excluded { exclusions[field, default: []] += values } else { filters[field, default: []] += values }
            } else {
                passThrough.append((excluded ? "-" : "") + field + ":" + values.joined(separator: ","))
            }
        }
        text = rest.joined(separator: " ")
    }

    var isEmpty: Bool { filters.isEmpty && exclusions.isEmpty && passThrough.isEmpty }
}
