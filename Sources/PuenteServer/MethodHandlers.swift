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

    /// A request as the table reads it, before it is judged.
    enum Prepared: Sendable {
        /// An unknown method: answered at once, since it costs nothing to work out.
        case unknown(RPCError)
        /// Refused before any work (its params or its caller's privilege): answered
        /// where its method's requests go.
        case refused(MethodEntry, RPCError)
        /// Its params decoded and bound to its method's handler.
        case bound(MethodEntry, BoundRequest)
    }

    /// Finds the request's method in the table, decodes its params and checks its
    /// privilege: the work every request does first, once, before it is judged.
    func prepare(_ request: RPCRequest, context: RequestContext) -> Prepared {
        guard let method = Method(rawValue: request.method), let entry = Self.table[method] else {
            let suggestion = MethodCatalogue.closestMethod(to: request.method)
            return .unknown(.methodNotFound(request.method, suggestion: suggestion))
        }
        do throws(RPCError) {
            let bound = try entry.bind(request.params)
            if entry.privileged, !isAllowedPrivileges(context.peerUID) { throw .forbidden(method.rawValue) }
            return .bound(entry, bound)
        } catch {
            return .refused(entry, error)
        }
    }

    /// The response to a prepared request when on `snapshot` it costs a lookup (see
    /// `CostClass`), to work out on the calling thread; nil when it must run off the loop.
    func onLoop(_ prepared: Prepared, on snapshot: KnowledgeStore.Snapshot) -> (() -> Result<Data, RPCError>)? {
        switch prepared {
        case .unknown(let error):
            return { .failure(error) }
        case .refused(let entry, let error):
            return entry.cost == .answeredOnLoop ? { .failure(error) } : nil
        case .bound(let entry, let bound):
            guard let work = bound.onLoop(self, snapshot) else { return nil }
            return { self.outcome(of: entry.method) { try work() } }
        }
    }

    /// The response to a prepared request, worked out on `snapshot`, the one the request
    /// took when it arrived (a reload meanwhile does not change it). Waits, without
    /// holding a thread, for the dictionaries when the method reads words, and for the
    /// session's turn when it asks within a session.
    func offLoop(_ prepared: Prepared, on snapshot: KnowledgeStore.Snapshot) async -> Result<Data, RPCError> {
        switch prepared {
        case .unknown(let error), .refused(_, let error):
            return .failure(error)
        case .bound(let entry, let bound):
            if entry.readsWords { await store.dictionaries.wait() }
            do {
                return .success(try await bound.offLoop(self, snapshot))
            } catch {
                return failure(error, method: entry.method)
            }
        }
    }

    /// The method's result as JSON, or the error to send, worked out off the event loop
    /// on `snapshot`.
    public func handle(_ request: RPCRequest, on snapshot: KnowledgeStore.Snapshot, context: RequestContext) async
        -> Result<Data, RPCError>
    {
        await offLoop(prepare(request, context: context), on: snapshot)
    }

    /// Whether `request` is answered on an event loop on `snapshot` (see `CostClass`),
    /// asked as the daemon's own user would.
    func isShort(_ request: RPCRequest, on snapshot: KnowledgeStore.Snapshot) -> Bool {
        onLoop(prepare(request, context: RequestContext(peerUID: ownerUID)), on: snapshot) != nil
    }

    /// `handle`, on the calling thread, for a request `isShort` found short on the same `snapshot`.
    func handleNow(_ request: RPCRequest, on snapshot: KnowledgeStore.Snapshot, context: RequestContext) -> Result<
        Data, RPCError
    > {
        onLoop(prepare(request, context: context), on: snapshot)?() ?? .failure(.internalError)
    }

    private func outcome(of method: Method, _ body: () throws -> Data) -> Result<Data, RPCError> {
        do {
            return .success(try body())
        } catch {
            return failure(error, method: method)
        }
    }

    private func failure(_ error: any Error, method: Method) -> Result<Data, RPCError> {
        switch error {
        case let error as RPCError:
            return .failure(error)
        case let error as RPCErrorConvertible:
            return .failure(error.rpcError)
        default:
            logger.error("request failed", metadata: ["rpc.method": "\(method.rawValue)", "error": "\(error)"])
            return .failure(.internalError)
        }
    }

    /// Privileged methods fail closed: only a peer known to be the daemon's own user
    /// or root passes; a peer whose credentials could not be read does not.
    func isAllowedPrivileges(_ peerUID: UInt32?) -> Bool {
        guard let peerUID else { return false }
        return peerUID == ownerUID || peerUID == 0
    }

    func encode(_ value: some Encodable) throws -> Data {
        try RPCCodec.encoder.encode(value)
    }

    /// Answers within the named session, or a new one. `keep: false` keeps nothing;
    /// a new session nobody asked to keep is kept provisionally (see `SessionStore`).
    /// A named session's turn waits for the turns of it already under way.
    func ask(_ params: AskParams, _ assistant: Assistant) async -> Wire.AskResult {
        guard let named = params.session else { return turn(params, assistant) }
        return await sessions.withTurn(of: named) { turn(params, assistant) }
    }

    /// One turn of `ask`: reads the conversation, answers, and saves what follows.
    private func turn(_ params: AskParams, _ assistant: Assistant) -> Wire.AskResult {
        let named = params.session
        let keep = params.keep
        var (id, conversation, held) = sessions.conversation(for: named)
        // A client that outlived the daemon resends the focus it showed: the follow-up reads against it.
        if !held, let focus = params.focus, assistant.knowledge.initiative(focus) != nil {
            conversation.focus = focus
        }
        let (answer, next) = assistant.respond(to: params.text, in: conversation, language: params.lang)
        let forgotten = named != nil && !held
        if keep == false {
            if held { sessions.forget(id) }
            return Wire.AskResult(session: nil, answer: answer, sessionForgotten: forgotten)
        }
        // A client that named the session sends ids back; one that said nothing may not.
        sessions.save(next, for: id, keeping: keep == true || named != nil ? .kept : .provisional)
        return Wire.AskResult(session: id, answer: answer, sessionForgotten: forgotten)
    }

    func statistics(_ snapshot: KnowledgeStore.Snapshot) -> Wire.StatsResult {
        let counters = stats.snapshot
        let sizes = snapshot.assistant.sizes
        let interest = store.interest
        let sessionCounts = sessions.statistics
        func top(_ kind: FacetKind) -> [Wire.Count] {
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
            interest: .init(themes: top(.theme), regions: top(.region), modalities: top(.modality)),
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
