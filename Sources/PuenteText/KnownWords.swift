import Foundation

/// The words some dictionary of Spanish, English, French, Portuguese or Arabic
/// knows: "is this a real word in any of the five languages".
///
/// Typo tolerance asks this before it corrects a word: a real word was meant as
/// typed, however near a word of the knowledge it is ("chairs" is not "chains",
/// "brazilian" is not "brasilia"). Words compare folded (lowercase, no
/// diacritics, see `Folding`), so "migracion" is known because "migración" is.
/// Folding also makes a few slips real words: "cacoa" is Portuguese "caçoa".
///
/// The words are stored once each, folded UTF-8 back to back in one buffer, and
/// found through an open-addressing hash table of 4-byte offsets into it. For the
/// dictionaries of `systemSources` (about 960,000 distinct folded words) that is
/// about 17 MB, and a lookup is one hash and a few probes.
public struct KnownWords: Sendable {
    /// A dictionary file and how its lines are written.
    public struct Source: Sendable, Hashable {
        public enum Format: Sendable, Hashable {
            /// One word a line, as in `/usr/share/dict`.
            case wordList
            /// A hunspell `.dic`: the number of entries on the first line, then one
            /// `word/FLAGS` a line, where the flags and anything after a tab or a
            /// space are not part of the word; "#" starts a comment.
            case hunspell
        }

        public var path: String
        public var format: Format

        public init(path: String, format: Format) {
            self.path = path
            self.format = format
        }
    }

    /// The dictionaries `Scripts/setup` installs, from Debian's packages `wspanish`,
    /// `wamerican`, `wbritish`, `wfrench`, `wportuguese` and `hunspell-ar`.
    ///
    /// Only the words as listed are known. The Arabic dictionary lists stems and
    /// some prefixed forms, and the affix rules that inflect them (`ar.aff`) are not
    /// applied; the Spanish list likewise holds few plurals and verb forms
    /// ("trabajos", "presiden" are not in it).
    public static let systemSources: [Source] = [
        Source(path: "/usr/share/dict/spanish", format: .wordList),
        Source(path: "/usr/share/dict/american-english", format: .wordList),
        Source(path: "/usr/share/dict/british-english", format: .wordList),
        Source(path: "/usr/share/dict/french", format: .wordList),
        Source(path: "/usr/share/dict/portuguese", format: .wordList),
        Source(path: "/usr/share/hunspell/ar.dic", format: .hunspell),
    ]

    /// The words of `systemSources`, read the first time they are asked for and
    /// kept for the life of the process: a knowledge reload does not read them again.
    /// A dictionary that is missing or unreadable only means fewer known words.
    public static let shared = KnownWords(loading: systemSources)

    /// Ends every word in `words`; no word holds it, since the files are split on it.
    private static let separator = UInt8(ascii: "\n")

    /// Every distinct word, folded, each followed by `separator`.
    private let words: [UInt8]
    /// The hash table: where a word starts in `words`, plus one, in the slot its
    /// hash chooses or the next free one after it; 0 marks a free slot. At most
    /// three quarters of the slots are taken, so a lookup probes only a few.
    private let slots: [UInt32]

    /// The number of distinct folded words.
    public let count: Int

    /// Roughly how much memory the words take, in bytes.
    package var estimatedBytes: Int { words.count + slots.count * MemoryLayout<UInt32>.size }

    /// Knows the words of `words`, in any case and with or without accents; a word
    /// with a line break in it is left out.
    public init(_ words: some Sequence<String>) {
        var builder = Builder(capacity: 1 << 12)
        for word in words where !word.utf8.contains(Self.separator) {
            var word = word
            word.withUTF8 { builder.add($0) }
        }
        (self.words, slots, count) = builder.finish()
    }

    /// Knows the words of the dictionaries in `sources`; a file that cannot be read is skipped.
    public init(loading sources: [Source]) {
        // Mapped rather than read: the pages go back to the system with the mapping,
        // where a read buffer of several megabytes would stay in the heap.
        let files = sources.compactMap { source in
            (try? Data(contentsOf: URL(fileURLWithPath: source.path), options: .alwaysMapped)).map {
                (source.format, $0)
            }
        }
        // Folding never lengthens a word the fast way, so the files' size bounds the words'.
        var builder = Builder(capacity: files.reduce(0) { $0 + $1.1.count } + 1)
        for (format, data) in files {
            data.withUnsafeBytes { builder.addLines(of: $0.bindMemory(to: UInt8.self), format: format) }
        }
        (words, slots, count) = builder.finish()
    }

    /// Whether some dictionary knows `word`, in any case and with or without accents.
    public func contains(_ word: String) -> Bool {
        var key = Folding.fold(word.lowercased())
        guard count > 0, !key.isEmpty else { return false }
        return key.withUTF8 { key in
            guard !key.contains(Self.separator) else { return false }
            return words.withUnsafeBufferPointer { words in
                slots.withUnsafeBufferPointer { slots in
                    Self.find(key.baseAddress!, key.count, in: words, slots: slots).found
                }
            }
        }
    }

    /// The slot holding the word of `length` bytes at `key`, or the free slot
    /// where it would go.
    private static func find(
        _ key: UnsafePointer<UInt8>, _ length: Int, in words: UnsafeBufferPointer<UInt8>,
        slots: UnsafeBufferPointer<UInt32>
    ) -> (slot: Int, found: Bool) {
        // The high half of a 64-bit FNV-1a hash, scaled to the table (Lemire's
        // multiply-shift), so any number of slots works, not only powers of two.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var index = 0
        while index < length {
            hash = (hash ^ UInt64(key[index])) &* 0x0000_0100_0000_01B3
            index += 1
        }
        var slot = Int(truncatingIfNeeded: ((hash >> 32) &* UInt64(slots.count)) >> 32)
        while slots[slot] != 0 {
            let start = Int(slots[slot] - 1)
            if start + length < words.count && words[start + length] == separator
                && memcmp(words.baseAddress! + start, key, length) == 0
            {
                return (slot, true)
            }
            slot = slot + 1 == slots.count ? 0 : slot + 1
        }
        return (slot, false)
    }

    /// Width of an entry of `twoByteFolds`: a length, then up to two bytes.
    private static let twoByteFoldWidth = 3
    /// The length in `twoByteFolds` of a scalar left to `Folding.fold`.
    private static let noTwoByteFold: UInt8 = 0xFF

    /// For each scalar below U+0800 (two bytes of UTF-8), what `Folding.fold` makes
    /// of it lowercased, when that is at most two bytes and the scalar is in a block
    /// `Folding` folds letter by letter (Latin-1 Supplement through Latin
    /// Extended-B, and Arabic), where lowercasing does not depend on the letters
    /// around (as Greek's final sigma does). Folding and lowercasing go scalar by
    /// scalar there, so a word folds as its letters do.
    private static let twoByteFolds: [UInt8] = (0..<UInt32(0x800)).flatMap { value -> [UInt8] in
        let unfolded: [UInt8] = [noTwoByteFold, 0, 0]
        guard (0x80..<0x250).contains(value) || (0x600..<0x700).contains(value), let scalar = Unicode.Scalar(value)
        else { return unfolded }
        let folded = Array(Folding.fold(String(scalar).lowercased()).utf8)
        guard folded.count < twoByteFoldWidth else { return unfolded }
        return [UInt8(folded.count)] + folded + Array(repeating: 0, count: twoByteFoldWidth - 1 - folded.count)
    }

    /// Collects folded words, duplicates and all, then builds the table.
    ///
    /// Works on raw bytes with plain loops, in a struct rather than a class (whose
    /// every property access a debug build checks for exclusivity at run time): the
    /// dictionaries hold over a million lines, and with a `String` per line, or
    /// generic collection calls, a debug build (which the tests and the sanitizer
    /// runs use) took over ten seconds to load them.
    private struct Builder: ~Copyable {
        private var bytes: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private var used = 0
        private var wordCount = 0
        /// `twoByteFolds`, copied here so the loops read it without a lookup per letter.
        private let folds: UnsafeMutableBufferPointer<UInt8>

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            bytes = .allocate(capacity: self.capacity)
            folds = .allocate(capacity: twoByteFolds.count)
            _ = folds.initialize(from: twoByteFolds)
        }

        deinit {
            bytes.deallocate()
            folds.deallocate()
        }

        private mutating func reserve(_ extra: Int) {
            guard used + extra > capacity else { return }
            capacity = max(capacity * 2, used + extra)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.initialize(from: bytes, count: used)
            bytes.deallocate()
            bytes = larger
        }

        mutating func addLines(of text: UnsafeBufferPointer<UInt8>, format: Source.Format) {
            guard var next = text.baseAddress else { return }
            let end = next + text.count
            let isHunspell = format == .hunspell
            var isFirstLine = true
            while next < end {
                let lineEnd =
                    memchr(next, Int32(separator), end - next).map {
                        UnsafePointer($0.assumingMemoryBound(to: UInt8.self))
                    } ?? end
                var wordEnd = lineEnd
                if wordEnd > next && wordEnd[-1] == 0x0D { wordEnd -= 1 }  // "\r"
                if isHunspell {
                    // The first line counts the entries; "#" starts a comment.
                    if isFirstLine || next.pointee == 0x23 { wordEnd = next }  // "#"
                    var cut = next
                    // "/" starts the flags; a tab or a space, the morphology.
                    while cut < wordEnd && cut.pointee != 0x2F && cut.pointee != 0x09 && cut.pointee != 0x20 {
                        cut += 1
                    }
                    wordEnd = cut
                }
                add(UnsafeBufferPointer(start: next, count: wordEnd - next))
                isFirstLine = false
                next = lineEnd + 1
            }
        }

        /// Adds `word`, folded and lowercased, unless that leaves nothing.
        mutating func add(_ word: UnsafeBufferPointer<UInt8>) {
            guard word.count > 0 else { return }
            reserve(word.count + 1)
            var length = Self.fold(word, through: UnsafeBufferPointer(folds), into: bytes + used)
            if length == nil {
                var folded = Self.slowFold(word)
                length = folded.withUTF8 { folded in
                    reserve(folded.count + 1)
                    (bytes + used).initialize(from: folded.baseAddress!, count: folded.count)
                    return folded.count
                }
            }
            guard let length, length > 0 else { return }
            used += length
            bytes[used] = separator
            used += 1
            wordCount += 1
        }

        /// Writes `word` lowercased and folded at `out`, one letter at a time through
        /// `folds` (see `twoByteFolds`), and returns the number of bytes written; nil
        /// for a word with a letter `folds` leaves to `Folding`. Writes at most `word.count` bytes.
        private static func fold(
            _ word: UnsafeBufferPointer<UInt8>, through folds: UnsafeBufferPointer<UInt8>,
            into out: UnsafeMutablePointer<UInt8>
        ) -> Int? {
            let letters = word.baseAddress!
            let count = word.count
            var index = 0
            var written = 0
            while index < count {
                let byte = letters[index]
                if byte < 0x80 {
                    out[written] = byte &- 0x41 < 26 ? byte | 0x20 : byte  // A–Z to a–z
                    written += 1
                    index += 1
                    continue
                }
                // A lead byte of two (0xC2–0xDF) and a continuation byte: a scalar below U+0800.
                guard byte >= 0xC2 && byte <= 0xDF && index + 1 < count && letters[index + 1] & 0xC0 == 0x80 else {
                    return nil
                }
                let entry = (Int(byte & 0x1F) << 6 | Int(letters[index + 1] & 0x3F)) * twoByteFoldWidth
                let length = folds[entry]
                if length == noTwoByteFold { return nil }
                if length > 0 { out[written] = folds[entry + 1] }
                if length > 1 { out[written + 1] = folds[entry + 2] }
                written += Int(length)
                index += 2
            }
            return written
        }

        /// `word` lowercased and folded as `String`s, without the invisible marks
        /// some Arabic entries carry (U+200E, U+200F).
        private static func slowFold(_ word: UnsafeBufferPointer<UInt8>) -> String {
            let folded = Folding.fold(String(decoding: word, as: UTF8.self).lowercased())
            let visible = folded.unicodeScalars.filter {
                switch $0.value {
                case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, UInt32(separator): false
                default: true
                }
            }
            return String(String.UnicodeScalarView(visible))
        }

        /// The distinct words, each followed by `separator`, the hash table and the
        /// number of words. Removes duplicates in place, keeping the first of each.
        consuming func finish() -> (words: [UInt8], slots: [UInt32], count: Int) {
            // Sized for every word collected, duplicates included: a quarter free at
            // worst, and never none, or a lookup that misses would never end.
            let slotCount = wordCount + wordCount / 3 + 1
            let slots = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: slotCount)
            defer { slots.deallocate() }
            slots.initialize(repeating: 0)
            var read = 0
            var written = 0
            var distinct = 0
            while read < used {
                let length = UnsafeRawPointer(bytes + read).distance(
                    to: memchr(bytes + read, Int32(separator), used - read)!)
                let (slot, found) = KnownWords.find(
                    bytes + read, length, in: UnsafeBufferPointer(start: bytes, count: used),
                    slots: UnsafeBufferPointer(slots))
                if !found {
                    // Only words already kept sit below `written`, so the move never
                    // overwrites a word still to read.
                    if written != read { memmove(bytes + written, bytes + read, length + 1) }
                    slots[slot] = UInt32(written + 1)
                    written += length + 1
                    distinct += 1
                }
                read += length + 1
            }
            return (Array(UnsafeBufferPointer(start: bytes, count: written)), Array(slots), distinct)
        }
    }
}
