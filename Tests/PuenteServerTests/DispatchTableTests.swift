import Foundation
import Logging
import Testing

@testable import PuenteKnowledge
@testable import PuenteProtocol
@testable import PuenteServer

/// The dispatch table: one entry per method, whose cost class says where its requests
/// run, and whose params type refuses what its declaration does not accept.
@Suite struct DispatchTableTests {
    static let handlers: MethodHandlers = {
        let store = try! KnowledgeStore(directory: BundledKnowledge.directory(executable: nil)!)
        let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        return MethodHandlers(
            store: store, sessions: SessionStore(), stats: ServerStats(), logger: quiet, ownerUID: 1000,
            version: "test")
    }()

    /// Params each method accepts, so that a request reaches its handler.
    static let valid: [Method: [String: JSONValue]] = [
        .ask: ["text": .string("¿Quién financia ACCEL Africa?"), "keep": .bool(false)],
        .search: ["query": .string("cacao")],
        .talkingPoints: ["theme": .string("labour-migration")],
        .brief: ["lang": .string("fr")],
        .coverage: ["lang": .string("en")],
        .record: ["id": .string("accel-africa")],
        .sessionInfo: ["lang": .string("pt")],
        .suggest: ["prefix": .string("coop")],
        .panelSubmit: ["text": .string("¿Y en Asia?")],
        .panelVote: ["id": .integer(1), "voter": .string("s-1")],
        .panelMark: ["id": .integer(1), "status": .string("answered")],
    ]

    private static func request(_ method: Method, _ params: [String: JSONValue]? = nil) -> RPCRequest {
        let params = params ?? valid[method] ?? [:]
        return RPCRequest(id: .integer(1), method: method.rawValue, params: params.isEmpty ? nil : .object(params))
    }

    @Test func everyMethodHasOneEntry() {
        #expect(Set(MethodHandlers.table.keys) == Set(Method.allCases))
        for (method, entry) in MethodHandlers.table {
            #expect(entry.method == method)
            #expect(entry.privileged == method.params.description.privileged, "\(method)")
        }
    }

    /// Answered on the loop: always. Run off the loop: never. Composed once per snapshot
    /// or kept when repeated: off the loop the first time, on it once the snapshot holds
    /// the response. The server never answers a cost class but by its entry.
    @Test func aCatalogueEntrysCostClassGovernsWhereItRuns() async throws {
        let handlers = Self.handlers
        let context = RequestContext(peerUID: 1000)
        func short(_ method: Method) -> Bool { handlers.isShort(Self.request(method), on: handlers.store.snapshot) }
        for (method, entry) in MethodHandlers.table.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            switch entry.cost {
            case .answeredOnLoop:
                #expect(short(method), "\(method)")
            case .runOffLoop:
                #expect(!short(method), "\(method)")
            case .composedOncePerSnapshot, .keptWhenRepeated:
                #expect(!short(method), "\(method) the first time")
                let fresh = try await handlers.handle(
                    Self.request(method), on: handlers.store.snapshot, context: context
                ).get()
                #expect(short(method), "\(method) once the snapshot holds it")
                let now = try handlers.handleNow(Self.request(method), on: handlers.store.snapshot, context: context)
                    .get()
                #expect(now == fresh, "\(method)")
            }
        }
        // An ask that keeps its session is never the same twice: always off the loop.
        let kept = Self.request(.ask, ["text": .string("¿Quién financia ACCEL Africa?"), "session": .string("s-7")])
        _ = await handlers.handle(kept, on: handlers.store.snapshot, context: context)
        #expect(!handlers.isShort(kept, on: handlers.store.snapshot))
    }

    /// For every param of every method, a value of the wrong type gets -32602 naming the
    /// param and the type its declaration accepts.
    @Test func aParamOfTheWrongTypeIsRefusedNamingItAndWhatItAccepts() async throws {
        for method in Method.allCases {
            for param in method.params.description.params {
                let wrong: (JSONValue, String)
                switch param.type {
                case .string, .choice, .filters: wrong = (.bool(true), "a boolean")
                case .integer: wrong = (.string("ten"), "\"ten\"")
                case .boolean: wrong = (.string("yes"), "\"yes\"")
                }
                var params = Self.valid[method] ?? [:]
                params[param.name] = wrong.0
                let outcome = await Self.handlers.handle(
                    Self.request(method, params), on: Self.handlers.store.snapshot,
                    context: RequestContext(peerUID: 1000))
                guard case .failure(let error) = outcome else {
                    Issue.record("\(method) accepted \(param.name): \(wrong.0)")
                    continue
                }
                #expect(error.code == RPCError.invalidParamsCode)
                #expect(
                    error.message == "invalid params: '\(param.name)' must be \(param.type.accepted); got \(wrong.1)",
                    "\(method).\(param.name)")
            }
        }
    }
}
