/// The language Puente speaks to a reader, by its ISO 639 code: the language of
/// the daemon's replies and of the client's own words. The session's five, or any
/// other a language pack is written for: a sixth language is one pack file, no
/// Swift. What a language says, its own name and which names of the slash commands
/// its readers are offered come from its pack. Quoted knowledge keeps its own language.
public struct ReplyLanguage: RawRepresentable, Sendable, Codable, Hashable, CaseIterable {
    public let rawValue: String

    /// Any ISO 639 code of two or three lowercase letters ("es", "it"); whether a
    /// pack says it is for the reader of packs to tell.
    public init?(rawValue: String) {
        guard (2...3).contains(rawValue.count), rawValue.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return nil
        }
        self.rawValue = rawValue
    }

    private init(_ code: String) { rawValue = code }

    public static let spanish = ReplyLanguage("es")
    public static let english = ReplyLanguage("en")
    public static let french = ReplyLanguage("fr")
    public static let portuguese = ReplyLanguage("pt")
    public static let arabic = ReplyLanguage("ar")

    /// The session's five languages, whose packs are bundled.
    public static let allCases: [ReplyLanguage] = [.spanish, .english, .french, .portuguese, .arabic]

    /// The language a locale names: "fr", "FR", "pt_BR", "ar_MA.UTF-8", "en-GB", "it";
    /// nil for "C", "POSIX" and anything that names no language code.
    public init?(locale: String) {
        self.init(rawValue: locale.prefix { $0.isLetter }.lowercased())
    }

    /// The language of the first locale variable set, as POSIX orders them
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; an empty one counts as unset):
    /// `fr_FR.UTF-8` gives French, `pt_BR` Portuguese, `ar_MA` Arabic. Spanish, the
    /// session's language, when nothing is set or `spoken` has no pack of that language.
    public static func from(environment: [String: String], spoken: (ReplyLanguage) -> Bool) -> ReplyLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return ReplyLanguage(locale: locale).flatMap { spoken($0) ? $0 : nil } ?? .spanish
    }
}
