import Dispatch
import Foundation
import Logging
import PuenteAssistant
import PuenteProtocol
import PuenteStore
import PuenteSupport

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
    /// Opened by `stop`: the server stops accepting, answers what is in flight and exits.
    let stopRequest = Latch()
    /// The panel queue, kept in the state database.
    let panel: PanelDesk

    /// - Parameter panel: the panel queue; by default none, and the panel methods say so.
    public init(
        store: KnowledgeStore, sessions: SessionStore, stats: ServerStats, logger: Logger, ownerUID: UInt32,
        version: String,
        panel: PanelDesk = PanelDesk(
            unavailable: StoreError(path: "(none)", reason: "this daemon was started without a state folder"))
    ) {
        self.panel = panel
        self.store = store
        self.sessions = sessions
        self.stats = stats
        self.logger = logger
        self.ownerUID = ownerUID
        self.version = version
    }

    /// The method's result as JSON, or the error to send, worked out on `snapshot`, the
    /// one the request took when it arrived (a reload meanwhile does not change it).
    /// Waits, without holding a thread, for the dictionaries when the method reads
    /// words, and for the session's turn when it asks within a session.
    public func handle(_ request: RPCRequest, on snapshot: KnowledgeStore.Snapshot, context: RequestContext) async
        -> Result<Data, RPCError>
    {
        await awaitedOutcome(of: request, context: context) { method, params in
            if Self.readsWords(method) { await self.store.dictionaries.wait() }
            switch method {
            case .reload:
                return try self.encode(await self.reload())
            case .stop:
                return try self.encode(self.stop())
            case .ask where !Self.isRepeatable(params):
                return Data(await self.ask(params, snapshot.assistant).jsonBytes())
            default:
                return try self.run(method, params, snapshot)
            }
        }
    }

    /// `handle`, on the calling thread, for a request `isShort` found short on the same
    /// `snapshot`: callers on an event loop ask it first.
    func handleNow(_ request: RPCRequest, on snapshot: KnowledgeStore.Snapshot, context: RequestContext) -> Result<
        Data, RPCError
    > {
        outcome(of: request, context: context) { method, params in try run(method, params, snapshot) }
    }

    /// Whether `request` is cheap enough to answer on an event loop, since the hop to a
    /// task and back costs more than its work: `ping`, a request that fails before any
    /// work (an unknown method), a response this snapshot has already composed for
    /// the language asked (see `SnapshotDocuments`), or a search or one-shot ask it has
    /// already answered (see `ResponseCache`). Everything else runs on a task, so
    /// one request cannot hold up the other connections of its loop: measured one at a
    /// time in release, `vocabulary` took 1.7 ms to compose, `rpc.discover` 0.7 ms,
    /// `suggest` 0.46 ms, `record` 0.29 ms and `stats` 1.1 ms (its latency percentiles),
    /// against 0.06 ms for `ping`.
    /// The request is judged on `snapshot`, the one it is then handled on: judged on one
    /// and handled on another, a brief composed in the first would be composed again,
    /// on the event loop, in the second.
    func isShort(_ request: RPCRequest, on snapshot: KnowledgeStore.Snapshot) -> Bool {
        guard let method = Method(rawValue: request.method) else { return true }
        switch method {
        case .ping:
            return true
        case .brief, .coverage, .vocabulary, .sessionInfo, .discover:
            guard case .string(let lang) = request.params?["lang"] ?? .string(ReplyLanguage.spanish.rawValue) else {
                return false
            }
            return snapshot.documents.isComposed(method.rawValue, language: lang)
        case .search, .ask:
            guard let description = MethodCatalogue.method(named: request.method),
                let params = try? Params(request.params, for: description), Self.isRepeatable(params)
            else { return false }
            return snapshot.responses.holds(params)
        default:
            return false
        }
    }

    /// Whether `method` reads words, and so may reach the dictionaries, which it must
    /// not before they are loaded (see `KnowledgeStore.dictionaries`): a question, a
    /// query, a topic for talking points, and the brief, which searches.
    private static func readsWords(_ method: Method) -> Bool {
        switch method {
        case .ask, .search, .talkingPoints, .brief, .panelSubmit, .panelQueue: true
        default: false
        }
    }

    /// Checks params and privileges, then `body`; maps what it throws to the error to send.
    private func awaitedOutcome(
        of request: RPCRequest, context: RequestContext,
        _ body: (Method, Params) async throws -> Data
    ) async -> Result<Data, RPCError> {
        do {
            let (method, params) = try prepare(request, context: context)
            return .success(try await body(method, params))
        } catch {
            return failure(error, method: request.method)
        }
    }

    private func outcome(of request: RPCRequest, context: RequestContext, _ body: (Method, Params) throws -> Data)
        -> Result<Data, RPCError>
    {
        do {
            let (method, params) = try prepare(request, context: context)
            return .success(try body(method, params))
        } catch {
            return failure(error, method: request.method)
        }
    }

    private func prepare(_ request: RPCRequest, context: RequestContext) throws(RPCError) -> (Method, Params) {
        guard let description = MethodCatalogue.method(named: request.method), let method = description.method else {
            throw .methodNotFound(request.method, suggestion: MethodCatalogue.closestMethod(to: request.method))
        }
        let params = try Params(request.params, for: description)
        if description.privileged, !isAllowedPrivileges(context.peerUID) {
            throw .forbidden(description.name)
        }
        return (method, params)
    }

    private func failure(_ error: any Error, method: String) -> Result<Data, RPCError> {
        switch error {
        case let error as RPCError:
            return .failure(error)
        case let error as RPCErrorConvertible:
            return .failure(error.rpcError)
        default:
            logger.error("request failed", metadata: ["rpc.method": "\(method)", "error": "\(error)"])
            return .failure(.internalError)
        }
    }

    /// Privileged methods fail closed: only a peer known to be the daemon's own user
    /// or root passes; a peer whose credentials could not be read does not.
    func isAllowedPrivileges(_ peerUID: UInt32?) -> Bool {
        guard let peerUID else { return false }
        return peerUID == ownerUID || peerUID == 0
    }

    /// `ping`'s result, the same bytes every time.
    private static let pong = Data("\"pong\"".utf8)

    private func encode(_ value: some Encodable) throws -> Data {
        try RPCCodec.encoder.encode(value)
    }

    /// Each method's handler: the switch is exhaustive over the catalogue's methods,
    /// so dispatch, `rpc.discover` and the README's table come from one list. Domain
    /// work is the assistant's; the server keeps sessions, statistics and reloads.
    /// `reload` and an ask within a session are answered by `handle`, which waits for
    /// them off the event loop.
    private func run(_ method: Method, _ params: Params, _ snapshot: KnowledgeStore.Snapshot) throws -> Data {
        // The floor of every request: nothing else to look at.
        if method == .ping { return Self.pong }
        let assistant = snapshot.assistant
        let language = params.string("lang").flatMap(ReplyLanguage.init(rawValue:)) ?? .spanish
        switch method {
        case .ask where Self.isRepeatable(params):
            return oneShotAsk(params, snapshot)
        case .search:
            return try snapshot.responses.response(for: params) {
                (
                    try Data(
                        assistant.search(
                            query: params.string("query") ?? "", filters: params.filters("filters"),
                            limit: params.integer("limit") ?? 10,
                            offset: params.integer("offset") ?? 0, language: params.string("lang")
                        ).jsonBytes()), nil
                )
            }.bytes
        case .talkingPoints:
            let points: Wire.TalkingPointsResult
            do throws(AssistantError) {
                points = try assistant.talkingPointsResult(
                    theme: params.string("theme"), region: params.string("region"), modality: params.string("modality"),
                    query: params.string("query"), limit: params.integer("limit") ?? 6, language: language)
            } catch {
                guard case .unknownTerm(let unknown) = error else { throw error }
                // Which param named nothing, as data: a client names its own remedy (`puente vocabulary`).
                throw RPCError.unknownName(
                    unknown.message, param: unknown.kind.rawValue, facet: unknown.kind.rawValue, value: unknown.name,
                    close: unknown.closest)
            }
            return try encode(points)
        case .brief:
            return try snapshot.documents.response(method.rawValue, language: language.rawValue) {
                try encode(assistant.briefResult(language: language))
            }
        case .coverage:
            return try snapshot.documents.response(method.rawValue, language: language.rawValue) {
                try encode(assistant.coverageResult(language: language))
            }
        case .record:
            return try encode(assistant.record(id: params.string("id") ?? "", language: language))
        case .vocabulary:
            return try snapshot.documents.response(method.rawValue, language: language.rawValue) {
                try encode(assistant.vocabularyResult())
            }
        case .sessionInfo:
            return try snapshot.documents.response(method.rawValue, language: language.rawValue) {
                try encode(assistant.sessionInfo(language: language))
            }
        case .suggest:
            return try encode(
                assistant.suggest(prefix: params.string("prefix") ?? "", limit: params.integer("limit") ?? 10))
        case .stats:
            return try encode(statistics(snapshot))
        case .panelSubmit:
            return try encode(panel.submit(params, assistant))
        case .panelVote:
            return try encode(panel.vote(params))
        case .panelQueue:
            return try encode(panel.queue(params, assistant))
        case .panelMark:
            return try encode(panel.mark(params))
        case .reload, .ask, .stop:
            // Never reached: `handle` answers these, and `isShort` keeps them off this path.
            throw RPCError.internalError
        case .ping:
            return Self.pong  // answered above
        case .discover:
            return try snapshot.documents.response(method.rawValue, language: language.rawValue) {
                try encode(MethodCatalogue.openRPC(version: version))
            }
        }
    }

    /// Whether the same params always get the same response from one snapshot: a
    /// search does, and so does an ask that names no session and keeps none.
    private static func isRepeatable(_ params: Params) -> Bool {
        switch params.method {
        case Method.search.rawValue: true
        case Method.ask.rawValue: params.string("session") == nil && params.bool("keep") == false
        default: false
        }
    }

    /// An ask outside any session, served from the snapshot's responses when the same
    /// question was asked before; the interest it adds is counted either way.
    private func oneShotAsk(_ params: Params, _ snapshot: KnowledgeStore.Snapshot) -> Data {
        let assistant = snapshot.assistant
        let (bytes, served) = snapshot.responses.response(for: params) {
            let language = params.string("lang").flatMap(ReplyLanguage.init(rawValue:))
            let (answer, interest) = assistant.respondOnce(to: params.string("text") ?? "", language: language)
            return (Data(Wire.AskResult(session: nil, answer: answer, sessionForgotten: false).jsonBytes()), interest)
        }
        if let interest = served?.interest { assistant.interest.record(interest) }
        return bytes
    }

    /// Answers within the named session, or a new one. `keep: false` keeps nothing;
    /// a new session nobody asked to keep is kept provisionally (see `SessionStore`).
    /// A named session's turn waits for the turns of it already under way.
    private func ask(_ params: Params, _ assistant: Assistant) async -> Wire.AskResult {
        guard let named = params.string("session") else { return turn(params, assistant) }
        return await sessions.withTurn(of: named) { turn(params, assistant) }
    }

    /// One turn of `ask`: reads the conversation, answers, and saves what follows.
    private func turn(_ params: Params, _ assistant: Assistant) -> Wire.AskResult {
        let named = params.string("session")
        let keep = params.bool("keep")
        var (id, conversation, held) = sessions.conversation(for: named)
        // A client that outlived the daemon resends the focus it showed: the follow-up reads against it.
        if !held, let focus = params.string("focus"), assistant.knowledge.initiative(focus) != nil {
            conversation.focus = focus
        }
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

    private func statistics(_ snapshot: KnowledgeStore.Snapshot) -> Wire.StatsResult {
        let counters = stats.snapshot
        let sizes = snapshot.assistant.sizes
        let interest = store.interest
        let sessionCounts = sessions.statistics
        func top(_ kind: String) -> [Wire.Count] {
            interest.top(kind, limit: 5).map { Wire.Count(id: $0.id, count: $0.count) }
        }
        let loadMs = Int(
            snapshot.loadDuration.components.seconds * 1000 + snapshot.loadDuration.components.attoseconds
                / 1_000_000_000_000_000)
        return Wire.StatsResult(
            uptimeS: counters.uptimeSeconds,
            connections: .init(open: counters.openConnections, total: counters.totalConnections),
            requests: counters.requests, errors: counters.errors,
            latencyUs: .init(p50: counters.p50, p99: counters.p99, p999: counters.p999, count: counters.count),
            index: .init(documents: sizes.documents, terms: sizes.terms, bytes: sizes.bytes),
            knowledge: .init(
                version: sizes.version, loadedAt: snapshot.loadedAtText,
                loadMs: loadMs, directory: store.directory.path),
            interest: .init(themes: top("theme"), regions: top("region"), modalities: top("modality")),
            sessions: .init(
                live: sessionCounts.live, provisional: sessionCounts.provisional, capacity: sessionCounts.capacity,
                evicted: sessionCounts.evicted, expired: sessionCounts.expired))
    }

    /// `stop`: asks the server to stop as SIGTERM does; the reply leaves before the
    /// connection closes, since draining waits for the requests in flight.
    func stop() -> Wire.StopResult {
        logger.info("stop requested")
        stopRequest.open()
        return Wire.StopResult(pid: Int(ProcessInfo.processInfo.processIdentifier))
    }

    /// Reloads on a thread of its own: building an index must not hold up the event loops.
    public func reload() async throws(RPCError) -> Wire.ReloadResult {
        let store = self.store
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: store.reload()) }
        }
        switch outcome {
        case .success(let snapshot):
            let took = snapshot.loadDuration.components
            let sizes = snapshot.assistant.sizes
            logger.info("knowledge reloaded", metadata: ["version": "\(sizes.version)"])
            return Wire.ReloadResult(
                version: sizes.version, documents: sizes.documents,
                tookMs: Int(took.seconds * 1000 + took.attoseconds / 1_000_000_000_000_000))
        case .failure(let error):
            for issue in error.issues { logger.error("knowledge invalid", metadata: ["issue": "\(issue)"]) }
            logger.error(
                "reload failed; the previous knowledge is still served", metadata: ["issues": "\(error.issues.count)"])
            throw error.rpcError
        }
    }
}
