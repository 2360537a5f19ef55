import Foundation
import Logging
import Testing
@testable import PuenteAssistant
@testable import PuenteKnowledge
@testable import PuenteProtocol
@testable import PuenteServer

@Suite struct ServerPartsTests {
    @Test func theSocketPathFollowsTheRules() {
        #expect(SocketLocation.resolve(explicit: "/a.sock", environment: ["PUENTE_SOCKET": "/b.sock"], uid: 5).path == "/a.sock")
        #expect(SocketLocation.resolve(explicit: nil, environment: ["PUENTE_SOCKET": "/b.sock", "XDG_RUNTIME_DIR": "/run/user/5"], uid: 5).path == "/b.sock")
        #expect(SocketLocation.resolve(explicit: nil, environment: ["XDG_RUNTIME_DIR": "/run/user/5"], uid: 5).path == "/run/user/5/puente/puente.sock")
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
        let handlers = MethodHandlers(store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000, version: "test")
        let dispatcher = RequestDispatcher(handlers: handlers, stats: stats)
        func reply(_ line: String, peer: UInt32? = 1000) async -> String? {
            await dispatcher.respond(to: Array(line.utf8), context: RequestContext(peerUID: peer)).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(await reply(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#) == #"{"id":1,"jsonrpc":"2.0","result":"pong"}"#)
        #expect(await reply(#"{"jsonrpc":"2.0","method":"ping"}"#) == nil)
        #expect(await reply(#"[{"jsonrpc":"2.0","method":"ping"}]"#) == nil)
        #expect(await reply(#"{"jsonrpc":"2.0","id":2,"method":"reload"}"#, peer: 1001)?.contains(#""code":-32003"#) == true)
        #expect(await reply(#"{"jsonrpc":"2.0","id":3,"method":"reload"}"#, peer: 0)?.contains(#""result""#) == true)
        #expect(stats.snapshot.requests["ping"] == 3, "notifications run; they only get no reply")
    }

    @Test func privilegedMethodsRefuseAPeerWhoseCredentialsAreUnknown() async throws {
        let store = try KnowledgeStore(directory: try #require(BundledKnowledge.directory(executable: nil)))
        let stats = ServerStats()
        let handlers = MethodHandlers(store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000, version: "test")
        let reload = RPCRequest(id: .integer(1), method: "reload", params: nil)
        let refused = await handlers.handle(reload, context: RequestContext(peerUID: nil))
        #expect(throws: RPCError.self) { try refused.get() }
        if case let .failure(error) = refused { #expect(error.code == RPCError.forbiddenCode) }
        let allowed = await handlers.handle(reload, context: RequestContext(peerUID: 1000))
        #expect((try? allowed.get()) != nil, "the daemon's own user may reload")
        let ping = await handlers.handle(RPCRequest(id: .integer(2), method: "ping", params: nil), context: RequestContext(peerUID: nil))
        #expect((try? ping.get()) != nil, "only privileged methods need known credentials")
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
