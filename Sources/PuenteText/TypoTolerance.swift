/// How far a typed word may stray from a known word, and what each slip costs.
///
/// Costs are counted in half-edits so that likely slips can cost less than an
/// arbitrary edit: an arbitrary insertion, deletion, substitution or adjacent
/// transposition costs 2; a confusion that OCR or a missing accent produces
/// (`rn`↔`m`, `cl`↔`d`, `l`↔`1`, `o`↔`0`, a vowel for its accented form, …) costs
/// 1, and so does a stray letter typed inside a long word. The budget follows
/// the word's length: no edit under 5 letters, 1 edit from 5, 2 edits from 9.
public struct TypoTolerance: Sendable {
    /// Cost of an arbitrary edit, in half-edits.
    public static let editCost = 2
    /// Cost of a likely confusion, in half-edits.
    public static let confusionCost = 1

    /// Words of at least this many letters forgive a stray letter inside them at
    /// confusion cost: in a long word an extra letter rarely changes the meaning.
    public static let longWord = 8

    public static let standard = TypoTolerance()

    /// Pairs of one-letter confusions, both directions apply.
    let cheapSubstitutions: Set<UInt64>
    /// The same pairs by typed letter: the letters each one is confused with.
    private let confusionPartners: [UInt32: [UInt32]]
    /// The same pairs for ASCII letters as a 128 × 128 table: the fuzzy search asks
    /// once per cell of its table, and folded words are mostly ASCII.
    private let asciiConfusions: [Bool]
    /// Multi-letter confusions as (typed, meant) scalar sequences, both directions listed.
    let cheapReplacements: [(typed: [UInt32], meant: [UInt32])]

    public init() {
        let singles: [(Character, Character)] = [
            ("l", "1"), ("i", "1"), ("i", "l"), ("o", "0"), ("s", "5"), ("e", "c"), ("b", "6"),
            ("a", "á"), ("a", "à"), ("a", "â"), ("a", "ã"), ("e", "é"), ("e", "è"), ("e", "ê"),
            ("i", "í"), ("o", "ó"), ("o", "ô"), ("o", "õ"), ("u", "ú"), ("u", "ü"),
            ("n", "ñ"), ("c", "ç"),
        ]
        var substitutions = Set<UInt64>()
        for (a, b) in singles {
            let x = a.unicodeScalars.first!.value
            let y = b.unicodeScalars.first!.value
            substitutions.insert(Self.pairKey(x, y))
            substitutions.insert(Self.pairKey(y, x))
        }
        cheapSubstitutions = substitutions
        confusionPartners = Dictionary(grouping: substitutions, by: { UInt32(truncatingIfNeeded: $0 >> 32) })
            .mapValues { $0.map { UInt32(truncatingIfNeeded: $0) }.sorted() }
        var ascii = Array(repeating: false, count: 128 * 128)
        for key in substitutions where key >> 32 < 128 && key & 0xFFFF_FFFF < 128 {
            ascii[Int(key >> 32) * 128 + Int(key & 0xFFFF_FFFF)] = true
        }
        asciiConfusions = ascii
        let multiples: [(String, String)] = [("rn", "m"), ("cl", "d"), ("vv", "w"), ("ii", "u"), ("nn", "m")]
        cheapReplacements = multiples.flatMap { typed, meant in
            let a = typed.unicodeScalars.map(\.value)
            let b = meant.unicodeScalars.map(\.value)
            return [(typed: a, meant: b), (typed: b, meant: a)]
        }
    }

    /// Calls `body` with each spelling one likely slip away from `typed`: a letter
    /// swapped for one it is confused with, a confused sequence for its partner,
    /// or, in a long word, a stray letter inside it dropped. Each costs `confusionCost`.
    func forEachSlip(of typed: [UInt32], _ body: ([UInt32]) -> Void) {
        var variant = typed
        for index in typed.indices {
            for partner in confusionPartners[typed[index]] ?? [] {
                variant[index] = partner
                body(variant)
            }
            variant[index] = typed[index]
        }
        for (from, to) in cheapReplacements where from.count <= typed.count {
            for start in 0...(typed.count - from.count) where typed[start..<(start + from.count)].elementsEqual(from) {
                body(Array(typed[..<start]) + to + typed[(start + from.count)...])
            }
        }
        if typed.count >= Self.longWord {
            for index in 1..<(typed.count - 1)
            where strayLetterCost(at: index, typedLength: typed.count) == Self.confusionCost {
                var shorter = typed
                shorter.remove(at: index)
                body(shorter)
            }
        }
    }

    /// Edits allowed for a typed word of `length` letters: 0 under 5, 1 from 5, 2 from 9.
    public func maxEdits(forLength length: Int) -> Int {
        switch length {
        case ..<5: 0
        case ..<9: 1
        default: 2
        }
    }

    /// The budget for a typed word of `length` letters, in half-edits.
    func budget(forLength length: Int) -> Int {
        maxEdits(forLength: length) * Self.editCost
    }

    func substitutionCost(_ typed: UInt32, _ meant: UInt32) -> Int {
        if typed == meant { return 0 }
        let cheap =
            typed < 128 && meant < 128
            ? asciiConfusions[Int(typed) * 128 + Int(meant)]
            : cheapSubstitutions.contains(Self.pairKey(typed, meant))
        return cheap ? Self.confusionCost : Self.editCost
    }

    /// Cost of the typed letter at `index` when the known word has no letter there.
    func strayLetterCost(at index: Int, typedLength: Int) -> Int {
        let inside = index > 0 && index < typedLength - 1
        return inside && typedLength >= Self.longWord ? Self.confusionCost : Self.editCost
    }

    private static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 {
        UInt64(a) << 32 | UInt64(b)
    }
}
