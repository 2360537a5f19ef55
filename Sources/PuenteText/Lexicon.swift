/// A sorted set of words with exact, prefix and typo-tolerant lookup.
///
/// The words live in one contiguous array of Unicode scalar values, sorted by
/// those values, so each word has an ordinal (its rank) that callers use as an
/// integer id. Typo-tolerant lookup walks the sorted words as if they were a
/// trie: the edit-distance rows computed for a shared prefix are reused by every
/// word that shares it, and a prefix whose cost already exceeds the budget skips
/// its whole block of words with one binary search.
public struct Lexicon: Sendable {
    let scalars: [UInt32]
    /// Where word `i` starts in `scalars`; `count + 1` entries.
    let starts: [Int32]
    /// Length of the prefix word `i` shares with word `i - 1` (0 for the first).
    let sharedPrefix: [Int32]
    let longestWord: Int

    /// The number of distinct words.
    public var count: Int { starts.count - 1 }

    /// Roughly how much memory the lexicon's arrays take, in bytes.
    package var estimatedBytes: Int { scalars.count * 4 + starts.count * 4 + sharedPrefix.count * 4 }

    /// Builds a lexicon of the distinct words in `words`.
    public init(_ words: some Sequence<String>) {
        let sorted = Set(words).map { $0.unicodeScalars.map(\.value) }.sorted { $0.lexicographicallyPrecedes($1) }
        var scalars: [UInt32] = []
        var starts: [Int32] = [0]
        var shared: [Int32] = []
        var previous: [UInt32] = []
        for word in sorted {
            shared.append(Int32(zip(previous, word).prefix { $0 == $1 }.count))
            scalars.append(contentsOf: word)
            starts.append(Int32(scalars.count))
            previous = word
        }
        self.scalars = scalars
        self.starts = starts
        self.sharedPrefix = shared
        self.longestWord = sorted.map(\.count).max() ?? 0
    }

    /// The word with ordinal `ordinal`.
    public func word(at ordinal: Int) -> String {
        let start = Int(starts[ordinal])
        let end = Int(starts[ordinal + 1])
        // Encoded straight into the string's storage: a search spells every term its
        // words reach for the highlighter, and going through an array of scalars and
        // a scalar view cost several times the encoding.
        return scalars.withUnsafeBufferPointer { all in
            String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
                var count = 0
                for value in all[start..<end] {
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    UTF8.encode(scalar) { byte in
                        buffer[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
    }

    /// The ordinal of `word`, or nil when the lexicon does not hold it.
    public func ordinal(of word: String) -> Int? {
        ordinal(ofScalars: word.unicodeScalars.map(\.value))
    }

    func ordinal(ofScalars key: [UInt32]) -> Int? {
        let index = lowerBound(key)
        guard index < count, compare(index, key) == 0 else { return nil }
        return index
    }

    /// The ordinals of the words that begin with `prefix` (the word itself included).
    public func ordinals(withPrefix prefix: String) -> Range<Int> {
        let key = prefix.unicodeScalars.map(\.value)
        return lowerBound(key)..<endOfPrefix(key[...])
    }

    func scalars(at ordinal: Int) -> ArraySlice<UInt32> {
        scalars[Int(starts[ordinal])..<Int(starts[ordinal + 1])]
    }

    /// The first ordinal whose word is not less than `key`.
    private func lowerBound(_ key: [UInt32]) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if compare(middle, key) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Word `ordinal` against `key`, scalar by scalar: negative when it sorts first,
    /// zero when equal. Written out over raw buffers because every lookup makes a
    /// dozen such comparisons and the generic sequence ones were most of a lookup.
    private func compare(_ ordinal: Int, _ key: [UInt32]) -> Int {
        let start = Int(starts[ordinal])
        let length = Int(starts[ordinal + 1]) - start
        return scalars.withUnsafeBufferPointer { all in
            key.withUnsafeBufferPointer { key in
                for offset in 0..<min(length, key.count) where all[start + offset] != key[offset] {
                    return all[start + offset] < key[offset] ? -1 : 1
                }
                return length - key.count
            }
        }
    }

    /// The first ordinal after `ordinal` whose word does not share the first `depth`
    /// letters of word `ordinal`. Gallops forward from `ordinal`: the blocks a fuzzy
    /// walk skips are mostly a few words long, so this beats a search from the start.
    func endOfBlock(from ordinal: Int, sharing depth: Int) -> Int {
        let prefix = scalars(at: ordinal).prefix(depth)
        let inBlock = { (candidate: Int) in self.scalars(at: candidate).starts(with: prefix) }
        var low = ordinal
        var step = 1
        while low + step < count && inBlock(low + step) {
            low += step
            step *= 2
        }
        var high = min(low + step, count)
        while low + 1 < high {
            let middle = (low + high) / 2
            if inBlock(middle) { low = middle } else { high = middle }
        }
        return high
    }

    /// The first ordinal whose word sorts after every word beginning with `prefix`.
    func endOfPrefix(_ prefix: ArraySlice<UInt32>) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            let head = scalars(at: middle).prefix(prefix.count)
            if head.lexicographicallyPrecedes(prefix) || head.elementsEqual(prefix) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
