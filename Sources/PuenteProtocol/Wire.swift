import PuenteSupport

/// The results of Puente's methods as they travel on the wire (snake_case keys
/// through `RPCCodec`). Shared by the daemon, which fills them, and clients,
/// which read them.
public enum Wire {
    public struct Highlight: Codable, Sendable, Hashable {
        public var start: Int
        public var length: Int
        public init(start: Int, length: Int) {
            self.start = start
            self.length = length
        }
    }

    public struct Hit: Codable, Sendable, Hashable {
        /// The citation number, in `ask` answers.
        public var citation: Int?
        public var id: String
        public var kind: PassageKind
        public var title: String
        /// The concept note's section, for passages of the note.
        public var section: String?
        public var score: Double
        public var snippet: String
        public var highlights: [Highlight]

        public init(
            citation: Int?, id: String, kind: PassageKind, title: String, section: String?, score: Double,
            snippet: String, highlights: [Highlight]
        ) {
            self.citation = citation
            self.id = id
            self.kind = kind
            self.title = title
            self.section = section
            self.score = score
            self.snippet = snippet
            self.highlights = highlights
        }
    }

    public struct Source: Codable, Sendable, Hashable {
        public var number: Int
        public var id: String
        public var title: String
        public var url: String?
        public init(number: Int, id: String, title: String, url: String?) {
            self.number = number
            self.id = id
            self.title = title
            self.url = url
        }
    }

    public struct Correction: Codable, Sendable, Hashable {
        public var typed: String
        public var corrected: String
        public init(typed: String, corrected: String) {
            self.typed = typed
            self.corrected = corrected
        }
    }

    public struct Interpretation: Codable, Sendable, Hashable {
        public var filters: [FacetKind: [String]]
        public var exclusions: [FacetKind: [String]]
        public var topicTerms: [String]
        public var topic: [String]
        public var corrections: [Correction]
        public var expansions: [String]
        public var canonicalQuery: String
        public var followUp: Bool
        public var relaxed: Bool
        /// Each id in `filters`, `exclusions` and `topic_terms` → its label in the answer's language.
        public var labels: [String: String]
        /// The initiative the conversation is now about, by id; absent when none.
        public var focus: String?
        public init(
            filters: [FacetKind: [String]], exclusions: [FacetKind: [String]], topicTerms: [String], topic: [String],
            corrections: [Correction], expansions: [String], canonicalQuery: String, followUp: Bool, relaxed: Bool,
            labels: [String: String] = [:], focus: String? = nil
        ) {
            self.filters = filters
            self.exclusions = exclusions
            self.topicTerms = topicTerms
            self.topic = topic
            self.corrections = corrections
            self.expansions = expansions
            self.canonicalQuery = canonicalQuery
            self.followUp = followUp
            self.relaxed = relaxed
            self.labels = labels
            self.focus = focus
        }
    }

    /// Something about how an answer was reached that a reader should know.
    public struct Notice: Codable, Sendable, Hashable {
        public var kind: NoticeKind
        public var facet: FacetKind?
        public var ids: [String]
        public init(kind: NoticeKind, facet: FacetKind? = nil, ids: [String] = []) {
            self.kind = kind
            self.facet = facet
            self.ids = ids
        }
    }

    public struct Suggestion: Codable, Sendable, Hashable {
        public var text: String
        public var input: String
        public init(text: String, input: String) {
            self.text = text
            self.input = input
        }
    }

    public struct AskResult: Codable, Sendable, Hashable {
        /// The id to send back for the next turn; absent when the request said `keep: false`
        /// (the daemon then keeps nothing).
        public var session: String?
        public var intent: Intent
        public var language: ReplyLanguage
        public var reply: String
        public var lead: String
        public var hits: [Hit]
        public var sources: [Source]
        public var interpretation: Interpretation
        public var suggestions: [Suggestion]
        public var total: Int
        public var notices: [Notice]
        /// True when the request named a session the daemon no longer holds (it expired,
        /// or the daemon restarted): this answer starts a fresh conversation under that id.
        public var sessionForgotten: Bool
        public init(
            session: String?, intent: Intent, language: ReplyLanguage, reply: String, lead: String, hits: [Hit],
            sources: [Source],
            interpretation: Interpretation, suggestions: [Suggestion], total: Int, notices: [Notice] = [],
            sessionForgotten: Bool = false
        ) {
            self.session = session
            self.intent = intent
            self.language = language
            self.reply = reply
            self.lead = lead
            self.hits = hits
            self.sources = sources
            self.interpretation = interpretation
            self.suggestions = suggestions
            self.total = total
            self.notices = notices
            self.sessionForgotten = sessionForgotten
        }
    }

    public struct SearchResult: Codable, Sendable, Hashable {
        public var total: Int
        public var tookUs: Int
        public var hits: [Hit]
        /// Facet → value → count, over every matching passage.
        public var facets: [String: [String: Int]]
        public var corrected: [Correction]
        /// Query words dropped as stopwords.
        public var ignored: [String]
        public var queryWords: Int
        public var requiredWords: Int
        public init(
            total: Int, tookUs: Int, hits: [Hit], facets: [String: [String: Int]], corrected: [Correction],
            ignored: [String], queryWords: Int, requiredWords: Int
        ) {
            self.total = total
            self.tookUs = tookUs
            self.hits = hits
            self.facets = facets
            self.corrected = corrected
            self.ignored = ignored
            self.queryWords = queryWords
            self.requiredWords = requiredWords
        }
    }

    public struct TalkingPoint: Codable, Sendable, Hashable {
        /// In the requested language when the knowledge writes it (es, en), else in English.
        public var text: String
        /// The point in every language it is written in, by code: es and en for an
        /// initiative's points and facts, es for a sentence of the concept note.
        public var texts: [String: String]?
        public var sources: [Source]
        public init(text: String, texts: [String: String]? = nil, sources: [Source]) {
            self.text = text
            self.texts = texts
            self.sources = sources
        }
    }

    public struct TalkingPointsResult: Codable, Sendable, Hashable {
        public var title: String
        public var points: [TalkingPoint]
        public var sources: [Source]
        public var markdown: String
        public init(title: String, points: [TalkingPoint], sources: [Source], markdown: String) {
            self.title = title
            self.points = points
            self.sources = sources
            self.markdown = markdown
        }
    }

    public struct MarkdownResult: Codable, Sendable, Hashable {
        public var markdown: String
        public init(markdown: String) { self.markdown = markdown }
    }

    public struct CoverageCell: Codable, Sendable, Hashable {
        public var theme: String
        public var region: String
        public var modality: String
        public var initiatives: [String]
        public init(theme: String, region: String, modality: String, initiatives: [String]) {
            self.theme = theme
            self.region = region
            self.modality = modality
            self.initiatives = initiatives
        }
    }

    public struct CoverageResult: Codable, Sendable, Hashable {
        public var themes: [String]
        public var regions: [String]
        public var modalities: [String]
        public var cells: [CoverageCell]
        public var emptyCells: Int
        public var singleCells: Int
        public var markdown: String
        public init(
            themes: [String], regions: [String], modalities: [String], cells: [CoverageCell], emptyCells: Int,
            singleCells: Int, markdown: String
        ) {
            self.themes = themes
            self.regions = regions
            self.modalities = modalities
            self.cells = cells
            self.emptyCells = emptyCells
            self.singleCells = singleCells
            self.markdown = markdown
        }
    }

    public struct Fact: Codable, Sendable, Hashable {
        /// In the requested language when the knowledge writes it (es, en), else in English.
        public var text: String
        /// The fact in every language it is written in, by code: es and en.
        public var texts: [String: String]?
        public var date: String
        /// The source's number in `sources`, from 1.
        public var source: Int
        public init(text: String, texts: [String: String]? = nil, date: String, source: Int) {
            self.text = text
            self.texts = texts
            self.date = date
            self.source = source
        }
    }

    public struct RecordSource: Codable, Sendable, Hashable {
        public var url: String
        public var title: String
        public init(url: String, title: String) {
            self.url = url
            self.title = title
        }
    }

    /// An initiative record, or a passage of the concept note (`kind` tells which).
    public struct Record: Codable, Sendable, Hashable {
        public var id: String
        public var kind: PassageKind
        public var name: [String: String]?
        public var otherNames: [String]?
        public var acronym: String?
        public var regions: [String]?
        public var countries: [String]?
        public var modalities: [String]?
        public var mechanisms: [String]?
        public var themes: [String]?
        /// In the language asked for (the record keeps it in the five).
        public var period: String?
        public var lead: [String]?
        public var partners: [String]?
        public var summary: [String: String]?
        public var facts: [Fact]?
        /// In the requested language when the knowledge writes it (es, en), else in English.
        public var talkingPoints: [String]?
        /// The same points in every language they are written in: es and en.
        public var talkingPointTexts: [[String: String]]?
        public var sources: [RecordSource]?
        public var section: String?
        public var text: String?
        public init(id: String, kind: PassageKind) {
            self.id = id
            self.kind = kind
        }
    }

    public struct Term: Codable, Sendable, Hashable {
        public var id: String
        public var labels: [String: String]
        public var synonyms: [String]
        /// Initiatives tagged with the term.
        public var count: Int
        public init(id: String, labels: [String: String], synonyms: [String], count: Int) {
            self.id = id
            self.labels = labels
            self.synonyms = synonyms
            self.count = count
        }
    }

    public struct VocabularyResult: Codable, Sendable, Hashable {
        public var themes: [Term]
        public var regions: [Term]
        public var modalities: [Term]
        public var mechanisms: [Term]
        public init(themes: [Term], regions: [Term], modalities: [Term], mechanisms: [Term]) {
            self.themes = themes
            self.regions = regions
            self.modalities = modalities
            self.mechanisms = mechanisms
        }
    }

    public struct Question: Codable, Sendable, Hashable {
        public var id: String
        public var text: String
        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    public struct SessionInfo: Codable, Sendable, Hashable {
        public var title: String
        public var conference: String
        public var city: String
        public var country: String
        public var venue: String
        public var date: String
        public var start: String
        public var end: String
        public var timezone: String
        public var language: ReplyLanguage
        public var questions: [Question]
        /// Questions a participant could ask, in the requested language.
        public var examples: [String]
        public init(
            title: String, conference: String, city: String, country: String, venue: String, date: String,
            start: String,
            end: String, timezone: String, language: ReplyLanguage, questions: [Question], examples: [String] = []
        ) {
            self.title = title
            self.conference = conference
            self.city = city
            self.country = country
            self.venue = venue
            self.date = date
            self.start = start
            self.end = end
            self.timezone = timezone
            self.language = language
            self.questions = questions
            self.examples = examples
        }
    }

    public struct SuggestResult: Codable, Sendable, Hashable {
        public var completions: [String]
        public init(completions: [String]) { self.completions = completions }
    }

    public struct Count: Codable, Sendable, Hashable {
        public var id: String
        public var count: Int
        public init(id: String, count: Int) {
            self.id = id
            self.count = count
        }
    }

    public struct StatsResult: Codable, Sendable, Hashable {
        public struct Connections: Codable, Sendable, Hashable {
            public var open: Int
            public var total: Int
            public init(open: Int, total: Int) {
                self.open = open
                self.total = total
            }
        }
        public struct Latency: Codable, Sendable, Hashable {
            public var p50: Int
            public var p99: Int
            public var p999: Int
            public var count: Int
            public init(p50: Int, p99: Int, p999: Int, count: Int) {
                self.p50 = p50
                self.p99 = p99
                self.p999 = p999
                self.count = count
            }
        }
        public struct IndexSize: Codable, Sendable, Hashable {
            public var documents: Int
            public var terms: Int
            public var bytes: Int
            public init(documents: Int, terms: Int, bytes: Int) {
                self.documents = documents
                self.terms = terms
                self.bytes = bytes
            }
        }
        public struct KnowledgeState: Codable, Sendable, Hashable {
            public var version: String
            public var loadedAt: String
            public var loadMs: Int
            public var directory: String
            public init(version: String, loadedAt: String, loadMs: Int, directory: String) {
                self.version = version
                self.loadedAt = loadedAt
                self.loadMs = loadMs
                self.directory = directory
            }
        }
        /// The daemon's chat sessions: those it holds now and those it let go.
        public struct Sessions: Codable, Sendable, Hashable {
            /// Conversations held and not expired, provisional ones included.
            public var live: Int
            /// Of those, the ones started without a session id or `keep`, not yet continued:
            /// the first to go when room runs short.
            public var provisional: Int
            /// Conversations held at most.
            public var capacity: Int
            /// Conversations dropped to make room while still live, since the daemon started.
            public var evicted: Int
            /// Conversations dropped after 30 idle minutes, since the daemon started.
            public var expired: Int
            public init(live: Int, provisional: Int, capacity: Int, evicted: Int, expired: Int) {
                self.live = live
                self.provisional = provisional
                self.capacity = capacity
                self.evicted = evicted
                self.expired = expired
            }
        }
        public struct Interest: Codable, Sendable, Hashable {
            public var themes: [Count]
            public var regions: [Count]
            public var modalities: [Count]
            public init(themes: [Count], regions: [Count], modalities: [Count]) {
                self.themes = themes
                self.regions = regions
                self.modalities = modalities
            }
        }
        public var uptimeS: Int
        public var connections: Connections
        public var requests: [String: Int]
        public var errors: [String: Int]
        public var latencyUs: Latency
        public var index: IndexSize
        public var knowledge: KnowledgeState
        public var interest: Interest
        public var sessions: Sessions
        public init(
            uptimeS: Int, connections: Connections, requests: [String: Int], errors: [String: Int], latencyUs: Latency,
            index: IndexSize, knowledge: KnowledgeState, interest: Interest, sessions: Sessions
        ) {
            self.uptimeS = uptimeS
            self.connections = connections
            self.requests = requests
            self.errors = errors
            self.latencyUs = latencyUs
            self.index = index
            self.knowledge = knowledge
            self.interest = interest
            self.sessions = sessions
        }
    }

    public struct ReloadResult: Codable, Sendable, Hashable {
        public var version: String
        public var documents: Int
        public var tookMs: Int
        public init(version: String, documents: Int, tookMs: Int) {
            self.version = version
            self.documents = documents
            self.tookMs = tookMs
        }
    }

    /// `stop`: the daemon that is stopping; it exits once the requests in flight are answered.
    public struct StopResult: Codable, Sendable, Hashable {
        public var pid: Int
        public init(pid: Int) { self.pid = pid }
    }
}
