import Foundation
import PuenteIndex
import PuenteSupport
import Testing

@testable import PuenteAssistant

/// Conversations of three or more turns, with the filters expected after each.
@Suite struct FollowUpTests {
    private func filters(_ turns: [String]) -> [(
        filters: [FacetKind: [String]], exclusions: [FacetKind: [String]], topic: [String], followUp: Bool
    )] {
        AssistantFixture.converse(turns).map {
            (
                $0.conversation.filters, $0.conversation.exclusions, $0.conversation.topic,
                $0.answer.interpretation.followUp
            )
        }
    }

    @Test func spanishRefinementsKeepTheTopic() {
        let steps = filters([
            "iniciativas de cooperación Sur–Sur sobre migración laboral", "¿Y en las Américas?", "solo triangular",
            "otra región",
        ])
        #expect(
            steps[0].filters == [.modality: ["south-south"]] && steps[0].topic == ["migración", "laboral"]
                && !steps[0].followUp)
        #expect(steps[1].filters == [.modality: ["south-south"], .region: ["americas"]] && steps[1].followUp)
        #expect(steps[2].filters == [.modality: ["triangular"], .region: ["americas"]])
        #expect(steps[3].filters == [.modality: ["triangular"]] && steps[3].exclusions == [.region: ["americas"]])
        #expect(steps.allSatisfy { $0.topic == ["migración", "laboral"] })
    }

    @Test func englishRefinementsKeepTheTopic() {
        let steps = filters(["supply chains in Asia", "what about triangular?", "only South-South", "another region"])
        #expect(steps[0].filters == [.region: ["asia-pacific"]] && steps[0].topic == ["supply", "chains"])
        #expect(steps[1].filters == [.region: ["asia-pacific"], .modality: ["triangular"]])
        #expect(steps[2].filters == [.region: ["asia-pacific"], .modality: ["south-south"]])
        #expect(steps[3].filters == [.modality: ["south-south"]] && steps[3].exclusions == [.region: ["asia-pacific"]])
        #expect(steps.allSatisfy { $0.topic == ["supply", "chains"] })
    }

    @Test func aNewTopicStartsAfresh() {
        let steps = filters(["cacao en África", "solo Sur-Sur", "cadenas de suministro"])
        #expect(steps[0].filters == [.region: ["africa"]] && steps[0].topic == ["cacao"])
        #expect(steps[1].filters == [.region: ["africa"], .modality: ["south-south"]] && steps[1].topic == ["cacao"])
        #expect(steps[2].filters == [:] && steps[2].topic == ["cadenas", "suministro"] && !steps[2].followUp)
    }

    /// "What is triangular cooperation?" after an answer asks the notion, not the last topic
    /// narrowed to a modality.
    @Test(arguments: [
        ["¿Cuántos países forman la Iniciativa Regional?", "¿Qué es la cooperación triangular?"],
        ["Who funds ACCEL Africa?", "What is triangular cooperation?"],
    ])
    func aNotionAskedAfterAnAnswerIsTheConceptNotes(_ turns: [String]) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(
            last.intent == .answer && last.hits.first?.kind == .conceptNote && !last.interpretation.followUp,
            "\(last.lead)")
    }

    /// Two records named in one question are a list: "la segunda" is the second named.
    @Test func theSecondOfTwoRecordsNamedIsTheSecond() {
        let steps = AssistantFixture.converse([
            "que diferencia hay entre COMMIT y la convencion de la SAARC contra la trata?",
            "y la segunda desde cuando esta en vigor?",
        ])
        #expect(
            steps[1].answer.hits.first?.id == "saarc-trafficking-convention-task-force"
                && steps[1].answer.lead.contains("2005"),
            "\(steps[1].answer.lead)")
    }

    /// A session word ("reunión") asked about a record just shown, with words only that
    /// record writes, is that record's meeting, not the session.
    @Test func aMeetingOfTheRecordShownIsNotTheSession() {
        let steps = AssistantFixture.converse([
            "hay alguna cooperacion binacional entre costa rica y panama por el trabajo infantil de niños indigenas?",
            "y cuando fue la primera reunion binacional?",
        ])
        #expect(steps[1].answer.intent == .answer && steps[1].answer.lead.contains("2007"), "\(steps[1].answer.lead)")
    }

    /// A region nothing in it holds the topic of is dropped and said so by its name, never its id.
    @Test func aDroppedRegionIsNamedByItsLabel() {
        let answer = AssistantFixture.assistant.respond(to: "cacao en Asia").answer
        #expect(answer.notices.contains { $0.kind == .filtersDropped })
        #expect(
            !answer.reply.contains("asia-pacific") && answer.reply.contains("Asia y el Pacífico"), "\(answer.reply)")
    }

    @Test func aContinuationWithNewWordsKeepsTheFilters() {
        let steps = filters(["cooperación triangular en África", "¿y sobre educación?", "and in the Americas?"])
        #expect(
            steps[1].filters == [.modality: ["triangular"], .region: ["africa"]] && steps[1].topic == ["educación"])
        #expect(
            steps[2].filters == [.modality: ["triangular"], .region: ["americas"]] && steps[2].topic == ["educación"])
    }

    @Test func anExplicitResetClears() {
        let steps = AssistantFixture.converse(["migración laboral en África", "olvida", "¿y en Asia?"])
        #expect(steps[1].answer.intent == .reset && steps[1].conversation.isEmpty)
        #expect(steps[2].conversation.filters == [.region: ["asia-pacific"]] && steps[2].conversation.topic.isEmpty)
        #expect(!steps[2].answer.interpretation.followUp)
    }

    @Test func theContextIsAPlainValueThatSurvivesEncoding() throws {
        let steps = AssistantFixture.converse(["cooperación triangular en África", "¿y sobre educación?"])
        let data = try JSONEncoder().encode(steps[1].conversation)
        let decoded = try JSONDecoder().decode(Conversation.self, from: data)
        #expect(decoded == steps[1].conversation)
        let next = AssistantFixture.assistant.respond(to: "solo Sur-Sur", in: decoded).conversation
        #expect(next.filters == [.modality: ["south-south"], .region: ["africa"]] && next.topic == ["educación"])
    }
}

/// A follow-up that names nothing asks about the initiative the last answer was about.
@Suite struct FocusTests {
    @Test(arguments: [
        (["¿Qué es ACCEL Africa?", "¿Quién la financia?"], "Países Bajos"),
        (["What is the SAARC trafficking convention?", "And when did it come into force?"], "2005"),
        (
            [
                "¿Qué es la Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil?",
                "¿Y cuántos países la forman hoy?",
            ], "31"
        ),
        (["ما هي مبادرة كوميت؟", "وأين؟"], "يانغون"),
    ])
    func aFollowUpKeepsItsFocus(_ turns: [String], _ expected: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.lead.contains(expected), "\(last.lead)")
    }

    /// A question that describes another initiative by its name is a new subject.
    @Test func aNewSubjectLeavesTheFocus() {
        let last = AssistantFixture.converse([
            "¿Qué es ACCEL Africa?", "¿Quién financia el proyecto Sur-Sur de algodón con trabajo decente?",
        ]).last!.answer
        #expect(last.hits.first?.id == "cotton-with-decent-work", "\(last.lead)")
    }

    /// The session is still the session: "¿a qué hora empieza la sesión?" mid-conversation.
    @Test func theSessionIsAskedAboutByName() {
        let last = AssistantFixture.converse(["¿Qué es ACCEL Africa?", "¿A qué hora empieza la sesión?"]).last!.answer
        #expect(last.lead.contains("14:30"), "\(last.lead)")
    }
}

/// A capitalised name in a follow-up is a new subject, not the focus.
@Suite struct NewSubjectTests {
    @Test func anAcronymInAFollowUpLeavesTheFocus() {
        let last = AssistantFixture.converse([
            "Who funds CLEAR Cotton?", "how many countries signed the CIS agreement?",
        ]).last!.answer
        #expect(last.hits.first?.id != "clear-cotton", "\(last.lead)")
    }
}

/// After a list, "them" is the list: a question about them answers for each, and
/// "which of them…" picks those the question describes, which then become the focus.
@Suite struct ListFocusTests {
    @Test(arguments: [
        (["¿Qué iniciativas hay sobre cacao?", "¿Quién las financia?"], "es"),
        (["Which initiatives work on cotton?", "who funds them?"], "en"),
        (["Quelles initiatives portent sur le cacao ?", "Qui les finance ?"], "fr"),
        (["Quais iniciativas trabalham com algodão?", "quem as financia?"], "pt"),
    ])
    func aQuestionAboutThemAnswersForEachListed(_ turns: [String], _ language: String) {
        let steps = AssistantFixture.converse(turns)
        let listed = steps[0].answer.hits.filter { $0.kind == .initiative }.map(\.id)
        let last = steps[1].answer
        #expect(listed.count >= 2)
        #expect(Set(last.hits.map(\.id)) == Set(listed), "answers for every listed initiative: \(last.lead)")
        #expect(
            last.sources.count == listed.count && last.lead.contains("[\(listed.count)]"), "each with its own citation")
    }

    @Test func whichOfThemPicksTheOneDescribedAndKeepsItAsFocus() {
        let steps = AssistantFixture.converse([
            "¿Qué iniciativas trabajan en el algodón?", "¿Cuál de ellas cuenta con la FAO?", "¿En qué países trabaja?",
        ])
        #expect(steps[1].answer.hits.first?.id == "clear-cotton", "\(steps[1].answer.lead)")
        #expect(steps[2].conversation.focus == "clear-cotton")
        #expect(steps[2].answer.lead.contains("Pakistán"), "\(steps[2].answer.lead)")
    }

    /// A region swap after "them" still narrows the listed topic, not the last answer's words.
    @Test func aRegionAfterThemKeepsTheListedTopic() {
        let steps = AssistantFixture.converse(["Which initiatives work on cotton?", "who funds them?", "and in Asia?"])
        #expect(steps[2].conversation.topic.map { $0.lowercased() } == ["cotton"], "\(steps[2].conversation.topic)")
        #expect(steps[2].answer.hits.contains { $0.id == "clear-cotton" })
    }
}

/// After an answer about the session, a short question with no subject is about the session too.
@Suite struct SessionFocusTests {
    @Test(arguments: [
        (["¿Cuándo es la sesión?", "¿y en qué país?"], "Marruecos"),
        (["When is the session?", "and in which city?"], "Marrakech"),
        (["Quand a lieu la session ?", "et dans quel pays ?"], "Maroc"),
        (["Em que cidade é a sessão?", "e a que horas termina?"], "16:15"),
        (["متى تعقد الجلسة؟", "وفي أي ساعة تنتهي؟"], "16:15"),
    ])
    func aShortFollowUpStaysOnTheSession(_ turns: [String], _ expected: String) {
        let last = AssistantFixture.converse(turns).last!.answer
        #expect(last.intent == .logistics && last.lead.contains(expected), "\(last.lead)")
    }

    @Test func anInitiativeQuestionLeavesTheSession() {
        let last = AssistantFixture.converse(["¿Cuándo es la sesión?", "¿Quién financia ACCEL Africa?"]).last!.answer
        #expect(last.intent != .logistics && last.hits.first?.id == "accel-africa", "\(last.lead)")
    }
}

/// A capitalised name the focus itself holds keeps the focus; a short question without
/// a cue asks the focus for the detail it names.
@Suite struct FocusDetailTests {
    @Test func aNameOfTheFocusKeepsIt() {
        let last = AssistantFixture.converse([
            "¿Qué es el proyecto Sur-Sur de algodón con trabajo decente?", "¿Cuánto puso Brasil?",
        ]).last!
        #expect(last.conversation.focus == "cotton-with-decent-work", "\(last.answer.lead)")
    }

    @Test func aShortQuestionAsksTheFocusForADetail() {
        let last = AssistantFixture.converse([
            "What is the South-South cotton project with decent work?", "and its budget?",
        ]).last!.answer
        #expect(last.lead.contains("6.8"), "\(last.lead)")
    }
}

/// An ellipsis asks about what the last question asked about; the event a question
/// names picks the date or place that fact gives for it.
@Suite struct EllipsisTests {
    @Test func whereThenWhenKeepsTheEventAsked() {
        let steps = AssistantFixture.converse([
            "What is the agreement between Greece and Albania on child trafficking?", "Where was it signed?",
            "and when?",
        ])
        #expect(steps[1].answer.lead.contains("Tirana"), "\(steps[1].answer.lead)")
        #expect(steps[2].answer.lead.contains("2006"), "\(steps[2].answer.lead)")
    }

    /// "Strasbourg (September 2004)" is a place and a date too, but not of the signing.
    @Test func aDateRightAfterTheEventNamedWinsOverAnEarlierFact() {
        let last = AssistantFixture.converse([
            "¿Qué es el acuerdo entre Grecia y Albania sobre trata infantil?", "¿Cuándo se firmó?",
        ]).last!.answer
        #expect(last.lead.contains("2006") && !last.lead.contains("Estrasburgo"), "\(last.lead)")
    }
}

/// Another region alone keeps the topic and drops the old region's place words.
@Suite struct RegionSwapTests {
    @Test func thePlaceOfTheOldRegionLeavesTheTopic() {
        let steps = AssistantFixture.converse(["peer reviews on child labour in Central Asia", "and in Africa?"])
        #expect(steps[0].conversation.topic.map { $0.lowercased() }.contains("central"))
        #expect(steps[1].conversation.filters == [.region: ["africa"]])
        #expect(
            !steps[1].conversation.topic.map { $0.lowercased() }.contains("central"), "\(steps[1].conversation.topic)")
        #expect(steps[1].conversation.topic.map { $0.lowercased() }.contains("peer"))
    }
}

/// A region that holds none of the topic's telling words is said to hold nothing, even
/// when its records share the words every record says ("child labour").
@Suite struct RegionWithoutTheTopicTests {
    @Test func cottonInTheArabStatesIsNothingThere() {
        let last = AssistantFixture.converse([
            "initiatives against child labour in cotton in Africa", "and in the Arab States?",
        ]).last!.answer
        #expect(last.lead.hasPrefix("I did not find anything on cotton in Arab States."), "\(last.lead)")
        #expect(last.hits.contains { $0.id == "clear-cotton" }, "what holds cotton elsewhere follows")
    }

    /// A region whose records hold some telling word of the topic gets its closest records.
    @Test func aRegionHoldingPartOfTheTopicGetsItsClosest() {
        let last = AssistantFixture.converse(["peer reviews on child labour in Central Asia", "and in Africa?"]).last!
            .answer
        #expect(!last.lead.contains("did not find"), "\(last.lead)")
        #expect(last.hits.contains { $0.id == "ecowas-regional-action-plan" }, "\(last.hits.map(\.id))")
    }
}

/// Every word a pack gives for pointing back at a list does: asked after a list with
/// "who funds", it gets an answer about the listed initiatives.
@Suite struct EveryListCueTests {
    static let lists = [
        "es": ("¿Qué iniciativas hay sobre cacao?", "quién financia"),
        "en": ("Which initiatives work on cocoa?", "who funds"),
        "fr": ("Quelles initiatives portent sur le cacao ?", "qui finance"),
        "pt": ("Quais iniciativas trabalham com cacau?", "quem financia"),
        "ar": ("ما هي مبادرات القطن؟", "من يموّل"),
    ]

    @Test(arguments: ["es", "en", "fr", "pt", "ar"])
    func eachPointingWordReadsAgainstTheList(_ code: String) throws {
        let pack = try #require(AssistantFixture.assistant.knowledge.languages.first { $0.code == code })
        let (list, funds) = try #require(Self.lists[code])
        for cue in pack[.them] {
            let steps = AssistantFixture.converse([list, "\(funds) \(cue)?"])
            let listed = Set(steps[0].answer.hits.filter { $0.kind == .initiative }.map(\.id))
            #expect(listed.count >= 2, "the first question lists")
            let answered = Set(steps[1].answer.hits.map(\.id))
            #expect(
                !answered.isEmpty && answered.isSubset(of: listed),
                "«\(funds) \(cue)» answered about \(answered), not the list \(listed)")
        }
    }
}

/// Places, bodies and the session's conference, read as what they are.
@Suite struct PlaceBodyAndConferenceTests {
    /// A part of a region alone moves the topic there, not to a record named after the place.
    @Test func aPlaceWithinARegionMovesTheTopic() {
        let steps = AssistantFixture.converse([
            "Are there peer reviews on child labour in Central Asia?", "what about West Africa?",
        ])
        let last = steps[1].answer
        #expect(last.intent == .search && steps[1].conversation.filters == [.region: ["africa"]], "\(last.lead)")
        #expect(last.hits.first?.id == "ecowas-regional-action-plan", "\(last.hits.map(\.id))")
    }

    /// "la Unión Europea" after a list is a body the list is narrowed by, not a region.
    @Test func aBodyAfterAListNarrowsIt() {
        let last = AssistantFixture.converse([
            "¿Qué iniciativas trabajan en el algodón?", "¿Y cuál de ellas financia la Unión Europea?",
        ]).last!.answer
        #expect(last.hits.first?.id == "clear-cotton", "\(last.lead)")
    }

    @Test(arguments: [
        ("which conference is this session part of?", "6th Global Conference"),
        ("¿de qué conferencia forma parte esta sesión?", "6.ª Conferencia Mundial"),
        ("c'est quoi le sujet de la session ?", "abordera"),
    ])
    func theSessionsConferenceAndSubject(_ question: String, _ expected: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(answer.intent == .logistics && answer.lead.contains(expected), "\(answer.lead)")
    }

    /// A record's name in Arabic script («غريتا») is no request for the list of mechanisms.
    @Test func anArabicNameIsNotAVocabularyList() {
        let answer = AssistantFixture.assistant.respond(to: "ما هي آلية غريتا؟").answer
        #expect(answer.hits.first?.id == "greta-council-of-europe-trafficking-monitoring", "\(answer.lead)")
    }

    /// "Liga Árabe" is the League of Arab States: a common name of a body is held.
    @Test func aBodysCommonNameIsHeld() {
        let answer = AssistantFixture.assistant.respond(
            to: "¿Dónde presentó la Liga Árabe su estudio sobre el trabajo infantil?"
        ).answer
        #expect(!answer.lead.hasPrefix("No tengo") && answer.lead.contains("El Cairo"), "\(answer.lead)")
    }
}

/// A number of households is not money: without a fact on its funding, the answer says so.
@Suite struct FundingMarkTests {
    @Test(arguments: [
        ("¿Quién financia el Protocolo Harkin-Engel?", "No tengo datos sobre quién financia"),
        ("Who funds the Harkin-Engel Protocol cooperation?", "I have no information on who funds"),
    ])
    func aCountIsNotFunding(_ question: String, _ expected: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        #expect(
            answer.lead.hasPrefix(expected) && !answer.lead.contains("hogares") && !answer.lead.contains("households"),
            "\(answer.lead)")
    }
}
