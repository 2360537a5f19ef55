import PuenteSupport

/// What a parameter accepts.
public enum ParamType: Sendable, Hashable {
    /// Text of at most this many characters.
    case string(maxLength: Int)
    /// An integer within the range.
    case integer(ClosedRange<Int>)
    /// true or false.
    case boolean
    /// One of these words.
    case choice([String])
    /// Facet → value or list of values: `{"region": "africa", "modality": ["south-south"]}`.
    case filters(facets: [String])

    /// What the type accepts, for error messages and documentation.
    public var accepted: String {
        switch self {
        case .string(let maxLength): "a string of at most \(maxLength) characters"
        case .integer(let range): "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .boolean: "true or false"
        case .choice(let words): "one of " + words.map { "\"\($0)\"" }.joined(separator: ", ")
        case .filters(let facets): "an object mapping \(facets.joined(separator: ", ")) to a value or a list of values"
        }
    }
}

public struct ParamDescription: Sendable, Hashable {
    public var name: String
    public var type: ParamType
    public var required: Bool
    public var summary: String
}

/// One method of the protocol: the single place its name, params, result and
/// errors are written. Validation, `rpc.discover`, help and the README table
/// all read from here.
public struct MethodDescription: Sendable, Hashable {
    public var name: String
    public var summary: String
    public var params: [ParamDescription]
    /// The result's main fields, in words.
    public var result: String
    /// Application error codes the method may return besides -32602.
    public var errors: [Int]
    /// Whether only the daemon's own user (or root) may call it.
    public var privileged: Bool
}

public enum MethodCatalogue {
    public static let languages = ["es", "en", "fr", "pt", "ar"]
    public static let queryLanguages = ["es", "en", "fr", "pt", "ar"]
    public static let facets = ["region", "modality", "theme", "mechanism", "kind"]

    static func param(_ name: String, _ type: ParamType, required: Bool = false, _ summary: String) -> ParamDescription
    {
        ParamDescription(name: name, type: type, required: required, summary: summary)
    }

    static let lang = param("lang", .choice(languages), "reply language; guessed from the text when absent")

    /// Every method, in the order `rpc.discover` and the README list them.
    public static let all: [MethodDescription] = Method.allCases.map(description(of:))

    /// The one description of `method`: the switch is exhaustive, so a method
    /// cannot exist without its description.
    public static func description(of method: Method) -> MethodDescription {
        switch method {
        case .ask:
            MethodDescription(
                name: method.rawValue, summary: "Answer a participant's words in a chat session.",
                params: [
                    param("text", .string(maxLength: 2000), required: true, "the participant's words"),
                    param(
                        "session", .string(maxLength: 128),
                        "chat session id; a new session is created when absent, and a fresh conversation under the same id when unknown (session_forgotten says so)"
                    ),
                    param(
                        "keep", .boolean,
                        "true: keep the conversation for a next turn; false: keep nothing (no session in the result; a named session is forgotten); absent: a named session is kept, a new one provisionally (the first to go when room runs short) until its second turn"
                    ),
                    param(
                        "focus", .string(maxLength: 128),
                        "the initiative id the client last showed as the conversation's focus (interpretation.focus); read only when the named session is unknown, so a conversation survives a daemon restart"
                    ),
                    lang,
                ],
                result:
                    "session, intent, language, reply, lead, hits, sources, interpretation, suggestions, total, notices, session_forgotten",
                errors: [], privileged: false)
        case .search:
            MethodDescription(
                name: method.rawValue, summary: "Search passages with Puente's query syntax.",
                params: [
                    param(
                        "query", .string(maxLength: 2000), required: true,
                        "words, \"phrases\", -exclusions and facet:value filters"),
                    param("filters", .filters(facets: facets), "facet filters added to the query"),
                    param("limit", .integer(0...100), "hits to return (default 10)"),
                    param("offset", .integer(0...10_000), "hits to skip (default 0)"),
                    param(
                        "lang", .choice(queryLanguages),
                        "the query's language, for stopwords and stems; all five when absent"),
                ],
                result:
                    "total, took_us, hits[id, kind, title, section, score, snippet, highlights], facets, corrected, ignored",
                errors: [], privileged: false)
        case .talkingPoints:
            MethodDescription(
                name: method.rawValue, summary: "Diverse, cited talking points for moderators.",
                params: [
                    param(
                        "theme", .string(maxLength: 64),
                        "theme: its id, or a label or synonym in any language, typos forgiven"),
                    param("region", .string(maxLength: 64), "region: its id, or a label or synonym in any language"),
                    param(
                        "modality", .string(maxLength: 64), "modality: its id, or a label or synonym in any language"),
                    param(
                        "query", .string(maxLength: 500),
                        "free words; words that name a theme, region or modality as a whole are taken as it"),
                    param("limit", .integer(1...8), "points to return (default 6)"),
                    lang,
                ],
                result: "title, points[text, texts, sources], sources, markdown",
                errors: [RPCError.notFoundCode], privileged: false)
        case .brief:
            MethodDescription(
                name: method.rawValue, summary: "The moderator brief as Markdown.",
                params: [lang], result: "markdown", errors: [], privileged: false)
        case .coverage:
            MethodDescription(
                name: method.rawValue,
                summary: "Initiatives per theme × region × modality, with single cells and gaps.",
                params: [lang], result: "themes, regions, modalities, cells, empty_cells, single_cells, markdown",
                errors: [], privileged: false)
        case .record:
            MethodDescription(
                name: method.rawValue, summary: "One initiative record or concept-note passage.",
                params: [
                    param(
                        "id", .string(maxLength: 128), required: true,
                        "an initiative id or a passage id such as concept-note#I.2"),
                    param(
                        "lang", .choice(languages),
                        "the language of each fact's and talking point's text; Spanish when absent"),
                ],
                result:
                    "the record's fields; facts[text, texts, date, source], talking_points and talking_point_texts in es and en",
                errors: [RPCError.notFoundCode], privileged: false)
        case .vocabulary:
            MethodDescription(
                name: method.rawValue, summary: "Themes, regions, modalities and mechanisms with labels and counts.",
                params: [], result: "themes, regions, modalities, mechanisms", errors: [], privileged: false)
        case .sessionInfo:
            MethodDescription(
                name: method.rawValue, summary: "The session's title, venue, date, times and guiding questions.",
                params: [lang],
                result:
                    "title, conference, city, country, venue, date, start, end, timezone, language, questions, examples",
                errors: [], privileged: false)
        case .suggest:
            MethodDescription(
                name: method.rawValue, summary: "Completions for what a participant is typing.",
                params: [
                    param("prefix", .string(maxLength: 200), required: true, "the text typed so far"),
                    param("limit", .integer(1...50), "completions to return (default 10)"),
                ],
                result: "completions", errors: [], privileged: false)
        case .stats:
            MethodDescription(
                name: method.rawValue,
                summary: "The daemon's counters, latency percentiles, index size and what people ask about.",
                params: [],
                result:
                    "uptime_s, connections, requests, errors, latency_us, index, knowledge, interest, sessions[live, provisional, capacity, evicted, expired]",
                errors: [], privileged: false)
        case .reload:
            MethodDescription(
                name: method.rawValue, summary: "Reload and validate the knowledge folder; swap it in when valid.",
                params: [], result: "version, documents, took_ms",
                errors: [RPCError.forbiddenCode, RPCError.knowledgeInvalidCode], privileged: true)
        case .stop:
            MethodDescription(
                name: method.rawValue,
                summary:
                    "Stop the daemon gracefully: stop accepting, answer what is in flight, remove the socket, exit 0.",
                params: [], result: "pid", errors: [RPCError.forbiddenCode], privileged: true)
        case .panelSubmit, .panelVote, .panelQueue, .panelMark:
            panelDescription(of: method)
        case .ping:
            MethodDescription(
                name: method.rawValue, summary: "Check that the daemon answers.", params: [], result: "\"pong\"",
                errors: [], privileged: false)
        case .discover:
            MethodDescription(
                name: method.rawValue, summary: "This protocol as an OpenRPC document.", params: [],
                result: "an OpenRPC 1.3 document",
                errors: [], privileged: false)
        }
    }

    public static func method(named name: String) -> MethodDescription? {
        Method(rawValue: name).map(description(of:))
    }

    /// The method name closest to a mistyped one, for "did you mean".
    public static func closestMethod(to name: String) -> String? {
        EditDistance.closest(to: name, among: all.map(\.name))
    }
}
