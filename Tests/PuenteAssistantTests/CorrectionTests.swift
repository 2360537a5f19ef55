import Testing

@testable import PuenteAssistant

/// Corrections as a participant meets them: a typo is fixed and the answer says so;
/// a real word of any of the five languages is taken as typed, however near a
/// word of the knowledge it is.
@Suite struct CorrectionTests {
    let assistant = AssistantFixture.assistant

    @Test(arguments: [
        "Who chairs COMMIT?",  // "chairs" is not "chains"
        "brazilian initiatives against child labour",  // nor "brazilian" "brasilia"
        "¿qué se sabe de la trama de niños en África?",  // nor Spanish "trama" (a plot) "trata"
        "¿hay iniciativas sobre apicultura?",  // nor "apicultura" (beekeeping) "agricultura"
    ])
    func aRealWordIsNotCorrected(_ question: String) {
        let answer = assistant.respond(to: question).answer
        #expect(answer.interpretation.corrections.isEmpty, "\(answer.interpretation.corrections)")
        #expect(!answer.reply.contains("corrected:") && !answer.reply.contains("corregido:"), "\(answer.reply)")
    }

    @Test func aRealWordDoesNotNameAVocabularyTermItIsNear() {
        // "apicultura" is two edits from "agricultura", the agriculture theme's Spanish label.
        let answer = assistant.respond(to: "¿hay iniciativas sobre apicultura?").answer
        #expect(answer.interpretation.topicTerms.isEmpty)
        #expect(!answer.lead.contains("agricultura"), "\(answer.lead)")
    }

    @Test func aThemeNamedWithARealWordIsNotTakenForTheNearestTheme() throws {
        // Talking points for "apicultura" are not points on agriculture; "did you mean" offers it.
        let error = #expect(throws: UnknownTermError.self) {
            try assistant.talkingPoints(themeNamed: "apicultura", regionNamed: nil, modalityNamed: nil, query: nil)
        }
        #expect(error?.closest == ["agricultura"])
        let typo = try assistant.talkingPoints(
            themeNamed: "agricultra", regionNamed: nil, modalityNamed: nil, query: nil)
        #expect(typo.title.contains("agricultura"), "\(typo.title)")
    }

    @Test func aTypoIsStillCorrectedAndSaidSo() {
        let english = assistant.respond(to: "child trafficing in West Africa").answer
        #expect(
            english.interpretation.corrections.contains(Correction(typed: "trafficing", corrected: "trafficking")),
            "\(english.interpretation.corrections)")
        #expect(english.reply.contains("trafficing → trafficking"))
        let spanish = assistant.respond(to: "migrasion laboral en Asia").answer
        #expect(spanish.interpretation.corrections.contains(Correction(typed: "migrasion", corrected: "migración")))
    }
}
