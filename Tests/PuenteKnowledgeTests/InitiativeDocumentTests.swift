import PuenteIndex
import Testing

@testable import PuenteKnowledge

/// A record indexed in every language it is written in: the English wording of a
/// fact answers an English question, and Arabic labels and synonyms lead to the
/// record's themes.
@Suite struct InitiativeDocumentTests {
    static let index: Index = {
        do {
            let folder = try FixtureFolder()
            return try KnowledgeLoader.load(from: folder.url).index()
        } catch {
            fatalError("fixture: \(error)")
        }
    }()

    private func hit(_ query: String) throws -> Hit? {
        var options = SearchOptions()
        options.typoTolerance = false
        return try Self.index.search(query + " kind:initiative", options: options).hits.first
    }

    @Test func anEnglishQuestionReachesTheEnglishWordingOfAFact() throws {
        let found = try #require(try hit("ministries adopted"))
        #expect(found.id == "sample")
        #expect(found.snippet?.text.contains("The ministries adopted the plan") == true)
    }

    @Test func aSpanishQuestionReachesTheSpanishWording() throws {
        let found = try #require(try hit("ministerios adoptaron"))
        #expect(found.snippet?.text.contains("Los ministerios adoptaron el plan") == true)
    }

    @Test func talkingPointsAreIndexedInBothLanguages() throws {
        #expect(try hit("brings together")?.id == "sample")
        #expect(try hit("une a ministerios")?.id == "sample")
    }

    /// "الهجرة" (with the article) meets the label "هجرة اليد العاملة" by its stem;
    /// "المهاجرون" meets the Arabic synonym; "منصة" is the mechanism's label.
    @Test(arguments: ["الهجرة", "المهاجرون", "منصة", "أفريقيا", "التعاون بين بلدان الجنوب"])
    func anArabicWordReachesTheRecordsTerms(_ query: String) throws {
        #expect(try hit(query)?.id == "sample", "\(query)")
    }

    @Test func summariesAreIndexedInEveryLanguage() throws {
        #expect(try hit("travailleurs migrants")?.id == "sample")
        #expect(try hit("trabalhadores migrantes")?.id == "sample")
    }
}
