import PuenteIndex
import PuenteProtocol
import PuenteSupport

/// What the participant asked for.
public typealias Intent = Wire.Intent

/// A passage quoted in an answer, with its citation number.
public struct AnswerHit: Sendable, Codable, Hashable {
    public var citation: Int
    /// The passage id: an initiative id or "concept-note#I.2".
    public var id: String
    public var kind: Wire.PassageKind
    /// The initiative's name, or the note's section.
    public var title: String
    public var snippet: String
    /// Matched words in `snippet`, in Unicode scalars.
    public var highlights: [Highlight]
    public var score: Double
}

/// A source listed under an answer.
public struct Citation: Sendable, Codable, Hashable {
    public var number: Int
    /// The passage or record it comes from.
    public var id: String
    public var title: String
    public var url: String?
}

/// A correction the assistant made to a word.
public struct Correction: Sendable, Codable, Hashable {
    public var typed: String
    public var corrected: String
}

/// How the question was understood, so a participant can see why and rephrase.
public struct Interpretation: Sendable, Codable, Hashable {
    /// Facet → ids a hit must have (region, modality).
    public var filters: [FacetKind: [String]]
    /// Facet → ids a hit must not have.
    public var exclusions: [FacetKind: [String]]
    /// Themes and mechanisms the question names, by id.
    public var topicTerms: [String]
    /// The words searched for.
    public var topic: [String]
    public var corrections: [Correction]
    /// Words added across languages by the vocabulary ("labour migration" for "migración laboral").
    public var expansions: [String]
    /// The index query that produced the answer, written in the query syntax for
    /// people and scripts: send it to `search` to get the same hits.
    public var canonicalQuery: String
    /// Whether this turn refined the previous one rather than starting afresh.
    public var followUp: Bool
    /// Whether no passage matched every word and fewer were required.
    public var relaxed: Bool
    /// Each id of the filters, exclusions and topic terms → its label in the answer's language.
    public var labels: [String: String] = [:]
    /// The initiative the conversation is now about, by id (its name is in `labels`):
    /// what a short follow-up was read against, and what a client resends when the
    /// daemon no longer holds the conversation.
    public var focus: String? = nil
}

/// Something the participant could ask next.
public struct Suggestion: Sendable, Codable, Hashable {
    /// What to show: "¿Y en las Américas? (5)".
    public var text: String
    /// What to type to follow it.
    public var input: String
}

/// The assistant's answer to one turn: the rendered reply and the same content as data.
public struct Answer: Sendable, Codable, Hashable {
    public var intent: Intent
    public var language: ReplyLanguage
    /// The whole reply as plain text, citations as [1] [2], ready to print.
    public var reply: String
    /// The one-line summary of what was found.
    public var lead: String
    public var hits: [AnswerHit]
    public var sources: [Citation]
    public var interpretation: Interpretation
    public var suggestions: [Suggestion]
    /// Matching passages in all, before the 3–5 shown.
    public var total: Int
    /// What a reader should know about how the answer was reached.
    public var notices: [Notice] = []
}

/// Something about how an answer was reached: the words were relaxed, or filters
/// under which nothing matched were left out.
public struct Notice: Sendable, Codable, Hashable {
    public typealias Kind = Wire.NoticeKind

    public var kind: Kind
    public var facet: FacetKind?
    public var ids: [String] = []
}
