import Foundation
import Logging
import Testing

@testable import PuenteProtocol
@testable import PuenteServer

/// Facts and talking points on the wire: `text` in the language asked for (es or
/// en, en for the others), and every wording the knowledge has in `texts`.
@Suite struct WireLanguageTests {
    /// The knowledge tests' valid fixture: one record, written in format 2.
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PuenteKnowledgeTests/Fixtures/valid")

    private func call<Result: Decodable>(_ method: String, _ params: String, as: Result.Type) async throws -> Result {
        let store = try KnowledgeStore(directory: Self.fixture)
        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
        let line = #"{"jsonrpc":"2.0","id":1,"method":"\#(method)","params":\#(params)}"#
        let reply = try #require(
            await RequestDispatcher(handlers: handlers, stats: stats).respond(
                to: Array(line.utf8), context: RequestContext(peerUID: 1000)))
        return try RPCCodec.decoder.decode(Envelope<Result>.self, from: reply).result
    }

    @Test func aRecordQuotesFactsInTheLanguageAskedForAndCarriesBoth() async throws {
        let english = try await call("record", #"{"id":"sample","lang":"en"}"#, as: Wire.Record.self)
        let fact = try #require(english.facts?.first)
        #expect(fact.text == "The ministries adopted the plan in March 2021.")
        #expect(fact.texts?["es"] == "Los ministerios adoptaron el plan en marzo de 2021.")
        #expect(fact.texts?.count == 5)
        #expect(english.talkingPoints == ["The plan brings together ministries of two regions."])
        #expect(english.talkingPointTexts?.first?["es"] == "El plan une a ministerios de dos regiones.")
        let spanish = try await call("record", #"{"id":"sample"}"#, as: Wire.Record.self)
        #expect(spanish.facts?.first?.text == "Los ministerios adoptaron el plan en marzo de 2021.")
        #expect(spanish.talkingPoints == ["El plan une a ministerios de dos regiones."])
    }

    @Test func talkingPointsCarryBothWordings() async throws {
        let result = try await call(
            "talking_points", #"{"theme":"labour-migration","lang":"en"}"#, as: Wire.TalkingPointsResult.self)
        let point = try #require(result.points.first { $0.texts?["en"] != nil })
        #expect(point.text == point.texts?["en"])
        #expect(point.texts?["es"] != nil)
    }
}

/// A JSON-RPC reply's result.
private struct Envelope<Result: Decodable>: Decodable {
    var result: Result
}
