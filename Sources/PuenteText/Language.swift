/// A language Puente analyses: the session's five languages.
///
/// The raw value is the ISO 639-1 code used on the wire and in `Knowledge/`.
/// Spanish, English, French and Portuguese are written in Latin letters and
/// Arabic in Arabic script; the analyzer picks a stemmer by the word's script as
/// well as by the language (see `Analyzer.stem(_:in:)`).
public enum Language: String, Sendable, CaseIterable, Codable, Hashable {
    case spanish = "es"
    case english = "en"
    case french = "fr"
    case portuguese = "pt"
    case arabic = "ar"

    /// The name of this language's algorithm in Snowball's libstemmer.
    var snowballAlgorithm: String {
        switch self {
        case .spanish: "spanish"
        case .english: "english"
        case .french: "french"
        case .portuguese: "portuguese"
        case .arabic: "arabic"
        }
    }

    /// A stable small integer, for tables indexed by language.
    package var ordinal: Int {
        switch self {
        case .spanish: 0
        case .english: 1
        case .french: 2
        case .portuguese: 3
        case .arabic: 4
        }
    }
}
