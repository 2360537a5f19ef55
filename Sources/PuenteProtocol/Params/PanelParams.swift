import PuenteSupport

// The panel queue's methods: participants submit and vote, moderators list and mark.

extension MethodCatalogue {
    /// A question for the panel, at most this many characters: a question, not a speech.
    public static let panelQuestionLength = 1000
}

extension Wire {
    /// The status a moderator gives a question of the panel.
    public enum PanelStatus: String, CaseIterable, Sendable, ParamWord {
        case open, answered, hidden
    }
}

extension ParamField {
    /// `id`: a question of the panel.
    static func panelQuestion(_ path: WritableKeyPath<Params, Int> & Sendable) -> ParamField {
        ParamField(
            "id", path, .integer(1...Int(Int32.max)), required: true,
            "the question's number, as panel_submit and panel_queue give it")
    }
}

/// `panel_submit`: a question sent to the panel.
public struct PanelSubmitParams: MethodParams {
    public typealias Result = Wire.PanelSubmitResult
    public static let method = Method.panelSubmit
    public static let about = MethodAbout(
        "Send a question to the panel; a near duplicate of an open one (the same linked names, nearly the same content words; in another language, the same two or more linked names) joins it. Answered once the question is on disk.",
        result: "id, merged, asked", errors: [RPCError.stateUnavailableCode])

    public var text = ""
    /// nil: guessed from the text.
    public var lang: ReplyLanguage?

    public init() {}

    public init(text: String, lang: ReplyLanguage? = nil) {
        self.text = text
        self.lang = lang
    }

    public static let fields: [ParamField<Self>] = [
        ParamField(
            "text", \.text, .string(maxLength: MethodCatalogue.panelQuestionLength), required: true,
            "the question, not empty"),
        ParamField("lang", \.lang, .languages, "the question's language; guessed from the text when absent"),
    ]
}

/// `panel_vote`: one voter's vote for a question.
public struct PanelVoteParams: MethodParams {
    public typealias Result = Wire.PanelVoteResult
    public static let method = Method.panelVote
    public static let about = MethodAbout(
        "Vote for a question of the panel; each voter counts once.", result: "id, votes, counted",
        errors: [RPCError.stateUnavailableCode])

    public var id = 0
    public var voter = ""

    public init() {}

    public init(id: Int, voter: String) {
        self.id = id
        self.voter = voter
    }

    public static let fields: [ParamField<Self>] = [
        .panelQuestion(\.id),
        ParamField(
            "voter", \.voter, .string(maxLength: 128), required: true,
            "who votes: the REPL sends its session id, a script its own string; kept only to count one vote each"),
    ]
}

/// `panel_queue`: the questions, ranked.
public struct PanelQueueParams: MethodParams {
    public typealias Result = Wire.PanelQueueResult
    public static let method = Method.panelQueue
    public static let about = MethodAbout(
        "The panel's questions, most votes first, then most asked, then oldest, each with the nearest cited unit of the knowledge.",
        result:
            "questions[id, text, lang, asked, votes, status, first_asked, last_asked, related[id, title, citation, quote]]",
        errors: [RPCError.stateUnavailableCode])

    /// Which questions: those of one status, or all.
    public enum Selection: String, CaseIterable, Sendable, ParamWord {
        case open, answered, hidden, all

        /// The status selected; nil for all.
        public var status: Wire.PanelStatus? { Wire.PanelStatus(rawValue: rawValue) }
    }

    public var status = Selection.open
    public var limit = 20

    public init() {}

    public init(status: Selection = .open, limit: Int = 20) {
        self.status = status
        self.limit = limit
    }

    public static let fields: [ParamField<Self>] = [
        ParamField("status", \.status, .choice(Selection.allCases.map(\.rawValue)), "which questions"),
        ParamField("limit", \.limit, .integer(1...200), "questions to return"),
    ]
}

/// `panel_mark`: a moderator's status for a question.
public struct PanelMarkParams: MethodParams {
    public typealias Result = Wire.PanelMarkResult
    public static let method = Method.panelMark
    public static let about = MethodAbout(
        "Mark a question of the panel answered, hidden or open again.", result: "id, status",
        errors: [RPCError.forbiddenCode, RPCError.stateUnavailableCode], privileged: true)

    public var id = 0
    public var status = Wire.PanelStatus.open

    public init() {}

    public init(id: Int, status: Wire.PanelStatus) {
        self.id = id
        self.status = status
    }

    public static let fields: [ParamField<Self>] = [
        .panelQuestion(\.id),
        ParamField(
            "status", \.status, .choice(Wire.PanelStatus.allCases.map(\.rawValue)), required: true,
            "the question's new status"),
    ]
}
