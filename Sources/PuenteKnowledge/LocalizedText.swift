/// One text in several languages, keyed by ISO 639-1 code: `{es: …, en: …}`.
///
/// The knowledge writes facts and talking points in Spanish and English, summaries
/// in four languages and the session's words in five; a reader asks in any of the
/// five. `text(in:)` answers in the language asked for when the text has it, else
/// in English (the language French, Portuguese and Arabic readers are likeliest
/// to read), else in Spanish (the session's own), so a reply never comes back
/// empty for a language the knowledge does not write. The subscript is the exact
/// lookup, without that fallback.
///
/// Encoded as a plain JSON object of code → text.
public struct LocalizedText: Sendable, Hashable, Codable, ExpressibleByDictionaryLiteral {
    /// Language code → text; only non-empty texts.
    public let texts: [String: String]

    /// - Parameter texts: language code → text; empty texts are dropped.
    public init(_ texts: [String: String]) {
        self.texts = texts.filter { !$0.value.isEmpty }
    }

    /// `["es": "Un hecho.", "en": "A fact."]`; the first text of a repeated code wins.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// Decodes a JSON object of code → text.
    public init(from decoder: any Decoder) throws {
        self.init(try [String: String](from: decoder))
    }

    /// Encodes a JSON object of code → text.
    public func encode(to encoder: any Encoder) throws {
        try texts.encode(to: encoder)
    }

    /// The text in exactly `language`, if it is written in it.
    public subscript(language: String) -> String? { texts[language] }

    /// The language `text(in:)` answers in when asked for `language`: that one
    /// when written, else English, else Spanish, else the first written (in
    /// `languages` order); nil only when there is no text at all.
    public func language(for language: String) -> String? {
        if texts[language] != nil { return language }
        for fallback in ["en", "es"] where texts[fallback] != nil { return fallback }
        return languages.first
    }

    /// The text to show a reader of `language` (see `language(for:)`); empty only
    /// when there is no text at all, which validated knowledge never has.
    public func text(in language: String) -> String {
        self.language(for: language).flatMap { texts[$0] } ?? ""
    }

    /// The languages written, Spanish (the session's) first, then the others by
    /// code: the order in which a record's texts are indexed, so that a snippet
    /// that matches nothing quotes the Spanish text.
    public var languages: [String] {
        texts.keys.sorted { ($0 == "es" ? "" : $0) < ($1 == "es" ? "" : $1) }
    }

    /// Whether no language has a text.
    public var isEmpty: Bool { texts.isEmpty }
}
