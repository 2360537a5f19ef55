/// One sentence written in the five languages of the session, picked by language
/// code: the one choice the assistant's replies and the client's labels share.
package enum FiveLanguages {
    /// The sentence for `code` ("es", "en", "fr", "pt", "ar"); Spanish for any other.
    /// French gets its no-break spaces (see `FrenchSpacing`).
    package static func pick(_ code: String, es: String, en: String, fr: String, pt: String, ar: String) -> String {
        switch code {
        case "en": en
        case "fr": FrenchSpacing.apply(to: fr)
        case "pt": pt
        case "ar": ar
        default: es
        }
    }
}
