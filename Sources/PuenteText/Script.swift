/// Which writing system a word or a letter belongs to, as far as analysis cares:
/// Arabic script, Latin letters, or neither.
///
/// The checks look at code points only, without Unicode's property tables, so
/// that they cost next to nothing on the words of every text.
package enum Script {
    /// Whether `word` is written in Arabic script, judged by its first scalar (a
    /// word is a run of letters of one script; mixed words are rare enough to
    /// follow their first letter). ASCII answers at the first byte.
    package static func isArabic(_ word: String) -> Bool {
        guard let first = word.utf8.first, first >= 0x80, let scalar = word.unicodeScalars.first else { return false }
        return isArabic(scalar)
    }

    /// Whether `scalar` is in one of Unicode's Arabic blocks: Arabic, Arabic
    /// Supplement, Arabic Extended-A and the two presentation-form blocks.
    package static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }

    /// Whether `scalar` is a Latin letter: ASCII A–Z and a–z, and the letters of
    /// Latin-1 Supplement through Latin Extended-B and Latin Extended Additional.
    package static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        // Latin-1's letters, but × and ÷.
        case 0xC0...0xFF: scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x100...0x24F, 0x1E00...0x1EFF: true
        default: false
        }
    }
}
