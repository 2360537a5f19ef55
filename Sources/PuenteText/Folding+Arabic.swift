/// Arabic normalisation, the way Lucene's `ArabicNormalizationFilter` does it
/// (org.apache.lucene.analysis.ar.ArabicNormalizer), so that a word matches
/// however fully it is vowelled or stretched:
///
/// - harakat (tashkeel, U+064B–U+0652) and the superscript alef (U+0670) are
///   removed, like every other combining mark of the block (Quranic marks);
/// - tatweel (U+0640), the stretching stroke, is removed;
/// - the alef forms أ إ آ ٱ become a bare alef ا;
/// - taa marbuta ة becomes heh ه, and alef maqsura ى becomes yeh ي.
///
/// Like Lucene's Arabic analyzer (its decimal-digit filter) and Snowball's Arabic
/// stemmer, Arabic-Indic digits ٠–٩ become 0–9, so "٢٠٢٣" finds "2023". Hamza on
/// waw and yeh (ؤ ئ) is kept, as Lucene keeps it: those spellings are letters of
/// their own, not a diacritic over one.
extension Folding {
    static let arabicTableStart: UInt32 = 0x600
    static let arabicTableEnd: UInt32 = 0x700

    /// Letters of the Arabic block that fold to another letter.
    private static let arabicFolds: [UInt32: Unicode.Scalar] = [
        0x0622: "\u{0627}", 0x0623: "\u{0627}", 0x0625: "\u{0627}", 0x0671: "\u{0627}",  // آ أ إ ٱ → ا
        0x0629: "\u{0647}",  // ة → ه
        0x0649: "\u{064A}",  // ى → ي
    ]

    /// Each scalar of the Arabic block's fold, as UTF-8.
    static let arabicTable: [[UInt8]] = (arabicTableStart..<arabicTableEnd).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        if value == 0x0640 || isCombiningMark(scalar) { return [] }
        if (0x0660...0x0669).contains(value) { return [UInt8(0x30 + value - 0x0660)] }
        return Array(String(arabicFolds[value] ?? scalar).utf8)
    }
}
