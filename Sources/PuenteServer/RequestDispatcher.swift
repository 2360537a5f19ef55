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

    /// The line to send back (without its newline), or nil when none is due.
    public func respond(to line: [UInt8], context: RequestContext) async -> Data? {
        let incoming: RPCIncoming
        do {
            incoming = try RPCCodec.decode(line: line)
        } catch {
            stats.record(method: "(invalid)", duration: .zero, failed: true)
            return RPCCodec.encode(RPCResponse(id: .null, outcome: .failure(error)))
        }
        switch incoming {
        case let .single(member):
            return await answer(member, context: context).map(RPCCodec.encode)
        case let .batch(members):
            var responses: [RPCResponse] = []
            for member in members {
                if let response = await answer(member, context: context) { responses.append(response) }
            }
            return responses.isEmpty ? nil : RPCCodec.encodeBatch(responses)
        }
    }

    /// The response to one member, or nil for a notification. An invalid request is
    /// always answered (with a null id when none could be read): its sender cannot
    /// be told apart from a caller waiting for an answer.
    private func answer(_ member: Result<RPCRequest, RPCInvalid>, context: RequestContext) async -> RPCResponse? {
        switch member {
        case let .failure(invalid):
            stats.record(method: "(invalid)", duration: .zero, failed: true)
            if invalid.isNotification && invalid.error.code != RPCError.invalidRequestCode { return nil }
            return RPCResponse(id: invalid.id ?? .null, outcome: .failure(invalid.error))
        case let .success(request):
            let clock = ContinuousClock()
            let start = clock.now
            let outcome = await handlers.handle(request, context: context)
            let known = MethodCatalogue.method(named: request.method) != nil
            stats.record(method: known ? request.method : "(unknown)", duration: clock.now - start, failed: (try? outcome.get()) == nil)
            guard let id = request.id else { return nil }
            return RPCResponse(id: id, outcome: outcome)
        }
    }
}
