import PuenteProtocol

/// The panel queue, for participants (submit, vote, see the queue) and moderators (mark).
extension ClientActions {
    /// Sends `text` to the panel, in the client's language when `languageParam`.
    public func submitToPanel(_ text: String, languageParam: Bool = true) throws(ClientError) -> Output {
        try output(PanelSubmitParams(text: text, lang: languageParam ? language : nil)) { result in
            result.merged
                ? renderer.words.panelMerged(id: result.id, asked: result.asked)
                : renderer.words.panelSent(id: result.id)
        }
    }

    /// Votes for question `id` as `voter` (the REPL's session id, a script's own string).
    public func vote(for id: Int, as voter: String) throws(ClientError) -> Output {
        try output(PanelVoteParams(id: id, voter: voter)) { result in
            result.counted
                ? renderer.words.panelVoted(id: result.id, votes: result.votes)
                : renderer.words.panelVotedBefore(id: result.id, votes: result.votes)
        }
    }

    /// The queue's questions of `status`, or all; status 1 when empty.
    public func panelQueue(status: PanelQueueParams.Selection? = nil, limit: Int? = nil) throws(ClientError) -> Output {
        var params = PanelQueueParams()
        if let status { params.status = status }
        if let limit { params.limit = limit }
        return try output(params, status: { $0.questions.isEmpty ? 1 : 0 }, render: renderer.panelQueue)
    }

    /// Marks question `id` open, answered or hidden: the moderator's, like reload.
    public func mark(_ id: Int, as status: Wire.PanelStatus) throws(ClientError) -> Output {
        try output(PanelMarkParams(id: id, status: status)) { result in
            renderer.words.panelMarked(id: result.id, status: result.status)
        }
    }
}
