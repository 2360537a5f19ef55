/// Documents with a score each, sorted by document number.
struct ScoredDocuments {
    var documents: [UInt32] = []
    var scores: [Float] = []

    mutating func append(_ document: UInt32, _ score: Float) {
        documents.append(document)
        scores.append(score)
    }

    /// Documents in both, scores added.
    func intersection(_ other: ScoredDocuments) -> ScoredDocuments {
        var result = ScoredDocuments()
        var i = 0, j = 0
        while i < documents.count && j < other.documents.count {
            if documents[i] < other.documents[j] { i += 1 }
            else if documents[i] > other.documents[j] { j += 1 }
            else {
                result.append(documents[i], scores[i] + other.scores[j])
                i += 1
                j += 1
            }
        }
        return result
    }

    /// Documents in either, keeping the higher score.
    func union(_ other: ScoredDocuments) -> ScoredDocuments {
        var result = ScoredDocuments()
        var i = 0, j = 0
        while i < documents.count || j < other.documents.count {
            if j == other.documents.count || (i < documents.count && documents[i] < other.documents[j]) {
                result.append(documents[i], scores[i])
                i += 1
            } else if i == documents.count || other.documents[j] < documents[i] {
                result.append(other.documents[j], other.scores[j])
                j += 1
            } else {
                result.append(documents[i], max(scores[i], other.scores[j]))
                i += 1
                j += 1
            }
        }
        return result
    }
}

/// Dense per-document working memory for one search, reused by each of its
/// words: a generation stamp marks which slots hold this round's values, so
/// nothing is cleared between rounds.
struct Scratch {
    private var score: [Float]
    private var stamp: [UInt32]
    private var generation: UInt32 = 0
    private var touched: [UInt32] = []
    /// Positions of one phrase word in one document, reused per candidate.
    var positionLists: [[(key: UInt32, weight: Float)]] = []

    init(documentCount: Int) {
        score = Array(repeating: 0, count: documentCount)
        stamp = Array(repeating: 0, count: documentCount)
    }

    mutating func begin() {
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

    mutating func collect() -> ScoredDocuments {
        touched.sort()
        var result = ScoredDocuments()
        result.documents.reserveCapacity(touched.count)
        result.scores.reserveCapacity(touched.count)
        for document in touched { result.append(document, score[Int(document)]) }
        return result
    }
}
