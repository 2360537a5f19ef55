import PuenteKnowledge
import PuenteSupport
import Testing

@testable import PuenteAssistant

/// Countries as a question writes them, and what they tell: which record is described, and
/// which of a list a follow-up picks.
@Suite struct CountryReadingTests {
    /// «وكوت ديفوار» is "and Côte d'Ivoire": the conjunction written onto the name hides no country.
    @Test func aCountryBehindAProcliticIsLinked() {
        let assistant = AssistantFixture.assistant
        let question = Question(
            "غانا وكوت ديفوار", language: .arabic, packs: assistant.packs, analyzer: assistant.analyzer,
            countries: assistant.names.countries)
        #expect(assistant.names.countries.links(in: question.words).map(\.code) == ["GH", "CI"])
    }

    /// Three records' names say "cross-border trafficking"; one lists both countries named.
    @Test func theRecordListingEveryCountryNamedIsTheOneDescribed() {
        let answer = AssistantFixture.assistant.respond(
            to: "امتى وقعت غانا وكوت ديفوار الاعلان المشترك ضد الاتجار بالاطفال عبر الحدود؟"
        ).answer
        #expect(answer.hits.first?.id == "ghana-cote-divoire-child-trafficking-cooperation", "\(answer.lead)")
        #expect(answer.lead.contains("2016"), "\(answer.lead)")
    }

    @Test func theOneInACountryPicksItFromTheList() {
        let steps = AssistantFixture.converse([
            "Are there cooperation initiatives against child labour in cotton?",
            "the one in Uzbekistan - who does the monitoring?",
        ])
        #expect(steps[0].conversation.listed.contains("uzbekistan-ilo-world-bank-tpm"))
        #expect(steps[1].conversation.focus == "uzbekistan-ilo-world-bank-tpm", "\(steps[1].answer.lead)")
        #expect(steps[1].answer.lead.contains("ILO"), "\(steps[1].answer.lead)")
    }

    /// Paraguay Okakuaa lists Paraguay: naming it again asks about the focus, not anew.
    @Test func aCountryTheFocusListsIsNoNewSubject() {
        let steps = AssistantFixture.converse([
            "¿Qué es Paraguay Okakuaa?", "¿en qué departamento de Paraguay se centraba?",
        ])
        #expect(steps[1].conversation.focus == "paraguay-okakuaa", "\(steps[1].answer.lead)")
        #expect(
            steps[1].answer.lead.contains("Guairá") || steps[1].answer.lead.contains("Guaira"),
            "\(steps[1].answer.lead)")
    }
}

/// What a question asks, when words around the cue qualify rather than ask.
@Suite struct AskedReadingTests {
    /// "UK-funded" describes the programme; "which countries" is what is asked.
    @Test func aCueHyphenedOntoANameQualifiesIt() {
        let assistant = AssistantFixture.assistant
        let question = Question(
            "Which countries were part of the UK-funded ARC programme on child labour in Asia?", language: .english,
            packs: assistant.packs, analyzer: assistant.analyzer, countries: assistant.names.countries)
        #expect(question.asked == .countries)
        let answer = assistant.respond(
            to: "Which countries were part of the UK-funded ARC programme on child labour in Asia?"
        ).answer
        #expect(answer.lead.contains("Bangladesh") && answer.lead.contains("Nepal"), "\(answer.lead)")
    }

    @Test func qualifiedWordsInFrenchStillAsk() {
        let assistant = AssistantFixture.assistant
        let question = Question(
            "Qu'est-ce que le programme ARC ?", language: .french, packs: assistant.packs, analyzer: assistant.analyzer,
            countries: assistant.names.countries)
        #expect(question.asked == .what)
    }

    /// "… the peer review of each other's policies": words the record's summary holds date the
    /// record, and a fact that writes only a background year ("since 2005") does not.
    @Test func aWhenAboutTheRecordItselfIsItsPeriod() {
        let answer = AssistantFixture.assistant.respond(
            to: "when did kyrgyzstan and tajikistan do the peer review of each others child labour policies"
        ).answer
        #expect(answer.lead.contains("2016"), "\(answer.lead)")
        #expect(!answer.lead.contains("2005"), "\(answer.lead)")
    }

    @Test(arguments: [
        "the one in Uzbekistan - who does the monitoring?", "¿Quién realiza el seguimiento?",
        "Quem realiza o monitoramento?", "من يقوم بالرصد؟",
    ])
    func whoDoesTheWorkAsksWhoLeads(_ text: String) {
        let assistant = AssistantFixture.assistant
        let language = ReplyLanguage.guess(
            text, fallback: .spanish, packs: assistant.packs, analyzer: assistant.analyzer,
            written: assistant.wordLanguages)
        #expect(
            Question(
                text, language: language, packs: assistant.packs, analyzer: assistant.analyzer,
                countries: assistant.names.countries
            ).asked == .leads, "\(text)")
    }
}

/// An answer that says the knowledge lacks a name is about that name, not about the focus.
@Suite struct AbsentBesideFocusTests {
    @Test func theAbsentAnswerShowsNoFocusAndTheConversationKeepsIt() {
        let steps = AssistantFixture.converse([
            "¿Quién financia ACCEL Africa?", "¿Qué hace la Comunidad Andina contra el trabajo infantil?",
            "¿y cuándo empezó?",
        ])
        #expect(steps[1].answer.notices.contains { $0.kind == .absent })
        #expect(steps[1].answer.interpretation.focus == nil, "\(steps[1].answer.interpretation.labels)")
        #expect(steps[1].conversation.focus == "accel-africa")
        #expect(
            steps[2].answer.hits.first?.id == "accel-africa" && steps[2].answer.lead.contains("2018"),
            "\(steps[2].answer.lead)")
    }
}

/// Parts of a region named by their countries, names whose head is put in other words,
/// and questions that mention a word of a command or of the session without asking for it.
@Suite struct PlacesAndPhrasingTests {
    /// No record writes "North Africa": those listing one of its countries are the ones in it.
    @Test(arguments: [
        "هل توجد مبادرات تعاون لمكافحة عمل الأطفال في شمال أفريقيا؟",
        "initiatives in North Africa against child labour",
        "Quelles initiatives en Afrique du Nord ?", "ما هي المبادرات في شمال أفريقيا؟",
    ])
    func aPlaceIsHeldByTheRecordsListingItsCountries(_ text: String) {
        let assistant = AssistantFixture.assistant
        let answer = assistant.respond(to: text).answer
        let northAfrica: Set = ["DZ", "EG", "LY", "MA", "MR", "SD", "TN"]
        #expect(answer.hits.count >= 3)
        #expect(
            answer.hits.prefix(3).allSatisfy { hit in
                !northAfrica.isDisjoint(with: assistant.knowledge.initiative(hit.id)?.countries ?? [])
            }, "\(answer.hits.map(\.id))")
    }

    /// Asked for alone, a part's records are the answer, and the lead counts them.
    @Test func aPlaceAloneListsItsRecords() {
        let answer = AssistantFixture.assistant.respond(to: "Quelles initiatives en Afrique du Nord ?").answer
        #expect(answer.lead.hasPrefix("\(answer.total) initiatives") && answer.total < 10, "\(answer.lead)")
    }

    @Test func aPlaceNeedsValidCountryCodes() throws {
        let vocabulary = try BundledKnowledge.load().vocabulary
        let places = vocabulary.terms.flatMap(\.places)
        #expect(places.contains { $0.names.contains("North Africa") && $0.countries.contains("TN") })
        #expect(
            vocabulary.term(.region, "africa")?.includes.contains("شمال أفريقيا") == true,
            "a place's names select its region")
    }

    /// "Força-Tarefa Global sobre Trabalho Infantil e Educação para Todos": the head in other
    /// words before the name's end is the name, not an absent one.
    @Test func aNamesHeadInOtherWordsStillNamesIt() {
        let answer = AssistantFixture.assistant.respond(
            to: "Quando e onde foi lançada a Força-Tarefa Global sobre Trabalho Infantil e Educação para Todos?"
        ).answer
        #expect(!answer.notices.contains { $0.kind == .absent }, "\(answer.lead)")
        #expect(
            answer.hits.first?.id == "global-task-force-child-labour-education" && answer.lead.contains("2005"),
            "\(answer.lead)")
    }

    @Test func aQuestionThatMentionsABriefingAsksItsQuestion() {
        let assistant = AssistantFixture.assistant
        let answer = assistant.respond(
            to:
                "I'm preparing a briefing on the cocoa countries. In which city did the first ladies of Ghana and Côte d'Ivoire sign their 2016 joint declaration on cross-border child trafficking?"
        ).answer
        #expect(answer.intent != .brief && answer.lead.contains("Abidjan"), "\(answer.lead)")
        #expect(assistant.respond(to: "brief please").answer.intent == .brief)
    }

    @Test(arguments: [
        "la sesion sobre cooperacion regional e interregional es parte de que evento?",
        "the session is part of which event?",
    ])
    func whichEventTheSessionIsPartOf(_ text: String) {
        let answer = AssistantFixture.assistant.respond(to: text).answer
        #expect(answer.intent == .logistics && answer.lead.contains("Marrakech"), "\(answer.lead)")
    }
}

/// The kind of record a list asks for ("acuerdos", «اتفاقات») is no word a record must write.
@Suite struct ListWordTests {
    @Test(arguments: [
        "ما هي اتفاقات التعاون الثنائي ضد الاتجار بالأطفال في أوروبا؟",
        "¿Qué acuerdos bilaterales contra la trata de niños hay en Europa?",
    ])
    func aListOfAgreementsInEuropeFindsTheBilateralOne(_ text: String) {
        let answer = AssistantFixture.assistant.respond(to: text).answer
        #expect(answer.hits.first?.id == "greece-albania-child-trafficking-agreement", "\(answer.lead)")
    }
}
