import Foundation

/// Diacritic folding: "niño" → "nino", "façon" → "facon", "œuvre" → "oeuvre",
/// and Arabic normalisation: "العَمَل" → "العمل", "الأطفال" → "الاطفال".
///
/// Folding is what lets a query without accents (or harakat) find accented text.
/// It expects lowercase input (the analyzer lowercases first) and keeps letters
/// of other scripts without Latin decompositions as they are. Arabic letters are
/// normalised as Lucene's `ArabicNormalizer` does (see `Folding+Arabic.swift`).
public enum Folding {
    /// Returns `word` with diacritics removed and ligatures expanded.
    ///
    /// ASCII is returned unchanged without copying scalars one by one; other Latin
    /// letters and the Arabic block go through tables computed once, written
    /// straight as UTF-8.
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        var folded: [UInt8] = []
        folded.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            append(scalar, to: &folded)
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Whether folding `word` would change it.
    public static func hasDiacritics(_ word: String) -> Bool {
        fold(word) != word
    }

    private static func append(_ scalar: Unicode.Scalar, to folded: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            folded.append(UInt8(value))
        } else if value >= latinTableStart && value < latinTableEnd {
            folded.append(contentsOf: latinTable[Int(value - latinTableStart)])
        } else if value >= arabicTableStart && value < arabicTableEnd {
            folded.append(contentsOf: arabicTable[Int(value - arabicTableStart)])
        } else if isCombiningMark(scalar) {
            return
        } else {
            folded.append(contentsOf: decomposeAndStrip(scalar).utf8)
        }
    }

    // Latin-1 Supplement through Latin Extended-B: every accented letter the four
    // languages use, and the neighbours that appear in names of people and places.
    private static let latinTableStart: UInt32 = 0x80
    private static let latinTableEnd: UInt32 = 0x250

    /// Letters that have no canonical decomposition but fold all the same.
    private static let specialFolds: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ı": "i", "ħ": "h", "Ħ": "h", "ŀ": "l", "Ŀ": "l",
    ]

    /// Each scalar's fold, as UTF-8.
    private static let latinTable: [[UInt8]] = (latinTableStart..<latinTableEnd).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        if let special = specialFolds[scalar] { return Array(special.utf8) }
        if isCombiningMark(scalar) { return [] }
        return Array(decomposeAndStrip(scalar).utf8)
    }

    private static func decomposeAndStrip(_ scalar: Unicode.Scalar) -> String {
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        return String(String.UnicodeScalarView(decomposed.filter { !isCombiningMark($0) }))
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
