import PuenteIndex
import PuenteProtocol
import Testing

@testable import PuenteAssistant

/// A mistyped filter is answered with "did you mean", never taken as a place where
/// nothing was found, and leaves no trace in the conversation.
@Suite struct MistypedFilterTests {
    let assistant = AssistantFixture.assistant

    @Test func askWithAMistypedRegionSuggestsTheRightOneAndForgetsIt() {
        let steps = AssistantFixture.converse(["cacao en Asia", "region:afrika cacao", "¿y sobre algodón?"])
        let refused = steps[1].answer
        #expect(refused.lead == "No conozco la región «afrika». ¿Quisiste decir África (region:africa)?")
        #expect(!refused.reply.contains("No encontré"), "claims nothing about 'afrika'")
        #expect(refused.hits.isEmpty && refused.suggestions.map(\.input) == ["region:africa"])
        #expect(
            steps[1].conversation.query == steps[0].conversation.query
                && steps[1].conversation.topicTerms == steps[0].conversation.topicTerms,
            "the conversation keeps what it had, and nothing of the mistyped filter")
        let followUp = steps[2].conversation
        #expect(followUp.filters[.region] == ["asia-pacific"] && followUp.topic == ["algodón"])
        #expect(!steps[2].answer.reply.contains("afrika"))
    }

    @Test func askWithAMistypedRegionInEnglish() {
        let answer = assistant.respond(to: "cocoa region:afirca", language: .english).answer
        #expect(answer.lead == "I don't know the region “afirca”. Did you mean Africa (region:africa)?")
    }

    @Test func askWithAMistypedFilterFieldSaysSo() {
        let (answer, conversation) = assistant.respond(to: "regoin:africa cacao")
        #expect(answer.lead == "No conozco el filtro «regoin:». ¿Quisiste decir «region:»?")
        #expect(conversation.isEmpty)
    }

    @Test func searchWithAMistypedStructuredFilterGetsDidYouMean() {
        #expect(throws: AssistantError.self) { try assistant.search(query: "cacao", filters: [("region", ["afrika"])]) }
        do {
            _ = try assistant.search(query: "cacao", filters: [("region", ["afrika"])])
        } catch {
            #expect(error.rpcError.code == RPCError.invalidParamsCode)
            #expect(
                error.rpcError.message.hasPrefix(
                    "invalid params: 'filters': unknown region 'afrika'; expected africa, americas"))
            #expect(error.rpcError.message.hasSuffix("(did you mean 'africa'?)"))
        }
    }

    @Test func talkingPointsWithAnUnknownRegionGetDidYouMean() {
        do {
            _ = try assistant.talkingPointsResult(theme: nil, region: "atlantida", modality: nil, query: nil)
            Issue.record("an unknown region was accepted")
        } catch {
            #expect(error.rpcError.code == RPCError.notFoundCode)
            #expect(error.rpcError.message.hasPrefix("unknown region 'atlantida'"))
        }
    }

    @Test func aQuestionLongerThanTheIndexTakesIsStillAnswered() {
        let words = Array(repeating: "cooperación regional cacao", count: 15).joined(separator: " ")
        let answer = assistant.respond(to: "me gustaría saber más sobre " + words).answer
        #expect(answer.total > 0, "\(answer.lead)")
    }
}
