import PuenteText

extension Index {
    /// Words of the index that begin with `prefix` (compared folded), most
    /// frequent first, as they are written: "coop" → "cooperación", "cooperation", ….
    public func completions(of prefix: String, limit: Int = 10) -> [String] {
        let folded = Folding.fold(prefix.lowercased())
        guard !folded.isEmpty, limit > 0 else { return [] }
        let terms = foldedForms.ordinals(withPrefix: folded).flatMap { foldedTerms[$0] }
        let ranked = terms.sorted {
            let a = postings.documentFrequency[Int($0)]
            let b = postings.documentFrequency[Int($1)]
            return a != b ? a > b : $0 < $1
        }
        return Array(ranked.prefix(limit).map { self.terms.word(at: Int($0)) })
    }

    /// Roughly how much memory the index's arrays take, in bytes.
    public var estimatedBytes: Int {
        var bytes = 0
        bytes += postings.documents.count * 4
        bytes += postings.fields.count
        bytes += postings.positionStarts.count * 4
        bytes += postings.positions.count * 4
        bytes += postings.termStarts.count * 4
        bytes += postings.documentFrequency.count * 4
        for lexicon in [terms, foldedForms, stems] { bytes += lexicon.estimatedBytes }
        for text in storedTexts { bytes += text.text.utf8.count }
        for id in documentIDs { bytes += id.utf8.count }
        bytes += occurrenceWeights.count * 4
        return bytes
    }
}
