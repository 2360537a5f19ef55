import PuenteSupport
import PuenteText

/// Dense per-document working memory for one search.
///
/// One round gathers each document's best score in `score`, with a bit per
/// document saying it was offered this round; reading the round back clears the
/// bits, so rounds need no clearing. The query's sums live in `totals` and
/// `matchedWords`, which are zero whenever the scratch is idle: a search zeroes
/// only the slots it wrote.
struct Scratch {
    private var score: [Float]
    private var offered: [UInt64]
    private var touched: [UInt32] = []
    private var totals: [Float]
    private var matchedWords: [Int32]
    /// Positions of one phrase word in one document, reused per candidate.
    var positionLists: [[(key: UInt32, weight: Float)]] = []

    init(documentCount: Int) {
        score = Array(repeating: 0, count: documentCount)
        offered = Array(repeating: 0, count: (documentCount + 63) / 64)
        totals = Array(repeating: 0, count: documentCount)
        matchedWords = Array(repeating: 0, count: documentCount)
    }

    mutating func begin() {
        touched.removeAll(keepingCapacity: true)
    }

    /// Keeps the best score offered for `document` this round.
    mutating func offer(_ document: UInt32, _ value: Float) {
        let slot = Int(document)
        let bit = UInt64(1) << (document & 63)
        if offered[slot >> 6] & bit == 0 {
            offered[slot >> 6] |= bit
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
        if touched.count > offered.count * Self.denseWordShare {
            // Many documents: reading the bits in order beats sorting them.
            for word in offered.indices where offered[word] != 0 {
                var bits = offered[word]
                while bits != 0 {
                    let slot = word << 6 | bits.trailingZeroBitCount
                    result.append(UInt32(slot), score[slot])
                    bits &= bits - 1
                }
                offered[word] = 0
            }
        } else {
            touched.sort()
            for document in touched {
                result.append(document, score[Int(document)])
                offered[Int(document) >> 6] = 0
            }
        }
        return result
    }

    /// Above this many documents per 64-bit word of bits, `collect` reads the bits
    /// instead of sorting.
    private static let denseWordShare = 2

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
