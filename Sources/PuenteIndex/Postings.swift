/// Where each term occurs: for every term, one entry per (document, field) it
/// occurs in, sorted by document then field, with the positions of each
/// occurrence. Everything lives in flat arrays indexed by integers.
struct Postings: Sendable {
    /// Term → first entry; `termCount + 1` values.
    var termStarts: [UInt32] = [0]
    var documents: [UInt32] = []
    var fields: [UInt8] = []
    /// Entry → first position; `entryCount + 1` values.
    var positionStarts: [UInt32] = [0]
    var positions: [UInt32] = []
    /// Term → number of distinct documents it occurs in.
    var documentFrequency: [UInt32] = []

    func entries(of term: UInt32) -> Range<Int> {
        Int(termStarts[Int(term)])..<Int(termStarts[Int(term) + 1])
    }

    /// The entries of `term` in `document` (one per field), found by binary search.
    func entries(of term: UInt32, in document: UInt32) -> Range<Int> {
        let all = entries(of: term)
        var low = all.lowerBound
        var high = all.upperBound
        while low < high {
            let middle = (low + high) / 2
            if documents[middle] < document { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < all.upperBound && documents[end] == document { end += 1 }
        return low..<end
    }

    func frequency(_ entry: Int) -> Int {
        Int(positionStarts[entry + 1] - positionStarts[entry])
    }

    func positions(_ entry: Int) -> ArraySlice<UInt32> {
        positions[Int(positionStarts[entry])..<Int(positionStarts[entry + 1])]
    }
}
