import PuenteSupport
import PuenteText

/// Why a query could not be run; `description` says what was wrong and what is accepted.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake this was, for callers that branch on it.
    public enum Kind: String, Sendable {
        case empty, tooLong, tooManyWords, unknownFilterField, unknownFilterValue, invalidLimit, invalidOffset
    }

    public let kind: Kind
    public let description: String
    /// For an unknown filter field or value: what was typed, the facet (for a
    /// value) and the closest accepted word, so a reply can say them in its language.
    public private(set) var typed: String?
    public private(set) var facet: FacetKind?
    public private(set) var closest: String?

    private init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    static let empty = QueryError(
        .empty, "the query is empty; write one or more words, a \"quoted phrase\" or a filter such as region:africa")

    static func tooLong(_ length: Int) -> QueryError {
        QueryError(
            .tooLong, "the query is \(length) characters long; at most \(SearchOptions.maximumQueryLength) are accepted"
        )
    }

    static func tooManyWords(_ count: Int) -> QueryError {
        QueryError(
            .tooManyWords,
            "the query has \(count) words and phrases; at most \(SearchOptions.maximumQueryWords) are accepted")
    }

    package static func unknownFilterField(_ field: String) -> QueryError {
        let accepted = FacetKind.allCases.map(\.rawValue)
        let closest = Lexicon(accepted).closest(to: field)
        var error = QueryError(
            .unknownFilterField,
            Choices.unknown(
                "filter field", field, accepted: Choices.expected(accepted), closest: closest.map { [$0] } ?? []))
        error.typed = field
        error.closest = closest
        return error
    }

    static func unknownFilterValue(_ value: String, facet: FacetKind, accepted: [String], suggestion: String?)
        -> QueryError
    {
        let choices = accepted.isEmpty ? "no passage has a \(facet.rawValue)" : Choices.expected(accepted)
        var error = QueryError(
            .unknownFilterValue,
            Choices.unknown(facet.rawValue, value, accepted: choices, closest: suggestion.map { [$0] } ?? []))
        error.typed = value
        error.facet = facet
        error.closest = suggestion
        return error
    }

    static func invalidLimit(_ limit: Int) -> QueryError {
        QueryError(.invalidLimit, "limit \(limit) is out of range; expected 0 to \(SearchOptions.maximumLimit)")
    }

    static func invalidOffset(_ offset: Int) -> QueryError {
        QueryError(.invalidOffset, "offset \(offset) is out of range; expected 0 or more")
    }

}
