/// How many terminal columns text takes, counted as wcwidth(3) counts them but
/// per grapheme cluster, which a terminal draws as one glyph.
///
/// Combining marks (accents, Arabic harakat), format characters (the bidi
/// isolates around Latin in Arabic, zero-width joiners) and controls take no
/// column; East Asian wide and fullwidth characters and emoji take two;
/// everything else, Arabic letters included, takes one. Arabic is measured in
/// logical order: the terminal lays it out right to left without changing its width.
public enum DisplayWidth {
    /// The columns `text` takes on one line.
    public static func columns(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns($1) }
    }

    /// The columns one grapheme cluster takes: its widest scalar, or two for an
    /// emoji made to look like one by VS16 (U+FE0F).
    public static func columns(_ character: Character) -> Int {
        var widest = 0
        var emoji = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F && emoji { return 2 }
            emoji = emoji || scalar.properties.isEmoji
            widest = max(widest, columns(scalar))
        }
        return widest
    }

    static func columns(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        // The soft hyphen is a format character that terminals, like wcwidth, show.
        case .format: return value == 0xAD ? 1 : 0
        case .nonspacingMark, .enclosingMark, .control, .lineSeparator, .paragraphSeparator: return 0
        default: break
        }
        // Hangul medial vowels and final consonants join the syllable before them.
        if (0x1160...0x11FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation || wide.contains(where: { $0.contains(value) }) { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11), as wcwidth lists them.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
