/// Keeps the best `k` candidates seen, in a heap whose root is the worst kept.
struct TopK {
    struct Entry {
        var document: UInt32
        var matchedWords: Int
        var score: Float
    }

    let k: Int
    private var heap: [Entry] = []

    init(k: Int) {
        self.k = k
        heap.reserveCapacity(k)
    }

    /// Ranking: more matched words first, then higher score, then earlier document.
    static func ranksAbove(_ a: Entry, _ b: Entry) -> Bool {
        if a.matchedWords != b.matchedWords { return a.matchedWords > b.matchedWords }
        if a.score != b.score { return a.score > b.score }
        return a.document < b.document
    }

    mutating func offer(_ entry: Entry) {
        guard k > 0 else { return }
        if heap.count < k {
            heap.append(entry)
            siftUp(heap.count - 1)
        } else if Self.ranksAbove(entry, heap[0]) {
            heap[0] = entry
            siftDown(0)
        }
    }

    /// The kept entries, best first.
    func ranked() -> [Entry] {
        heap.sorted(by: Self.ranksAbove)
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.ranksAbove(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            var worst = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count {
                if Self.ranksAbove(heap[worst], heap[child]) { worst = child }
            }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
