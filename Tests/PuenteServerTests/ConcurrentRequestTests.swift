import Foundation
import Logging
import PuenteKnowledge
import Testing

@testable import PuenteProtocol
@testable import PuenteServer

/// Requests that meet a reload, each other, or a daemon still loading its dictionaries.
@Suite(.timeLimit(.minutes(10))) struct ConcurrentRequestTests {
    /// One request line.
    private static func line(_ id: Int, _ method: String, _ params: [String: Any] = [:]) throws -> String {
        let request: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
        return String(
            decoding: try JSONSerialization.data(withJSONObject: request, options: .sortedKeys), as: UTF8.self)
    }

    /// A reload lands right after a request takes its snapshot, so between the request's
    /// classification and its handling. A brief the old snapshot composed is still served
    /// at once, from the old snapshot, and nothing is composed in the new one: the brief
    /// (hundreds of milliseconds) is never composed on the event loop, so the loop's time
    /// per request stays that of a lookup. A request handled off the loop is answered on
    /// the snapshot it took, and kept there, not in the one the reload swapped in.
    @Test func aRequestIsJudgedAndAnsweredOnTheSnapshotItTook() async throws {
        let knowledge = try #require(BundledKnowledge.directory(executable: nil), "the bundled knowledge is found")
        let store = try KnowledgeStore(directory: knowledge, dictionaries: Latch(open: true))
        let stats = ServerStats()
        let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: quiet, ownerUID: 1000, version: "test")
        let dispatcher = RequestDispatcher(handlers: handlers, stats: stats)
        let context = RequestContext(peerUID: 1000)
        /// The reply to `line`, with a reload landing right after the request takes its
        /// snapshot; the snapshot it took and the one the reload swapped in.
        func replyWithAReloadLanding(_ line: String) -> (
            RequestDispatcher.Reply, taken: KnowledgeStore.Snapshot, swappedIn: KnowledgeStore.Snapshot
        ) {
            let taken = store.snapshot
            store.snapshotTaken.withLock { hook in
                hook = {
                    store.snapshotTaken.withLock { $0 = nil }
                    if case .failure(let problems) = store.reload() { Issue.record("reload failed: \(problems)") }
                }
            }
            let reply = dispatcher.reply(to: Array(line.utf8), context: context)
            let swappedIn = store.snapshot
            #expect(swappedIn !== taken, "the reload landed")
            return (reply, taken, swappedIn)
        }

        let brief = try Self.line(1, "brief", ["lang": "en"])
        let composed = await dispatcher.respond(to: Array(brief.utf8), context: context)
        #expect(store.snapshot.documents.isComposed("brief", language: "en"))
        let (reply, taken, swappedIn) = replyWithAReloadLanding(brief)
        guard case .ready(let served) = reply else {
            Issue.record("a brief the request's snapshot composed is served on the event loop")
            return
        }
        #expect(served == composed, "the brief of the snapshot the request took")
        #expect(taken.documents.isComposed("brief", language: "en"))
        #expect(
            !swappedIn.documents.isComposed("brief", language: "en"),
            "no brief was composed for the new snapshot, on the loop or off it")

        // A one-shot ask, kept by the snapshot that answers it.
        let ask = try Self.line(2, "ask", ["text": "¿Quién financia ACCEL Africa?", "keep": false])
        let (deferred, askTaken, askSwappedIn) = replyWithAReloadLanding(ask)
        guard case .deferred(let work) = deferred else {
            Issue.record("an ask not asked before is answered off the event loop")
            return
        }
        let answer = try #require(await work())
        #expect(String(decoding: answer, as: UTF8.self).contains(#""result""#))
        #expect(
            askTaken.responses.count == 1 && askSwappedIn.responses.count == 0, "kept by the snapshot the request took")
    }

    /// Two connections share one session and send their follow-ups at once, each without
    /// waiting for the other, 200 in all: the turns of one session run one at a time, so
    /// the conversation counts every turn, none read before another's save and lost.
    @Test func twoConnectionsOnOneSessionLoseNoTurn() async throws {
        try await ServerUnderTest.run { server in
            var connections = [try await server.connect(), try await server.connect()]
            let session = "s-shared"
            let followUps = ["¿Y en África?", "¿Y en Asia?", "¿Quién la financia?", "¿Y en América Latina?"]
            for turn in 0..<200 {
                let params: [String: Any] = [
                    "text": followUps[turn % followUps.count], "session": session, "lang": "es",
                ]
                try await connections[turn % 2].send(try Self.line(turn, "ask", params))
            }
            for index in connections.indices {
                for _ in 0..<100 {
                    let response = try await connections[index].nextResponse()
                    let result = try #require(response["result"] as? [String: Any], "an answer: \(response)")
                    #expect(result["session"] as? String == session)
                }
                try await connections[index].close()
            }
            let (_, conversation, held) = server.sessions.conversation(for: session)
            #expect(held)
            #expect(conversation.turns == 200, "every turn counted")
        }
    }

    /// 64 asks arrive the instant the server listens, while the dictionaries are still
    /// loading (the test holds them back), and wait for them. Meanwhile `ping`, on another
    /// connection, is answered before the dictionaries are let in, and `stats`, which runs on the concurrency pool,
    /// answers too and counts no ask answered: the waiting asks hold no thread of the
    /// pool. Once the dictionaries are in, every ask is answered. (Asks that held the
    /// pool would hang this test rather than fail it: its own awaits need the pool too.)
    @Test func asksWaitingForTheDictionariesHoldNoThread() async throws {
        let dictionaries = Latch()
        try await ServerUnderTest.run(dictionaries: dictionaries) { server in
            var askers: [LineConnection] = []
            for number in 0..<64 {
                let asker = try await server.connect()
                try await asker.send(
                    try Self.line(number, "ask", ["text": "¿Qué iniciativas hay en la región \(number)?"]))
                askers.append(asker)
            }
            var other = try await server.connect()
            // Answered while the dictionaries are still held back: a loop held by the asks
            // could not answer at all until they came in. (How fast is the benchmarks'
            // business; a sanitizer on a loaded machine stalls round trips by tens of ms.)
            for number in 0..<9 {
                try await other.send(try Self.line(number, "ping"))
                let pong = try await other.nextResponse()
                #expect(pong["result"] as? String == "pong")
            }
            #expect(!dictionaries.isOpen)

            try await other.send(try Self.line(100, "stats"))
            let stats = try #require(try await other.nextResponse()["result"] as? [String: Any])
            let requests = try #require(stats["requests"] as? [String: Int])
            #expect(requests["ask", default: 0] == 0, "the asks are still waiting: \(requests)")
            #expect(requests["ping"] == 9)

            dictionaries.open()
            for index in askers.indices {
                let response = try await askers[index].nextResponse()
                #expect(response["result"] is [String: Any], "an answer: \(response)")
                try await askers[index].close()
            }
            try await other.close()
        }
    }
}
