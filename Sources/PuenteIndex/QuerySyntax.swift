import PuenteSupport
import PuenteText

extension Index.Query {
    /// Parses the query syntax, for people and scripts alike.
    ///
    /// Syntax: bare words; `"quoted phrases"`; a leading `-` excludes a word, a
    /// phrase or a filter; `field:value` filters by a facet (`field:"two words"`
    /// for a value with spaces, `field:a,b` for either of two values). An
    /// unterminated quote runs to the end of the query. A colon that does not
    /// follow a bare name (`14:30`, `a: b`) is ordinary text.
    /// - Throws: `QueryError` for a query over the length limit or a filter field
    ///   that is not a facet (with "did you mean"). Facet values are checked by the
    ///   index that runs the query.
    public init(parsing text: String) throws(QueryError) {
        guard text.count <= SearchOptions.maximumQueryLength else { throw .tooLong(text.count) }
        self.init()
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace {
                index += 1
                continue
            }
            var excluded = false
            if characters[index] == "-", index + 1 < characters.count, !characters[index + 1].isWhitespace {
                excluded = true
                index += 1
            }
            if characters[index] == "\"" {
                let (content, next) = Self.quoted(characters, from: index)
                parts.append(.phrase(content, excluded: excluded))
                index = next
            } else if let (field, values, next) = Self.filter(characters, from: index) {
                guard let kind = FacetKind(named: field) else { throw .unknownFilterField(field) }
                filters.append(FacetFilter(kind: kind, ids: values, excluded: excluded))
                index = next
            } else {
                var end = index
                while end < characters.count, !characters[end].isWhitespace, characters[end] != "\"" { end += 1 }
                parts.append(.words(String(characters[index..<end]), excluded: excluded))
                endsInWord = end == characters.count && !excluded
                index = end
                continue
            }
            endsInWord = false
        }
    }

    /// Text between a quote at `start` and the next quote (or the end).
    private static func quoted(_ characters: [Character], from start: Int) -> (String, Int) {
        var end = start + 1
        while end < characters.count, characters[end] != "\"" { end += 1 }
        return (String(characters[(start + 1)..<end]), min(end + 1, characters.count))
    }

    /// `name:value`, `name:"value"` or `name:a,b` at `start`, if that is what is there.
    private static func filter(_ characters: [Character], from start: Int) -> (String, [String], Int)? {
        var colon = start
        while colon < characters.count, characters[colon].isLetter || characters[colon] == "_" { colon += 1 }
        guard colon > start, colon + 1 < characters.count, characters[colon] == ":",
            !characters[colon + 1].isWhitespace
        else { return nil }
        let field = String(characters[start..<colon]).lowercased()
        if characters[colon + 1] == "\"" {
            let (value, next) = quoted(characters, from: colon + 1)
            return (field, [value], next)
        }
        var end = colon + 1
        while end < characters.count, !characters[end].isWhitespace { end += 1 }
        let values = characters[(colon + 1)..<end].split(separator: ",").map { String($0) }
        guard !values.isEmpty else { return nil }
        return (field, values, end)
    }
}

/// The `field:value` filters written among a question's words, read as the query syntax
/// reads them, and the question without them.
public struct WrittenFilters: Sendable {
    /// The filters, in the order written; `-field:value` excludes.
    public var filters: [FacetFilter] = []
    /// The question's other words, as written, one space apart.
    public var text = ""
    /// A `name:value` whose name no field has but is close to one (`regoin:africa`): the
    /// error that says which field was meant. The token stays in `text`.
    public var mistyped: QueryError?
}

extension Index.Query {
    /// The filters written in `text`, a question rather than a query: a token is a filter
    /// only when it is one whole (`region:africa`, `-modality:triangular`), and a name that
    /// is no field and near none (`nota:bene`) is ordinary text.
    /// - Parameter aliases: other names of the fields, folded (a language's «región», «tema»).
    public static func writtenFilters(in text: String, aliases: [String: FacetKind] = [:]) -> WrittenFilters {
        var written = WrittenFilters()
        var rest: [Substring] = []
        for token in text.split(whereSeparator: \.isWhitespace) {
            let excluded = token.hasPrefix("-") && token.count > 1
            let characters = Array(excluded ? token.dropFirst() : token)
            guard let (field, values, end) = filter(characters, from: 0), end == characters.count else {
                rest.append(token)
                continue
            }
            if let kind = FacetKind(named: field) ?? aliases[Folding.fold(field)] {
                written.filters.append(FacetFilter(kind: kind, ids: values.map { $0.lowercased() }, excluded: excluded))
                continue
            }
            let error = QueryError.unknownFilterField(field)
            if written.mistyped == nil, error.closest != nil { written.mistyped = error }
            rest.append(token)
        }
        written.text = rest.joined(separator: " ")
        return written
    }
}
