import PuenteSupport

/// `ask`: a participant's words, answered within a chat session.
public struct AskParams: MethodParams {
    public typealias Result = Wire.AskResult
    public static let method = Method.ask
    public static let about = MethodAbout(
        "Answer a participant's words in a chat session.",
        result:
            "session, intent, language, reply, lead, hits, sources, interpretation, suggestions, total, notices, session_forgotten"
    )

    public var text = ""
    /// nil: a new session.
    public var session: String?
    /// nil: a named session is kept, a new one provisionally (see the field's summary).
    public var keep: Bool?
    public var focus: String?
    /// nil: guessed from the text.
    public var lang: ReplyLanguage?

    public init() {}

    public init(
        text: String, session: String? = nil, keep: Bool? = nil, focus: String? = nil, lang: ReplyLanguage? = nil
    ) {
        self.text = text
        self.session = session
        self.keep = keep
        self.focus = focus
        self.lang = lang
    }

    public static let fields: [ParamField<Self>] = [
        ParamField("text", \.text, .string(maxLength: 2000), required: true, "the participant's words"),
        ParamField(
            "session", \.session, .string(maxLength: 128),
            "chat session id; a new session is created when absent, and a fresh conversation under the same id when unknown (session_forgotten says so)"
        ),
        ParamField(
            "keep", \.keep, .boolean,
            "true: keep the conversation for a next turn; false: keep nothing (no session in the result; a named session is forgotten); absent: a named session is kept, a new one provisionally (the first to go when room runs short) until its second turn"
        ),
        ParamField(
            "focus", \.focus, .string(maxLength: 128),
            "the initiative id the client last showed as the conversation's focus (interpretation.focus); read only when the named session is unknown, so a conversation survives a daemon restart"
        ),
        ParamField("lang", \.lang, .languages, "reply language; guessed from the text when absent"),
    ]

    /// Whether the same params always get the same answer from one snapshot: an ask
    /// that names no session and keeps none.
    public var isOneShot: Bool { session == nil && keep == false }
}

extension ReplyLanguage: ParamWord {}

extension ParamType {
    /// The five languages of the session.
    public static let languages = ParamType.choice(MethodCatalogue.languages)
}
