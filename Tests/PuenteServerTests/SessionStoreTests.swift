import Foundation
import Logging
import PuenteSupport
import Testing

@testable import PuenteAssistant
@testable import PuenteKnowledge
@testable import PuenteProtocol
@testable import PuenteServer

@Suite struct SessionStoreTests {
    /// Random stores, removals and evictions, checked against an array kept in order of
    /// last use (the oracle).
    @Test(arguments: [1, 2, 3, 4, 5])
    func aRecencyListKeepsKeysInOrderOfLastUse(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var list = RecencyList<Int, Int>()
        var oracle: [(key: Int, value: Int)] = []
        for step in 0..<2_000 {
            let key = Int(random.next() % 40)
            switch random.next() % 4 {
            case 0, 1:
                list.updateValue(step, forKey: key)
                oracle.removeAll { $0.key == key }
                oracle.append((key, step))
            case 2:
                let removed = list.removeValue(forKey: key)
                let index = oracle.firstIndex { $0.key == key }
                #expect(removed == index.map { oracle[$0].value })
                if let index { oracle.remove(at: index) }
            default:
                let removed = list.removeOldest()
                #expect(removed?.key == oracle.first?.key && removed?.value == oracle.first?.value)
                if !oracle.isEmpty { oracle.removeFirst() }
            }
            #expect(list.count == oracle.count)
            #expect(list[key] == oracle.first { $0.key == key }?.value)
        }
        #expect(list.keysOldestFirst == oracle.map(\.key))
    }

    @Test func theStoreHoldsItsBoundAndEvictsTheLeastRecentlyUsed() {
        let sessions = SessionStore(capacity: 3)
        var cacao = Conversation()
        cacao.topic = ["cacao"]
        let (id, fresh, held) = sessions.conversation(for: nil)
        #expect(!held && fresh.isEmpty && id.hasPrefix("s-"))
        sessions.save(cacao, for: id, keeping: .kept)
        for other in ["a", "b"] { sessions.save(Conversation(), for: other, keeping: .kept) }
        // A turn in the oldest conversation makes "a" the least recently used.
        sessions.save(cacao, for: id, keeping: .kept)
        sessions.save(Conversation(), for: "c", keeping: .kept)
        #expect(sessions.conversation(for: id).conversation.topic == ["cacao"])
        #expect(!sessions.conversation(for: "a").held, "the least recently used was evicted")
        #expect(sessions.conversation(for: "b").held && sessions.conversation(for: "c").held)
        for n in 0..<1_000 { sessions.save(Conversation(), for: "more-\(n)", keeping: .kept) }
        let statistics = sessions.statistics
        #expect(statistics.live == 3 && statistics.capacity == 3)
        #expect(statistics.evicted == 1_001 && statistics.expired == 0)
        #expect(["more-997", "more-998", "more-999"].allSatisfy { sessions.conversation(for: $0).held })
    }

    @Test func provisionalConversationsGoFirstAndASecondTurnKeepsThem() {
        let sessions = SessionStore(capacity: 10, provisionalReserve: 2)
        for n in 0..<6 { sessions.save(Conversation(), for: "kept-\(n)", keeping: .kept) }
        for n in 0..<100 { sessions.save(Conversation(), for: "once-\(n)", keeping: .provisional) }
        var statistics = sessions.statistics
        #expect(statistics.live == 10 && statistics.provisional == 4 && statistics.evicted == 96)
        #expect(
            (0..<6).allSatisfy { sessions.conversation(for: "kept-\($0)").held },
            "one-shot questions never push out a kept conversation")
        #expect((96..<100).allSatisfy { sessions.conversation(for: "once-\($0)").held })

        // Its second turn keeps "once-99"; kept ones now go until provisional ones are down to the reserve.
        sessions.save(Conversation(), for: "once-99", keeping: .kept)
        for n in 0..<2 { sessions.save(Conversation(), for: "late-\(n)", keeping: .kept) }
        statistics = sessions.statistics
        #expect(statistics.live == 10 && statistics.provisional == 2)
        #expect(sessions.conversation(for: "once-99").held)
        #expect(!sessions.conversation(for: "kept-0").held && sessions.conversation(for: "kept-1").held)
    }

    @Test func theConversationJustSavedIsNeverTheOneEvicted() {
        let sessions = SessionStore(capacity: 2, provisionalReserve: 0)
        sessions.save(Conversation(), for: "a", keeping: .kept)
        sessions.save(Conversation(), for: "b", keeping: .kept)
        sessions.save(Conversation(), for: "new", keeping: .provisional)
        #expect(sessions.conversation(for: "new").held && !sessions.conversation(for: "a").held)
        let single = SessionStore(capacity: 1)
        single.save(Conversation(), for: "p", keeping: .provisional)
        single.save(Conversation(), for: "k", keeping: .kept)
        #expect(single.conversation(for: "k").held && single.statistics.live == 1)
    }

    @Test func idleConversationsExpireAndAreCounted() {
        let sessions = SessionStore(capacity: 10, idleLifetime: .zero)
        sessions.save(Conversation(), for: "a", keeping: .kept)
        #expect(!sessions.conversation(for: "a").held, "a conversation past its lifetime is not answered from")
        for id in ["b", "c", "d"] { sessions.save(Conversation(), for: id, keeping: .provisional) }
        let statistics = sessions.statistics
        #expect(statistics.live == 0 && statistics.expired == 4 && statistics.evicted == 0)
    }

    @Test func forgettingAConversationFreesItsPlace() {
        let sessions = SessionStore(capacity: 2)
        sessions.save(Conversation(), for: "a", keeping: .kept)
        sessions.save(Conversation(), for: "b", keeping: .provisional)
        sessions.forget("a")
        sessions.forget("b")
        sessions.forget("unknown")
        #expect(sessions.statistics == .init(live: 0, provisional: 0, capacity: 2, evicted: 0, expired: 0))
    }

    // MARK: through the `ask` and `stats` handlers

    private func handlers(_ sessions: SessionStore) throws -> MethodHandlers {
        let store = try KnowledgeStore(directory: try #require(BundledKnowledge.directory(executable: nil)))
        return MethodHandlers(
            store: store, sessions: sessions, stats: ServerStats(), logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
    }

    private func call(_ handlers: MethodHandlers, _ method: String, _ params: [String: JSONValue] = [:]) async throws
        -> JSONValue
    {
        let outcome = await handlers.handle(
            RPCRequest(id: .integer(1), method: method, params: .object(params)), on: handlers.store.snapshot,
            context: RequestContext(peerUID: 1000))
        return try RPCCodec.decoder.decode(JSONValue.self, from: outcome.get())
    }

    @Test func aOneShotAskLeavesNoSessionBehind() async throws {
        let handlers = try handlers(SessionStore())
        for _ in 0..<50 {
            let answer = try await call(
                handlers, "ask", ["text": .string("cooperación Sur–Sur en África"), "keep": .bool(false)])
            #expect(answer["session"] == nil && answer["reply"] != nil)
        }
        let stats = try await call(handlers, "stats")
        #expect(stats["sessions"]?["live"] == .integer(0))

        // keep: false on a named session answers within it, then forgets it.
        let first = try await call(
            handlers, "ask", ["text": .string("cooperación triangular sobre algodón"), "keep": .bool(true)])
        let session = try #require(first["session"])
        let last = try await call(
            handlers, "ask", ["text": .string("¿Y en África?"), "session": session, "keep": .bool(false)])
        #expect(last["interpretation"]?["follow_up"] == .bool(true) && last["session"] == nil)
        #expect(try await call(handlers, "stats")["sessions"]?["live"] == .integer(0))
    }

    @Test func statsReportsLiveSessionsAndEvictions() async throws {
        let handlers = try handlers(SessionStore(capacity: 3))
        for _ in 0..<5 { _ = try await call(handlers, "ask", ["text": .string("cacao")]) }
        let kept = try await call(handlers, "ask", ["text": .string("cacao"), "keep": .bool(true)])
        let second = try await call(
            handlers, "ask", ["text": .string("¿y en Asia?"), "session": try #require(kept["session"])])
        #expect(second["session_forgotten"] == .bool(false))
        let sessions = try #require(try await call(handlers, "stats")["sessions"])
        #expect(
            sessions
                == .object([
                    "live": .integer(3), "provisional": .integer(2), "capacity": .integer(3),
                    "evicted": .integer(3), "expired": .integer(0),
                ]))
    }
}
