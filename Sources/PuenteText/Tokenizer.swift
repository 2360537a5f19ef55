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

    /// Every word of `text` (already NFC), stopwords included.
    static func words(in text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var start: Int? = nil
        var index = 0

        func emit(upTo end: Int) {
            guard let wordStart = start else { return }
            let word = String(String.UnicodeScalarView(scalars[wordStart..<end])).lowercased()
            tokens.append(Token(text: word, position: tokens.count, start: wordStart, length: end - wordStart))
            start = nil
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let wordStart = start, isApostrophe(scalar),
                      index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                let word = String(String.UnicodeScalarView(scalars[wordStart..<index])).lowercased()
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
}
