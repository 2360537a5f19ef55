import PuenteText
import Testing

@testable import PuenteAssistant

/// Short follow-ups that ask the same event's place or time, corrections, and the words
/// around a question that say which, not what.
@Suite struct EventEllipsisTests {
    /// "¿y dónde?" after "¿cuándo se firmó?" asks where it was signed, not where anything happened.
    @Test func whereAfterWhenAsksTheSameEvent() {
        let steps = AssistantFixture.converse([
            "¿Hay algún acuerdo entre Grecia y Albania sobre niños víctimas de trata?", "¿cuándo se firmó?",
            "¿y dónde?",
        ])
        #expect(steps[1].answer.lead.contains("2006"), "\(steps[1].answer.lead)")
        #expect(steps[2].answer.lead.contains("Tirana"), "\(steps[2].answer.lead)")
    }

    /// «متى أطلقت؟» names its event: "when" and then "where" are the launch's, in Cairo; a place
    /// in a script without capitals is read in the fact's English text.
    @Test func anArabicWhereFollowsTheLaunch() {
        let steps = AssistantFixture.converse([
            "ما هي الدراسة الإقليمية لجامعة الدول العربية عن عمل الأطفال؟", "متى أطلقت؟", "وأين؟",
        ])
        #expect(steps[1].answer.lead.contains("2019"), "\(steps[1].answer.lead)")
        #expect(steps[2].answer.lead.contains("القاهرة"), "\(steps[2].answer.lead)")
    }

    @Test func untilWhenIsTheEndOfThePeriod() {
        let steps = AssistantFixture.converse(["¿Qué es Paraguay Okakuaa?", "¿hasta cuándo duró?"])
        #expect(steps[1].answer.lead.contains("2021"), "\(steps[1].answer.lead)")
    }

    /// Mali's agreements with three neighbours: the country named says which of its facts.
    @Test func theCountryNamedPicksTheFactAmongSeveral() {
        let steps = AssistantFixture.converse([
            "What agreements does Mali have against child trafficking?", "the one with Senegal, where was it signed?",
        ])
        #expect(steps[1].answer.lead.contains("Dakar"), "\(steps[1].answer.lead)")
    }

    /// "lo" after a list of two: one of those listed, not a record elsewhere that says "ejecutado".
    @Test func aSingularFollowUpAfterAListStaysInTheList() {
        let steps = AssistantFixture.converse([
            "¿qué cooperación tiene paraguay con estados unidos contra el trabajo infantil?",
            "¿y quién lo ejecutaba sobre el terreno?",
        ])
        #expect(steps[1].answer.hits.first?.id == "paraguay-okakuaa", "\(steps[1].answer.lead)")
        #expect(steps[1].answer.lead.contains("Partners of the Americas"), "\(steps[1].answer.lead)")
    }
}

@Suite struct CorrectionAndFrameTests {
    /// "perdona, me refería a…" frames a correction: the roundtable the focus tells of, not the session's room.
    @Test func aCorrectionAsksAboutTheFocusNotTheSession() {
        let steps = AssistantFixture.converse([
            "¿Hay algún acuerdo entre Grecia y Albania sobre niños víctimas de trata?", "¿cuándo se firmó?",
            "perdona, me refería a la mesa redonda del Consejo de Europa de 2004, ¿dónde fue?",
        ])
        #expect(steps[2].answer.intent != .logistics, "\(steps[2].answer.lead)")
        #expect(steps[2].answer.lead.contains("Estrasburgo"), "\(steps[2].answer.lead)")
    }

    /// "qual agência…": a question word before a head noun asks for a body; it names none that could be absent.
    @Test(arguments: [
        "e do lado da nigeria, qual agencia cuida disso?", "y del lado de Nigeria, ¿qué agencia se encarga?",
    ])
    func aBodyAskedForIsNoAbsentName(_ text: String) {
        let steps = AssistantFixture.converse([
            "Existe algum acordo entre o Benim e a Nigéria contra o tráfico de crianças?", text,
        ])
        #expect(!steps[1].answer.notices.contains { $0.kind == .absent }, "\(steps[1].answer.lead)")
    }

    @Test func whichCountriesOutranksTheVerbThatFollows() {
        let answer = AssistantFixture.assistant.respond(
            to: "Which Pacific island countries take part in the Pacific forum?"
        ).answer
        #expect(answer.lead.contains("Fiji") && answer.lead.contains("Samoa"), "\(answer.lead)")
    }

    @Test func aCountryThatQualifiesAnotherNounIsNotAsked() {
        let assistant = AssistantFixture.assistant
        let question = Question(
            "y en que departamento del pais se centra", language: .spanish, packs: assistant.packs,
            analyzer: assistant.analyzer, countries: assistant.names.countries)
        #expect(question.asked != .countries)
        let listing = Question(
            "¿Cuáles son los países del MERCOSUR?", language: .spanish, packs: assistant.packs,
            analyzer: assistant.analyzer, countries: assistant.names.countries)
        #expect(listing.asked == .countries)
    }
}

/// Arabic follow-ups: names told apart by their distinctive words, articles behind a
/// proclitic, a body a listed record holds, and a when-answer that says its date.
@Suite struct ArabicFollowUpTests {
    /// Two task forces' names share «فرقة العمل … المعنية بعمل الأطفال»; «الإنساني» is one's only.
    @Test func aDistinctiveWordOfANameTellsTwoRecordsApart() {
        let steps = AssistantFixture.converse([
            "ما هي فرقة العمل المعنية بعمل الأطفال في العمل الإنساني؟", "ومن يقودها مع منظمة العمل الدولية؟",
        ])
        #expect(
            steps[0].conversation.focus == "child-labour-humanitarian-action-arab-states", "\(steps[0].answer.lead)")
        #expect(steps[1].answer.lead.contains("بلان"), "\(steps[1].answer.lead)")
    }

    /// «للزراعة» is «ل» + «الزراعة»: the record about agriculture in Lebanon, not the focus.
    @Test func anArticleBehindAProcliticIsReadWhole() {
        let assistant = AssistantFixture.assistant
        #expect(assistant.names.withoutProclitic(Folding.fold("للزراعة")) == Folding.fold("الزراعة"))
        let steps = AssistantFixture.converse([
            "ما هي فرقة العمل المعنية بعمل الأطفال في العمل الإنساني؟",
            "طيب وبالنسبة للزراعة في لبنان، متى صدر أول دليل بالعربية للممارسين؟",
        ])
        #expect(
            steps[1].conversation.focus == "lebanon-agriculture-child-labour-interagency", "\(steps[1].answer.lead)")
        #expect(steps[1].answer.lead.contains("2017"), "\(steps[1].answer.lead)")
    }

    /// After the WFP projects in Egypt, the EU's project is the one the listed record tells of.
    @Test func aBodyAListedRecordHoldsAsksAboutThatRecord() {
        let steps = AssistantFixture.converse([
            "ما هي مشاريع برنامج الأغذية العالمي لمكافحة عمل الأطفال في مصر؟", "كم قيمة مشروع الاتحاد الأوروبي؟",
        ])
        #expect(steps[1].conversation.focus == "egypt-wfp-education-child-labour", "\(steps[1].answer.lead)")
        #expect(steps[1].answer.lead.contains("60"), "\(steps[1].answer.lead)")
    }

    /// A fact that writes no year gets its date said before it when the question asks when.
    @Test func aWhenAnswerSaysTheDateItsFactLacks() {
        let answer = AssistantFixture.assistant.respond(
            to: "en que año firmaron Panama y Costa Rica el protocolo para repatriar a los niños ngabe bugle?"
        ).answer
        #expect(answer.lead.contains("2008"), "\(answer.lead)")
    }
}

@Suite struct OpeningCueTests {
    /// The last question opens on «أين»: where the first meeting with the partners was, not who they were.
    @Test func aLastQuestionOpeningOnWhereAsksWhere() {
        let assistant = AssistantFixture.assistant
        let question = Question(
            "وفي العراق؟ أين كان أول اجتماع مع الشركاء المحليين؟", language: .arabic, packs: assistant.packs,
            analyzer: assistant.analyzer, countries: assistant.names.countries)
        #expect(question.asked == .whereAbouts)
        let steps = AssistantFixture.converse([
            "ما هو البرنامج الإقليمي للتنمية والحماية RDPP؟", "وفي العراق؟ أين كان أول اجتماع مع الشركاء المحليين؟",
        ])
        #expect(steps[1].answer.lead.contains("الموصل"), "\(steps[1].answer.lead)")
        let partners = Question(
            "Who are the partners?", language: .english, packs: assistant.packs, analyzer: assistant.analyzer,
            countries: assistant.names.countries)
        #expect(partners.asked == .partners)
    }
}

@Suite struct SummaryLeadTests {
    /// «un projet pilote» in the summary is no one piloting: who leads is the record's lead bodies.
    /// "…ejecutado por Partners of the Americas": that summary says who does what is asked.
    @Test(arguments: [
        (
            ["la campagne des villes africaines sans enfants en situation de rue, c'est quoi ?", "et qui la pilote ?"],
            "REFELA"
        ),
        (["¿Qué es Paraguay Okakuaa?", "¿y quién lo ejecutaba sobre el terreno?"], "Partners of the Americas"),
    ])
    func aSummaryAnswersWhoLeadsOnlyWhenItSaysWho(_ turns: [String], _ leader: String) {
        let steps = AssistantFixture.converse(turns)
        #expect(steps[1].answer.lead.contains(leader), "\(steps[1].answer.lead)")
    }
}
