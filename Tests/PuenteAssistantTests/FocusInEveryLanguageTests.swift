import PuenteKnowledge
import Testing

@testable import PuenteAssistant

/// In each of the five languages, a pronoun ("la", "it", "la", "a", «ـها») and an
/// ellipsis ("¿y desde cuándo?", "where?") ask about the initiative the conversation
/// is on; each pack's words for starting over clear it.
@Suite struct FocusInEveryLanguageTests {
    @Test(arguments: [
        ("es", ["¿Qué es ACCEL Africa?", "¿Quién la financia?", "¿Y desde cuándo?", "¿En qué países trabaja?"]),
        ("en", ["What is ACCEL Africa?", "Who funds it?", "And since when?", "Which countries does it work in?"]),
        (
            "fr",
            [
                "Qu'est-ce que ACCEL Africa ?", "Qui la finance ?", "Et depuis quand ?",
                "Dans quels pays travaille-t-elle ?",
            ]
        ),
        ("pt", ["O que é a ACCEL Africa?", "Quem a financia?", "E desde quando?", "Em que países atua?"]),
        ("ar", ["ما هي مبادرة ACCEL Africa؟", "من يموّلها؟", "ومنذ متى؟", "وفي أي بلدان تعمل؟"]),
    ])
    func pronounsAndEllipsesKeepTheFocus(_ language: String, _ turns: [String]) {
        let steps = AssistantFixture.converse(turns)
        for step in steps.dropFirst() {
            #expect(
                step.answer.interpretation.focus == "accel-africa" && step.answer.language.rawValue == language,
                "\(step.answer.lead)")
        }
        // Who funds it: the Netherlands, in the reader's language.
        let funder = [
            "es": "Países Bajos", "en": "Netherlands", "fr": "Pays-Bas", "pt": "Países Baixos", "ar": "هولندا",
        ][language]!
        #expect(steps[1].answer.lead.contains(funder), "\(steps[1].answer.lead)")
    }

    /// Every phrase of every pack's `commands.reset` forgets the conversation.
    @Test(arguments: ["es", "en", "fr", "pt", "ar"])
    func eachWayOfStartingOverClears(_ language: String) throws {
        let pack = try #require(AssistantFixture.assistant.knowledge.languages.first { $0.code == language })
        #expect(!pack[.reset].isEmpty)
        for phrase in pack[.reset] {
            let steps = AssistantFixture.converse(["¿Qué es ACCEL Africa?", phrase])
            #expect(steps[1].answer.intent == .reset && steps[1].conversation.isEmpty, "\(language): \(phrase)")
        }
    }

    /// "the second one" asks for the later of facts that answer alike (the pack's `follow_up.later`).
    @Test func theSecondAsksForTheLaterOfTwo() {
        let last = AssistantFixture.converse([
            "¿Qué es el plan de acción regional de la CEDEAO?", "¿Cuándo adoptaron los ministros el primero?",
            "¿Y el segundo, cuándo lo adoptaron los ministros?",
        ]).last!.answer
        #expect(last.lead.contains("2023"), "\(last.lead)")
    }

    /// After a list, an ordinal of the pack's `ordinals` picks that place in the list shown.
    @Test(arguments: [
        ("es", ["¿Qué iniciativas hay sobre cacao?", "¿Quién financia la segunda?"]),
        ("en", ["Which initiatives work on cocoa?", "who funds the second one?"]),
        ("fr", ["Quelles initiatives portent sur le cacao ?", "Qui finance la deuxième ?"]),
        ("pt", ["Quais iniciativas trabalham com cacau?", "Quem financia a segunda?"]),
        ("ar", ["ما هي المبادرات الخاصة بالكاكاو؟", "ومن يموّل الثانية؟"]),
    ])
    func anOrdinalPicksItsPlaceInTheList(_ language: String, _ turns: [String]) {
        let steps = AssistantFixture.converse(turns)
        let listed = steps[0].answer.hits.filter { $0.kind == .initiative }.map(\.id)
        #expect(listed.count >= 2, "\(steps[0].answer.lead)")
        #expect(
            steps[1].answer.interpretation.focus == listed.dropFirst().first, "\(language): \(steps[1].answer.lead)")
    }

    /// "since when?" asks for the earliest of the facts that answer alike (the pack's `follow_up.earlier`).
    @Test func sinceWhenAsksForTheEarliest() {
        let last = AssistantFixture.converse(["¿Qué es CLEF?", "¿y desde cuándo existe?"]).last!.answer
        #expect(last.lead.contains("2021"), "\(last.lead)")
    }

    /// "Tell me about" a record described by words of its name, not written whole, makes
    /// it the focus that the next questions ask about.
    @Test(arguments: [
        [
            "Tell me about the WFP project against child labour in Egypt",
            "and how many children did the EU-funded part aim to reach?",
        ],
        ["حدثني عن مشروع برنامج الأغذية العالمي لمكافحة عمل الأطفال في مصر", "وكم طفلا يستهدف؟"],
    ])
    func aRecordDescribedByItsNamesWordsBecomesTheFocus(_ turns: [String]) {
        let steps = AssistantFixture.converse(turns)
        #expect(
            steps[0].answer.intent == .initiative && steps[0].conversation.focus == "egypt-wfp-education-child-labour",
            "\(steps[0].answer.lead)")
        #expect(
            steps[1].answer.lead.contains("100,000") || steps[1].answer.lead.contains("100 000"),
            "\(steps[1].answer.lead)")
    }

    /// "Since when?" about a record whose dated facts are all of a later phase is answered
    /// by its period, in the reader's language (ACCEL Africa's facts are of 2023; its first
    /// phase began in 2018).
    @Test(arguments: [
        (["¿Qué es ACCEL Africa?", "¿Y desde cuándo existe?"], "fase I 2018"),
        (["What is ACCEL Africa?", "since when?"], "phase I 2018"),
        (["ما هي مبادرة أكسل أفريقيا؟", "ومنذ متى؟"], "المرحلة الأولى 2018"),
    ])
    func sinceWhenIsAnsweredByThePeriodWhenItStartsEarlier(_ turns: [String], _ expected: String) {
        let steps = AssistantFixture.converse(turns)
        #expect(steps[1].answer.lead.contains(expected), "\(steps[1].answer.lead)")
        // The card of the first answer writes the period in its reader's language too.
        #expect(!steps[0].answer.reply.contains("fase I") || expected.hasPrefix("fase"), "\(steps[0].answer.reply)")
    }

    /// A question that asks something of a record named by its region's words is no move of
    /// the last topic to that region.
    @Test(arguments: [
        ["¿Qué es la Marcha Global?", "¿Quién lidera la iniciativa regional de América Latina?"],
        ["ما هو إعلان ديربان؟", "من يقود المبادرة الإقليمية لأمريكا اللاتينية؟"],
    ])
    func aQuestionNamingARegionsRecordIsNotARegionSwap(_ turns: [String]) {
        let last = AssistantFixture.converse(turns).last!
        #expect(
            last.answer.intent == .answer && last.conversation.focus == "ri-lac-free-of-child-labour",
            "\(last.answer.lead)")
    }

    /// «لجني القطن», "for harvesting cotton", shares a stem with «لجنة» (committee) but names no body.
    @Test func anArabicWordWithAPrepositionIsNoBodysNoun() {
        let answer = AssistantFixture.assistant.respond(to: "ما هو الرصد من طرف ثالث لجني القطن في أوزبكستان؟").answer
        #expect(answer.hits.first?.id == "uzbekistan-ilo-world-bank-tpm", "\(answer.lead)")
        #expect(!answer.lead.hasPrefix("ليس لدي"), "\(answer.lead)")
    }
}
