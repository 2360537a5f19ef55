import PuenteProtocol

/// What the client says about the panel queue, from the pack's `client.panel_*`.
extension ClientWords {
    func panelSent(id: Int) -> String { say("panel_sent", ["id": id]) }

    func panelMerged(id: Int, asked: Int) -> String { say("panel_merged", ["id": id, "asked": asked]) }

    func panelVoted(id: Int, votes: Int) -> String { say("panel_voted", ["id": id, "votes": votes]) }
    func panelVotedBefore(id: Int, votes: Int) -> String { say("panel_voted_before", ["id": id, "votes": votes]) }

    func panelMarked(id: Int, status: String) -> String {
        say("panel_marked", ["id": id, "status": panelStatus(status)])
    }

    /// A status as the reader's language says it ("respondida"); the wire's word when the pack has none.
    func panelStatus(_ status: String) -> String {
        ["open", "answered", "hidden"].contains(status) ? say("panel_status_\(status)") : status
    }

    var panelHeading: String { say("panel_heading") }

    var panelEmpty: String { say("panel_empty") }

    /// After an answer that says the knowledge lacks something: one key sends the question on.
    public var panelOffer: String { say("panel_offer") }

    func panelCounts(_ question: Wire.PanelQuestion) -> String {
        say(
            "panel_counts",
            [
                "votes": question.votes, "asked": question.asked, "lang": question.lang,
                "status": panelStatus(question.status),
            ])
    }

    func panelRelated(_ related: Wire.PanelRelated) -> String {
        say("panel_related", ["title": related.title, "quote": related.quote, "citation": related.citation])
    }

    /// A REPL command's name as the pack of this language writes it ("/painel").
    func commandName(_ action: SlashCommand.Action) -> String { say("command_name_\(action.rawValue)") }
}
