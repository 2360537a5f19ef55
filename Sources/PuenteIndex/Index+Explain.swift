extension Index {
    /// Why `document` matched: one detail per query word, index word and field.
    ///
    /// Each detail's score is that field's BM25F contribution taken alone, times
    /// the match kind's weight; the hit's score combines fields before saturating,
    /// so the details rank the reasons rather than add up to the total.
    func explanation(for document: UInt32, query: ParsedQuery) -> [ScoreDetail] {
        var details: [ScoreDetail] = []
        for clause in query.clauses {
            for alternative in clause.alternatives {
                for word in alternative.words {
                    for expansion in word.expansions {
                        for entry in postings.entries(of: expansion.term, in: document) {
                            let field = Int(postings.fields[entry])
                            let frequency = postings.frequency(entry)
                            let weighted = weightedFrequency(frequency, field: field, document: document)
                            details.append(
                                ScoreDetail(
                                    queryWord: word.text,
                                    matchedWord: terms.word(at: Int(expansion.term)),
                                    field: schema.fields[field].name,
                                    kind: expansion.kind,
                                    termFrequency: frequency,
                                    score: Double(saturate(weighted, idf: word.idf) * expansion.weight)))
                        }
                    }
                }
            }
        }
        return details.sorted { $0.score > $1.score }
    }
}
