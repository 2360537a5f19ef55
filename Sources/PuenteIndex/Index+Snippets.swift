import PuenteText

extension Index {
    /// A matched word inside a stored text, in scalars of that text.
    private struct Mark {
        var start: Int
        var length: Int
        var clause: Int
    }

    /// The best window of the document's best text: among texts whose field allows
    /// snippets, the one showing the most distinct query words (then the most
    /// matches, then the higher field boost), and within it the window of at most
    /// `length` scalars showing the most; when none of them matched, the start of
    /// the first. Other fields are quoted only when a document has no snippet text.
    /// - Parameter language: of the texts showing query words, those in it come first.
    func snippet(for document: UInt32, plan: HighlightPlan, length: Int, language: Language? = nil) -> Snippet? {
        // Texts by their ids: copying each text (and its string) to rank them cost
        // a tenth of a snippet in retains and releases.
        let texts = documentTexts[Int(document)]
        // A text of a field that allows snippets always outranks one that does not,
        // so the others are read only when a document has none.
        let quotable = texts.filter { schema.fields[Int(storedTexts[Int($0)].field)].snippets }
        let candidates = quotable.isEmpty ? Array(texts) : quotable
        // The postings place each text's marks well enough to rank the texts, so
        // only the winner is read word by word.
        let reached = reachedWords(document, candidates, plan)
        var best: (number: Int, rank: (Int, Int, Int, Int, Double))? = nil
        for (number, text) in candidates.enumerated() {
            let clauses = reached[number].map { plan.marks(in: $0).map(\.clause) } ?? []
            let stored = storedTexts[Int(text)]
            let field = schema.fields[Int(stored.field)]
            let inLanguage = !clauses.isEmpty && stored.language == language ? 1 : 0
            let rank = (
                (field.snippets ? 2 : 0) + (clauses.isEmpty ? 0 : 1), inLanguage, Set(clauses).count, clauses.count,
                field.boost
            )
            if best == nil || rank > best!.rank { best = (number, rank) }
        }
        guard let best else { return nil }
        let text = storedTexts[Int(candidates[best.number])]
        return window(of: text, marks: best.rank.3 > 0 ? marks(in: text, plan) : [], length: max(length, 1))
    }

    /// The marks of one text, read word by word: where each reached word stands.
    private func marks(in stored: StoredText, _ plan: HighlightPlan) -> [Mark] {
        // Only reached words can be marked, alone or in a phrase: the others are
        // dropped here, their positions kept in the words that remain.
        let words = analyzer.words(inNormalized: stored.text, wanted: plan.mayBeReached).compactMap { token in
            plan.reachedTerms[token.text].map { term in
                HighlightPlan.Word(term: term, position: token.position, start: token.start, length: token.length)
            }
        }
        return plan.marks(in: words).map { Mark(start: $0.word.start, length: $0.word.length, clause: $0.clause) }
    }

    /// The reached words of each of `texts` (one document's text ids, in order), read
    /// from the postings: their terms and positions, without where they stand in the
    /// text (start and length are left 0), which ranking the texts does not need.
    private func reachedWords(_ document: UInt32, _ texts: [UInt32], _ plan: HighlightPlan) -> [Int: [HighlightPlan
        .Word]]
    {
        var words: [Int: [HighlightPlan.Word]] = [:]
        for term in plan.reachedTerms.values {
            for entry in postings.entries(of: term, in: document) {
                let field = postings.fields[entry]
                for position in postings.positions(entry) {
                    // The text of this field that starts last at or before the position.
                    guard
                        let text = texts.indices.last(where: {
                            let stored = storedTexts[Int(texts[$0])]
                            return stored.field == field && stored.firstPosition <= position
                        })
                    else { continue }
                    words[text, default: []].append(
                        HighlightPlan.Word(term: term, position: Int(position), start: 0, length: 0))
                }
            }
        }
        return words.mapValues { $0.sorted { $0.position < $1.position } }
    }

    private func window(of stored: StoredText, marks: [Mark], length: Int) -> Snippet {
        let scalars = Array(stored.text.unicodeScalars)
        var start = 0
        var end = scalars.count
        if scalars.count > length {
            let first = bestWindowStart(marks, length: length)
            // Lead in with some context before the first match, starting on a word.
            start = max(0, first - length / 4)
            while start > 0 && start < first && !Self.isSpace(scalars[start - 1]) { start += 1 }
            end = min(scalars.count, start + length)
            while end < scalars.count && end > start && !Self.isSpace(scalars[end]) { end -= 1 }
            if end <= start { end = min(scalars.count, start + length) }
        }
        while start < end && Self.isSpace(scalars[start]) { start += 1 }
        while end > start && Self.isSpace(scalars[end - 1]) { end -= 1 }

        let cutBefore = scalars[..<start].contains { !Self.isSpace($0) }
        let cutAfter = scalars[end...].contains { !Self.isSpace($0) }
        // Written as UTF-8 bytes, counting scalars: appending scalars to a string
        // one at a time cost more than choosing the window.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(4 * (end - start) + 6)
        var count = 0
        func append(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { utf8.append($0) }
            count += 1
        }
        if cutBefore { append("…") }
        // Runs of whitespace (line breaks of the source) read as one space; the
        // table maps each kept scalar's offset so highlights still land exactly.
        var offsetInSnippet = Array(repeating: 0, count: end - start + 1)
        var previousWasSpace = false
        for offset in start..<end {
            offsetInSnippet[offset - start] = count
            let isSpace = Self.isSpace(scalars[offset])
            if isSpace && previousWasSpace { continue }
            append(isSpace ? " " : scalars[offset])
            previousWasSpace = isSpace
        }
        offsetInSnippet[end - start] = count
        if cutAfter { append("…") }
        let highlights =
            marks
            .filter { $0.start >= start && $0.start + $0.length <= end }
            .map { Highlight(start: offsetInSnippet[$0.start - start], length: $0.length) }
        return Snippet(
            text: String(decoding: utf8, as: UTF8.self), field: schema.fields[Int(stored.field)].name,
            highlights: highlights)
    }

    /// Unicode's White_Space, answered without a property lookup for ASCII, which
    /// is most of what a snippet shows: the lookup was a tenth of a search's time.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// The start of the first match of the window showing the most distinct
    /// clauses, then the most matches.
    private func bestWindowStart(_ marks: [Mark], length: Int) -> Int {
        var bestStart = marks.first?.start ?? 0
        var bestRank = (0, 0)
        for (number, mark) in marks.enumerated() {
            let inside = marks[number...].prefix { $0.start + $0.length <= mark.start + length }
            let rank = (Set(inside.map(\.clause)).count, inside.count)
            if rank > bestRank {
                bestRank = rank
                bestStart = mark.start
            }
        }
        return bestStart
    }
}
