import Foundation
import Logging
import PuenteSupport
import Testing

@testable import PuenteAssistant
@testable import PuenteKnowledge
@testable import PuenteProtocol
@testable import PuenteServer

/// What the daemon keeps per request besides sessions stays bounded by what it knows
/// (its methods, its vocabulary), not by how many requests it has answered.
@Suite struct BoundedStateTests {
    @Test func requestCountersHoldOneEntryPerKnownMethod() async throws {
        let store = try KnowledgeStore(directory: try #require(BundledKnowledge.directory(executable: nil)))
        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
        let dispatcher = RequestDispatcher(handlers: handlers, stats: stats)
        for n in 0..<300 {
            for line in [
                #"{"jsonrpc":"2.0","id":1,"method":"method-\#(n)"}"#, "not json \(n)",
                #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#,
            ] {
                _ = await dispatcher.respond(to: Array(line.utf8), context: RequestContext(peerUID: 1000))
            }
        }
        let snapshot = stats.snapshot
        #expect(snapshot.requests == ["(unknown)": 300, "(invalid)": 300, "ping": 300])
        #expect(snapshot.count == 900, "the latency histogram counts every request in its fixed buckets")
    }

    @Test func theInterestTallyHoldsOneCountPerFacetAndIntent() throws {
        let knowledge = try BundledKnowledge.load()
        let assistant = Assistant(knowledge: knowledge)
        let names =
            knowledge.vocabulary.terms.flatMap { $0.labels.values } + [
                "cacao", "zanahorias", "xqzv", "¿cuándo?", "otra región",
            ]
        var random = SeededGenerator(seed: 11)
        // Few questions, since each is a whole search in a debug build; what is checked is
        // that new words never become new counts.
        for n in 0..<40 {
            let words = (0..<2).map { _ in names[Int(random.next() % UInt64(names.count))] } + ["palabra\(n)"]
            _ = assistant.respond(to: words.joined(separator: " "))
        }
        let counts = assistant.interest.snapshot()
        #expect(counts.count <= knowledge.vocabulary.terms.count + Intent.allCases.count)
        #expect(counts.values.reduce(0, +) >= 40, "every question counted")
    }

    /// The tally counts typed keys; the state database keeps today's string keys, so a
    /// database written before reads the same, and a key this daemon does not count
    /// (a kind a later version added) is left out rather than misread.
    @Test func interestCountsAreStoredUnderTheirStringKeys() {
        let counts: [InterestKey: Int] = [
            .facet(.theme, id: "labour-migration"): 3, .facet(.region, id: "africa"): 1, .intent(.answer): 5,
        ]
        #expect(counts.stored == ["theme:labour-migration": 3, "region:africa": 1, "intent:answer": 5])
        #expect([InterestKey: Int](stored: counts.stored) == counts)
        #expect(
            [InterestKey: Int](stored: ["colour:red": 2, "intent:dance": 1, "theme:": 4, "region:asia-pacific": 1])
                == [.facet(.region, id: "asia-pacific"): 1])
        let tally = InterestTally(restoring: counts)
        #expect(tally.top(.theme).map { "\($0.id)=\($0.count)" } == ["labour-migration=3"])
    }
}
