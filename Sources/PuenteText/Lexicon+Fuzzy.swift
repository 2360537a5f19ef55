/// A word of the lexicon found near a typed word.
public struct FuzzyMatch: Sendable, Hashable {
    /// The ordinal of the lexicon word.
    public var ordinal: Int
    /// What the typed word needed to become the lexicon word, in edits; a
    /// likely confusion counts half (see `TypoTolerance`). 0 means the same word.
    public var cost: Double
}

extension Lexicon {
    /// The words within the typo budget of `typed`, cheapest first.
    ///
    /// The budget comes from the typed word's length (see `TypoTolerance`); a word
    /// under 5 letters only finds itself. `maximumCost`, in edits, lowers it: a
    /// caller after likely slips only prunes far sooner. Cost: the rows of a restricted
    /// Damerau–Levenshtein distance for every distinct prefix the search cannot
    /// rule out, each row as long as the typed word.
    public func fuzzyMatches(
        of typed: String, tolerance: TypoTolerance = .standard, maximumCost: Double = .infinity
    ) -> [FuzzyMatch] {
        let query = typed.unicodeScalars.map(\.value)
        let search = FuzzySearch(query: query, tolerance: tolerance, depth: longestWord, maximumCost: maximumCost)
        let matches =
            search.budget <= TypoTolerance.confusionCost
            ? slipMatches(of: query, tolerance: tolerance, budget: search.budget)
            : walkMatches(search)
        return matches.sorted { ($0.cost, $0.ordinal) < ($1.cost, $1.ordinal) }
    }

    /// Every word within `search`'s budget, found by walking the lexicon as a trie.
    func walkMatches(_ search: consuming FuzzySearch) -> [FuzzyMatch] {
        var search = search
        var matches: [FuzzyMatch] = []
        var ordinal = 0
        var validDepth = 0
        while ordinal < count {
            let word = scalars(at: ordinal)
            let base = word.startIndex
            // Rows up to the prefix this word shares with the last word computed stay valid.
            var depth = min(validDepth, Int(sharedPrefix[ordinal]))
            var pruned = false
            while depth < word.count {
                depth += 1
                search.computeRow(depth, word: word, base: base)
                if search.cannotRecover(below: depth) {
                    pruned = true
                    break
                }
            }
            validDepth = depth
            if pruned {
                ordinal = endOfBlock(from: ordinal, sharing: depth)
                continue
            }
            let cost = search.cost(atDepth: word.count)
            if cost <= search.budget {
                matches.append(FuzzyMatch(ordinal: ordinal, cost: Double(cost) / Double(TypoTolerance.editCost)))
            }
            ordinal += 1
        }
        return matches
    }

    /// The word itself and, within a budget of one confusion, every word one likely
    /// slip away, found by spelling each slip out and looking it up. Equivalent to
    /// the walk for such a budget, since every other edit costs more, and far
    /// cheaper on a large lexicon: a word has a few dozen slips, not thousands of prefixes.
    func slipMatches(of query: [UInt32], tolerance: TypoTolerance, budget: Int) -> [FuzzyMatch] {
        var found: [Int: Double] = [:]
        if let ordinal = ordinal(ofScalars: query) { found[ordinal] = 0 }
        guard budget >= TypoTolerance.confusionCost else {
            return found.map { FuzzyMatch(ordinal: $0.key, cost: $0.value) }
        }
        let slipCost = Double(TypoTolerance.confusionCost) / Double(TypoTolerance.editCost)
        tolerance.forEachSlip(of: query) { variant in
            if let ordinal = ordinal(ofScalars: variant), found[ordinal] == nil { found[ordinal] = slipCost }
        }
        return found.map { FuzzyMatch(ordinal: $0.key, cost: $0.value) }
    }
}

/// The dynamic-programming table of one fuzzy lookup: row `j` holds the cost of
/// turning the first `j` letters of a lexicon word into each prefix of the query.
///
/// Each letter of difference in length costs at least a confusion, so a cell
/// more than `budget` columns off the diagonal is over budget whatever the
/// letters: only the band around the diagonal is computed, the rest set to
/// `budget + 1`. Values over budget may then read low, but never as within it,
/// and every value within budget is exact.
struct FuzzySearch {
    let query: [UInt32]
    let tolerance: TypoTolerance
    let budget: Int
    private let width: Int
    private var rows: [Int]
    /// For each query prefix length, the multi-letter confusions whose typed side
    /// ends there: (its length, the letters meant). Most lengths have none.
    private let confusionsEnding: [[(typedCount: Int, meant: [UInt32])]]

    init(query: [UInt32], tolerance: TypoTolerance, depth: Int, maximumCost: Double) {
        self.query = query
        self.tolerance = tolerance
        let cap = maximumCost * Double(TypoTolerance.editCost)
        self.budget =
            cap < Double(Int.max)
            ? min(tolerance.budget(forLength: query.count), Int(cap)) : tolerance.budget(forLength: query.count)
        self.width = query.count + 1
        rows = Array(repeating: 0, count: (depth + 1) * width)
        for i in 1..<width {
            rows[i] = rows[i - 1] + tolerance.strayLetterCost(at: i - 1, typedLength: query.count)
        }
        confusionsEnding = (0...query.count).map { i in
            tolerance.cheapReplacements
                .filter { i >= $0.typed.count && query[(i - $0.typed.count)..<i].elementsEqual($0.typed) }
                .map { (typedCount: $0.typed.count, meant: $0.meant) }
        }
    }

    func cost(atDepth depth: Int) -> Int { rows[depth * width + query.count] }

    /// True when no extension of the current prefix can come back within budget:
    /// every transition reads at most two rows back (a transposition, or a
    /// confusion like "m" typed for "rn"), so both of the last two rows must be over.
    func cannotRecover(below depth: Int) -> Bool {
        minimum(of: depth) > budget && minimum(of: depth - 1) > budget
    }

    private func minimum(of depth: Int) -> Int {
        rows[(depth * width)..<(depth * width + width)].min()!
    }

    mutating func computeRow(_ j: Int, word: ArraySlice<UInt32>, base: Int) {
        let here = j * width
        let above = (j - 1) * width
        let letter = word[base + j - 1]
        rows[here] = rows[above] + TypoTolerance.editCost
        let low = max(1, j - budget)
        let high = min(width - 1, j + budget)
        for i in 1..<width where i < low || i > high { rows[here + i] = budget + 1 }
        guard low <= high else { return }
        for i in low...high {
            var best = rows[above + i - 1] + tolerance.substitutionCost(query[i - 1], letter)
            best = min(best, rows[here + i - 1] + tolerance.strayLetterCost(at: i - 1, typedLength: query.count))
            best = min(best, rows[above + i] + TypoTolerance.editCost)
            if i >= 2, j >= 2, query[i - 1] == word[base + j - 2], query[i - 2] == letter, query[i - 1] != letter {
                best = min(best, rows[(j - 2) * width + i - 2] + TypoTolerance.editCost)
            }
            for (typedCount, meant) in confusionsEnding[i]
            where meant[meant.count - 1] == letter && j >= meant.count
                && word[(base + j - meant.count)..<(base + j)].elementsEqual(meant)
            {
                best = min(best, rows[(j - meant.count) * width + i - typedCount] + TypoTolerance.confusionCost)
            }
            rows[here + i] = best
        }
    }
}
