import Testing

@testable import PuenteAssistant

/// Follow-ups that order a record's own facts ("the second", "the next plan"), ask about
/// its time ("when is it supposed to end?", "when was it set up?"), or say in their last
/// part what they ask.
@Suite struct OrderAndTimeFollowUpTests {
    /// «le deuxième» after ECOWAS's first plan, picked from a list, is ECOWAS's second plan:
    /// its own texts tell of a «deuxième plan»; it is not the list's second initiative.
    @Test func anOrdinalTheFocusWritesPicksWithinIt() {
        let steps = AssistantFixture.converse([
            "le plan d'action regional de la CEDEAO contre le travail des enfants", "le premier a ete adopte ou ?",
            "et le deuxieme couvre quelle periode ?",
        ])
        #expect(steps[1].answer.lead.contains("Dakar"), "\(steps[1].answer.lead)")
        #expect(steps[2].conversation.focus == "ecowas-regional-action-plan", "\(steps[2].answer.lead)")
        #expect(steps[2].answer.lead.contains("2021"), "\(steps[2].answer.lead)")
    }

    /// "e o próximo (plano)?" asks again what the last question asked, of the later plan.
    @Test(arguments: ["e o proximo?", "e o próximo plano?"])
    func theNextAsksTheLastQuestionOfTheLaterFact(_ followUp: String) {
        let last = AssistantFixture.converse([
            "O que é o plano de ação da CPLP contra o trabalho infantil?", "e o primeiro plano foi adotado quando?",
            followUp,
        ]).last!.answer
        #expect(last.lead.contains("2026"), "\(last.lead)")
    }

    /// The words of a phrase asking until or since when are no subject: "end" does not name
    /// the interregional exchange "to end child labour", nor "set" a fund's target.
    @Test(arguments: [
        (
            ["Is there a UK-funded regional child labour programme in Asia?", "and when is it supposed to end?"],
            "arc-asia-regional-child-labour", "2023"
        ),
        (["What's CLEF in Cote d'Ivoire?", "when was it set up?"], "clef-cote-divoire", "2021"),
    ])
    func aTimePhraseAsksAboutTheFocus(_ turns: [String], _ focus: String, _ year: String) {
        let last = AssistantFixture.converse(turns).last!
        #expect(last.conversation.focus == focus, "\(last.answer.lead)")
        #expect(last.answer.lead.contains(year), "\(last.answer.lead)")
    }

    /// A last part after a comma that asks on its own asks that: the countries before it say which record.
    @Test func theLastPartAfterACommaSaysWhatIsAsked() {
        let last = AssistantFixture.converse([
            "Que iniciativas hay sobre trabajo infantil en el algodon?",
            "la de Brasil con paises de Africa y America Latina, cuanta plata tenia?",
        ]).last!.answer
        #expect(last.lead.contains("6,8"), "\(last.lead)")
    }

    /// Who is "metido" takes part; who "executou" carried it out, as the summary says, where the
    /// record's leads are the ministries that commissioned it.
    @Test(arguments: [
        (
            [
                "hay algun fondo para la educacion en las zonas de cacao de costa de marfil?",
                "¿que fundaciones estan metidas?",
            ], "Jacobs"
        ),
        (["o que foi o Paraguay Okakuaa?", "quem executou?"], "Partners of the Americas"),
    ])
    func everydayVerbsAskWhoTakesPart(_ turns: [String], _ expected: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.lead.contains(expected), "\(last.lead)")
    }

    /// «le projet pilote» names a pilot project: the noun asks nobody who leads ("piloté par" does).
    @Test func aPilotProjectIsNoQuestionOfWhoLeads() {
        let last = AssistantFixture.converse([
            "Qu'a fait l'OIT au Maroc contre le travail des enfants ?",
            "et le projet pilote à Marrakech, il portait sur quel secteur ?",
        ]).last!.answer
        #expect(!last.lead.contains("dirigée par"), "\(last.lead)")
    }
}
