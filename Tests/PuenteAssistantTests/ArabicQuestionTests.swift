import PuenteIndex
import Testing

@testable import PuenteAssistant

/// Questions in Arabic: the vocabulary's Arabic labels and synonyms name facets
/// and themes, with or without harakat, and the index answers from them.
@Suite struct ArabicQuestionTests {
    let assistant = AssistantFixture.assistant

    @Test(arguments: ["سلاسل الإمداد في أفريقيا", "سَلاسِلُ الإمْداد في إفريقيا"])
    func anArabicQuestionNamesItsThemeAndRegion(_ question: String) {
        let answer = assistant.respond(to: question).answer
        #expect(answer.interpretation.filters[.region] == ["africa"], "\(answer.interpretation)")
        #expect(answer.interpretation.topicTerms.contains("supply-chains"), "\(answer.interpretation)")
        #expect(answer.total > 0)
    }

    @Test func anArabicModalityIsAFilter() {
        let answer = assistant.respond(to: "التعاون بين بلدان الجنوب").answer
        #expect(answer.interpretation.filters[.modality] == ["south-south"], "\(answer.interpretation)")
        #expect(answer.total > 0)
    }
}
