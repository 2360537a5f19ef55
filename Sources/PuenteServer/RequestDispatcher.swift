import Foundation
import PuenteProtocol

/// Turns one line of input into at most one line of output: a response, a batch
/// of responses, or nothing (for notifications).
public final class RequestDispatcher: Sendable {
    let handlers: MethodHandlers
    let stats: ServerStats

    public init(handlers: MethodHandlers, stats: ServerStats) {
        self.handlers = handlers
        self.stats = stats
    }

    /// What a line asks for, once read: its reply (nil when none is due), or the work
    /// that makes it, to be run off the event loop.
    public enum Reply: Sendable {
        case ready(Data?)
        case deferred(@Sendable () async -> Data?)
    }

    /// Reads `line` and answers it at once when every request in it is short (see
    /// `MethodHandlers.isShort`); otherwise hands back the work to run on a task.
    /// Decoding and malformed lines are answered here: they cost microseconds.
    /// The knowledge snapshot is taken once, here, and everything the line asks for is
    /// judged and answered on it.
    public func reply(to line: some Collection<UInt8>, context: RequestContext) -> Reply {
        let incoming: RPCIncoming
        do {
            incoming = try RPCCodec.decode(line: line)
        } catch {
            stats.record(method: "(invalid)", duration: .zero, failed: true)
            return .ready(RPCCodec.encode(RPCResponse(id: .null, outcome: .failure(error))))
        }
        let members: [Result<RPCRequest, RPCInvalid>]
        switch incoming {
        case .single(let member): members = [member]
        case .batch(let batch): members = batch
        }
        let snapshot = handlers.store.snapshot
        let short = members.allSatisfy { member in
            guard case .success(let request) = member else { return true }
            return handlers.isShort(request, on: snapshot)
        }
        guard short else { return .deferred { await self.respond(to: incoming, on: snapshot, context: context) } }
        switch incoming {
        case .single(let member):
            return .ready(
                finish(member) { handlers.handleNow($0, on: snapshot, context: context) }.map(RPCCodec.encode))
        case .batch(let members):
            let responses = members.compactMap { member in
                finish(member) { handlers.handleNow($0, on: snapshot, context: context) }
            }
            return .ready(responses.isEmpty ? nil : RPCCodec.encodeBatch(responses))
        }
    }

    /// The line to send back (without its newline), or nil when none is due.
    public func respond(to line: [UInt8], context: RequestContext) async -> Data? {
        switch reply(to: line, context: context) {
        case .ready(let reply): return reply
        case .deferred(let work): return await work()
        }
    }

    private func respond(to incoming: RPCIncoming, on snapshot: KnowledgeStore.Snapshot, context: RequestContext) async
        -> Data?
    {
        switch incoming {
        case .single(let member):
            return await answer(member, on: snapshot, context: context).map(RPCCodec.encode)
        case .batch(let members):
            var responses: [RPCResponse] = []
            for member in members {
                if let response = await answer(member, on: snapshot, context: context) { responses.append(response) }
            }
            return responses.isEmpty ? nil : RPCCodec.encodeBatch(responses)
        }
    }

    private func answer(
        _ member: Result<RPCRequest, RPCInvalid>, on snapshot: KnowledgeStore.Snapshot, context: RequestContext
    ) async -> RPCResponse? {
        let request: RPCRequest
        switch member {
        case .failure(let invalid): return response(to: invalid)
        case .success(let valid): request = valid
        }
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = await handlers.handle(request, on: snapshot, context: context)
        return record(request, outcome: outcome, duration: clock.now - start)
    }

    /// The response to one member, or nil for a notification. An invalid request is
    /// always answered (with a null id when none could be read): its sender cannot
    /// be told apart from a caller waiting for an answer.
    private func finish(_ member: Result<RPCRequest, RPCInvalid>, _ handle: (RPCRequest) -> Result<Data, RPCError>)
        -> RPCResponse?
    {
        switch member {
        case .failure(let invalid):
            return response(to: invalid)
        case .success(let request):
            let clock = ContinuousClock()
            let start = clock.now
            let outcome = handle(request)
            return record(request, outcome: outcome, duration: clock.now - start)
        }
    }

    private func response(to invalid: RPCInvalid) -> RPCResponse? {
        stats.record(method: "(invalid)", duration: .zero, failed: true)
        if invalid.isNotification && invalid.error.code != RPCError.invalidRequestCode { return nil }
        return RPCResponse(id: invalid.id ?? .null, outcome: .failure(invalid.error))
    }

    private func record(_ request: RPCRequest, outcome: Result<Data, RPCError>, duration: Duration) -> RPCResponse? {
        let known = MethodCatalogue.method(named: request.method) != nil
        stats.record(
            method: known ? request.method : "(unknown)", duration: duration, failed: (try? outcome.get()) == nil)
        guard let id = request.id else { return nil }
        return RPCResponse(id: id, outcome: outcome)
    }
}
