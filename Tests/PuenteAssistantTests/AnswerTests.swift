import Foundation
import PuenteIndex
import PuenteSupport
import Testing

@testable import PuenteAssistant

@Suite struct AnswerTests {
    let assistant = AssistantFixture.assistant

    @Test func theLeadSaysWhatWasFoundWithItsFacets() {
        let answer = assistant.respond(to: "iniciativas de cooperación Sur–Sur sobre migración laboral").answer
        #expect(answer.lead.contains("de cooperación Sur–Sur sobre migración laboral"))
        #expect(
            answer.lead.hasPrefix("\(answer.total - answer.hits.filter { $0.kind == .conceptNote }.count) iniciativa"))
        let english = assistant.respond(to: "triangular cooperation in Africa").answer
        #expect(english.lead.contains("of triangular cooperation in Africa"))
    }

    @Test func theReplyQuotesCitesAndListsSources() {
        let answer = assistant.respond(to: "cadenas de suministro").answer
        #expect((3...5).contains(answer.hits.count))
        #expect(answer.hits.map(\.citation) == Array(1...answer.hits.count))
        #expect(answer.sources.map(\.number) == answer.hits.map(\.citation))
        for hit in answer.hits {
            #expect(answer.reply.contains("[\(hit.citation)] «\(hit.snippet)» — \(hit.title)"))
            let scalars = hit.snippet.unicodeScalars.count
            #expect(hit.highlights.allSatisfy { $0.start >= 0 && $0.start + $0.length <= scalars })
        }
        #expect(answer.reply.contains("Fuentes:") && answer.reply.contains("Sugerencias:"))
    }

    /// A name with a word the knowledge has nowhere names something else: neither the
    /// record that shares its other words ("World" Bank) nor the concept note is its
    /// answer; it is said to be lacking, and the closest the knowledge has follows.
    @Test(arguments: [
        ("¿Qué hace World Vision en cooperación regional contra el trabajo infantil?", "No tengo"),
        ("Tell me about World Vision's work on child labour", "I don't have"),
    ])
    func aNameTheKnowledgeLacksDescribesNoRecord(_ question: String, _ lacking: String) {
        let answer = assistant.respond(to: question).answer
        #expect(
            answer.intent == .search && answer.lead.hasPrefix(lacking) && answer.lead.contains("World Vision"),
            "\(answer.lead)")
        #expect(answer.interpretation.focus == nil)
    }

    /// A name ends where a sentence or a list item does: "… América Latina? Me interesa"
    /// names no "América Latina Me"; "Fiji, PNG, Samoa" are three countries the knowledge lists.
    @Test(arguments: [
        "Hola, ¿hay alguna iniciativa Sur-Sur sobre el algodón que una a África con América Latina? Me interesa sobre todo lo que haya hecho Brasil.",
        "are there any initiatives covering the Pacific island countries? Fiji, PNG, Samoa, that kind of place",
    ])
    func aNameEndsWithItsSentenceOrListItem(_ question: String) {
        let lead = assistant.respond(to: question).answer.lead
        #expect(!lead.hasPrefix("No tengo") && !lead.hasPrefix("I don't have"), "\(lead)")
    }

    /// A country written as the knowledge never writes it is searched as the knowledge does.
    @Test(arguments: [
        ("any initiatives in PNG?", "Papua New Guinea"), ("¿hay iniciativas en PNG?", "Papúa Nueva Guinea"),
    ])
    func aCountrysShortNameFindsTheRecordsListingIt(_ question: String, _ written: String) {
        let answer = assistant.respond(to: question).answer
        #expect(
            answer.lead.contains(written)
                && answer.hits.contains { $0.id == "pacific-subregional-child-labour-trafficking-forum" },
            "\(answer.lead)")
    }

    @Test func theReplyIsInTheParticipantsLanguage() {
        let english = assistant.respond(to: "what initiatives work on cocoa?").answer
        #expect(
            english.language == .english && english.reply.contains("Sources:") && english.reply.contains("Understood:"))
        let spanish = assistant.respond(to: "¿qué iniciativas trabajan sobre el cacao?").answer
        #expect(spanish.language == .spanish && spanish.reply.contains("Fuentes:"))
        let forced = assistant.respond(to: "cacao", language: .english).answer
        #expect(forced.reply.contains("Sources:"))
    }

    /// A name's words tell no language: "Sur-Sur" is Spanish's South–South, not French's "sur".
    @Test(arguments: [
        ("iniciativas de cooperacion Sur-Sur en America Latina", ReplyLanguage.spanish),
        ("Initiatives sur la migration", .french),
        ("iniciativas de cooperação Sul-Sul na África", .portuguese),
    ])
    func aNamesWordsDoNotChooseTheLanguage(_ text: String, _ language: ReplyLanguage) {
        #expect(ReplyLanguage.guess(text, packs: assistant.packs) == language)
    }

    /// A filter written under a pack's name of its field filters as the field does; a
    /// field's name mistyped is said, with the field meant.
    @Test(arguments: [
        "cacao región:africa", "cacao Region:Africa", "cacau região:africa", "cacao modalité:triangular",
        "الكاكاو المنطقة:africa",
    ])
    func aFilterUnderAPacksFieldNameFilters(_ text: String) {
        let filters = assistant.respond(to: text).answer.interpretation.filters
        #expect(filters == [.region: ["africa"]] || filters == [.modality: ["triangular"]], "\(text): \(filters)")
    }

    @Test func theInterpretationShowsCorrectionsAndWordsAddedAcrossLanguages() {
        let answer = assistant.respond(to: "migrasion laboral en Africa").answer
        let interpretation = answer.interpretation
        #expect(interpretation.corrections.contains(Correction(typed: "migrasion", corrected: "migración")))
        #expect(interpretation.expansions.contains("labour migration"))
        #expect(interpretation.filters == [.region: ["africa"]])
        #expect(answer.reply.contains("corregido: migrasion → migración"))
    }

    @Test(arguments: [
        "cooperación Sur–Sur en África sobre migración laboral", "supply chains in Asia", "hojas de ruta regionales",
        "triangular cooperation on cotton", "plan de acción de la CEDEAO",
    ])
    func theCanonicalQueryReproducesTheAnswer(_ question: String) throws {
        let answer = assistant.respond(to: question).answer
        let query = answer.interpretation.canonicalQuery
        let viaIndex = try assistant.run(try Index.Query(parsing: query)).hits.map(\.id)
        #expect(viaIndex == answer.hits.map(\.id), "\(query)")
        let pastedBack = assistant.respond(to: query).answer
        #expect(pastedBack.hits.map(\.id) == answer.hits.map(\.id), "\(query)")
        #expect(pastedBack.interpretation.canonicalQuery == query)
    }

    @Test func nothingInTheNamedRegionSaysSoAndShowsTheNearestElsewhere() {
        let answer = assistant.respond(to: "cacao en Asia y el Pacífico").answer
        #expect(answer.lead.hasPrefix("No encontré nada sobre cacao en Asia y el Pacífico. Fuera de esa región:"))
        #expect(!answer.hits.isEmpty)
        #expect(answer.interpretation.filters[.region] == nil)
    }

    @Test func nothingAnywhereSuggestsWhatToTry() {
        let answer = assistant.respond(to: "zanahorias voladoras").answer
        #expect(answer.hits.isEmpty && answer.total == 0)
        #expect(answer.reply.contains("No encontré nada sobre «zanahorias voladoras»."))
        #expect(answer.reply.contains("/temas"))
    }

    @Test func suggestionsOfferAFacetWithCountsAndTalkingPoints() {
        let answer = assistant.respond(to: "cadenas de suministro").answer
        #expect(answer.suggestions.count == 2)
        #expect(answer.suggestions[0].text.hasPrefix("¿Y en ") && answer.suggestions[0].text.hasSuffix(")"))
        #expect(answer.suggestions[1].input == "/puntos cadenas de suministro")
    }

    @Test func theAnswerIsAlsoStructuredData() throws {
        let answer = assistant.respond(to: "cooperación triangular en África").answer
        let decoded = try JSONDecoder().decode(Answer.self, from: JSONEncoder().encode(answer))
        #expect(decoded == answer)
    }

    @Test func anInitiativeAnswerCitesEachFactsSource() throws {
        let answer = assistant.respond(to: "¿qué es MIRTI?").answer
        let record = try #require(assistant.knowledge.initiative("mirti-child-labour-risk-model"))
        #expect(answer.hits.first?.id == record.id)
        for fact in record.facts {
            #expect(answer.reply.contains("\(fact.text(in: "es")) (\(fact.date)) [\(fact.source + 1)]"))
        }
        #expect(answer.sources.map(\.url) == record.sources.map(\.url))
    }

    /// Facts and talking points are written in Spanish and English: a reply quotes
    /// the wording of its own language.
    @Test func anInitiativeAnswerQuotesFactsInTheReplysLanguage() throws {
        let record = try #require(assistant.knowledge.initiative("mirti-child-labour-risk-model"))
        let english = assistant.respond(to: "what is MIRTI?", language: .english).answer
        let spanish = assistant.respond(to: "¿qué es MIRTI?", language: .spanish).answer
        for fact in record.facts {
            #expect(english.reply.contains(try #require(fact.text["en"])))
            #expect(spanish.reply.contains(try #require(fact.text["es"])))
        }
        for point in record.talkingPoints { #expect(english.reply.contains(try #require(point["en"]))) }
    }

    @Test func interestIsCountedWithoutKeepingQuestions() throws {
        let assistant = Assistant(
            knowledge: self.assistant.knowledge, index: self.assistant.index, interest: InterestTally())
        _ = assistant.respond(to: "cacao en África")
        _ = assistant.respond(to: "migración laboral en África")
        #expect(assistant.interest.top(.region).first.map { "\($0.id)=\($0.count)" } == "africa=2")
        #expect(assistant.interest.top(.theme).map(\.id).contains("labour-migration"))
        // Ids of the vocabulary, never words of a question.
        #expect(
            assistant.interest.snapshot().keys.allSatisfy {
                if case .facet(_, let id) = $0 { !id.contains(" ") } else { true }
            })
        #expect(assistant.interest.snapshot()[.intent(.search)] == 2)
    }
}
