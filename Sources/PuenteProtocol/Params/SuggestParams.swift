/// `suggest`: completions for what a participant is typing.
public struct SuggestParams: MethodParams {
    public typealias Result = Wire.SuggestResult
    public static let method = Method.suggest
    public static let about = MethodAbout("Completions for what a participant is typing.", result: "completions")

    public var prefix = ""
    public var limit = 10

    public init() {}

    public init(prefix: String, limit: Int = 10) {
        self.prefix = prefix
        self.limit = limit
    }

    public static let fields: [ParamField<Self>] = [
        ParamField("prefix", \.prefix, .string(maxLength: 200), required: true, "the text typed so far"),
        ParamField("limit", \.limit, .integer(1...50), "completions to return"),
    ]
}
