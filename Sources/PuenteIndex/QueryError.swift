import PuenteText

/// Why a query could not be run; `description` says what was wrong and what is accepted.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake this was, for callers that branch on it.
    public enum Kind: String, Sendable {
        case empty, tooLong, tooManyWords, unknownFilterField, unknownFilterValue, invalidLimit, invalidOffset
    }

    public let kind: Kind
    public let description: String

    private init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    static let empty = QueryError(.empty, "the query is empty; write one or more words, a \"quoted phrase\" or a filter such as region:africa")

    static func tooLong(_ length: Int) -> QueryError {
        QueryError(.tooLong, "the query is \(length) characters long; at most \(SearchOptions.maximumQueryLength) are accepted")
    }

    static func tooManyWords(_ count: Int) -> QueryError {
        QueryError(.tooManyWords, "the query has \(count) words and phrases; at most \(SearchOptions.maximumQueryWords) are accepted")
    }

    package static func unknownFilterField(_ field: String) -> QueryError {
        let accepted = FacetKind.allCases.map(\.rawValue)
        return QueryError(.unknownFilterField, "unknown filter field '\(field)'; expected \(listing(accepted))\(hint(Lexicon(accepted).closest(to: field)))")
    }

    static func unknownFilterValue(_ value: String, facet: String, accepted: [String], suggestion: String?) -> QueryError {
        let choices = accepted.isEmpty ? "no passage has a \(facet)" : "expected \(listing(accepted))"
        return QueryError(.unknownFilterValue, "unknown \(facet) '\(value)'; \(choices)\(hint(suggestion))")
    }

    static func invalidLimit(_ limit: Int) -> QueryError {
        QueryError(.invalidLimit, "limit \(limit) is out of range; expected 0 to \(SearchOptions.maximumLimit)")
    }

    static func invalidOffset(_ offset: Int) -> QueryError {
        QueryError(.invalidOffset, "offset \(offset) is out of range; expected 0 or more")
    }

    /// "a, b or c", quoting nothing: the choices are identifiers.
    private static func listing(_ items: [String]) -> String {
        let shown = items.prefix(20)
        let more = items.count > shown.count ? " (and \(items.count - shown.count) more)" : ""
        guard shown.count > 1 else { return (shown.first ?? "") + more }
        return shown.dropLast().joined(separator: ", ") + " or " + shown.last! + more
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
