/// A word found in a text, with where it was found.
///
/// Offsets count Unicode scalars in the NFC form of the text (see
/// `Analyzer.normalize(_:)`), so highlights built from them land exactly on the
/// word even in text with accents, dashes or emoji.
public struct Token: Sendable, Hashable {
    /// The word lowercased, accents kept: "cooperación".
    public var text: String
    /// The word's ordinal among all words of its text, stopwords included, so that
    /// "planes de acción" keeps "planes" and "acción" two positions apart.
    public var position: Int
    /// Offset of the word's first scalar in the normalised text.
    public var start: Int
    /// Length of the word in scalars of the normalised text.
    public var length: Int

    public init(text: String, position: Int, start: Int, length: Int) {
        self.text = text
        self.position = position
        self.start = start
        self.length = length
    }

    /// The word without diacritics: "cooperacion".
    public var folded: String { Folding.fold(text) }
}
