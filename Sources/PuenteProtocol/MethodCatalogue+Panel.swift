extension MethodCatalogue {
    /// A question for the panel, at most this many characters: a question, not a speech.
    public static let panelQuestionLength = 1000
    /// The statuses a moderator gives a question.
    public static let panelStatuses = ["open", "answered", "hidden"]

    /// The panel queue's methods: participants submit and vote, moderators list and mark.
    static func panelDescription(of method: Method) -> MethodDescription {
        let id = param(
            "id", .integer(1...Int(Int32.max)), required: true,
            "the question's number, as panel_submit and panel_queue give it")
        let unavailable = RPCError.stateUnavailableCode
        switch method {
        case .panelSubmit:
            return MethodDescription(
                name: method.rawValue,
                summary:
                    "Send a question to the panel; a near duplicate of an open one (the same linked names, nearly the same content words; in another language, the same two or more linked names) joins it. Answered once the question is on disk.",
                params: [
                    param("text", .string(maxLength: panelQuestionLength), required: true, "the question, not empty"),
                    param("lang", .choice(languages), "the question's language; guessed from the text when absent"),
                ],
                result: "id, merged, asked", errors: [unavailable], privileged: false)
        case .panelVote:
            return MethodDescription(
                name: method.rawValue, summary: "Vote for a question of the panel; each voter counts once.",
                params: [
                    id,
                    param(
                        "voter", .string(maxLength: 128), required: true,
                        "who votes: the REPL sends its session id, a script its own string; kept only to count one vote each"
                    ),
                ],
                result: "id, votes", errors: [unavailable], privileged: false)
        case .panelQueue:
            return MethodDescription(
                name: method.rawValue,
                summary:
                    "The panel's questions, most votes first, then most asked, then oldest, each with the nearest cited unit of the knowledge.",
                params: [
                    param("status", .choice(panelStatuses + ["all"]), "which questions (default open)"),
                    param("limit", .integer(1...200), "questions to return (default 20)"),
                ],
                result:
                    "questions[id, text, lang, asked, votes, status, first_asked, last_asked, related[id, title, citation, quote]]",
                errors: [unavailable], privileged: false)
        default:
            return MethodDescription(
                name: method.rawValue, summary: "Mark a question of the panel answered, hidden or open again.",
                params: [id, param("status", .choice(panelStatuses), required: true, "the question's new status")],
                result: "id, status", errors: [RPCError.forbiddenCode, unavailable], privileged: true)
        }
    }
}
