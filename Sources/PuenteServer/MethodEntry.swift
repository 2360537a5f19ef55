import Foundation
import PuenteAssistant
import PuenteProtocol
import PuenteSupport

/// Where a method's work runs and what is kept of it: the dispatcher reads it to
/// answer a request on the event loop, which is cheaper than the hop to a task and
/// back, only when the answer costs a lookup, so that one request cannot hold up the
/// other connections of its loop. Measured one at a time in release: `ping` 0.06 ms,
/// `record` 0.29 ms, `suggest` 0.46 ms, `rpc.discover` 0.7 ms, `stats` 1.1 ms (its
/// latency percentiles), `vocabulary` 1.7 ms to compose, the brief hundreds of ms.
enum CostClass: Sendable, Hashable {
    /// Cheaper than the hop to a task: always answered on the event loop.
    case answeredOnLoop
    /// Depends only on the snapshot and the language (see `SnapshotDocuments`): composed
    /// once off the loop, then served on it.
    case composedOncePerSnapshot
    /// The same params get the same response from one snapshot (see `ResponseCache`):
    /// answered off the loop, then a repeat served on it.
    case keptWhenRepeated
    /// Answered off the loop every time.
    case runOffLoop
}

/// One row of the dispatch table: a method's params type, its handler and its cost
/// class. Adding a method is adding one entry (see `MethodHandlers.table`).
struct MethodEntry: Sendable {
    typealias Snapshot = KnowledgeStore.Snapshot
    typealias Handler<Params> = @Sendable (MethodHandlers, Params, Snapshot) throws -> Data
    typealias AsyncHandler<Params> = @Sendable (MethodHandlers, Params, Snapshot) async throws -> Data

    let method: Method
    let cost: CostClass
    /// Whether only the daemon's own user (or root) may call it, as its declaration says.
    let privileged: Bool
    /// Whether it reads words, and so waits for the dictionaries (see
    /// `KnowledgeStore.dictionaries`), which it must not reach before they are loaded.
    let readsWords: Bool
    /// Decodes a request's params and binds them to the handler.
    let bind: @Sendable (JSONValue?) throws(RPCError) -> BoundRequest

    private init<Params: MethodParams>(
        _: Params.Type, cost: CostClass, readsWords: Bool,
        bind: @escaping @Sendable (Params) -> BoundRequest
    ) {
        method = Params.method
        self.cost = cost
        privileged = Params.about.privileged
        self.readsWords = readsWords
        self.bind = { json throws(RPCError) in bind(try Params.decoded(from: json)) }
    }

    /// A method cheaper than the hop to a task.
    static func answeredOnLoop<Params: MethodParams>(_ type: Params.Type, _ handler: @escaping Handler<Params>)
        -> MethodEntry
    {
        MethodEntry(type, cost: .answeredOnLoop, readsWords: false) { params in
            BoundRequest(
                onLoop: { handlers, snapshot in { try handler(handlers, params, snapshot) } },
                offLoop: { try handler($0, params, $1) })
        }
    }

    /// A document that depends only on the snapshot and `language`: `compose` runs once
    /// per snapshot and language, off the loop; every later request is a lookup. With
    /// no `language`, the document is the same in every language and kept once.
    static func composedOncePerSnapshot<Params: MethodParams>(
        _ type: Params.Type, language: (@Sendable (Params) -> ReplyLanguage)? = nil, readsWords: Bool = false,
        _ compose: @escaping Handler<Params>
    ) -> MethodEntry {
        MethodEntry(type, cost: .composedOncePerSnapshot, readsWords: readsWords) { params in
            let name = Params.method.rawValue
            let language = (language?(params) ?? .spanish).rawValue
            let document: Handler<Params> = { handlers, params, snapshot in
                try snapshot.documents.response(name, language: language) { try compose(handlers, params, snapshot) }
            }
            return BoundRequest(
                onLoop: { handlers, snapshot in
                    guard snapshot.documents.isComposed(name, language: language) else { return nil }
                    return { try document(handlers, params, snapshot) }
                },
                offLoop: { try document($0, params, $1) })
        }
    }

    /// A method whose response is the same for the same params on one snapshot when
    /// `isRepeatable` says so: `make` answers and the snapshot keeps the response (with
    /// the interest it counted, counted again each time it is served). Other requests
    /// go off the loop, to `otherwise`, or to `make` with nothing kept.
    static func keptWhenRepeated<Params: MethodParams>(
        _ type: Params.Type, readsWords: Bool,
        when isRepeatable: @escaping @Sendable (Params) -> Bool = { _ in true },
        _ make: @escaping @Sendable (MethodHandlers, Params, Snapshot) throws -> (Data, Interest?),
        otherwise: AsyncHandler<Params>? = nil
    ) -> MethodEntry {
        MethodEntry(type, cost: .keptWhenRepeated, readsWords: readsWords) { params in
            guard isRepeatable(params) else {
                let handler = otherwise ?? { try make($0, $1, $2).0 }
                return BoundRequest(onLoop: { _, _ in nil }, offLoop: { try await handler($0, params, $1) })
            }
            let key = ResponseCache.Key(params)
            let kept: Handler<Params> = { handlers, params, snapshot in
                let (bytes, served) = try snapshot.responses.response(for: key) { try make(handlers, params, snapshot) }
                if let interest = served?.interest { snapshot.assistant.interest.record(interest) }
                return bytes
            }
            return BoundRequest(
                onLoop: { handlers, snapshot in
                    guard snapshot.responses.holds(key) else { return nil }
                    return { try kept(handlers, params, snapshot) }
                },
                offLoop: { try kept($0, params, $1) })
        }
    }

    /// A method answered off the loop every time.
    static func runOffLoop<Params: MethodParams>(
        _ type: Params.Type, readsWords: Bool = false, _ handler: @escaping AsyncHandler<Params>
    ) -> MethodEntry {
        MethodEntry(type, cost: .runOffLoop, readsWords: readsWords) { params in
            BoundRequest(onLoop: { _, _ in nil }, offLoop: { try await handler($0, params, $1) })
        }
    }
}

/// A request whose params are decoded and bound to its method's handler: what the
/// dispatcher judges and runs, on the one snapshot the request took.
struct BoundRequest: Sendable {
    /// The response, to work out on the calling thread (an event loop), when on this
    /// snapshot it costs a lookup; nil when it must be worked out off the loop.
    let onLoop: @Sendable (MethodHandlers, KnowledgeStore.Snapshot) -> (() throws -> Data)?
    /// The response, worked out off the event loop.
    let offLoop: @Sendable (MethodHandlers, KnowledgeStore.Snapshot) async throws -> Data
}
