import PuenteText

extension Index {
    /// Characters that join words into one phrase when typed without spaces ("Sur–Sur").
    private static let joiners: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}"]

    /// Resolves `query` against this index's terms and facet values.
    func parse(_ query: Query, options: SearchOptions) throws(QueryError) -> ParsedQuery {
        var parsed = ParsedQuery()
        // Bare words are taken one whitespace-separated chunk at a time, as the syntax
        // reads them, so a query built in code and the same query parsed agree.
        var pieces: [(Query.Part, isWord: Bool)] = []
        for part in query.parts {
            switch part {
            case .words(let text, let excluded):
                pieces += text.split(whereSeparator: \.isWhitespace).map {
                    (.words(String($0), excluded: excluded), true)
                }
            case .phrase:
                pieces.append((part, false))
            }
        }
        for (number, (piece, _)) in pieces.enumerated() {
            let isLast = number == pieces.count - 1
            switch piece {
            case .words(let chunk, let excluded):
                let prefix = options.prefixLastWord && isLast && query.endsInWord
                let clauses = wordClauses(
                    chunk, excluded: excluded, prefixLast: prefix, options: options, query: &parsed)
                if excluded { parsed.exclusions += clauses } else { parsed.clauses += clauses }
            case .phrase(let content, let excluded):
                guard let clause = phraseClause(content, excluded: excluded, options: options, query: &parsed) else {
                    continue
                }
                if excluded { parsed.exclusions.append(clause) } else { parsed.clauses.append(clause) }
            }
        }
        for filter in query.filters {
            parsed.filters.append(try resolve(filter))
        }
        parsed.proximity = proximity(of: parsed.clauses)
        parsed.clauses = withSynonyms(parsed.clauses, options: options)
        let words = parsed.wordCount + parsed.exclusions.count
        guard words <= SearchOptions.maximumQueryWords else { throw .tooManyWords(words) }
        if parsed.clauses.isEmpty && parsed.exclusions.isEmpty && parsed.filters.isEmpty && parsed.ignoredWords.isEmpty
        {
            throw .empty
        }
        return parsed
    }

    /// Meaningful words of `text`; stopwords are noted in `query.ignoredWords`.
    private func meaningfulWords(_ text: String, options: SearchOptions, query: inout ParsedQuery) -> [Token] {
        analyzer.words(in: text).filter { word in
            let isStopword = analyzer.isStopword(word.text, inAnyOf: options.languages)
            if isStopword { query.ignoredWords.append(word.text) }
            return !isStopword
        }
    }

    private func wordClauses(
        _ chunk: String, excluded: Bool, prefixLast: Bool, options: SearchOptions, query: inout ParsedQuery
    ) -> [Clause] {
        let words = meaningfulWords(chunk, options: options, query: &query)
        if words.count > 1 && chunk.contains(where: Self.joiners.contains) {
            return [phrase(words, text: chunk, excluded: excluded, options: options)]
        }
        return words.enumerated().map { number, word in
            let rules = ExpansionRules(
                fuzzy: !excluded && options.typoTolerance, prefix: prefixLast && number == words.count - 1,
                languages: options.languages)
            let expanded = expand(word.text, rules: rules)
            return Clause(
                text: word.text,
                alternatives: [
                    Alternative(words: [expanded], offsets: [0], isPhrase: false, label: word.text)
                ], wordCount: 1)
        }
    }

    private func phraseClause(_ content: String, excluded: Bool, options: SearchOptions, query: inout ParsedQuery)
        -> Clause?
    {
        let words = meaningfulWords(content, options: options, query: &query)
        guard !words.isEmpty else { return nil }
        return phrase(words, text: content, excluded: excluded, options: options)
    }

    /// A phrase matches its words at their relative positions; its words are not
    /// matched fuzzily, since quoting asks for these words.
    private func phrase(_ words: [Token], text: String, excluded: Bool, options: SearchOptions) -> Clause {
        let rules = ExpansionRules(fuzzy: false, prefix: false, languages: options.languages)
        let alternative = Alternative(
            words: words.map { expand($0.text, rules: rules) },
            offsets: words.map { $0.position - words[0].position },
            isPhrase: words.count > 1,
            label: text)
        return Clause(text: text, alternatives: [alternative], wordCount: words.count)
    }

    /// The plain words of the query, in order, as a loose phrase; nil for fewer than two.
    private func proximity(of clauses: [Clause]) -> Alternative? {
        let words = clauses.filter { $0.alternatives.count == 1 && !$0.alternatives[0].isPhrase }
            .flatMap { $0.alternatives[0].words }
        guard words.count >= 2 else { return nil }
        return Alternative(
            words: words, offsets: Array(0..<words.count), isPhrase: true,
            label: words.map(\.text).joined(separator: " "), slop: Self.proximitySlop)
    }

    /// Replaces each run of words that a thesaurus group holds by one clause whose
    /// alternatives are the words themselves and the group's other members as phrases.
    private func withSynonyms(_ clauses: [Clause], options: SearchOptions) -> [Clause] {
        guard thesaurus.longestPhrase > 0 else { return clauses }
        var result: [Clause] = []
        var start = 0
        while start < clauses.count {
            var merged = false
            for length in stride(from: min(thesaurus.longestPhrase, clauses.count - start), through: 1, by: -1) {
                let run = clauses[start..<(start + length)]
                guard let words = ownWords(of: run) else { continue }
                let synonyms = thesaurus.synonyms(of: words.map(\.text))
                guard !synonyms.isEmpty else { continue }
                result.append(clause(run, words: words, synonyms: synonyms, options: options))
                start += length
                merged = true
                break
            }
            if !merged {
                result.append(clauses[start])
                start += 1
            }
        }
        return result
    }

    /// The words of a run of single-alternative clauses, when the run is plain
    /// words or one phrase (those are what a thesaurus member can stand for).
    private func ownWords(of run: ArraySlice<Clause>) -> [QueryWord]? {
        guard run.allSatisfy({ $0.alternatives.count == 1 }) else { return nil }
        if run.count == 1 { return run.first!.alternatives[0].words }
        guard run.allSatisfy({ !$0.alternatives[0].isPhrase }) else { return nil }
        return run.flatMap { $0.alternatives[0].words }
    }

    private func clause(
        _ run: ArraySlice<Clause>, words: [QueryWord], synonyms: [Thesaurus.Phrase], options: SearchOptions
    ) -> Clause {
        let own =
            run.count == 1
            ? run.first!.alternatives[0]
            : Alternative(words: words, offsets: [], isPhrase: false, label: words.map(\.text).joined(separator: " "))
        let resolved = options.languages == Self.synonymLanguages
        let others = synonyms.map { member in
            let expanded =
                resolved ? synonymWords[member.number] : synonymWords(of: member, languages: options.languages)
            return Alternative(
                words: expanded, offsets: member.offsets, isPhrase: member.words.count > 1, label: member.text)
        }
        return Clause(
            text: run.map(\.text).joined(separator: " "),
            alternatives: [own] + others,
            wordCount: run.reduce(0) { $0 + $1.wordCount })
    }

    /// A filter's value ids resolved to the index's facet values.
    /// - Throws: `QueryError.unknownFilterValue` naming the accepted values and the closest.
    private func resolve(_ filter: FacetFilter) throws(QueryError) -> Filter {
        guard let facet = schema.facetIndex(of: filter.kind) else {
            throw .unknownFilterValue(filter.ids.first ?? "", facet: filter.kind, accepted: [], suggestion: nil)
        }
        var ids: [UInt32] = []
        for value in filter.ids {
            let name = value.lowercased()
            guard let id = facetLookup[Self.facetKey(facet, name)] else {
                let accepted = facetValues(of: filter.kind).map(\.value)
                throw .unknownFilterValue(
                    value, facet: filter.kind, accepted: accepted, suggestion: Lexicon(accepted).closest(to: name))
            }
            ids.append(id)
        }
        return Filter(facet: facet, values: ids, excluded: filter.excluded)
    }
}
