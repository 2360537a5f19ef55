import PuenteText

/// Dense per-document working memory for one search.
///
/// Each query word's best score per document lives in `score`, where a generation
/// stamp marks which slots hold this round's values, so nothing is cleared between
/// words. The query's sums live in `totals` and `matchedWords`, which are zero
/// whenever the scratch is idle: a search zeroes only the slots it wrote.
struct Scratch {
    private var score: [Float]
    private var stamp: [UInt32]
    private var generation: UInt32 = 0
    private var touched: [UInt32] = []
    private var totals: [Float]
    private var matchedWords: [Int32]
    /// Positions of one phrase word in one document, reused per candidate.
    var positionLists: [[(key: UInt32, weight: Float)]] = []

    init(documentCount: Int) {
        score = Array(repeating: 0, count: documentCount)
        stamp = Array(repeating: 0, count: documentCount)
        totals = Array(repeating: 0, count: documentCount)
        matchedWords = Array(repeating: 0, count: documentCount)
    }

    mutating func begin() {
        if generation == .max {
            // Stamps from 4 billion rounds ago would read as current: start over.
            for slot in stamp.indices { stamp[slot] = 0 }
            generation = 0
        }
        generation += 1
        touched.removeAll(keepingCapacity: true)
    }

    /// Keeps the best score offered for `document` this round.
    mutating func offer(_ document: UInt32, _ value: Float) {
        let slot = Int(document)
        if stamp[slot] != generation {
            stamp[slot] = generation
            score[slot] = value
            touched.append(document)
        } else if value > score[slot] {
            score[slot] = value
        }
    }

    /// This round's documents in order, with their best scores.
    mutating func collect() -> ScoredDocuments {
        var result = ScoredDocuments()
        result.reserveCapacity(touched.count)
        if touched.count > stamp.count / Self.denseFraction {
            // Many documents: reading every stamp in order beats sorting them.
            for slot in stamp.indices where stamp[slot] == generation {
                result.append(UInt32(slot), score[slot])
            }
        } else {
            touched.sort()
            for document in touched { result.append(document, score[Int(document)]) }
        }
        return result
    }

    /// Above one document in this many, `collect` scans instead of sorting.
    private static let denseFraction = 16

    /// Lends the query's sums, all zero, to one search.
    mutating func lendTotals(candidates: [UInt32]?) -> Index.Accumulated {
        var accumulated = Index.Accumulated(score: [], matchedWords: [], candidates: candidates)
        swap(&accumulated.score, &totals)
        swap(&accumulated.matchedWords, &matchedWords)
        return accumulated
    }

    /// Takes the sums back, zeroing the slots of the candidates, the only ones a search writes.
    mutating func returnTotals(_ accumulated: inout Index.Accumulated) {
        for document in accumulated.candidates ?? [] {
            accumulated.score[Int(document)] = 0
            accumulated.matchedWords[Int(document)] = 0
        }
        swap(&accumulated.score, &totals)
        swap(&accumulated.matchedWords, &matchedWords)
    }
}

/// Scratches sized to one index, lent to one search at a time and kept between
/// searches: at 100k passages, allocating and zeroing the per-document arrays
/// for every query cost more than answering it.
final class ScratchPool: Sendable {
    /// Idle scratches kept; more concurrent searches than this allocate their own.
    static let maximumIdle = 16
    let documentCount: Int
    private let idle = Locked<[Scratch]>([])

    init(documentCount: Int) {
        self.documentCount = documentCount
    }

    func take() -> Scratch {
        idle.withLock { $0.popLast() } ?? Scratch(documentCount: documentCount)
    }

    func giveBack(_ scratch: Scratch) {
        idle.withLock { if $0.count < Self.maximumIdle { $0.append(scratch) } }
    }
}
