/// Where a question for the panel stands: the moderator moves it from open to answered
/// or hidden (and back, when a mark was a mistake).
public enum PanelStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case open, answered, hidden
}

/// What a question is about, as the reader of questions tells it: the names it links
/// (initiatives, regions, themes, what is asked of them) and its content words (stems,
/// folded) in its language. Two questions with the same reading, or nearly the same, are
/// one question asked twice.
public struct PanelReading: Sendable, Hashable {
    /// Linked ids, each once; order does not matter. The same in every language.
    public var names: Set<String>
    /// Content-word stems, each once; order does not matter.
    public var words: Set<String>
    /// The language the words are stems of ("es", "fr", …).
    public var language: String

    public init(names: Set<String>, words: Set<String>, language: String) {
        self.names = names
        self.words = words
        self.language = language
    }

    /// The linked names two readings in different languages must share, at least: their
    /// words cannot be compared, so the names must say both what the question is about
    /// and what it asks of it (or two things it links), not one subject alone.
    public static let namesAcrossLanguages = 2

    /// The share of content words two readings must have in common (of all the words
    /// either has) to be one question: 0.6 lets one word of five differ ("¿quién financia
    /// ACCEL Africa?" and "¿quién financia hoy ACCEL Africa?") but not two of four.
    public static let sameQuestionOverlap = 0.6

    /// Whether `other` asks the same: the same linked names, and nearly the same content
    /// words (see `sameQuestionOverlap`) or, in another language, names enough to tell
    /// (see `namesAcrossLanguages`). Two readings with no words at all are not the same
    /// question: there is nothing to compare.
    public func isSameQuestion(as other: PanelReading) -> Bool {
        guard names == other.names else { return false }
        if language != other.language { return names.count >= Self.namesAcrossLanguages }
        let union = words.union(other.words)
        guard !union.isEmpty else { return false }
        return Double(words.intersection(other.words).count) / Double(union.count) >= Self.sameQuestionOverlap
    }
}

/// One question of the queue, as the store keeps it. Who asked is never kept.
public struct PanelQuestion: Sendable, Hashable {
    public var id: Int64
    /// The words of its first asking.
    public var text: String
    /// The language it was first asked in ("es", "fr", …).
    public var language: String
    /// How many times it was asked, merged near duplicates included.
    public var asked: Int
    /// Distinct voters.
    public var votes: Int
    public var status: PanelStatus
    /// Seconds since 1970, UTC.
    public var firstAsked: Double
    public var lastAsked: Double
}

/// What a submit did: a new question, or one more asking of an earlier one.
public struct PanelSubmission: Sendable, Hashable {
    public var id: Int64
    /// Whether it joined an earlier question (whose id is `id`).
    public var merged: Bool
    /// How many times that question has now been asked.
    public var asked: Int

    public init(id: Int64, merged: Bool, asked: Int) {
        self.id = id
        self.merged = merged
        self.asked = asked
    }
}
