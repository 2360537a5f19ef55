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

    /// "no sorry, I meant the one with Ghana", with no question of its own, after "what's the
    /// agreement…?": what the one pointed at is; then its own later agreement.
    @Test func aCorrectionThatPointsAsksWhatTheOtherIs() {
        let steps = AssistantFixture.converse([
            "what's the agreement between Côte d'Ivoire and Burkina Faso on child trafficking?",
            "no sorry, I meant the one with Ghana", "who signed the ministers' agreement that followed?",
        ])
        #expect(
            steps[1].conversation.focus == "ghana-cote-divoire-child-trafficking-cooperation", "\(steps[1].answer.lead)"
        )
        #expect(steps[2].answer.lead.contains("Iddrisu"), "\(steps[2].answer.lead)")
    }
}

/// Words that frame a question (adverbs, "on the ground"), a record named in two words, who led
/// one thing of a record, and giving that is no funding.
@Suite struct FramingAndMarksTests {
    /// "Tell me about Paraguay Okakuaa" names a record: "about" does not make it a question on the session.
    @Test func twoWordsNamingARecordAreNoSessionQuestion() {
        let answer = AssistantFixture.assistant.respond(to: "Tell me about Paraguay Okakuaa").answer
        #expect(answer.intent == .initiative, "\(answer.lead)")
        #expect(answer.lead.hasPrefix("Paraguay Okakuaa"), "\(answer.lead)")
    }

    /// "who actually ran it on the ground?": "actually" and "on the ground" frame the question; it asks who ran it.
    @Test func framingWordsAreNoTopic() {
        let last = AssistantFixture.converse(["Tell me about Paraguay Okakuaa", "who actually ran it on the ground?"])
            .last!.answer
        #expect(last.lead.contains("Partners of the Americas"), "\(last.lead)")
    }

    /// Who led the evaluation of a pilot project is the fact that says so, not the record's lead.
    @Test func whoLedOneThingOfARecordIsItsFact() {
        let answer = AssistantFixture.assistant.respond(
            to:
                "Qual universidade dirigiu a avaliação do projeto-piloto contra o trabalho infantil no artesanato em Marraquexe?"
        ).answer
        #expect(answer.lead.contains("Cadi Ayyad"), "\(answer.lead)")
    }

    /// «… y aportó insumos para la hoja de ruta» funds nothing: the ASEAN roadmap's funder is not known.
    @Test(arguments: ["¿quién financia la hoja de ruta de la ASEAN?", "qui finance la feuille de route de l'ASEAN ?"])
    func givingWithoutMoneyIsNoFunding(_ question: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(!answer.lead.contains("2024"), "\(answer.lead)")
        #expect(answer.lead.contains("ASEAN"), "\(answer.lead)")
    }

    /// "¿cuánto aportó Brasil…?": giving beside an amount is funding.
    @Test func givingBesideAnAmountIsFunding() {
        let answer = AssistantFixture.assistant.respond(to: "¿cuánto aportó Brasil al programa Sur-Sur con la OIT?")
            .answer
        #expect(answer.lead.contains("25 millones"), "\(answer.lead)")
    }

    /// «¿y esa mesa binacional entre quiénes es?» asks who takes part, of the focus: "entre
    /// quiénes" asks partners, and the words the focus writes keep it.
    @Test func betweenWhomAsksPartnersOfTheFocus() {
        let last = AssistantFixture.converse([
            "¿Qué es el plan regional del MERCOSUR contra el trabajo infantil?",
            "¿y esa mesa binacional entre quiénes es?",
        ]).last!
        #expect(last.answer.intent == .answer, "\(last.answer.lead)")
        #expect(last.conversation.focus == "mercosur-regional-plan-child-labour", "\(last.answer.lead)")
    }
}

/// Counts, ordinals and the one record a list is about.
@Suite struct CountsAndOrdinalsTests {
    /// "how many working children in Africa according to it?" after the AU's plan: 72 million,
    /// not a consultation "on 13 and 14 February" (the first day of a range is no count), and
    /// "Africa", where the plan is, names no other record.
    @Test(arguments: [
        [
            "What is the AU ten-year action plan on child labour?",
            "how many working children in Africa according to it?",
        ],
        ["ما هي خطة العمل العشرية للاتحاد الأفريقي بشأن عمل الأطفال؟", "وكم عدد الأطفال العاملين في أفريقيا بحسبها؟"],
    ])
    func aCountIsNoDayOfARange(_ turns: [String]) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.hits.first?.id == "au-ten-year-action-plan", "\(last.lead)")
        #expect(last.lead.contains("72"), "\(last.lead)")
    }

    /// One record holds every word of "Avec quels pays le Mali a-t-il signé… ?" and others come
    /// close: it is the focus. "le deuxième" is the agreement its fact calls the second of its
    /// kind (Ouagadougou); "le dernier" the latest (Dakar, with IOM support).
    @Test func theOneFullMatchIsTheFocusAndItsFactsAreOrdered() {
        let steps = AssistantFixture.converse([
            "Avec quels pays le Mali a-t-il signé des accords contre le trafic d'enfants ?",
            "le deuxième, il a été signé où ?", "et le dernier, avec l'appui de qui ?",
        ])
        #expect(steps[0].conversation.focus == "mali-bilateral-child-trafficking-agreements", "\(steps[0].answer.lead)")
        #expect(steps[1].answer.lead.contains("Ouagadougou"), "\(steps[1].answer.lead)")
        #expect(steps[2].answer.lead.contains("OIM"), "\(steps[2].answer.lead)")
    }

    /// "Quanto o Brasil já investiu…?": what was invested is an amount of money.
    @Test func anInvestmentIsAnAmount() {
        let answer = AssistantFixture.assistant.respond(
            to: "Quanto o Brasil já investiu na cooperação Sul-Sul com a OIT contra o trabalho infantil?"
        ).answer
        #expect(answer.lead.contains("25 milhões"), "\(answer.lead)")
    }
}

/// Where within a country, and a meeting the focus held.
@Suite struct WhereWithinTests {
    /// "et en Irak c'était dans quelle région ?" after the RDPP: a part of a country, not the
    /// vocabulary's regions nor the city where the programme was launched.
    @Test func aRegionOfACountryIsAFactThatNamesOne() {
        let last = AssistantFixture.converse([
            "Le programme RDPP sur le travail des enfants au Liban et en Jordanie, qui le pilote ?",
            "et en Irak c'etait dans quelle region ?",
        ]).last!.answer
        #expect(last.intent == .answer, "\(last.lead)")
        #expect(last.lead.contains("Ninive") || last.lead.contains("Mossoul"), "\(last.lead)")
    }

    /// "¿en qué ciudad hicieron su conferencia regional…?" after ACCEL Africa: the focus writes
    /// all but one of the words; the conference is its own, not the session's.
    @Test func aMeetingTheFocusHeldIsNoSessionQuestion() {
        let last = AssistantFixture.converse([
            "que es ACCEL Africa?",
            "¿en qué ciudad hicieron su conferencia regional de intercambio de conocimientos?",
        ]).last!.answer
        #expect(last.hits.first?.id == "accel-africa", "\(last.lead)")
        #expect(last.lead.contains("Abiyán"), "\(last.lead)")
    }

    /// "how many pathfinder countries did Alliance 8.7 start out with?" names the Alliance, which
    /// writes as many of its words as Tunisia's record, whose name holds "Alliance 8.7 pathfinder".
    @Test func theRecordNamedKeepsTheQuestionWhenItHoldsAsMuch() {
        let answer = AssistantFixture.assistant.respond(
            to: "I was wondering how many pathfinder countries Alliance 8.7 started out with?"
        ).answer
        #expect(answer.hits.first?.id == "alliance-8-7", "\(answer.lead)")
        #expect(answer.lead.contains("15"), "\(answer.lead)")
    }
}
