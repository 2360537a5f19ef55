extension Index {
    /// Searches the index.
    ///
    /// Query syntax: words; `"quoted phrases"`; `-word` or `-"phrase"` to exclude;
    /// `facet:value` filters (`region:africa`, `modality:south-south,triangular`;
    /// `-facet:value` excludes). Words match as typed, folded, by stem, within the
    /// typo budget and, with `prefixLastWord`, as the start of a word; ranked in
    /// that order. Which passages qualify follows `options.matching`; passages that
    /// match more words always rank above those that match fewer.
    ///
    /// A query of stopwords only returns no hits and lists them in `ignoredWords`;
    /// a query of filters only returns every passage that passes them, in index order.
    /// - Throws: `QueryError` for an empty or oversized query, an unknown filter
    ///   field or value, or a limit or offset out of range.
    public func search(_ text: String, options: SearchOptions = SearchOptions()) throws(QueryError) -> SearchResult {
        try search(try Query(parsing: text), options: options)
    }

    /// Searches the index for a query built in code; the same rules as the text form.
    public func search(_ query: Query, options: SearchOptions = SearchOptions()) throws(QueryError) -> SearchResult {
        guard (0...SearchOptions.maximumLimit).contains(options.limit) else { throw .invalidLimit(options.limit) }
        guard options.offset >= 0 else { throw .invalidOffset(options.offset) }
        let parsed = try parse(query, options: options)
        var scratch = scratchPool.take()
        let result = search(parsed, options: options, scratch: &scratch)
        scratchPool.giveBack(scratch)
        return result
    }

    private func search(_ query: ParsedQuery, options: SearchOptions, scratch: inout Scratch) -> SearchResult {
        let excluded = exclusionMask(query, scratch: &scratch)
        let accepts = { (document: UInt32) in
            !(excluded?[Int(document)] ?? false) && self.passes(document, query.filters)
        }
        var accumulated = accumulate(query, matching: options.matching, accepts: accepts, scratch: &scratch)
        defer { scratch.returnTotals(&accumulated) }

        let required = requiredWords(query, accumulated, accepts: accepts, matching: options.matching)
        let qualifies = { (document: UInt32, matched: Int) in
            matched >= required && (matched > 0 || required == 0) && accepts(document)
        }
        let page = options.offset + options.limit
        var top = TopK(k: query.proximity == nil ? page : max(Self.proximityDepth, 4 * page))
        var facetCounts = Array(repeating: 0, count: facetValues.count)
        var total = 0
        accumulated.forEachCandidate { document, matched, score in
            guard qualifies(document, matched) else { return }
            total += 1
            for value in documentFacets[Int(document)] { facetCounts[Int(value)] += 1 }
            top.offer(TopK.Entry(document: document, matchedWords: matched, score: score))
        }

        let highlighting = options.snippets ? HighlightPlan(query) { terms.word(at: Int($0)) } : nil
        let ranked = withProximity(query, top.ranked(), scratch: &scratch).prefix(page)
        let hits = ranked.dropFirst(options.offset).map { entry in
            Hit(
                id: documentIDs[Int(entry.document)],
                score: Double(entry.score),
                matchedWords: entry.matchedWords,
                snippet: highlighting.flatMap {
                    snippet(
                        for: entry.document, plan: $0, length: options.snippetLength, language: options.snippetLanguage)
                },
                explanation: options.explain ? explanation(for: entry.document, query: query) : nil)
        }
        return SearchResult(
            total: total, hits: hits, facets: facets(from: facetCounts), words: reports(query),
            ignoredWords: query.ignoredWords, queryWords: query.wordCount, requiredWords: required)
    }

    /// Per-document sums of clause scores and matched word counts.
    struct Accumulated {
        var score: [Float]
        var matchedWords: [Int32]
        /// Documents that matched at least one clause, or nil for "every document"
        /// when the query has no words (filters or exclusions only).
        var candidates: [UInt32]?

        /// Adds `matches`, each worth `words` matched words, to the sums.
        mutating func add(_ matches: ScoredDocuments, words: Int32) {
            var fresh: [UInt32] = []
            // Raw buffers: this loop runs once per posting a query reaches, and
            // checked array writes cost as much as the work.
            score.withUnsafeMutableBufferPointer { score in
                matchedWords.withUnsafeMutableBufferPointer { matchedWords in
                    for (document, value) in zip(matches.documents, matches.scores) {
                        let slot = Int(document)
                        if matchedWords[slot] == 0 { fresh.append(document) }
                        score[slot] += value
                        matchedWords[slot] += words
                    }
                }
            }
            candidates?.append(contentsOf: fresh)
        }

        func forEachCandidate(_ body: (UInt32, Int, Float) -> Void) {
            if let candidates {
                for document in candidates { body(document, Int(matchedWords[Int(document)]), score[Int(document)]) }
            } else {
                for document in 0..<UInt32(score.count) { body(document, 0, 0) }
            }
        }
    }

    private func accumulate(
        _ query: ParsedQuery, matching: Matching, accepts: (UInt32) -> Bool, scratch: inout Scratch
    ) -> Accumulated {
        // Filters or exclusions alone browse every passage; stopwords alone match none.
        let browsing = query.clauses.isEmpty && !(query.filters.isEmpty && query.exclusions.isEmpty)
        var accumulated = scratch.lendTotals(candidates: browsing ? nil : [])
        if let everyClause = passagesMatchingEveryClause(query, matching: matching, accepts: accepts, scratch: &scratch)
        {
            accumulated.add(everyClause, words: Int32(query.wordCount))
        } else {
            for clause in query.clauses {
                accumulated.add(scores(of: clause, scratch: &scratch), words: Int32(clause.wordCount))
            }
        }
        return accumulated
    }

    /// `best` (ranked, at least four pages of them, or `proximityDepth`) with the
    /// bonus for query words standing together added, ranked again. Only these
    /// are read: reading word positions in every passage that qualifies cost more
    /// than the rest of a query at 100k passages, and a bonus seldom lifts a
    /// passage from further down. Everything that qualifies is read when fewer
    /// qualify, which covers the bundled knowledge.
    private func withProximity(_ query: ParsedQuery, _ best: [TopK.Entry], scratch: inout Scratch) -> [TopK.Entry] {
        guard let proximity = query.proximity, !best.isEmpty else { return best }
        let together = phraseScores(of: proximity, within: best.map(\.document).sorted(), scratch: &scratch)
        let bonus = Dictionary(uniqueKeysWithValues: zip(together.documents, together.scores))
        return best.map { entry in
            var entry = entry
            entry.score += (bonus[entry.document] ?? 0) * Self.proximityWeight
            return entry
        }.sorted(by: TopK.ranksAbove)
    }

    /// The fewest best passages whose proximity is read.
    static let proximityDepth = 100

    /// When `matching` will require every word anyway, the passages that match
    /// them all, scores summed; nil when it may relax or takes any word. Only
    /// these passages then need summing, not every passage any word reaches.
    private func passagesMatchingEveryClause(
        _ query: ParsedQuery, matching: Matching, accepts: (UInt32) -> Bool, scratch: inout Scratch
    ) -> ScoredDocuments? {
        guard query.clauses.count > 1 else { return nil }
        let wanted: Int
        switch matching {
        case .all: wanted = 0
        case .any: return nil
        case .allRelaxing(let minimumHits): wanted = max(minimumHits, 1)
        }
        let everyClause = conjunction(query.clauses, scratch: &scratch)
        guard wanted > 0 else { return everyClause }
        var accepted = 0
        for document in everyClause.documents where accepts(document) {
            accepted += 1
            if accepted >= wanted { return everyClause }
        }
        return nil
    }

    /// Words that may stand between two query words for them to count as together:
    /// enough for the stopwords of "modelos de financiación y sostenibilidad".
    static let proximitySlop = 2
    /// What standing together adds, against matching the words as a phrase.
    static let proximityWeight: Float = 0.5

    private func exclusionMask(_ query: ParsedQuery, scratch: inout Scratch) -> [Bool]? {
        guard !query.exclusions.isEmpty else { return nil }
        var mask = Array(repeating: false, count: documentCount)
        for clause in query.exclusions {
            for document in scores(of: clause, scratch: &scratch).documents { mask[Int(document)] = true }
        }
        return mask
    }

    /// Filters on different facets must all pass; values of one filter are alternatives.
    private func passes(_ document: UInt32, _ filters: [Filter]) -> Bool {
        guard !filters.isEmpty else { return true }
        let values = documentFacets[Int(document)]
        for filter in filters {
            let holds = filter.values.contains { values.contains($0) }
            if holds == filter.excluded { return false }
        }
        return true
    }

    /// How many query words a passage must match under `matching` (see `Matching`).
    private func requiredWords(
        _ query: ParsedQuery, _ accumulated: Accumulated, accepts: (UInt32) -> Bool, matching: Matching
    ) -> Int {
        let words = query.wordCount
        guard words > 0 else { return 0 }
        switch matching {
        case .all:
            return words
        case .any:
            return 1
        case .allRelaxing(let minimumHits):
            var histogram = Array(repeating: 0, count: words + 1)
            accumulated.forEachCandidate { document, matched, _ in
                if accepts(document) { histogram[matched] += 1 }
            }
            let reachable = histogram.dropFirst().reduce(0, +)
            let wanted = min(max(minimumHits, 1), reachable)
            var required = words
            var found = histogram[words]
            while required > 1 && found < wanted {
                required -= 1
                found += histogram[required]
            }
            return required
        }
    }
}
