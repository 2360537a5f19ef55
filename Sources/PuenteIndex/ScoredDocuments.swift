/// Documents with a score each, sorted by document number.
struct ScoredDocuments {
    var documents: [UInt32] = []
    var scores: [Float] = []

    mutating func reserveCapacity(_ count: Int) {
        documents.reserveCapacity(count)
        scores.reserveCapacity(count)
    }

    mutating func append(_ document: UInt32, _ score: Float) {
        documents.append(document)
        scores.append(score)
    }

    /// Documents in both, scores added. When one list is far shorter, each of its
    /// documents is found in the other by galloping rather than by walking it.
    func intersection(_ other: ScoredDocuments) -> ScoredDocuments {
        if documents.count > other.documents.count { return other.intersection(self) }
        var result = ScoredDocuments()
        let gallops = documents.count * Self.gallopRatio < other.documents.count
        var j = 0
        for i in documents.indices where j < other.documents.count {
            let document = documents[i]
            j =
                gallops
                ? other.documents.gallop(to: document, from: j, before: other.documents.count)
                : other.documents[j...].firstIndex { $0 >= document } ?? other.documents.count
            if j < other.documents.count && other.documents[j] == document {
                result.append(document, scores[i] + other.scores[j])
                j += 1
            }
        }
        return result
    }

    /// Above this ratio of lengths, `intersection` gallops.
    private static let gallopRatio = 8

    /// Documents in either, keeping the higher score.
    func union(_ other: ScoredDocuments) -> ScoredDocuments {
        var result = ScoredDocuments()
        var i = 0
        var j = 0
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
