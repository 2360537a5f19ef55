import ArgumentParser
import PuenteClient
import PuenteSupport

/// `--lang es|en|fr|pt|ar`: a language the client has a pack for. Help, the error for
/// another value and shell completion list the packs the bundled knowledge holds.
extension ReplyLanguage: ExpressibleByArgument {
    public init?(argument: String) {
        guard let language = ReplyLanguage(rawValue: argument), ClientWords.speaks(language) else { return nil }
        self = language
    }

    public static var allValueStrings: [String] { ClientWords.languages.map(\.rawValue) }
}
