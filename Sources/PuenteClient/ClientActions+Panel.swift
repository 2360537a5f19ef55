import PuenteProtocol

/// The panel queue, for participants (submit, vote, see the queue) and moderators (mark).
extension ClientActions {
    /// Sends `text` to the panel, in the client's language when `languageParam`.
    public func submitToPanel(_ text: String, languageParam: Bool = true) throws(ClientError) -> Output {
        var params: [String: JSONValue] = ["text": .string(text)]
        if languageParam { params["lang"] = .string(language) }
        return try output(Method.panelSubmit.rawValue, params, as: Wire.PanelSubmitResult.self) { result in
            result.merged
                ? renderer.words.panelMerged(id: result.id, asked: result.asked)
                : renderer.words.panelSent(id: result.id)
        }
    }

    /// Votes for question `id` as `voter` (the REPL's session id, a script's own string).
    public func vote(for id: Int, as voter: String) throws(ClientError) -> Output {
        try output(
            Method.panelVote.rawValue, ["id": .integer(id), "voter": .string(voter)], as: Wire.PanelVoteResult.self
        ) { result in
            renderer.words.panelVoted(id: result.id, votes: result.votes)
        }
    }

    /// The queue with `status` ("open", "answered", "hidden" or "all"); status 1 when empty.
    public func panelQueue(status: String? = nil, limit: Int? = nil) throws(ClientError) -> Output {
        var params: [String: JSONValue] = [:]
        if let status { params["status"] = .string(status) }
        if let limit { params["limit"] = .integer(limit) }
        return try output(
            Method.panelQueue.rawValue, params, as: Wire.PanelQueueResult.self,
            status: { $0.questions.isEmpty ? 1 : 0 }, render: renderer.panelQueue)
    }

    /// Marks question `id` ("open", "answered" or "hidden"): the moderator's, like reload.
    public func mark(_ id: Int, as status: String) throws(ClientError) -> Output {
        try output(
            Method.panelMark.rawValue, ["id": .integer(id), "status": .string(status)], as: Wire.PanelMarkResult.self
        ) { result in
            renderer.words.panelMarked(id: result.id, status: result.status)
        }
    }
}
