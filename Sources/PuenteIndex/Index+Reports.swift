extension Index {
    /// Reports shown per word reported.
    private static let reportedMatches = 10

    /// What became of each query word and phrase: matched words, correction, synonyms.
    func reports(_ query: ParsedQuery) -> [WordReport] {
        query.clauses.map { report($0, excluded: false) } + query.exclusions.map { report($0, excluded: true) }
    }

    private func report(_ clause: Clause, excluded: Bool) -> WordReport {
        let own = clause.alternatives[0]
        var seen = Set<UInt32>()
        let matches = own.words.flatMap(\.expansions)
            .sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }
            .filter { seen.insert($0.term).inserted }
            .prefix(Self.reportedMatches)
            .map { WordMatch(word: terms.word(at: Int($0.term)), kind: $0.kind) }
        let corrected =
            own.words.contains { $0.correction != nil }
            ? own.words.map { $0.correction ?? $0.text }.joined(separator: " ")
            : nil
        return WordReport(
            text: clause.text, matches: Array(matches), correction: corrected,
            synonyms: clause.alternatives.dropFirst().map(\.label), excluded: excluded)
    }
}
