/// A language Puente analyses: the session's four working languages.
///
/// The raw value is the ISO 639-1 code used on the wire and in `Knowledge/`.
public enum Language: String, Sendable, CaseIterable, Codable, Hashable {
    case spanish = "es"
    case english = "en"
    case french = "fr"
    case portuguese = "pt"

    /// The name of this language's algorithm in Snowball's libstemmer.
    var snowballAlgorithm: String {
        switch self {
        case .spanish: "spanish"
        case .english: "english"
        case .french: "french"
        case .portuguese: "portuguese"
        }
    }

    /// A stable small integer, for tables indexed by language.
    package var ordinal: Int {
        switch self {
        case .spanish: 0
        case .english: 1
        case .french: 2
        case .portuguese: 3
        }
    }
}
