import PuenteSupport

/// `talking_points`: cited points for moderators on a theme, region, modality or words.
public struct TalkingPointsParams: MethodParams {
    public typealias Result = Wire.TalkingPointsResult
    public static let method = Method.talkingPoints
    public static let about = MethodAbout(
        "Diverse, cited talking points for moderators.",
        result: "title, points[text, texts, sources], sources, markdown", errors: [RPCError.notFoundCode])

    public var theme: String?
    public var region: String?
    public var modality: String?
    public var query: String?
    public var limit = 6
    public var lang = ReplyLanguage.spanish

    public init() {}

    public init(
        theme: String? = nil, region: String? = nil, modality: String? = nil, query: String? = nil, limit: Int = 6,
        lang: ReplyLanguage = .spanish
    ) {
        self.theme = theme
        self.region = region
        self.modality = modality
        self.query = query
        self.limit = limit
        self.lang = lang
    }

    public static let fields: [ParamField<Self>] = [
        ParamField(
            "theme", \.theme, .string(maxLength: 64),
            "theme: its id, or a label or synonym in any language, typos forgiven"),
        ParamField(
            "region", \.region, .string(maxLength: 64), "region: its id, or a label or synonym in any language"),
        ParamField(
            "modality", \.modality, .string(maxLength: 64),
            "modality: its id, or a label or synonym in any language"),
        ParamField(
            "query", \.query, .string(maxLength: 500),
            "free words; words that name a theme, region or modality as a whole are taken as it"),
        ParamField("limit", \.limit, .integer(1...8), "points to return"),
        .replyLanguage(\.lang),
    ]
}

extension ParamField {
    /// `lang`, the language of the reply.
    static func replyLanguage(_ path: WritableKeyPath<Params, ReplyLanguage> & Sendable) -> ParamField {
        ParamField("lang", path, .languages, "reply language")
    }
}
