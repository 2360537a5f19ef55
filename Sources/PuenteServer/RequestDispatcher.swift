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

    /// A member of a line: invalid, or a request and what preparing it gave.
    private typealias Member = Result<(request: RPCRequest, prepared: MethodHandlers.Prepared), RPCInvalid>

    /// Reads `line` and answers it at once when every request in it costs a lookup on
    /// the event loop (see `CostClass`); otherwise hands back the work to run on a task.
    /// Decoding, preparing and malformed lines are answered here: they cost microseconds.
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
        let isBatch: Bool
        let read: [Result<RPCRequest, RPCInvalid>]
        switch incoming {
        case .single(let member): (isBatch, read) = (false, [member])
        case .batch(let batch): (isBatch, read) = (true, batch)
        }
        let members: [Member] = read.map { member in
            member.map { ($0, handlers.prepare($0, context: context)) }
        }
        let snapshot = handlers.store.snapshot
        var now: [() -> RPCResponse?] = []
        for member in members {
            switch member {
            case .failure(let invalid): now.append { self.response(to: invalid) }
            case .success(let (request, prepared)):
                guard let work = handlers.onLoop(prepared, on: snapshot) else {
                    return .deferred { await self.respond(to: members, isBatch: isBatch, on: snapshot) }
                }
                now.append { self.timed(request, work) }
            }
        }
        return .ready(encode(now.compactMap { $0() }, isBatch: isBatch))
    }

    /// The line to send back (without its newline), or nil when none is due.
    public func respond(to line: [UInt8], context: RequestContext) async -> Data? {
        switch reply(to: line, context: context) {
        case .ready(let reply): return reply
        case .deferred(let work): return await work()
        }
    }

    private func respond(to members: [Member], isBatch: Bool, on snapshot: KnowledgeStore.Snapshot) async -> Data? {
        var responses: [RPCResponse] = []
        for member in members {
            switch member {
            case .failure(let invalid):
                if let response = response(to: invalid) { responses.append(response) }
            case .success(let (request, prepared)):
                let clock = ContinuousClock()
                let start = clock.now
                let outcome = await handlers.offLoop(prepared, on: snapshot)
                if let response = record(request, outcome: outcome, duration: clock.now - start) {
                    responses.append(response)
                }
            }
        }
        return encode(responses, isBatch: isBatch)
    }

    /// A batch's responses as an array (nothing when all were notifications), a single
    /// request's as itself.
    private func encode(_ responses: [RPCResponse], isBatch: Bool) -> Data? {
        guard isBatch else { return responses.first.map(RPCCodec.encode) }
        return responses.isEmpty ? nil : RPCCodec.encodeBatch(responses)
    }

    /// The response to a request answered on the calling thread, or nil for a notification.
    private func timed(_ request: RPCRequest, _ work: () -> Result<Data, RPCError>) -> RPCResponse? {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = work()
        return record(request, outcome: outcome, duration: clock.now - start)
    }

    /// The response to an invalid member. It is always answered (with a null id when none
    /// could be read): its sender cannot be told apart from a caller waiting for an answer.
    private func response(to invalid: RPCInvalid) -> RPCResponse? {
        stats.record(method: "(invalid)", duration: .zero, failed: true)
        if invalid.isNotification && invalid.error.code != RPCError.invalidRequestCode { return nil }
        return RPCResponse(id: invalid.id ?? .null, outcome: .failure(invalid.error))
    }

    private func record(_ request: RPCRequest, outcome: Result<Data, RPCError>, duration: Duration) -> RPCResponse? {
        let known = Method(rawValue: request.method) != nil
        stats.record(
            method: known ? request.method : "(unknown)", duration: duration, failed: (try? outcome.get()) == nil)
        guard let id = request.id else { return nil }
        return RPCResponse(id: id, outcome: outcome)
    }
}
