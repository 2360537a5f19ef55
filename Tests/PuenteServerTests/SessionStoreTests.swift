import Testing
@testable import PuenteServer

@Suite struct SessionStoreTests {
    /// Random stores, removals and evictions, checked against an array kept in order of
    /// last use (the oracle).
    @Test(arguments: [1, 2, 3, 4, 5])
    func aRecencyListKeepsKeysInOrderOfLastUse(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var list = RecencyList<Int, Int>()
        var oracle: [(key: Int, value: Int)] = []
        for step in 0..<2_000 {
            let key = Int(random.next() % 40)
            switch random.next() % 4 {
            case 0, 1:
                list.updateValue(step, forKey: key)
                oracle.removeAll { $0.key == key }
                oracle.append((key, step))
            case 2:
                let removed = list.removeValue(forKey: key)
                let index = oracle.firstIndex { $0.key == key }
                #expect(removed == index.map { oracle[$0].value })
                if let index { oracle.remove(at: index) }
            default:
                let removed = list.removeOldest()
                #expect(removed?.key == oracle.first?.key && removed?.value == oracle.first?.value)
                if !oracle.isEmpty { oracle.removeFirst() }
            }
            #expect(list.count == oracle.count)
            #expect(list[key] == oracle.first { $0.key == key }?.value)
        }
        #expect(list.keysOldestFirst == oracle.map(\.key))
    }
}

/// SplitMix64: the same sequence for the same seed on every machine.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
