import Testing

@testable import PuenteAssistant

/// A part of a region that holds none of the topic says so first; a record pointed at ("the
/// one with Ghana") is like the one before; a region the focus works in stays on the focus;
/// the session's language is asked in every language.
@Suite struct PartsAndPointingTests {
    /// "and in North Africa?" after cocoa: no record there holds cocoa. The lead says so and
    /// shows where cocoa is, never North Africa's records as if they were about cocoa.
    @Test(arguments: [
        (["cocoa in West Africa", "and in North Africa?"], "I did not find anything on cocoa in North Africa"),
        (
            ["cacao en África occidental", "¿y en el norte de África?"],
            "No encontré nada sobre cacao en norte de África"
        ),
        (
            ["cacao en Afrique de l'Ouest", "et en Afrique du Nord ?"],
            "Je n'ai rien trouvé en matière de cacao en Afrique du Nord"
        ),
        (["cocoa in West Africa", "and in Southeast Asia?"], "I did not find anything on cocoa in Southeast Asia"),
    ])
    func aPartThatHoldsNoneOfTheTopicSaysSo(_ turns: [String], _ opening: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.lead.hasPrefix(opening), "\(last.lead)")
        #expect(last.hits.first?.id == "west-africa-cocoa-cooperation", "\(last.lead)")
    }

    /// The Pacific islands are a part of Asia and the Pacific: domestic work there is held by
    /// no record, and no record elsewhere in Asia (Brazil's, for Timor-Leste) is described by it.
    @Test(arguments: [
        "child domestic work in the Pacific islands", "and what about child domestic work in the Pacific islands?",
    ])
    func thePacificIslandsAreAPartOfTheirRegion(_ question: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(answer.lead.hasPrefix("I did not find anything on domestic work in Pacific islands"), "\(answer.lead)")
        #expect(answer.intent == .search, "\(answer.lead)")
    }

    /// "trafficking in the Mekong": the Mekong's own record leads Asia's.
    @Test func theMekongIsAPart() {
        let answer = AssistantFixture.assistant.respond(to: "trafficking in the Mekong").answer
        #expect(answer.hits.first?.id == "commit-mekong", "\(answer.lead)")
    }

    /// "sorry, I meant the one with Ghana" after Côte d'Ivoire's agreement with Burkina Faso is
    /// Côte d'Ivoire's accord with Ghana, not the cocoa protocol both countries also joined.
    @Test(arguments: [
        "sorry, I meant the one with Ghana. who signed that?",
        "pardon, je parlais de celui avec le Ghana. qui l'a signé ?",
    ])
    func theOnePointedAtIsLikeTheFocus(_ correction: String) {
        let steps = AssistantFixture.converse([
            "When did Côte d'Ivoire and Burkina Faso sign their child trafficking agreement?", correction,
        ])
        #expect(
            steps[1].answer.hits.first?.id == "ghana-cote-divoire-child-trafficking-cooperation",
            "\(steps[1].answer.lead)")
        #expect(steps[1].answer.lead.contains("2016"), "\(steps[1].answer.lead)")
    }

    /// "et en Asie, il a financé quel pays ?" after Brazil's programme, which works in Asia too:
    /// the region qualifies the focus; it names no other record.
    @Test func aRegionTheFocusWorksInStaysOnIt() {
        let last = AssistantFixture.converse([
            "Combien le Brésil a-t-il mis dans son programme de coopération Sud-Sud avec l'OIT ?",
            "et en Asie, il a financé quel pays ?",
        ]).last!.answer
        #expect(last.hits.first?.id == "brazil-ilo-south-south-programme", "\(last.lead)")
        #expect(last.lead.contains("Timor"), "\(last.lead)")
    }

    /// The session's working language, named in the reader's language.
    @Test(arguments: [
        ("¿en qué idioma es la sesión?", "español"), ("what language is the session in?", "Spanish"),
        ("la session se tient en quelle langue ?", "espagnol"), ("a sessao vai ser em que lingua?", "espanhol"),
        ("ما هي لغة الجلسة؟", "الإسبانية"),
    ])
    func theSessionsLanguageIsAnswered(_ question: String, _ name: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(answer.intent == .logistics, "\(answer.lead)")
        #expect(answer.lead.contains(name), "\(answer.lead)")
    }
}
