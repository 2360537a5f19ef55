import Testing

@testable import PuenteAssistant

/// Two records called "IPEC": the rest of the question says which one is meant.
@Suite struct SharedNameTests {
    @Test(arguments: [
        ("What is the ILO IPEC cooperation with Morocco?", "ipec-morocco"),
        ("ما هو تعاون منظمة العمل الدولية مع المغرب في اطار برنامج ايبك؟", "ipec-morocco"),
        ("Which countries were part of the ILO-IPEC regional projects in Central Asia?", "ipec-central-asia-regional"),
    ])
    func theRestOfTheQuestionTellsThemApart(_ question: String, _ id: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(answer.hits.first?.id == id, "\(answer.lead)")
    }

    /// "projects" is plural, but a question naming one initiative asks its countries, not a list.
    @Test func aPluralInsideANamedRecordStillAsksItsCountries() {
        let answer = AssistantFixture.assistant.respond(
            to:
                "I cover Central Asia for our union. Which countries were part of the old ILO-IPEC regional child labour projects there (the 2004-2011 ones)?"
        ).answer
        #expect(
            answer.intent == .answer && answer.lead.contains("Kyrgyzstan") && answer.lead.contains("Tajikistan"),
            "\(answer.lead)")
    }
}

/// What a conversation asks after its first answer, read against what it showed.
@Suite struct DetailFollowUpTests {
    /// The summary says who funds ("a project financially supported by USDOL") when no fact does.
    @Test(arguments: [
        ["what is the ILO IPEC cooperation with Morocco?", "who funds it?"],
        ["ما هو تعاون منظمة العمل الدولية مع المغرب في اطار برنامج ايبك؟", "ومن يموله؟"],
    ])
    func theSummarySaysWhoFunds(_ turns: [String]) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(
            last.lead.contains("US Department of Labor") || last.lead.contains("وزارة العمل الأمريكية"), "\(last.lead)")
    }

    /// A long question whose every word the focus writes is about the focus.
    @Test func aQuestionTheFocusWritesWholeIsAboutIt() {
        let last = AssistantFixture.converse([
            "ما هو تعاون منظمة العمل الدولية مع المغرب في اطار برنامج ايبك؟",
            "وفي اي قطاع كان المشروع التجريبي في مراكش؟",
        ]).last!.answer
        #expect(last.lead.contains("الصناعة التقليدية"), "\(last.lead)")
    }

    /// "e qual foi o orçamento?" after a list answers from those listed that give a budget;
    /// a bare new topic after a list is a new search.
    @Test func aDetailAfterAListIsAskedOfThoseThatWriteIt() {
        let steps = AssistantFixture.converse(["iniciativas sobre algodão", "e qual foi o orçamento?"])
        #expect(steps[1].answer.lead.contains("6,8 milhões"), "\(steps[1].answer.lead)")
        let fresh = AssistantFixture.converse(["iniciativas sobre algodão", "cadenas de suministro"]).last!.answer
        #expect(!fresh.interpretation.followUp, "\(fresh.lead)")
    }

    /// A list of one is that one: the next question is about it.
    @Test func aListOfOneIsTheFocus() {
        let steps = AssistantFixture.converse([
            "qué proyectos hay del PMA contra el trabajo infantil en egipto?", "¿y quién lo financia?",
        ])
        #expect(steps[0].conversation.focus == "egypt-wfp-education-child-labour", "\(steps[0].answer.lead)")
        #expect(steps[1].answer.hits.first?.id == "egypt-wfp-education-child-labour", "\(steps[1].answer.lead)")
    }

    /// "et où ?" without its accent still asks where, after a record.
    @Test func whereWithoutItsAccentFollowsUp() {
        let last = AssistantFixture.converse([
            "il y a un accord entre le benin et le nigeria contre la traite des enfants ?", "et ou ?",
        ]).last!.answer
        #expect(last.lead.contains("Cotonou"), "\(last.lead)")
    }
}

/// How a question's words choose among one record's facts.
@Suite struct UnitChoiceTests {
    /// "By how much" asks for a change, which the fact gives as a share.
    @Test func aChangeAskedForIsAShare() {
        let answer = AssistantFixture.assistant.respond(
            to: "By how much did forced labour drop in the Uzbek cotton harvest of 2019 compared with the year before?"
        ).answer
        #expect(answer.lead.contains("40%"), "\(answer.lead)")
    }

    /// A number beside no counted word is not replaced by a later one that holds less of the question.
    @Test func aCountCloserToTheQuestionIsKept() {
        let answer = AssistantFixture.assistant.respond(
            to: "Cuantos indigenas ngobe bugle se van de Panama a Costa Rica para las cosechas de cafe, mas o menos?"
        ).answer
        #expect(answer.lead.contains("60.000"), "\(answer.lead)")
    }

    /// «العمل المشترك لجامعة الدول العربية ومنظمة العمل العربية» names its bodies behind proclitics.
    @Test func aNameIsReadBehindProclitics() {
        let answer = AssistantFixture.assistant.respond(
            to: "ما هو العمل المشترك بين جامعة الدول العربية ومنظمة العمل العربية ضد عمل الاطفال؟"
        ).answer
        #expect(answer.hits.first?.id == "las-alo-accd-joint-child-labour-action", "\(answer.lead)")
    }

    /// Typed without accents, Portuguese is told by words only its texts write ("cacau").
    @Test func aPortugueseQuestionWithoutAccentsIsAnsweredInPortuguese() {
        let answer = AssistantFixture.assistant.respond(
            to: "o que e o protocolo harkin engel? vi citado numa apresentacao sobre cacau"
        ).answer
        #expect(answer.language == .portuguese, "\(answer.lead)")
    }
}

/// Follow-ups written outside the team: a pick from a list, who did what an event names,
/// an Arabic question opening with «و», "the first" in Arabic.
@Suite struct EventAndPickFollowUpTests {
    @Test func whichOneNarrowsTheListToTheOneThatWritesIt() {
        let steps = AssistantFixture.converse([
            "bilateral agreements against cross-border child trafficking in west africa?", "which one involves ghana?",
            "who signed the ministerial agreement?",
        ])
        #expect(
            steps[1].answer.hits.first?.id == "ghana-cote-divoire-child-trafficking-cooperation",
            "\(steps[1].answer.lead)")
        #expect(steps[2].answer.lead.contains("Haruna Iddrisu"), "\(steps[2].answer.lead)")
    }

    /// "Qui l'a lancé ?" is answered by the fact of its founding, not by who leads it today.
    @Test func whoLaunchedItIsWhoFoundedIt() {
        let last = AssistantFixture.converse(["c'est quoi le processus de rabat ?", "qui l'a lancé ?"]).last!.answer
        #expect(last.lead.contains("Espagne") && last.lead.contains("Sénégal"), "\(last.lead)")
    }

    @Test func aCorrectionKeepsWhatWasAsked() {
        let last = AssistantFixture.converse([
            "tell me about the global march against child labour", "who founded it?",
            "no, I meant the global task force on child labour and education, who's in it?",
        ]).last!.answer
        #expect(last.lead.contains("UNESCO"), "\(last.lead)")
    }

    @Test func anArabicQuestionMayOpenWithAnd() {
        let last = AssistantFixture.converse([
            "ما هي مجموعة الأدوات المشتركة بين الوكالات بشأن عمل الأطفال في العمل الإنساني؟",
            "وأي بلد كان الأول في المنطقة في تطبيقها؟",
        ]).last!.answer
        #expect(last.intent == .answer && last.lead.contains("العراق"), "\(last.lead)")
    }

    @Test func theFirstInArabicAsksForTheEarliest() {
        let last = AssistantFixture.converse([
            "شو هي الدراسة الإقليمية عن عمل الأطفال في الدول العربية؟", "ومتى كانت أول دراسة إقليمية من هذا النوع؟",
        ]).last!.answer
        #expect(last.lead.contains("1993"), "\(last.lead)")
    }

    /// "¿Qué se está haciendo…?", "o que está sendo feito…": the frame is no topic word.
    @Test(arguments: [
        ("¿Qué se está haciendo contra el trabajo infantil en el cacao?", "haciendo"),
        ("o que está sendo feito sobre migração na África?", "feito"),
    ])
    func whatIsBeingDoneIsNoTopic(_ question: String, _ frame: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(!answer.interpretation.canonicalQuery.contains(frame), "\(answer.interpretation.canonicalQuery)")
    }

    /// "and in South Asia?" after what ASEAN has done keeps the topic, not the frame.
    @Test func aRegionSwapAfterWhatWasDoneFindsTheRegionsPlan() {
        let last = AssistantFixture.converse([
            "what has ASEAN done on regional roadmaps against child labour?", "and in south asia?",
        ]).last!.answer
        #expect(!last.interpretation.canonicalQuery.contains("done"), "\(last.interpretation.canonicalQuery)")
        #expect(last.hits.contains { $0.id == "saievac-south-asia-action-plan" }, "\(last.lead)")
    }
}

/// What one answer was about does not become the topic of the next search.
@Suite struct TopicAfterAnAnswerTests {
    @Test func aQuestionAboutOneRecordLeavesNoTopicBehind() {
        let steps = AssistantFixture.converse([
            "Quantos países fazem parte da Iniciativa Regional?", "e quem a apoiou no início?",
            "iniciativas de cooperação Sul-Sul na África",
        ])
        #expect(steps[2].conversation.topic.isEmpty, "\(steps[2].conversation.topic)")
        #expect(steps[2].answer.total > 1, "\(steps[2].answer.lead)")
    }

    /// A bare topic after a list of one is a new search, not a detail of that one.
    @Test func aBareTopicAfterAListOfOneIsANewSearch() {
        let last = AssistantFixture.converse(["cacao en África", "solo Sur-Sur", "cadenas de suministro"]).last!.answer
        #expect(last.intent == .search, "\(last.lead)")
    }
}

/// What it cost is a number with its currency; spoken Arabic asks with its own words.
@Suite struct AmountAndSpokenCueTests {
    @Test(arguments: [
        (["o que foi o projeto TACKLE?", "e quanto custou?"], "16.116.199 euros"),
        (
            [
                "cómo funciona la cooperación sur-sur de brasil con la oit contra el trabajo infantil?",
                "¿y cuánta plata ha puesto brasil?",
            ], "25 millones de dólares"
        ),
    ])
    func whatItCostIsAnAmount(_ turns: [String], _ expected: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.lead.contains(expected), "\(last.lead)")
    }

    /// Egyptian «امتى», Maghrebi «شحال», Gulf «وش هي دول».
    @Test(arguments: [
        (
            "هي ورشة العمل العربية اللي اتعملت في القاهرة عن تأثير الأوضاع الاقتصادية على عمالة الأطفال كانت امتى بالظبط؟",
            "2024"
        ),
        ("شحال من مدينة وقّعات على حملة المدن الأفريقية بلا أطفال فالشارع اللي تلانصات فمراكش؟", "60"),
        ("وش هي دول الاستقبال اللي وقعت إعلان أبوظبي مع دول عملية كولومبو؟", "ماليزيا"),
    ])
    func spokenArabicAsksWithItsOwnWords(_ question: String, _ expected: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(answer.intent == .answer && answer.lead.contains(expected), "\(answer.lead)")
    }

    /// "qui la porte ?", "who else…?", "Which Pacific island countries…?".
    @Test func whoCarriesItAndWhoElse() {
        let carried = AssistantFixture.converse([
            "la campagne des villes africaines sans enfants en situation de rue", "qui la porte ?",
        ]).last!.answer
        #expect(carried.lead.contains("REFELA"), "\(carried.lead)")
        let others = AssistantFixture.converse([
            "the Kyrgyzstan–Tajikistan peer review on child labour", "who else sent a peer team?",
        ]).last!.answer
        #expect(others.lead.contains("Türkiye"), "\(others.lead)")
        let countries = AssistantFixture.assistant.respond(
            to:
                "Which Pacific island countries sent people to the 2015 ILO forum in Nadi on child labour and trafficking?"
        ).answer
        #expect(countries.intent == .answer && countries.lead.contains("Fiji"), "\(countries.lead)")
    }
}

/// A follow-up every word of which the focus writes stays on the focus.
@Suite struct FocusHeldFollowUpTests {
    @Test func whoDrewItUpWithTheILOIsTheFocussDrafters() {
        let last = AssistantFixture.converse([
            "háblame del modelo de identificación del riesgo de trabajo infantil",
            "¿y quién lo elaboró junto con la OIT?",
        ]).last!.answer
        #expect(last.hits.first?.id == "mirti-child-labour-risk-model" && last.lead.contains("CEPAL"), "\(last.lead)")
    }

    /// "inter-regional" with its hyphen is the session's own word, then "quando é?" asks its day.
    @Test func theSessionNamedByItsTitleKeepsTheConversation() {
        let steps = AssistantFixture.converse([
            "fale-me da sessão sobre cooperação regional e inter-regional", "quando é?",
        ])
        #expect(steps[0].answer.intent == .logistics, "\(steps[0].answer.lead)")
        #expect(steps[1].answer.lead.contains("12 de fevereiro"), "\(steps[1].answer.lead)")
    }
}

/// Questions whose answer is one event's fact or one record's own name.
@Suite struct EventFactAndOwnNameTests {
    @Test func theCountriesThatFoundedItAreThoseOfItsFounding() {
        let answer = AssistantFixture.assistant.respond(
            to: "¿Qué países impulsaron en su día la creación del Proceso de Rabat?"
        ).answer
        #expect(answer.lead.contains("España") && answer.lead.contains("Senegal"), "\(answer.lead)")
    }

    /// "ILO-IPEC" is two records' name; "WACAP" is one record's.
    @Test func aNameOfOneRecordSaysMoreThanAShared() {
        let answer = AssistantFixture.assistant.respond(
            to: "Which countries did the old ILO-IPEC WACAP project on hazardous child labour in cocoa cover?"
        ).answer
        #expect(answer.hits.first?.id == "west-africa-cocoa-cooperation", "\(answer.lead)")
    }

    /// "projetos" is plural, but "quanto dinheiro" asks an amount, not a list.
    @Test func howMuchMoneyIntoProjectsIsAnAmount() {
        let answer = AssistantFixture.assistant.respond(
            to:
                "Quanto dinheiro o Brasil pôs em projetos de cooperação Sul-Sul e triangular com a OIT entre 2005 e 2022?"
        ).answer
        #expect(answer.intent == .answer && answer.lead.contains("25 milhões"), "\(answer.lead)")
    }
}

/// Who organised or helped, something similar elsewhere, and letters two languages share.
@Suite struct OrganisedHelpedSimilarTests {
    @Test func whoOrganisedItIsWhoLeadsIt() {
        let last = AssistantFixture.converse([
            "tell me about the Pacific sub-regional forum on child labour and trafficking", "who organised it?",
        ]).last!.answer
        #expect(last.intent == .answer && last.lead.contains("ILO"), "\(last.lead)")
    }

    @Test func whoHelpedAreThosePartOfIt() {
        let last = AssistantFixture.converse([
            "existe algum acordo entre a Grécia e a Albânia contra o tráfico de crianças?",
            "e quem ajudou a prepará-lo?",
        ]).last!.answer
        #expect(last.lead.contains("Terre des hommes"), "\(last.lead)")
    }

    /// "algo parecido" is no topic: the region swap searches the ILO's work there.
    @Test func somethingSimilarElsewhereKeepsNoFrameWords() {
        let last = AssistantFixture.converse([
            "o que é o programa ARC da OIT contra o trabalho infantil na Ásia?",
            "e na Ásia Central, a OIT teve algo parecido?",
        ]).last!.answer
        #expect(
            !last.interpretation.canonicalQuery.contains("parecido")
                && last.hits.contains { $0.id == "ipec-central-asia-regional" }, "\(last.lead)")
    }

    /// "Albânia" writes â as French does; the question is Portuguese.
    @Test func aLetterPortugueseSharesWithFrenchDoesNotMakeItFrench() {
        let answer = AssistantFixture.assistant.respond(
            to: "existe algum acordo entre a Grécia e a Albânia contra o tráfico de crianças?"
        ).answer
        #expect(answer.language == .portuguese, "\(answer.lead)")
    }

    /// «الدراسة العربية … في مقر الجامعة العربية»: the League's study, described by its own
    /// name's words, though one word of the question («عمالة») only another record writes.
    @Test func theRecordItsNameDescribesBeatsTheBodysRecord() {
        let answer = AssistantFixture.assistant.respond(
            to: "في أي شهر وسنة أُعلنت الدراسة العربية حول عمالة الأطفال في مقر الجامعة العربية بالقاهرة؟"
        ).answer
        #expect(
            answer.hits.first?.id == "las-arab-child-labour-study-strategy" && answer.lead.contains("2019"),
            "\(answer.lead)")
    }
}
