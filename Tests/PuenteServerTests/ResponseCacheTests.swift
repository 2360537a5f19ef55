import Foundation
import Logging
import Testing

@testable import PuenteAssistant
@testable import PuenteKnowledge
@testable import PuenteProtocol
@testable import PuenteServer

/// A search or a one-shot ask asked again is answered from the snapshot's kept
/// responses, on the event loop, with what a fresh answer would say; anything that
/// depends on a conversation is never kept; a reload keeps nothing of the old knowledge.
@Suite struct ResponseCacheTests {
    let store: KnowledgeStore
    let handlers: MethodHandlers
    let dispatcher: RequestDispatcher

    init() throws {
        try self.init(capacity: KnowledgeStore.defaultResponseCacheCapacity)
    }

    init(capacity: Int) throws {
        store = try KnowledgeStore(
            directory: try #require(BundledKnowledge.directory(executable: nil)), responseCacheCapacity: capacity)
        let stats = ServerStats()
        handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
        dispatcher = RequestDispatcher(handlers: handlers, stats: stats)
    }

    private func line(_ method: String, _ params: String) -> [UInt8] {
        Array(#"{"jsonrpc":"2.0","id":1,"method":"\#(method)","params":\#(params)}"#.utf8)
    }

    private func answeredNow(_ line: [UInt8]) -> Bool {
        if case .ready = dispatcher.reply(to: line, context: RequestContext(peerUID: 1000)) { return true }
        return false
    }

    private func reply(_ line: [UInt8]) async throws -> [String: Any] {
        let bytes = try #require(await dispatcher.respond(to: line, context: RequestContext(peerUID: 1000)))
        let object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        return try #require(object["result"] as? [String: Any], "\(object)")
    }

    /// The result without `took_us`, which only a fresh search measures anew.
    private func comparable(_ result: [String: Any]) throws -> Data {
        var result = result
        result["took_us"] = nil
        return try JSONSerialization.data(withJSONObject: result, options: .sortedKeys)
    }

    @Test func aRepeatedSearchIsServedOnTheLoopAsAFreshSearchWouldAnswerIt() async throws {
        let search = line("search", #"{"query":"migración laboral","limit":5}"#)
        #expect(!answeredNow(search), "a first search runs off the event loop")
        let first = try await reply(search)
        #expect(answeredNow(search), "the same search again is a lookup")
        let again = try await reply(search)
        #expect(try comparable(again) == comparable(first))
        #expect((again["hits"] as? [Any])?.count == 5)
        let fresh = try JSONSerialization.jsonObject(
            with: Data(store.snapshot.assistant.search(query: "migración laboral", limit: 5).jsonBytes()))
        #expect(try comparable(again) == comparable(try #require(fresh as? [String: Any])))
        #expect(
            answeredNow(line("search", #"{"limit":5,"query":"migración laboral"}"#)),
            "the order of params does not matter")
        #expect(
            !answeredNow(line("search", #"{"query":"migración laboral","limit":6}"#)), "another limit is another search"
        )
    }

    @Test func aRepeatedOneShotAskIsTheSameAnswerAndCountsAsAQuestion() async throws {
        let ask = line("ask", #"{"text":"¿Quién financia ACCEL Africa?","keep":false}"#)
        let first = try await reply(ask)
        #expect(answeredNow(ask))
        let counted = store.interest.snapshot()[.intent(.answer)] ?? 0
        let again = try await reply(ask)
        #expect(try comparable(again) == comparable(first))
        #expect((again["lead"] as? String)?.contains("ACCEL") == true)
        #expect(again["session"] == nil)
        #expect(
            store.interest.snapshot()[.intent(.answer)] == counted + 1, "a kept answer still counts in stats' interest")
    }

    @Test func anAskThatKeepsOrNamesASessionIsNeverKept() async throws {
        for params in [
            #"{"text":"cacao"}"#, #"{"text":"cacao","keep":true}"#, #"{"text":"cacao","session":"s1","keep":false}"#,
        ] {
            let ask = line("ask", params)
            _ = try await reply(ask)
            #expect(!answeredNow(ask), "\(params) depends on a conversation")
        }
        #expect(store.snapshot.responses.count == 0)
    }

    @Test func aReloadKeepsNothingOfTheOldSnapshot() async throws {
        let search = line("search", #"{"query":"cacao"}"#)
        _ = try await reply(search)
        #expect(answeredNow(search))
        let reload = line("reload", "{}")
        #expect(
            await dispatcher.respond(to: reload, context: RequestContext(peerUID: 1000))?.contains(
                Array(#""result""#.utf8)) == true)
        #expect(!answeredNow(search), "the new snapshot searches afresh")
        #expect(store.snapshot.responses.count == 0)
    }

    @Test func theLeastRecentlyServedResponseGoesFirst() async throws {
        let tests = try ResponseCacheTests(capacity: 2)
        let cacao = tests.line("search", #"{"query":"cacao"}"#)
        let cotton = tests.line("search", #"{"query":"algodón"}"#)
        let migration = tests.line("search", #"{"query":"migración"}"#)
        _ = try await tests.reply(cacao)
        _ = try await tests.reply(cotton)
        _ = try await tests.reply(cacao)
        _ = try await tests.reply(migration)
        #expect(tests.store.snapshot.responses.count == 2)
        #expect(tests.answeredNow(cacao) && tests.answeredNow(migration))
        #expect(!tests.answeredNow(cotton), "served least recently, so it went")
    }

    @Test func aCapacityOfZeroKeepsNothing() async throws {
        let tests = try ResponseCacheTests(capacity: 0)
        let search = tests.line("search", #"{"query":"cacao"}"#)
        let first = try await tests.reply(search)
        #expect(!tests.answeredNow(search))
        #expect(try tests.comparable(try await tests.reply(search)) == tests.comparable(first))
        #expect(tests.store.snapshot.responses.count == 0)
    }
}
