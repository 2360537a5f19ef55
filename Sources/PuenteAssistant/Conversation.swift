import PuenteIndex
import PuenteKnowledge
import PuenteSupport

/// What a chat session remembers between turns: its filters and its topic.
///
/// A plain value: the daemon keeps one per session id and passes it back with
/// each question; `Assistant.respond` returns the updated value.
public struct Conversation: Sendable, Codable, Hashable {
    /// Facet → vocabulary ids a hit must have one of (region, modality).
    public var filters: [FacetKind: [String]] = [:]
    /// Facet → vocabulary ids a hit must not have ("otra región").
    public var exclusions: [FacetKind: [String]] = [:]
    /// Other filters the participant typed in the index's syntax (`theme:…`, `kind:…`).
    public var typedFilters: [FacetFilter] = []
    /// The words of the current topic, as the participant wrote them.
    public var topic: [String] = []
    /// The topic's words that named a place within a region ("Ásia Central"), folded:
    /// another region ("e na África?") drops them and keeps the rest of the topic.
    public var placeWords: [String] = []
    /// Themes and mechanisms the topic names, by id.
    public var topicTerms: [String] = []
    /// The initiative the last answer was about, by id: what "¿quién la financia?" or
    /// "when did it enter into force?" asks about when it names nothing else.
    public var focus: String? = nil
    /// The initiatives the last list named, by id: what "¿quién las financia?" or
    /// "who funds them?" asks about.
    public var listed: [String] = []
    /// The words the last question about the focus asked with, folded, cues aside:
    /// "¿y cuándo?" after "¿Dónde se firmó?" asks when it was signed.
    public var asking: [String] = []
    /// What the last question asked for: "¿y el de Malí con Senegal?" asks it again of another.
    var lastAsked: Asked? = nil
    /// The fact the last answer quoted: "¿y en qué ciudad?" asks where that happened.
    public var quoted: QuotedFact? = nil
    /// Whether the last answer was about the session itself (its day, hours, place).
    public var aboutSession = false
    /// The language of the last reply.
    public var language: ReplyLanguage? = nil
    /// Questions answered so far.
    public var turns: Int = 0

    public init() {}

    /// A fact by its record and its place among the record's facts.
    public struct QuotedFact: Sendable, Codable, Hashable {
        public var record: String
        public var index: Int
    }

    /// Whether nothing is remembered yet.
    public var isEmpty: Bool { filters.isEmpty && exclusions.isEmpty && topic.isEmpty && typedFilters.isEmpty }

    /// The index query for this conversation: region and modality filters and
    /// exclusions, the typed filters, then the topic's words.
    public var query: Index.Query {
        var facetFilters: [FacetFilter] = []
        for kind in [FacetKind.region, .modality] {
            if let ids = filters[kind], !ids.isEmpty { facetFilters.append(FacetFilter(kind: kind, ids: ids)) }
            if let ids = exclusions[kind], !ids.isEmpty {
                facetFilters.append(FacetFilter(kind: kind, ids: ids, excluded: true))
            }
        }
        return Index.Query(words: topic.joined(separator: " "), filters: facetFilters + typedFilters)
    }
}

extension Conversation.QuotedFact {
    /// The fact `unit` quotes of `record`; nil when it quotes a field or the summary.
    init?(_ record: Initiative, _ unit: AnswerUnit) {
        guard let fact = unit.fact, let index = record.facts.firstIndex(of: fact) else { return nil }
        self.init(record: record.id, index: index)
    }
}
