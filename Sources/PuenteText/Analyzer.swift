import Foundation

/// The one text pipeline for documents and queries, so both sides meet.
///
/// normalise (NFC) → split into words (letters and digits; dashes split; elision
/// dropped) → lowercase → drop stopwords → stem in the text's language from the
/// accented word (Arabic words with Snowball's Arabic stemmer) → fold diacritics
/// (and normalise Arabic letters). Each step keeps the word's position and its
/// offsets in the normalised text. The analyzer is a value and `Sendable`; it can
/// be used from any number of threads at once.
public struct Analyzer: Sendable {
    public let stopwords: Stopwords
    public let stemmer: Stemmer

    public init(stemmer: Stemmer = .shared, stopwords: Stopwords = .standard) {
        self.stemmer = stemmer
        self.stopwords = stopwords
    }

    /// The canonical (NFC) form of `text`, which every offset refers to.
    public static func normalize(_ text: String) -> String {
        // Below U+0300 every character is NFC and none composes with what precedes it,
        // so such text (most Spanish, French and Portuguese) is returned as it is.
        // In UTF-8 those are exactly the texts without a byte from 0xCC up.
        if text.utf8.allSatisfy({ $0 < 0xCC }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Every word of `text`, stopwords included, with offsets in `normalize(text)`.
    public func words(in text: String) -> [Token] {
        Tokenizer.words(in: Self.normalize(text))
    }

    /// Every word of `text`, which must already be `normalize`d: stored texts are,
    /// and normalising again would cost more than the rest of the analysis.
    /// Words that `wanted` turns down (given as written) come with an empty text.
    public func words(inNormalized text: String, wanted: ((ArraySlice<Unicode.Scalar>) -> Bool)? = nil) -> [Token] {
        Tokenizer.words(in: text, wanted: wanted)
    }

    /// The words of `text` that carry meaning in `language`: stopwords removed,
    /// positions kept as they were (so phrases across a stopword still line up).
    public func tokens(in text: String, language: Language) -> [Token] {
        words(in: text).filter { !stopwords.contains($0.text, in: language) }
    }

    /// The folded Snowball stem of a lowercase word: "cooperación" → "cooper",
    /// "الأطفال" → "اطفال".
    ///
    /// The stemmer sees the word with its accents, as Snowball expects; the stem is
    /// folded afterwards so that it matches whatever accents a query leaves out.
    ///
    /// The word's script chooses the stemmer as much as `language` does: an Arabic
    /// word gets its Arabic stem whatever language it is asked in (so an Arabic
    /// name in a Spanish text still meets an Arabic query, and the four Latin
    /// stemmers, which know no Arabic letter, are never run on it), and a word in
    /// any other script asked in Arabic is its own stem (the Arabic stemmer knows
    /// only Arabic letters). The script check reads the word's first byte (and
    /// its first scalar when that byte is not ASCII), so Latin words cost what
    /// they cost before.
    public func stem(_ word: String, in language: Language) -> String {
        if Script.isArabic(word) { return Folding.fold(stemmer.stem(word, in: .arabic)) }
        if language == .arabic { return Folding.fold(word) }
        return Folding.fold(stemmer.stem(word, in: language))
    }

    /// Whether `word` (lowercase) is a stopword in any of `languages`.
    public func isStopword(_ word: String, inAnyOf languages: [Language]) -> Bool {
        stopwords.contains(word, inAnyOf: languages)
    }
}
