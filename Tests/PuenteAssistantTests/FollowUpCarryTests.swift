import Testing

@testable import PuenteAssistant

/// Follow-ups that ask again what the last turn asked, of the fact it quoted or of
/// another record, and the chat shorthand people type them with.
@Suite struct FollowUpCarryTests {
    /// "¿y en qué ciudad?" after the signing was quoted: where that signing was, not another
    /// fact of the record that names a place (the 2003 handover at the Seme border).
    @Test func whereAfterAQuotedFactIsThatFactsPlace() {
        let steps = AssistantFixture.converse([
            "¿Qué acuerdos bilaterales contra la trata de niños hay en África Occidental?",
            "¿Cuándo se firmó el de Benín y Nigeria?", "¿y en qué ciudad?",
        ])
        #expect(steps[1].answer.lead.contains("2005"), "\(steps[1].answer.lead)")
        #expect(steps[2].answer.lead.contains("Cotonú"), "\(steps[2].answer.lead)")
    }

    /// "and CLEAR Cotton?" after "who funds ACCEL Africa?" asks who funds CLEAR Cotton;
    /// "¿Y el de Malí con Senegal?" after "¿en qué ciudad?" asks where that one was signed.
    @Test(arguments: [
        (["Who funds ACCEL Africa?", "and CLEAR Cotton?"], "EU"),
        (
            [
                "¿Qué acuerdos bilaterales contra la trata de niños hay en África Occidental?",
                "¿Dónde se firmó el de Benín y Nigeria?", "¿Y el de Malí con Senegal?",
            ], "Dakar"
        ),
    ])
    func aNameAloneAsksWhatTheLastQuestionAsked(_ turns: [String], _ expected: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.intent == .answer && last.lead.contains(expected), "\(last.lead)")
    }

    /// A region alone still moves the topic: "and in Asia?" after "who funds ACCEL Africa?" is no funding question.
    @Test func aRegionAloneIsNoNameToAskAgainOf() {
        let last = AssistantFixture.converse(["Who funds ACCEL Africa?", "and in Asia?"]).last!.answer
        #expect(last.intent == .search, "\(last.lead)")
    }

    /// "who does the ILO implement it with?": the question names who leads; it asks who else.
    @Test func namingTheLeadAsksForThePartners() {
        let last = AssistantFixture.converse([
            "What's the ILO's Asia Regional Child Labour Programme (ARC)?", "and who does the ILO implement it with?",
        ]).last!.answer
        #expect(last.lead.contains("UNICEF"), "\(last.lead)")
    }

    /// «وبأي مبلغ؟», "and what budget?": a word of cost alone asks how much.
    @Test(arguments: [
        (["حدثني عن مشروع برنامج الأغذية العالمي لمكافحة عمل الأطفال في مصر", "وبأي مبلغ؟"], "60"),
        (["What was the TACKLE project?", "what was its budget?"], "16,116,199"),
    ])
    func aWordOfCostAloneAsksHowMuch(_ turns: [String], _ expected: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.lead.contains(expected), "\(last.lead)")
    }

    /// "Il couvre quelle période ?": the record's period, from one year to the other.
    @Test(arguments: ["Il couvre quelle période ?", "what period does it cover?", "¿qué periodo abarca?"])
    func whatPeriodIsTheRecordsPeriod(_ text: String) {
        let last = AssistantFixture.converse([
            "L'Union africaine a-t-elle un plan d'action contre le travail des enfants ?", text,
        ]).last!.answer
        #expect(last.lead.contains("2020") && last.lead.contains("2030"), "\(last.lead)")
    }

    /// "Sorry, I meant the workshop. When was it held?": the last sentence asks; the one before names.
    @Test func theLastSentenceAsks() {
        let steps = AssistantFixture.converse([
            "ما هي الدراسة الإقليمية لجامعة الدول العربية حول عمل الأطفال؟", "متى أُطلقت؟",
            "عفواً، قصدت ورشة العمل العربية حول أثر الأوضاع الاقتصادية على عمل الأطفال. متى عُقدت؟",
        ])
        #expect(steps[2].answer.lead.contains("2024"), "\(steps[2].answer.lead)")
    }

    /// "il a ete signe ou ?": typed without its accent, "où" still asks where as the last word.
    @Test func whereWithoutItsAccentEndsTheQuestion() {
        let last = AssistantFixture.converse([
            "Parle moi de l'accord Benin Nigeria contre la traite des enfants", "il a ete signe ou ?",
        ]).last!.answer
        #expect(last.lead.contains("Cotonou"), "\(last.lead)")
    }

    /// "…que está na origem dele, é de que ano?": the part after the comma asks when.
    @Test func aLastPartAfterACommaAsksWhen() {
        let last = AssistantFixture.converse([
            "A SADC tem algum instrumento regional contra o trabalho infantil?",
            "E o estudo da OIT que está na origem dele, é de que ano?",
        ]).last!.answer
        #expect(last.lead.contains("1996"), "\(last.lead)")
    }

    /// "celui avec le Sénégal": the fact that names Senegal, not one that happens to write "celui".
    @Test func aFrameWordTellsNoFactApart() {
        let last = AssistantFixture.converse([
            "Quels accords le Mali a signés avec ses voisins contre le trafic d'enfants ?",
            "Et celui avec le Sénégal, il a été signé dans quelle ville ?",
        ]).last!.answer
        #expect(last.lead.contains("Dakar"), "\(last.lead)")
    }

    /// "Háblame de la Red Interamericana…": the words that ask about a name are no part of it.
    @Test func theWordsThatAskOpenNoName() {
        let answer = AssistantFixture.converse([
            "Háblame de la Red Interamericana para la Administración Laboral de la OEA"
        ]).last!.answer
        #expect(!answer.notices.contains { $0.kind == .absent }, "\(answer.lead)")
        #expect(answer.hits.first?.id == "oas-iacml-rial", "\(answer.lead)")
    }

    /// "¿y dónde se celebró?" after "¿cuándo fue el primer encuentro binacional?": the words
    /// carried ("primer encuentro") pick the fact, not the one quoted last.
    @Test func carriedWordsOutweighTheQuotedFact() {
        let last = AssistantFixture.converse([
            "¿Hay alguna cooperación entre Costa Rica y Panamá sobre los niños indígenas ngäbe-buglé que migran para la cosecha?",
            "¿Cuándo fue el primer encuentro binacional?", "¿y dónde se celebró?",
        ]).last!.answer
        #expect(last.lead.contains("David"), "\(last.lead)")
    }

    /// A meeting of an initiative, named by its countries, is no question about the session.
    @Test func anInitiativesMeetingIsNotTheSession() {
        let answer = AssistantFixture.converse([
            "Donde se hizo la primera reunion binacional Panama - Costa Rica sobre trabajo infantil de los indigenas ngäbe-buglé?"
        ]).last!.answer
        #expect(
            answer.intent != .logistics && answer.hits.first?.id == "costa-rica-panama-ngabe-bugle-child-labour",
            "\(answer.lead)")
        let session = AssistantFixture.converse([
            "¿Dónde es la sesión sobre cooperación regional e interregional en la erradicación del trabajo infantil?"
        ]).last!.answer
        #expect(session.intent == .logistics, "\(session.lead)")
    }

    /// "la Ligue sur le travail des enfants": "sur" stands inside names, as "on" does; the League is held.
    @Test func aSmallWordAfterAHeadNounIsNoPartOfAnAbsentName() {
        let answer = AssistantFixture.converse(["l'étude de la Ligue sur le travail des enfants"]).last!.answer
        #expect(!answer.notices.contains { $0.kind == .absent }, "\(answer.lead)")
    }

    /// "en q paises", "qdo foi": chat shorthand is written out before the question is read.
    @Test(arguments: [
        (["que es el mirti", "en q paises se aplico primero"], "Argentina"),
        (["o que é o MIRTI?", "em q países foi aplicado?"], "Argentina"),
        (["qnd o mercosul aprovou o plano regional contra o trabalho infantil?"], "2006"),
    ])
    func chatShorthandIsReadAsTheWordsItStandsFor(_ turns: [String], _ expected: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.lead.contains(expected), "\(last.lead)")
    }

    /// «مين», «فين», «اللي», «اتطلقت»: spoken Arabic written out in the standard words.
    @Test(arguments: [
        (["ما هي شراكة بروسبكتس؟", "مين اللي أطلقها؟"], "هولندا"),
        (["ما هي الدراسة الإقليمية لجامعة الدول العربية حول عمل الأطفال؟", "امتى اتطلقت؟"], "2019"),
    ])
    func spokenArabicIsReadAsTheStandardWords(_ turns: [String], _ expected: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.lead.contains(expected), "\(last.lead)")
    }

    /// "where did they sign it?": the fact whose signing the place follows in one sentence
    /// (Cotonou), not one that names a place and, clauses later, a memorandum signed.
    @Test func thePlaceFollowsTheEventInItsSentence() {
        let last = AssistantFixture.converse([
            "Tell me about the Benin Nigeria agreement against child trafficking", "where did they sign it?",
        ]).last!.answer
        #expect(last.lead.contains("Cotonou"), "\(last.lead)")
    }

    /// Countries written in lowercase name a new subject as capitalised ones do, and ask
    /// again what the last question asked.
    @Test func lowercaseCountriesNameAnotherRecord() {
        let last = AssistantFixture.converse([
            "Tell me about the Benin Nigeria agreement against child trafficking", "where did they sign it?",
            "and the one between ghana and ivory coast?",
        ]).last!.answer
        #expect(
            last.hits.first?.id == "ghana-cote-divoire-child-trafficking-cooperation" && last.lead.contains("Abidjan"),
            "\(last.lead)")
    }

    /// A follow-up that names a country and says more asks what it says, not the last question again.
    @Test func aCountryWithMoreWordsAsksItsOwnQuestion() {
        let last = AssistantFixture.converse([
            "What is the RDPP against child labour?", "who pays for it?",
            "and in Iraq, which governorate had the first project specifically on child labour?",
        ]).last!.answer
        #expect(last.lead.contains("Ninewa"), "\(last.lead)")
    }

    /// "con qué agencia…", "with which agency…": the record's partners.
    @Test(arguments: [
        "¿y con qué agencia hicieron el registro civil de los niños?",
        "and with which agency did they register the children born during the migration?",
    ])
    func withWhichAgencyAsksThePartners(_ text: String) {
        let last = AssistantFixture.converse(["¿Qué hacen Costa Rica y Panamá por los niños ngäbe-buglé?", text]).last!
            .answer
        #expect(last.hits.first?.id == "costa-rica-panama-ngabe-bugle-child-labour", "\(last.lead)")
        #expect(last.lead.contains("ACNUR") || last.lead.contains("UNHCR"), "\(last.lead)")
    }

    /// «la trata de personas» is trafficking, not "what the session is about"; a meeting of the
    /// Pacific's countries is theirs, and "¿y dónde fue?" asks where that was.
    @Test func traffickingIsNoTopicOfTheSession() {
        let steps = AssistantFixture.converse([
            "¿Qué se hizo en las islas del Pacífico contra la trata de personas y el trabajo infantil? ¿Hubo algún encuentro entre países?",
            "¿y dónde fue?",
        ])
        #expect(steps[0].answer.intent != .logistics, "\(steps[0].answer.lead)")
        #expect(steps[1].answer.intent != .logistics, "\(steps[1].answer.lead)")
    }

    /// "…segundo esse plano?" after the AU's plan: a region the question names in passing and
    /// another record's name sharing one word do not move the focus.
    @Test func thePlanPointedAtStaysTheFocus() {
        let last = AssistantFixture.converse([
            "A União Africana tem um plano contra o trabalho infantil?",
            "quantas crianças africanas estavam em trabalho infantil segundo esse plano?",
        ]).last!.answer
        #expect(last.hits.first?.id == "au-ten-year-action-plan", "\(last.lead)")
    }

    /// "q" is shorthand in Spanish only: an English question keeps it as typed.
    @Test func shorthandIsEachLanguagesOwn() {
        let packs = AssistantFixture.assistant.packs
        #expect(packs.writtenOut("en q países", in: "es") == "en qué países")
        #expect(packs.writtenOut("Q&A in q1", in: "en") == "Q&A in q1")
    }
}

/// Parts of a region named by their countries or the body they form.
@Suite struct PlaceTests {
    /// "Southeast Asia" holds the ASEAN roadmap, whose members are a group, not listed countries.
    @Test(arguments: ["initiatives in Southeast Asia", "initiatives en Asie du Sud-Est"])
    func aPartHoldsTheRecordsOfTheBodyItsCountriesForm(_ text: String) {
        let answer = AssistantFixture.converse([text]).last!.answer
        #expect(answer.hits.contains { $0.id == "asean-roadmap-child-labour" }, "\(answer.lead)")
        #expect(
            !answer.hits.contains { $0.id == "saievac-south-asia-action-plan" },
            "South Asia is another part: \(answer.lead)")
    }

    /// "which one of them is in Central Asia?" after cotton: the one listed record there.
    @Test func aPartPicksAmongTheListed() {
        let last = AssistantFixture.converse([
            "Which initiatives tackle child labour in cotton?", "which one of them is in Central Asia?",
        ]).last!.answer
        #expect(last.hits.first?.id == "uzbekistan-ilo-world-bank-tpm", "\(last.lead)")
    }

    /// "West African countries", «الموجودة»: a part named by its adjective, and words that only
    /// say the initiatives exist or are countries, search for nothing.
    @Test(arguments: [
        (
            "Are there bilateral agreements between West African countries against child trafficking?",
            "mali-bilateral-child-trafficking-agreements"
        ),
        (
            "ما هي مبادرات التعاون الإقليمي لمكافحة عمل الأطفال الموجودة في المنطقة العربية؟",
            "las-alo-accd-joint-child-labour-action"
        ),
    ])
    func framesAndAdjectivesOfPlacesSearchNothing(_ text: String, _ expected: String) {
        let answer = AssistantFixture.converse([text]).last!.answer
        #expect(answer.hits.contains { $0.id == expected }, "\(answer.lead)")
        #expect(answer.interpretation.relaxed == false, "every word held: \(answer.lead)")
    }

    /// Two parts of one region named together: each is a place, none of their words a topic, and
    /// the records in both come first.
    @Test func twoPartsAreBothPlaces() {
        let answer = AssistantFixture.converse([
            "Quels accords contre la traite existent entre l'Afrique de l'Ouest et l'Afrique centrale ?"
        ]).last!.answer
        #expect(answer.hits.first?.id == "ecowas-eccas-trafficking-agreement", "\(answer.lead)")
        #expect(!answer.lead.contains("centrale »"), "\(answer.lead)")
    }

    /// A record its group leads is in the group's part: the ECOWAS–ECCAS accord is in Central Africa.
    @Test func aRecordItsGroupLeadsIsInThePart() {
        let answer = AssistantFixture.converse(["accords contre la traite des enfants en Afrique centrale"]).last!
            .answer
        #expect(answer.hits.first?.id == "ecowas-eccas-trafficking-agreement", "\(answer.lead)")
    }

    /// "and in Southeast Asia, anything similar?" after South Asia's plan: the part's nearest
    /// records, though only South Asia's holds every word of the topic.
    @Test func aPartSwappedInGivesItsNearest() {
        let last = AssistantFixture.converse([
            "Is there a regional action plan in South Asia to end all forms of child labour?",
            "and in Southeast Asia, anything similar?",
        ]).last!.answer
        #expect(last.hits.first?.id == "asean-roadmap-child-labour", "\(last.lead)")
    }

    /// "which of them does the ILO run with the World Bank?": the one whose one text says both.
    @Test func wordsHeldTogetherPickAmongTheListed() {
        let last = AssistantFixture.converse([
            "Which initiatives tackle child labour in cotton?", "which of them does the ILO run with the World Bank?",
        ]).last!.answer
        #expect(last.hits.map(\.id) == ["uzbekistan-ilo-world-bank-tpm"], "\(last.lead)")
    }
}

/// Countries asked about together that no record joins: the knowledge holds each, nothing between them.
@Suite struct CountriesBetweenTests {
    @Test(arguments: [
        ("¿Existe algún convenio entre Bolivia y Argentina sobre el trabajo infantil?", "entre «Bolivia y Argentina»"),
        ("Is there an agreement between Bolivia and Argentina on child labour?", "between “Bolivia and Argentina”"),
        ("هل يوجد اتفاق بين بوليفيا والأرجنتين؟", "بين «بوليفيا والأرجنتين»"),
    ])
    func countriesNoRecordJoinsAreSaidApart(_ text: String, _ expected: String) {
        let answer = AssistantFixture.converse([text]).last!.answer
        #expect(answer.lead.contains(expected) && answer.notices.contains { $0.kind == .absent }, "\(answer.lead)")
    }

    /// A record that lists both, or a body's record whose part holds both (the ECOWAS plan), joins them.
    @Test(arguments: [
        "Is there an agreement between Benin and Nigeria against trafficking?",
        "Is there cooperation between Ghana and Nigeria on child labour?",
    ])
    func countriesARecordJoinsAreNotAbsent(_ text: String) {
        let answer = AssistantFixture.converse([text]).last!.answer
        #expect(!answer.notices.contains { $0.kind == .absent }, "\(answer.lead)")
    }
}

/// Questions others wrote in a chat: words that ask, not names; the one of a list by its place.
@Suite struct ChatPhrasingTests {
    /// "tem algum fundo…?": "algum" opens no name, so the fund the knowledge holds is not said absent.
    @Test func aWordOfTheFrameIsNoPartOfAnAbsentName() {
        let answer = AssistantFixture.converse([
            "tem algum fundo que paga educação nas zonas de cacau da costa do marfim?"
        ]).last!.answer
        #expect(!answer.notices.contains { $0.kind == .absent }, "\(answer.lead)")
        #expect(answer.hits.first?.id == "clef-cote-divoire", "\(answer.lead)")
    }

    /// "e a da América Central?" after "a do Mercosul foi aprovada quando?": the listed one in that part, asked when.
    @Test func theOneOfAPartPicksFromTheList() {
        let last = AssistantFixture.converse([
            "que iniciativas regionais contra o trabalho infantil existem na america latina?",
            "a do mercosul foi aprovada quando?", "e a da América Central?",
        ]).last!.answer
        #expect(last.hits.first?.id == "central-america-dr-roadmap", "\(last.lead)")
    }

    /// «le projet pilote» is a pilot project, not who pilots it: "dans quelle ville ?" asks where.
    @Test func aPilotProjectIsNoLeader() {
        let last = AssistantFixture.converse([
            "Qu'est-ce que l'OIT a fait avec le Maroc contre le travail des enfants ?",
            "le projet pilote sur l'artisanat c'etait dans quelle ville ?",
        ]).last!.answer
        #expect(last.lead.contains("Marrakech"), "\(last.lead)")
    }

    /// "South Asian countries" is a part of a region; "supposed to wrap up" asks until when.
    @Test func aPartsAdjectiveNamesNoBody() {
        let steps = AssistantFixture.converse([
            "Is there an ILO programme that works towards child-labour-free zones in several South Asian countries?",
            "when was it supposed to wrap up?",
        ])
        #expect(steps[0].answer.hits.first?.id == "arc-asia-regional-child-labour", "\(steps[0].answer.lead)")
        #expect(steps[1].answer.lead.contains("2023"), "\(steps[1].answer.lead)")
    }

    /// «مين بيموّل الدراسة الإقليمية؟» after a list: the listed record its words name.
    @Test func theListedRecordTheWordsNameComesFirst() {
        let last = AssistantFixture.converse([
            "ما هي مبادرات مكافحة عمل الأطفال في الدول العربية؟", "مين بيموّل الدراسة الإقليمية؟",
        ]).last!.answer
        #expect(last.hits.first?.id == "las-arab-child-labour-study-strategy", "\(last.lead)")
    }
}

/// A correction, or words that name a part of the initiative in focus, ask again what the last question asked.
@Suite struct CorrectionCarryTests {
    /// "sorry, I meant the regional plan" after the MERCOSUR campaign's launch: when the plan was adopted.
    @Test(arguments: [
        ("when was the MERCOSUR campaign launched?", "sorry, I meant the regional plan", "18 July 2006"),
        (
            "quando foi lançada a campanha do MERCOSUL contra o trabalho infantil?",
            "não, desculpa, quis dizer o plano regional", "18 de julho de 2006"
        ),
        (
            "quando foi lançada a campanha do MERCOSUL contra o trabalho infantil?", "e o plano regional?",
            "18 de julho de 2006"
        ),
        (
            "quando foi lançada a campanha do MERCOSUL contra o trabalho infantil?",
            "e a mesa binacional com o Uruguai?", "24 de setembro de 2025"
        ),
    ])
    func aCorrectionAsksTheLastQuestionOfWhatItNames(_ first: String, _ second: String, _ expected: String) {
        let last = AssistantFixture.converse([first, second]).last!.answer
        #expect(last.lead.contains(expected), "\(last.lead)")
    }

    /// Words of a fact, not of the focus's name, ask their own question: "et leur objectif de
    /// capitalisation ?" after who funds CLEF is the 110 million target, not the funders again.
    @Test func wordsOfAFactAskTheirOwnQuestion() {
        let last = AssistantFixture.converse([
            "c koi le CLEF ?", "ki met l'argent ?", "et leur objectif de capitalisation ?",
        ]).last!.answer
        #expect(last.lead.contains("110"), "\(last.lead)")
    }
}

/// A theme alone after one record ("and on cocoa?") moves the topic, as a place alone does;
/// a whole question asking for initiatives of a place does not keep an old topic.
@Suite struct ThemeMoveTests {
    @Test func aWholeListQuestionDropsTheOldTopic() {
        let steps = AssistantFixture.converse([
            "¿Qué iniciativas hay contra el trabajo infantil en el cacao?",
            "Quelles initiatives régionales existent en Afrique australe ?",
        ])
        #expect(!steps[1].answer.lead.contains("cacao"), "\(steps[1].answer.lead)")
        #expect(steps[1].answer.hits.first?.id == "sadc-code-of-conduct-child-labour", "\(steps[1].answer.lead)")
        let ellipsis = AssistantFixture.converse([
            "¿Qué iniciativas hay contra el trabajo infantil en el cacao?", "¿y en Asia?",
        ]).last!.answer
        #expect(ellipsis.lead.contains("cacao"), "an elliptic question keeps the topic: \(ellipsis.lead)")
    }

    @Test func aThemeAloneMovesTheTopic() {
        let last = AssistantFixture.converse([
            "which initiatives work on cotton?", "which of those is in Central Asia?", "and on cocoa?",
        ]).last!.answer
        #expect(last.intent == .search, "\(last.lead)")
        #expect(last.hits.first?.id == "west-africa-cocoa-cooperation", "\(last.lead)")
    }
}
