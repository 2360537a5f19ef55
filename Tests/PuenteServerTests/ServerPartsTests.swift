import Foundation
import Logging
import Testing

@testable import PuenteAssistant
@testable import PuenteKnowledge
@testable import PuenteProtocol
@testable import PuenteServer

@Suite struct ServerPartsTests {
    @Test func theSocketPathFollowsTheRules() {
        #expect(
            SocketLocation.resolve(explicit: "/a.sock", environment: ["PUENTE_SOCKET": "/b.sock"], uid: 5).path
                == "/a.sock")
        #expect(
            SocketLocation.resolve(
                explicit: nil, environment: ["PUENTE_SOCKET": "/b.sock", "XDG_RUNTIME_DIR": "/run/user/5"], uid: 5
            ).path == "/b.sock")
        #expect(
            SocketLocation.resolve(explicit: nil, environment: ["XDG_RUNTIME_DIR": "/run/user/5"], uid: 5).path
                == "/run/user/5/puente/puente.sock")
        #expect(SocketLocation.resolve(explicit: nil, environment: [:], uid: 5).path == "/tmp/puente-5/puente.sock")
    }

    @Test func aSecondClaimOfTheSameSocketIsRefused() throws {
        let folder = "/tmp/pst-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = SocketLocation(path: folder + "/p.sock")
        let lock = try location.claim()
        #expect(throws: ServerError.alreadyRunning(location.path)) { try location.claim() }
        lock.release()
        let again = try location.claim()
        again.release()
        #expect(throws: ServerError.socketPathTooLong(String(repeating: "x", count: 120))) {
            try SocketLocation(path: String(repeating: "x", count: 120)).claim()
        }
    }

    @Test func socketModesAreOctal() throws {
        #expect(try ServerConfiguration.parseMode("0660") == 0o660)
        #expect(throws: ServerError.badSocketMode("rw-rw----")) { try ServerConfiguration.parseMode("rw-rw----") }
    }

    @Test func statsCountConnectionsRequestsAndLatency() {
        let stats = ServerStats()
        #expect(stats.openConnection(limit: 1))
        #expect(!stats.openConnection(limit: 1))
        stats.record(method: "ping", duration: .microseconds(40), failed: false)
        stats.record(method: "search", duration: .milliseconds(2), failed: true)
        let snapshot = stats.snapshot
        #expect(snapshot.openConnections == 1 && snapshot.totalConnections == 1)
        #expect(snapshot.requests == ["ping": 1, "search": 1] && snapshot.errors == ["search": 1])
        #expect(snapshot.count == 2 && snapshot.p50 >= 39 && snapshot.p99 >= 1990)
    }

    @Test func theDispatcherAnswersLinesWithoutASocket() async throws {
        let store = try KnowledgeStore(directory: try #require(BundledKnowledge.directory(executable: nil)))
        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
        let dispatcher = RequestDispatcher(handlers: handlers, stats: stats)
        func reply(_ line: String, peer: UInt32? = 1000) async -> String? {
            await dispatcher.respond(to: Array(line.utf8), context: RequestContext(peerUID: peer)).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
        #expect(
            await reply(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#) == #"{"id":1,"jsonrpc":"2.0","result":"pong"}"#)
        #expect(await reply(#"{"jsonrpc":"2.0","method":"ping"}"#) == nil)
        #expect(await reply(#"[{"jsonrpc":"2.0","method":"ping"}]"#) == nil)
        #expect(
            await reply(#"{"jsonrpc":"2.0","id":2,"method":"reload"}"#, peer: 1001)?.contains(#""code":-32003"#) == true
        )
        #expect(await reply(#"{"jsonrpc":"2.0","id":3,"method":"reload"}"#, peer: 0)?.contains(#""result""#) == true)
        #expect(stats.snapshot.requests["ping"] == 3, "notifications run; they only get no reply")
    }

    @Test func privilegedMethodsRefuseAPeerWhoseCredentialsAreUnknown() async throws {
        let store = try KnowledgeStore(directory: try #require(BundledKnowledge.directory(executable: nil)))
        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
        let reload = RPCRequest(id: .integer(1), method: "reload", params: nil)
        let refused = await handlers.handle(reload, on: handlers.store.snapshot, context: RequestContext(peerUID: nil))
        #expect(throws: RPCError.self) { try refused.get() }
        if case .failure(let error) = refused { #expect(error.code == RPCError.forbiddenCode) }
        let allowed = await handlers.handle(reload, on: handlers.store.snapshot, context: RequestContext(peerUID: 1000))
        #expect((try? allowed.get()) != nil, "the daemon's own user may reload")
        let ping = await handlers.handle(
            RPCRequest(id: .integer(2), method: "ping", params: nil), on: handlers.store.snapshot,
            context: RequestContext(peerUID: nil))
        #expect((try? ping.get()) != nil, "only privileged methods need known credentials")
    }

    /// A brief served from the snapshot's cache (on the event loop) is the brief a fresh
    /// composition gives, before and after a reload; a reload's new snapshot composes its
    /// own, off the loop, before serving it from the cache.
    @Test func aCachedBriefEqualsAFreshOneAfterAReload() async throws {
        let store = try KnowledgeStore(directory: try #require(BundledKnowledge.directory(executable: nil)))
        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
        let dispatcher = RequestDispatcher(handlers: handlers, stats: stats)
        let brief = RPCRequest(id: .integer(1), method: "brief", params: .object(["lang": .string("en")]))
        let line = Array(RPCCodec.encode(brief))
        func fresh() throws -> Data {
            RPCCodec.encode(
                RPCResponse(
                    id: .integer(1),
                    outcome: .success(
                        try RPCCodec.encoder.encode(store.snapshot.assistant.briefResult(language: .english)))))
        }
        func answeredNow() -> Bool {
            if case .ready = dispatcher.reply(to: line, context: RequestContext(peerUID: 1000)) { return true }
            return false
        }
        #expect(
            !handlers.isShort(brief, on: handlers.store.snapshot) && !answeredNow(),
            "a cold brief is composed off the event loop")
        #expect(await dispatcher.respond(to: line, context: RequestContext(peerUID: 1000)) == (try fresh()))
        #expect(handlers.isShort(brief, on: handlers.store.snapshot) && answeredNow())
        #expect(await dispatcher.respond(to: line, context: RequestContext(peerUID: 1000)) == (try fresh()))
        let reload = Array(RPCCodec.encode(RPCRequest(id: .integer(2), method: "reload", params: nil)))
        #expect(
            await dispatcher.respond(to: reload, context: RequestContext(peerUID: 1000))?.contains(
                Array(#""result""#.utf8)) == true)
        #expect(!handlers.isShort(brief, on: handlers.store.snapshot), "the new snapshot has composed no brief yet")
        #expect(await dispatcher.respond(to: line, context: RequestContext(peerUID: 1000)) == (try fresh()))
        #expect(handlers.isShort(brief, on: handlers.store.snapshot))
        #expect(await dispatcher.respond(to: line, context: RequestContext(peerUID: 1000)) == (try fresh()))
    }

    /// Which requests are answered on the event loop: ping, requests that fail before any
    /// work, and responses the snapshot has composed for that language; never reload, stats,
    /// a brief not yet composed, or an ask or search not yet answered (see ResponseCacheTests).
    @Test func onlyShortRequestsAreAnsweredOnTheEventLoop() async throws {
        let store = try KnowledgeStore(directory: try #require(BundledKnowledge.directory(executable: nil)))
        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
        func request(_ method: String, _ params: [String: JSONValue]?) -> RPCRequest {
            RPCRequest(id: .integer(1), method: method, params: params.map(JSONValue.object))
        }
        func short(_ method: String, _ params: [String: JSONValue]? = nil) -> Bool {
            handlers.isShort(request(method, params), on: handlers.store.snapshot)
        }
        #expect(short("ping") && short("no_such_method"))
        for method in ["reload", "ask", "search", "talking_points", "stats", "record", "suggest"] {
            #expect(!short(method), "\(method)")
        }
        for (method, params) in [
            ("brief", ["lang": JSONValue.string("pt")]), ("coverage", nil), ("vocabulary", nil),
            ("session_info", ["lang": .string("ar")]), ("rpc.discover", nil),
        ] {
            #expect(!short(method, params), "\(method) before it is composed")
            let fresh = try await handlers.handle(
                request(method, params), on: handlers.store.snapshot, context: RequestContext(peerUID: 1000)
            ).get()
            #expect(short(method, params), "\(method) once composed")
            #expect(
                try handlers.handleNow(
                    request(method, params), on: handlers.store.snapshot, context: RequestContext(peerUID: 1000)
                ).get() == fresh)
        }
        #expect(!short("session_info", ["lang": .string("fr")]), "composed per language")
        #expect(!short("brief", ["lang": .integer(3)]), "a brief with a bad lang goes the long way, to its error")
    }

    @Test func aSnapshotsBriefIsComposedOncePerLanguage() {
        let documents = SnapshotDocuments()
        var composed = 0
        func brief(_ language: String) -> Data {
            documents.response("brief", language: language) {
                composed += 1
                return Data("brief in \(language)".utf8)
            }
        }
        #expect(brief("es") == Data("brief in es".utf8))
        #expect(brief("es") == Data("brief in es".utf8))
        #expect(brief("en") == Data("brief in en".utf8))
        #expect(composed == 2, "once for es, once for en")
    }
}
