import PuenteSupport

extension Wire {
    /// What an `ask` answer is; written on the wire as its raw value.
    public enum Intent: String, Codable, Sendable, Hashable, CaseIterable {
        /// One thing asked about one initiative or notion, answered in the lead.
        case answer
        case search
        case logistics
        case list
        case initiative
        case talkingPoints = "talking_points"
        case brief
        case coverage
        case help
        case reset
        case empty
    }

    /// What a hit or a record is: an initiative record or a passage of the concept note.
    public enum PassageKind: String, Codable, Sendable, Hashable, CaseIterable {
        case initiative
        case conceptNote = "concept-note"
    }

    /// What a reader should know about how an answer was reached.
    public enum NoticeKind: String, Codable, Sendable, Hashable, CaseIterable {
        /// No passage holds every word: the closest are shown.
        case relaxed
        /// Nothing matched with these filters, so they were left out (`facet` and `ids` say which).
        case filtersDropped = "filters_dropped"
        /// The question names what the knowledge lacks (`ids`: those names, as written),
        /// which a client may offer to send to the panel.
        case absent
    }
}
