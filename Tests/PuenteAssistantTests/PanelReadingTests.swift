import PuenteSupport
import Testing

@testable import PuenteAssistant

/// How a question for the panel is read: what merges near duplicates, and the notice
/// that lets a client offer the panel a question the knowledge cannot answer.
@Suite struct PanelReadingTests {
    @Test func aQuestionLinksTheInitiativeItNamesAndKeepsItsContentStems() {
        let assistant = AssistantFixture.assistant
        let reading = assistant.panelReading(of: "¿Quién financia ACCEL Africa?", language: nil)
        #expect(reading.language == .spanish)
        #expect(reading.names.contains("initiative:accel-africa"), "\(reading.names)")
        #expect(reading.words.isSuperset(of: ["financi", "accel", "afric"]), "\(reading.words)")
        let again = assistant.panelReading(of: "¿quién financia ACCEL Africa?", language: .spanish)
        #expect(again.names == reading.names && again.words == reading.words, "capitals and accents do not matter")
    }

    @Test func theSameQuestionInEachLanguageLinksTheSameNames() {
        let assistant = AssistantFixture.assistant
        let spanish = assistant.panelReading(of: "¿Quién financia ACCEL Africa?", language: nil)
        #expect(spanish.names.contains("asked:funds"), "\(spanish.names)")
        for text in [
            "Who funds ACCEL Africa?", "Qui finance ACCEL Africa ?", "Quem financia o ACCEL Africa?",
            "من يمول مبادرة أكسل أفريقيا؟",
        ] {
            let reading = assistant.panelReading(of: text, language: nil)
            #expect(reading.names == spanish.names, "\(text): \(reading.names) against \(spanish.names)")
        }
        let when = assistant.panelReading(of: "When did ACCEL Africa start?", language: nil)
        #expect(when.names != spanish.names, "what is asked tells two questions about one initiative apart")
    }

    @Test func anAnswerThatLacksANameSaysSoAsANotice() {
        let assistant = AssistantFixture.assistant
        let lacking = assistant.respondOnce(
            to: "¿Qué iniciativas tiene la Comunidad Andina contra el trabajo infantil?"
        ).answer
        #expect(lacking.notices.contains { $0.kind == .absent && $0.ids == ["Comunidad Andina"] }, "\(lacking.notices)")
        let answered = assistant.respondOnce(to: "¿Quién financia ACCEL Africa?").answer
        #expect(!answered.notices.contains { $0.kind == .absent })
    }
}
