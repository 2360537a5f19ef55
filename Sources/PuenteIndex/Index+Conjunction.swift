extension Index {
    /// The documents matching every clause, their clause scores summed, with only
    /// those documents scored.
    ///
    /// The clause expected to match fewest documents is scored in full and leads.
    /// Each other plain word is probed at every leading document by galloping
    /// forward in its postings, and scored there only if it holds it; other
    /// clauses (quoted phrases, thesaurus runs) are scored in full and probed in
    /// their lists. A frequent word thus costs the log of its postings per leading
    /// document instead of a score for each of its documents.
    func conjunction(_ clauses: [Clause], scratch: inout Scratch) -> ScoredDocuments {
        let bySize = clauses.indices.sorted { estimatedDocuments(clauses[$0]) < estimatedDocuments(clauses[$1]) }
        let leading = scores(of: clauses[bySize[0]], scratch: &scratch)
        var probes = bySize.dropFirst().map { number -> ClauseProbe in
            if let word = plainWord(clauses[number]) { return .word(WordProbe(word, postings)) }
            return .scored(scores(of: clauses[number], scratch: &scratch), next: 0)
        }
        var result = ScoredDocuments()
        candidates: for (document, score) in zip(leading.documents, leading.scores) {
            var total = score
            for index in probes.indices {
                guard let value = probe(&probes[index], at: document) else { continue candidates }
                total += value
            }
            result.append(document, total)
        }
        return result
    }

    /// A clause as the conjunction probes it, moving forward only.
    enum ClauseProbe {
        case word(WordProbe)
        case scored(ScoredDocuments, next: Int)
    }

    /// A plain word's postings, one cursor per expansion.
    struct WordProbe {
        let word: QueryWord
        var next: [Int]
        let ends: [Int]

        init(_ word: QueryWord, _ postings: Postings) {
            self.word = word
            next = word.expansions.map { postings.entries(of: $0.term).lowerBound }
            ends = word.expansions.map { postings.entries(of: $0.term).upperBound }
        }
    }

    /// The clause's score at `document`, or nil when it does not hold it. Documents
    /// must come in increasing order.
    private func probe(_ probe: inout ClauseProbe, at document: UInt32) -> Float? {
        switch probe {
        case .scored(let matches, let next):
            let found = matches.documents.gallop(to: document, from: next, before: matches.documents.count)
            probe = .scored(matches, next: found)
            guard found < matches.documents.count, matches.documents[found] == document else { return nil }
            return matches.scores[found]
        case .word(var word):
            let best = score(of: &word, at: document)
            probe = .word(word)
            return best
        }
    }

    /// The word's best expansion score at `document`, as `scores(of:)` gives it.
    private func score(of probe: inout WordProbe, at document: UInt32) -> Float? {
        var best: Float? = nil
        for cursor in probe.next.indices where probe.next[cursor] < probe.ends[cursor] {
            var entry = postings.documents.gallop(to: document, from: probe.next[cursor], before: probe.ends[cursor])
            var frequency: Float = 0
            var found = false
            while entry < probe.ends[cursor] && postings.documents[entry] == document {
                frequency += weightedFrequency(
                    postings.frequency(entry), field: Int(postings.fields[entry]), document: document)
                found = true
                entry += 1
            }
            probe.next[cursor] = entry
            if found {
                let value = saturate(frequency, idf: probe.word.idf) * probe.word.expansions[cursor].weight
                best = max(best ?? value, value)
            }
        }
        return best
    }

    /// A clause that is one word, with no phrase or thesaurus alternative.
    private func plainWord(_ clause: Clause) -> QueryWord? {
        guard clause.alternatives.count == 1, !clause.alternatives[0].isPhrase, clause.alternatives[0].words.count == 1
        else { return nil }
        return clause.alternatives[0].words[0]
    }

    /// How many documents a clause may match, at most: plain words by their
    /// postings; other clauses are not known before scoring, so they never lead
    /// while a plain word can.
    private func estimatedDocuments(_ clause: Clause) -> Int {
        guard let word = plainWord(clause) else { return Int.max }
        return word.expansions.reduce(0) { $0 + Int(postings.documentFrequency[Int($1.term)]) }
    }
}
