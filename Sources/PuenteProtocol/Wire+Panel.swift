extension Wire {
    /// `panel_submit`: the question's number (an earlier one's when `merged`) and how
    /// often it has been asked.
    public struct PanelSubmitResult: Codable, Sendable, Hashable {
        public var id: Int
        public var merged: Bool
        public var asked: Int
        public init(id: Int, merged: Bool, asked: Int) {
            self.id = id
            self.merged = merged
            self.asked = asked
        }
    }

    /// `panel_vote`: the question's votes, one per voter.
    public struct PanelVoteResult: Codable, Sendable, Hashable {
        public var id: Int
        public var votes: Int
        /// False when this voter had voted for the question already: nothing changed.
        public var counted: Bool
        public init(id: Int, votes: Int, counted: Bool) {
            self.id = id
            self.votes = votes
            self.counted = counted
        }
    }

    /// `panel_mark`: the question's status now.
    public struct PanelMarkResult: Codable, Sendable, Hashable {
        public var id: Int
        public var status: String
        public init(id: Int, status: String) {
            self.id = id
            self.status = status
        }
    }

    /// The unit of the knowledge nearest a question: what a moderator can answer with.
    public struct PanelRelated: Codable, Sendable, Hashable {
        /// The record or passage id.
        public var id: String
        public var title: String
        /// Where it is written: the source's URL, or its title when it has none.
        public var citation: String
        /// The passage's words nearest the question.
        public var quote: String
        public init(id: String, title: String, citation: String, quote: String) {
            self.id = id
            self.title = title
            self.citation = citation
            self.quote = quote
        }
    }

    /// One question of the panel queue. Times are ISO 8601, UTC.
    public struct PanelQuestion: Codable, Sendable, Hashable {
        public var id: Int
        public var text: String
        public var lang: String
        public var asked: Int
        public var votes: Int
        public var status: String
        public var firstAsked: String
        public var lastAsked: String
        public var related: [PanelRelated]
        public init(
            id: Int, text: String, lang: String, asked: Int, votes: Int, status: String,
            firstAsked: String, lastAsked: String, related: [PanelRelated]
        ) {
            self.id = id
            self.text = text
            self.lang = lang
            self.asked = asked
            self.votes = votes
            self.status = status
            self.firstAsked = firstAsked
            self.lastAsked = lastAsked
            self.related = related
        }
    }

    /// `panel_queue`: the questions, ranked.
    public struct PanelQueueResult: Codable, Sendable, Hashable {
        public var questions: [PanelQuestion]
        public init(questions: [PanelQuestion]) { self.questions = questions }
    }
}
