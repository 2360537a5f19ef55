import PuenteSupport

// The documents a snapshot composes once per language: each method takes only the language.

/// Params of a method that takes only the reply's language, Spanish by default.
public protocol LanguageParams: MethodParams {
    var lang: ReplyLanguage { get set }
}

extension LanguageParams {
    public static var fields: [ParamField<Self>] { [.replyLanguage(\.lang)] }

    public init(lang: ReplyLanguage) {
        self.init()
        self.lang = lang
    }
}

/// `brief`: the moderator brief.
public struct BriefParams: LanguageParams {
    public typealias Result = Wire.MarkdownResult
    public static let method = Method.brief
    public static let about = MethodAbout("The moderator brief as Markdown.", result: "markdown")

    public var lang = ReplyLanguage.spanish

    public init() {}
}

/// `coverage`: initiatives per theme × region × modality.
public struct CoverageParams: LanguageParams {
    public typealias Result = Wire.CoverageResult
    public static let method = Method.coverage
    public static let about = MethodAbout(
        "Initiatives per theme × region × modality, with single cells and gaps.",
        result: "themes, regions, modalities, cells, empty_cells, single_cells, markdown")

    public var lang = ReplyLanguage.spanish

    public init() {}
}

/// `session_info`: the session this daemon serves.
public struct SessionInfoParams: LanguageParams {
    public typealias Result = Wire.SessionInfo
    public static let method = Method.sessionInfo
    public static let about = MethodAbout(
        "The session's title, venue, date, times and guiding questions.",
        result: "title, conference, city, country, venue, date, start, end, timezone, language, questions, examples")

    public var lang = ReplyLanguage.spanish

    public init() {}
}

/// `vocabulary`: the facets' values, the same in every language.
public struct VocabularyParams: NoParams {
    public typealias Result = Wire.VocabularyResult
    public static let method = Method.vocabulary
    public static let about = MethodAbout(
        "Themes, regions, modalities and mechanisms with labels and counts.",
        result: "themes, regions, modalities, mechanisms")
    public init() {}
}

/// `rpc.discover`: the protocol as an OpenRPC document.
public struct DiscoverParams: NoParams {
    public typealias Result = JSONValue
    public static let method = Method.discover
    public static let about = MethodAbout("This protocol as an OpenRPC document.", result: "an OpenRPC 1.3 document")
    public init() {}
}
