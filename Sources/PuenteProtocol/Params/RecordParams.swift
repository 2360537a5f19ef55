import PuenteSupport

/// `record`: one initiative or concept-note passage, whole.
public struct RecordParams: MethodParams {
    public typealias Result = Wire.Record
    public static let method = Method.record
    public static let about = MethodAbout(
        "One initiative record or concept-note passage.",
        result:
            "the record's fields; facts[text, texts, date, source], talking_points and talking_point_texts in es and en",
        errors: [RPCError.notFoundCode])

    public var id = ""
    public var lang = ReplyLanguage.spanish

    public init() {}

    public init(id: String, lang: ReplyLanguage = .spanish) {
        self.id = id
        self.lang = lang
    }

    public static let fields: [ParamField<Self>] = [
        ParamField(
            "id", \.id, .string(maxLength: 128), required: true,
            "an initiative id or a passage id such as concept-note#I.2"),
        ParamField("lang", \.lang, .languages, "the language of each fact's and talking point's text"),
    ]
}
