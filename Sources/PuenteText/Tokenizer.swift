/// Splits normalised text into words of Unicode letters and digits.
///
/// Everything else separates words, including the hyphen, the en dash and the em
/// dash, so "Sur–Sur", "Sur-Sur" and "Sur Sur" give the same two adjacent words.
/// An apostrophe after a French or Portuguese elided article or pronoun drops it
/// ("l'enfant" → "enfant", "d'action" → "action"); any other apostrophe ends the
/// word ("children's" → "children", "s").
struct Tokenizer {
    /// Elided forms that join the next word with an apostrophe.
    private static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII answers without the Unicode tables: most text is mostly ASCII.
        if scalar.isASCII {
            let value = scalar.value | 0x20  // ASCII upper case to lower case
            return (value >= 0x61 && value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Every word of `text` (already NFC), stopwords included. A word that
    /// `wanted` turns down (given as written) keeps its place but gets an empty
    /// text: a caller after a few words need not build every word's string.
    static func words(in text: String, wanted: ((ArraySlice<Unicode.Scalar>) -> Bool)? = nil) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var start: Int? = nil
        var index = 0

        func emit(upTo end: Int) {
            guard let wordStart = start else { return }
            let written = scalars[wordStart..<end]
            let word = wanted?(written) == false ? "" : lowercased(written)
            tokens.append(Token(text: word, position: tokens.count, start: wordStart, length: end - wordStart))
            start = nil
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let wordStart = start, isApostrophe(scalar),
                index + 1 < scalars.count, isWordScalar(scalars[index + 1])
            {
                let word = lowercased(scalars[wordStart..<index])
                if elisions.contains(word) {
                    start = index + 1
                } else {
                    emit(upTo: index)
                }
            } else {
                emit(upTo: index)
            }
            index += 1
        }
        emit(upTo: scalars.count)
        return tokens
    }

    /// The word of `scalars`, lowercase. Words within Latin-1 (all of Spanish,
    /// most of French and Portuguese) are lowered and encoded here without the
    /// Unicode case tables; Arabic has no case and is copied as it is; others go
    /// through the tables.
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value <= 0xFF }) else {
            if scalars.allSatisfy({ (0x0600...0x06FF).contains($0.value) }) {
                return String(String.UnicodeScalarView(scalars))
            }
            return String(String.UnicodeScalarView(scalars)).lowercased()
        }
        return String(unsafeUninitializedCapacity: 2 * scalars.count) { buffer in
            var count = 0
            for scalar in scalars {
                var value = scalar.value
                // A–Z and À–Þ (but ×) lower by 0x20; every other Latin-1 scalar is its own lowercase.
                if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) { value |= 0x20 }
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else {
                    buffer[count] = UInt8(0xC0 | value >> 6)
                    buffer[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                }
            }
            return count
        }
    }
}
