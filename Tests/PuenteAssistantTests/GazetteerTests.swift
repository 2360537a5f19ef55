import Foundation
import PuenteKnowledge
import PuenteText
import Testing

@testable import PuenteAssistant

/// Names as a gazetteer: countries by their names in five languages, bodies by their
/// head nouns in any script, and "I don't have that" only for a name the knowledge
/// lacks, never for one it holds under another spelling.
@Suite struct GazetteerTests {
    let assistant = AssistantFixture.assistant

    func lead(_ text: String) -> String { assistant.respond(to: text).answer.lead }

    @Test(arguments: ["costa de marfil", "ivory coast", "côte d'ivoire", "costa do marfim", "ساحل العاج", "كوت ديفوار"])
    func aCountryIsLinkedByAnyOfItsNames(_ name: String) {
        let words = assistant.analyzer.words(in: name).map { Folding.fold($0.text) }
        #expect(assistant.names.countries.links(in: words).map(\.code) == ["CI"])
        #expect(assistant.names.countries.records["CI"]?.contains("clef-cote-divoire") == true)
    }

    @Test func twoCountriesJoinedByAndAreTwoLinks() {
        let words = assistant.analyzer.words(in: "Costa de Marfil y Burkina Faso").map { Folding.fold($0.text) }
        #expect(assistant.names.countries.links(in: words).map(\.code) == ["CI", "BF"])
    }

    /// Names the knowledge holds under another spelling are answered, not said absent.
    @Test(arguments: [
        (
            "¿En qué fecha firmaron Costa de Marfil y Burkina Faso el acuerdo contra la trata transfronteriza de niños?",
            "2013"
        ),
        ("when was the Harkin-Engle cocoa protocol signed", "2001"),
        ("Combien de pays ont adopté la Déclaration d'Abu Dhabi en 2008 ?", "20"),
        ("من يقود تحالف 8.7؟", "منظمة العمل الدولية"),
    ])
    func aNameHeldUnderAnotherSpellingIsAnswered(_ question: String, _ expected: String) {
        let lead = lead(question)
        #expect(
            !lead.contains("No tengo") && !lead.contains("I don't have") && !lead.contains("Je n'ai")
                && !lead.contains("ليس لدي"), "\(lead)")
        #expect(lead.contains(expected), "\(lead)")
    }

    /// A body's name is told by its head noun, capitalised or not, in any script.
    @Test(arguments: [
        ("que hace la comunidad andina contra el trabajo infantil", "comunidad andina"),
        ("Que fait le Conseil nordique contre le travail des enfants en Afrique ?", "Conseil nordique"),
        (
            "Does the Shanghai Cooperation Organisation have any programme against child labour?",
            "Shanghai Cooperation Organisation"
        ),
        ("ما الذي تفعله منظمة شنغهاي للتعاون ضد عمل الأطفال؟", "منظمة شنغهاي"),
    ])
    func anAbsentBodyIsSaidAbsentByTheNameTyped(_ question: String, _ name: String) {
        let answer = assistant.respond(to: question).answer
        let marker = AnswerTable.absenceMarkers[answer.language.rawValue] ?? "?"
        #expect(answer.lead.hasPrefix(marker) && answer.lead.contains(name), "\(answer.lead)")
    }

    /// A real word of the question's language is never read as a cue through a typo.
    @Test func aDictionaryWordIsNotReadAsACueThroughATypo() {
        let question = Question(
            "initiatives on cocoa supply chains in West Africa", language: .english,
            packs: assistant.packs, analyzer: assistant.analyzer, countries: assistant.names.countries)
        #expect(question.asked == nil)
    }

    @Test(arguments: [
        ("¿Cuánto dura la sesión?", "1 h 45 min"), ("How long is the session?", "1 h 45 min"),
        ("a que hora termina la sesion?", "16:15"),
    ])
    func theSessionsLengthIsAnswered(_ question: String, _ expected: String) {
        #expect(lead(question).contains(expected), "\(lead(question))")
    }

    /// A fact is quoted in the reader's language, not in English inside their frame.
    @Test func aFactIsQuotedInTheReadersLanguage() {
        let answer = assistant.respond(
            to: "Quantos delegados o ACCEL Africa convidou para a sua conferência de Abidjan?"
        ).answer
        #expect(answer.lead.contains("47") && answer.lead.contains("delegados"), "\(answer.lead)")
        let arabic = assistant.respond(to: "أين عقد مؤتمر ACCEL Africa الإقليمي لتبادل المعارف؟").answer
        #expect(arabic.lead.contains("أبيدجان") && !arabic.lead.contains("Abidjan"), "\(arabic.lead)")
    }

    /// A sixth language is one more pack: its phrasings are read with the others'.
    @Test func aSixthLanguagePacksCuesAreRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puente-sixth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: try #require(BundledKnowledge.directory(executable: nil)), to: folder)
        let english = try String(contentsOf: folder.appendingPathComponent("languages/en.yaml"), encoding: .utf8)
        let italian =
            english
            .replacingOccurrences(of: "language: \"en\"", with: "language: \"it\"")
            .replacingOccurrences(of: "name: English", with: "name: italiano")
            .replacingOccurrences(of: "  funds: [", with: "  funds: [chi finanzia, finanziato, ")
            .replacingOccurrences(of: "frame_words: [", with: "frame_words: [chi, vorrei, sapere, ")
        try italian.write(to: folder.appendingPathComponent("languages/it.yaml"), atomically: true, encoding: .utf8)
        let knowledge = try KnowledgeLoader.load(from: folder)
        #expect(knowledge.languages.map(\.code) == ["es", "en", "fr", "pt", "ar", "it"])
        let sixth = Assistant(knowledge: knowledge)
        let question = Question(
            "vorrei sapere chi finanzia ACCEL Africa", language: .english, packs: sixth.packs, analyzer: sixth.analyzer,
            countries: sixth.names.countries)
        #expect(question.asked == .funds)
        #expect(
            sixth.respond(to: "vorrei sapere chi finanzia ACCEL Africa", language: .english).answer.lead.contains(
                "Netherlands"))
    }
}

/// An Arabic name written with a one-letter word on it («لأمريكا») is the name.
@Suite struct ArabicProcliticTests {
    @Test func aProcliticDoesNotHideTheRecordNamed() {
        let answer = AssistantFixture.assistant.respond(to: "كم عدد الدول في المبادرة الإقليمية لأمريكا اللاتينية؟")
            .answer
        #expect(answer.hits.first?.id == "ri-lac-free-of-child-labour" && answer.lead.contains("31"), "\(answer.lead)")
    }

    @Test func aWordThatOnlyLooksPrefixedIsKept() {
        let names = AssistantFixture.assistant.names
        let (ministry, forAmerica) = (Folding.fold("وزارة"), Folding.fold("لأمريكا"))
        #expect(names.withoutProclitic(ministry) == ministry)
        #expect(names.withoutProclitic(forAmerica) == Folding.fold("أمريكا"))
    }
}
