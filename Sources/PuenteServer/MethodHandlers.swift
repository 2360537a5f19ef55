import Dispatch
import Foundation
import Logging
import PuenteAssistant
import PuenteIndex
import PuenteKnowledge
import PuenteProtocol
import PuenteText

/// Who is calling: the peer's user id, from the socket's credentials.
public struct RequestContext: Sendable {
    public var peerUID: UInt32?
    public init(peerUID: UInt32?) { self.peerUID = peerUID }
}

/// Runs each method of the protocol on the current knowledge snapshot.
public final class MethodHandlers: Sendable {
    let store: KnowledgeStore
    let sessions: SessionStore
    let stats: ServerStats
    let logger: Logger
    /// The daemon's own user id: `reload` is allowed to it and to root.
    let ownerUID: UInt32
    public let version: String

    public init(store: KnowledgeStore, sessions: SessionStore, stats: ServerStats, logger: Logger, ownerUID: UInt32, version: String) {
        self.store = store
        self.sessions = sessions
        self.stats = stats
        self.logger = logger
        self.ownerUID = ownerUID
        self.version = version
    }

    /// The method's result as JSON, or the error to send.
    public func handle(_ request: RPCRequest, context: RequestContext) async -> Result<Data, RPCError> {
        guard let method = MethodCatalogue.method(named: request.method) else {
            return .failure(.methodNotFound(request.method, suggestion: MethodCatalogue.closestMethod(to: request.method)))
        }
        do {
            let params = try Params(request.params, for: method)
            if method.privileged, !isAllowedPrivileges(context.peerUID) {
                throw RPCError.forbidden(method.name)
            }
            return .success(try await run(method.name, params))
        } catch let error as RPCError {
            return .failure(error)
        } catch let error as RPCErrorConvertible {
            return .failure(error.rpcError)
        } catch {
            logger.error("request failed", metadata: ["rpc.method": "\(request.method)", "error": "\(error)"])
            return .failure(.internalError)
        }
    }

    /// Privileged methods fail closed: only a peer known to be the daemon's own user
    /// or root passes; a peer whose credentials could not be read does not.
    func isAllowedPrivileges(_ peerUID: UInt32?) -> Bool {
        guard let peerUID else { return false }
        return peerUID == ownerUID || peerUID == 0
    }

    private func encode(_ value: some Encodable) throws -> Data {
        try RPCCodec.encoder.encode(value)
    }

    private func run(_ method: String, _ params: Params) async throws -> Data {
        let snapshot = store.snapshot
        let assistant = snapshot.assistant
        let language = params.string("lang").flatMap(ReplyLanguage.init(rawValue:)) ?? .spanish
        switch method {
        case "ask": return try encode(ask(params, assistant))
        case "search": return try Data(search(params, assistant).jsonBytes())
        case "talking_points": return try encode(talkingPoints(params, assistant, language))
        case "brief":
            return try snapshot.documents.response(method, language: language.rawValue) {
                try encode(Wire.MarkdownResult(markdown: assistant.brief(language: language)))
            }
        case "coverage":
            return try snapshot.documents.response(method, language: language.rawValue) { try encode(coverage(assistant, language)) }
        case "record": return try encode(record(params, assistant.knowledge, language))
        case "vocabulary": return try encode(vocabulary(assistant.knowledge))
        case "session_info": return try encode(sessionInfo(assistant.knowledge.session, language))
        case "suggest": return try encode(suggest(params, assistant))
        case "stats": return try encode(statistics())
        case "reload": return try encode(await reload())
        case "ping": return try encode("pong")
        case "rpc.discover": return try encode(MethodCatalogue.openRPC(version: version))
        default: throw RPCError.methodNotFound(method, suggestion: nil)
        }
    }

    /// Answers within the named session, or a new one. `keep: false` keeps nothing;
    /// a new session nobody asked to keep is kept provisionally (see `SessionStore`).
    private func ask(_ params: Params, _ assistant: Assistant) -> Wire.AskResult {
        let named = params.string("session")
        let keep = params.bool("keep")
        let (id, conversation, held) = sessions.conversation(for: named)
        let language = params.string("lang").flatMap(ReplyLanguage.init(rawValue:))
        let (answer, next) = assistant.respond(to: params.string("text") ?? "", in: conversation, language: language)
        let forgotten = named != nil && !held
        if keep == false {
            if held { sessions.forget(id) }
            return Wire.AskResult(session: nil, answer: answer, sessionForgotten: forgotten)
        }
        // A client that named the session sends ids back; one that said nothing may not.
        sessions.save(next, for: id, keeping: keep == true || named != nil ? .kept : .provisional)
        return Wire.AskResult(session: id, answer: answer, sessionForgotten: forgotten)
    }

    private func search(_ params: Params, _ assistant: Assistant) throws(RPCError) -> Wire.SearchResult {
        var query = params.string("query") ?? ""
        for (facet, values) in params.filters("filters") where !values.isEmpty {
            query += " \(facet):" + values.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: ",")
        }
        var options = SearchOptions()
        options.limit = params.integer("limit") ?? 10
        options.offset = params.integer("offset") ?? 0
        if let language = params.string("lang").flatMap(Language.init(rawValue:)) { options.languages = [language] }
        let clock = ContinuousClock()
        let start = clock.now
        let result: SearchResult
        do {
            result = try assistant.index.search(query, options: options)
        } catch {
            throw RPCError.invalidParams("'query': \(error.description)")
        }
        let took = clock.now - start
        var facets: [String: [String: Int]] = [:]
        for facet in result.facets { facets[facet.facet, default: [:]][facet.value] = facet.count }
        return Wire.SearchResult(
            total: result.total, tookUs: Int(took.components.attoseconds / 1_000_000_000_000 + took.components.seconds * 1_000_000),
            hits: result.hits.map { hit in describe(hit, assistant.knowledge) },
            facets: facets, corrected: result.corrections.map { Wire.Correction(typed: $0.typed, corrected: $0.corrected) },
            ignored: result.ignoredWords, queryWords: result.queryWords, requiredWords: result.requiredWords)
    }

    private func describe(_ hit: Hit, _ knowledge: Knowledge) -> Wire.Hit {
        let snippet = hit.snippet
        let highlights = snippet?.highlights.map(Wire.Highlight.init) ?? []
        if let record = knowledge.initiative(hit.id) {
            return Wire.Hit(citation: nil, id: hit.id, kind: Knowledge.initiativeKind, title: record.name["es"] ?? hit.id,
                            section: nil, score: hit.score, snippet: snippet?.text ?? "", highlights: highlights)
        }
        let section = knowledge.conceptNote.passage(hit.id)?.section
        return Wire.Hit(citation: nil, id: hit.id, kind: Knowledge.conceptNoteKind, title: "Nota conceptual — \(section ?? "")",
                        section: section, score: hit.score, snippet: snippet?.text ?? "", highlights: highlights)
    }

    private func talkingPoints(_ params: Params, _ assistant: Assistant, _ language: ReplyLanguage) throws(RPCError) -> Wire.TalkingPointsResult {
        do {
            let points = try assistant.talkingPoints(
                themeNamed: params.string("theme"), regionNamed: params.string("region"), modalityNamed: params.string("modality"),
                query: params.string("query"), limit: params.integer("limit") ?? 6, language: language)
            return Wire.TalkingPointsResult(points)
        } catch {
            throw RPCError.notFound(error.message, close: error.closest)
        }
    }

    private func coverage(_ assistant: Assistant, _ language: ReplyLanguage) -> Wire.CoverageResult {
        let coverage = assistant.coverage()
        return Wire.CoverageResult(
            themes: coverage.themes, regions: coverage.regions, modalities: coverage.modalities,
            cells: coverage.cells.map { Wire.CoverageCell(theme: $0.theme, region: $0.region, modality: $0.modality, initiatives: $0.initiatives) },
            emptyCells: coverage.emptyCells.count, singleCells: coverage.singleCells.count,
            markdown: assistant.coverageMarkdown(language: language))
    }

    private func record(_ params: Params, _ knowledge: Knowledge, _ language: ReplyLanguage) throws(RPCError) -> Wire.Record {
        let id = params.string("id") ?? ""
        if let initiative = knowledge.initiative(id) { return Wire.Record(initiative, language: language.rawValue) }
        if let passage = knowledge.conceptNote.passage(id) { return Wire.Record(passage) }
        let ids = knowledge.initiatives.map(\.id) + knowledge.conceptNote.passages.map(\.id)
        throw RPCError.notFound("no record '\(id)'; ids are initiative ids (such as accel-africa) or passages (such as concept-note#I.2)",
                                close: Self.close(to: id, among: ids))
    }

    /// Up to five ids near a mistyped one: those containing it, then those within the typo budget.
    static func close(to typed: String, among ids: [String]) -> [String] {
        let lowered = typed.lowercased()
        let containing = ids.filter { !lowered.isEmpty && ($0.contains(lowered) || lowered.contains($0)) }
        let lexicon = Lexicon(ids)
        let near = lexicon.fuzzyMatches(of: lowered).map { lexicon.word(at: $0.ordinal) }
        var seen = Set<String>()
        return (containing + near).filter { seen.insert($0).inserted }.prefix(5).map { $0 }
    }

    private func vocabulary(_ knowledge: Knowledge) -> Wire.VocabularyResult {
        func terms(_ kind: Vocabulary.Kind) -> [Wire.Term] {
            knowledge.vocabulary.terms(kind).map { term in
                Wire.Term(id: term.id, labels: term.labels, synonyms: term.synonyms,
                          count: knowledge.initiatives.filter { $0.values(kind).contains(term.id) }.count)
            }
        }
        return Wire.VocabularyResult(themes: terms(.theme), regions: terms(.region), modalities: terms(.modality), mechanisms: terms(.mechanism))
    }

    private func sessionInfo(_ session: Session, _ language: ReplyLanguage) -> Wire.SessionInfo {
        let code = language.rawValue
        return Wire.SessionInfo(
            title: session.title[code] ?? session.title["es"] ?? "", conference: session.conference[code] ?? session.conference["es"] ?? "",
            city: session.city, country: session.country[code] ?? session.country["es"] ?? "", venue: session.venue,
            date: session.date, start: session.start, end: session.end, timezone: session.timeZone, language: session.language,
            questions: session.questions.map { Wire.Question(id: $0.id, text: $0.text[code] ?? $0.text["es"] ?? "") })
    }

    /// Completions for the word being typed: a facet value after `facet:`, else
    /// vocabulary labels and then words of the index that begin with it.
    private func suggest(_ params: Params, _ assistant: Assistant) -> Wire.SuggestResult {
        let limit = params.integer("limit") ?? 10
        let prefix = params.string("prefix") ?? ""
        let last = String(prefix.split(whereSeparator: \.isWhitespace).last ?? "")
        guard !last.isEmpty, !(prefix.last?.isWhitespace ?? false) else { return Wire.SuggestResult(completions: []) }
        let vocabulary = assistant.knowledge.vocabulary
        if let colon = last.firstIndex(of: ":") {
            let facet = String(last[..<colon]).lowercased(), typed = String(last[last.index(after: colon)...]).lowercased()
            let ids = Vocabulary.Kind(rawValue: facet).map { vocabulary.terms($0).map(\.id) } ?? (facet == "kind" ? [Knowledge.initiativeKind, Knowledge.conceptNoteKind] : [])
            return Wire.SuggestResult(completions: ids.filter { $0.hasPrefix(typed) }.prefix(limit).map { "\(facet):\($0)" })
        }
        let folded = Folding.fold(last.lowercased())
        let labels = vocabulary.terms.flatMap { $0.labels.values }.filter { Folding.fold($0.lowercased()).hasPrefix(folded) }
        var seen = Set<String>()
        let words = (labels.sorted() + assistant.index.completions(of: last, limit: limit)).filter { seen.insert($0.lowercased()).inserted }
        return Wire.SuggestResult(completions: Array(words.prefix(limit)))
    }

    private func statistics() -> Wire.StatsResult {
        let counters = stats.snapshot
        let snapshot = store.snapshot
        let index = snapshot.assistant.index
        let interest = store.interest
        let sessionCounts = sessions.statistics
        func top(_ kind: String) -> [Wire.Count] { interest.top(kind, limit: 5).map { Wire.Count(id: $0.id, count: $0.count) } }
        let loadMs = Int(snapshot.loadDuration.components.seconds * 1000 + snapshot.loadDuration.components.attoseconds / 1_000_000_000_000_000)
        return Wire.StatsResult(
            uptimeS: counters.uptimeSeconds,
            connections: .init(open: counters.openConnections, total: counters.totalConnections),
            requests: counters.requests, errors: counters.errors,
            latencyUs: .init(p50: counters.p50, p99: counters.p99, p999: counters.p999, count: counters.count),
            index: .init(documents: index.documentCount, terms: index.termCount, bytes: index.estimatedBytes),
            knowledge: .init(version: snapshot.assistant.knowledge.version, loadedAt: ISO8601DateFormatter().string(from: snapshot.loadedAt),
                             loadMs: loadMs, directory: store.directory.path),
            interest: .init(themes: top("theme"), regions: top("region"), modalities: top("modality")),
            sessions: .init(live: sessionCounts.live, provisional: sessionCounts.provisional, capacity: sessionCounts.capacity,
                            evicted: sessionCounts.evicted, expired: sessionCounts.expired))
    }

    /// Reloads on a thread of its own: building an index must not hold up the event loops.
    public func reload() async throws(RPCError) -> Wire.ReloadResult {
        let store = self.store
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: store.reload()) }
        }
        switch outcome {
        case let .success(snapshot):
            let took = snapshot.loadDuration.components
            logger.info("knowledge reloaded", metadata: ["version": "\(snapshot.assistant.knowledge.version)"])
            return Wire.ReloadResult(version: snapshot.assistant.knowledge.version, documents: snapshot.assistant.index.documentCount,
                                     tookMs: Int(took.seconds * 1000 + took.attoseconds / 1_000_000_000_000_000))
        case let .failure(error):
            for issue in error.issues { logger.error("knowledge invalid", metadata: ["issue": "\(issue)"]) }
            logger.error("reload failed; the previous knowledge is still served", metadata: ["issues": "\(error.issues.count)"])
            throw RPCError.knowledgeInvalid(error.issues.map(\.description))
        }
    }
}
