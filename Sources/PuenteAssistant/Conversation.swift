import PuenteIndex
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
    /// Whether the last answer was about the session itself (its day, hours, place).
    public var aboutSession = false
    /// The language of the last reply.
    public var language: ReplyLanguage? = nil
    /// Questions answered so far.
    public var turns: Int = 0

    public init() {}

    /// Whether nothing is remembered yet.
    public var isEmpty: Bool { filters.isEmpty && exclusions.isEmpty && topic.isEmpty && typedFilters.isEmpty }

    /// The index query for this conversation: region and modality filters and
    /// exclusions, the typed filters, then the topic's words.
    public var query: Index.Query {
        var facetFilters: [FacetFilter] = []
        for kind in [FacetKind.region, .modality] {
            if let ids = filters[kind], !ids.isEmpty { facetFilters.append(FacetFilter(kind: kind, ids: ids)) }
            if let ids = exclusions[kind], !ids.isEmpty { facetFilters.append(FacetFilter(kind: kind, ids: ids, excluded: true)) }
        }
        return Index.Query(words: topic.joined(separator: " "), filters: facetFilters + typedFilters)
    }
}
