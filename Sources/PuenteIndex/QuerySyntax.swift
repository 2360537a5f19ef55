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
            if characters[index].isWhitespace { index += 1; continue }
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
              !characters[colon + 1].isWhitespace else { return nil }
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
