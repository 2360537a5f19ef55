extension Index {
    /// BM25's term-frequency saturation: a word's tenth occurrence adds little.
    static let k1: Float = 1.2
    /// How much a long field dilutes a match: 0 ignores length, 1 fully normalises.
    static let b: Float = 0.75

    /// A field's term frequency as BM25F counts it: boosted and normalised by the
    /// field's length in this document against its average length.
    @inline(__always)
    func weightedFrequency(_ frequency: Int, field: Int, document: UInt32) -> Float {
        Float(frequency) * occurrenceWeights[Int(document) * schema.fields.count + field]
    }

    /// Each (document, field)'s boost over its length norm, `1 - b + b · length / average`.
    static func occurrenceWeights(schema: Schema, fieldLengths: [UInt32], averages: [Double]) -> [Float] {
        let fieldCount = schema.fields.count
        return fieldLengths.enumerated().map { slot, length in
            let field = slot % fieldCount
            let average = Float(averages[field])
            let norm = 1 - b + b * (average > 0 ? Float(length) / average : 1)
            return Float(schema.fields[field].boost) / norm
        }
    }

    /// BM25F's score for a summed weighted frequency.
    func saturate(_ frequency: Float, idf: Float) -> Float {
        idf * frequency * (Self.k1 + 1) / (Self.k1 + frequency)
    }

    /// Every document holding the word, scored by its best expansion.
    func scores(of word: QueryWord, scratch: inout Scratch) -> ScoredDocuments {
        if word.expansions.count <= Self.mostExpansionsMerged { return mergedScores(of: word) }
        scratch.begin()
        for expansion in word.expansions {
            forEachDocument(holding: expansion.term) { document, frequency in
                scratch.offer(document, saturate(frequency, idf: word.idf) * expansion.weight)
            }
        }
        return scratch.collect()
    }

    /// Up to this many expansions, a word's postings are merged in document order;
    /// beyond, gathering them in the scratch and reading it in order is cheaper.
    static let mostExpansionsMerged = 8

    /// The word's expansions' postings merged in document order, each document
    /// scored by its best expansion: no per-document memory, no sorting.
    private func mergedScores(of word: QueryWord) -> ScoredDocuments {
        var next = word.expansions.map { postings.entries(of: $0.term).lowerBound }
        let ends = word.expansions.map { postings.entries(of: $0.term).upperBound }
        var result = ScoredDocuments()
        result.reserveCapacity(word.expansions.reduce(0) { max($0, Int(postings.documentFrequency[Int($1.term)])) })
        while true {
            var document = UInt32.max
            for cursor in next.indices where next[cursor] < ends[cursor] {
                document = min(document, postings.documents[next[cursor]])
            }
            guard document != .max else { return result }
            var best = -Float.infinity
            for cursor in next.indices where next[cursor] < ends[cursor] && postings.documents[next[cursor]] == document
            {
                var frequency: Float = 0
                while next[cursor] < ends[cursor] && postings.documents[next[cursor]] == document {
                    let entry = next[cursor]
                    frequency += weightedFrequency(
                        postings.frequency(entry), field: Int(postings.fields[entry]), document: document)
                    next[cursor] += 1
                }
                best = max(best, saturate(frequency, idf: word.idf) * word.expansions[cursor].weight)
            }
            result.append(document, best)
        }
    }

    /// Calls `body` once per document holding `term`, in document order, with the
    /// term's frequency there summed over fields as BM25F weighs them.
    @inline(__always)
    func forEachDocument(holding term: UInt32, _ body: (UInt32, Float) -> Void) {
        let entries = postings.entries(of: term)
        var entry = entries.lowerBound
        while entry < entries.upperBound {
            let document = postings.documents[entry]
            var frequency: Float = 0
            while entry < entries.upperBound && postings.documents[entry] == document {
                frequency += weightedFrequency(
                    postings.frequency(entry), field: Int(postings.fields[entry]), document: document)
                entry += 1
            }
            body(document, frequency)
        }
    }

    /// Documents matching any of the clause's alternatives, with the best one's score.
    func scores(of clause: Clause, scratch: inout Scratch) -> ScoredDocuments {
        if clause.alternatives.count == 1 { return scores(of: clause.alternatives[0], scratch: &scratch) }
        return clause.alternatives.map { scores(of: $0, scratch: &scratch) }.reduce(ScoredDocuments()) { $0.union($1) }
    }

    func scores(of alternative: Alternative, scratch: inout Scratch) -> ScoredDocuments {
        if alternative.isPhrase { return phraseScores(of: alternative, scratch: &scratch) }
        let perWord = alternative.words.map { scores(of: $0, scratch: &scratch) }
        guard let first = perWord.first else { return ScoredDocuments() }
        return perWord.dropFirst().reduce(first) { $0.intersection($1) }
    }
}
