import PuenteIndex
import Testing

@testable import PuenteKnowledge

/// A query in English, French or Portuguese for a vocabulary term finds the
/// Spanish passages that use it.
@Suite struct CrossLanguageTests {
    static let index = BundledKnowledgeTests.knowledge.index()

    private func noteHits(_ query: String) throws -> [String] {
        var options = SearchOptions()
        options.limit = 100
        return try Self.index.search(query + " kind:concept-note", options: options).hits.map(\.id)
    }

    @Test(arguments: [
        ("supply chains", "concept-note#I.1"),
        ("chaînes d'approvisionnement", "concept-note#I.1"),
        ("cadeias de abastecimento", "concept-note#I.1"),
        ("labour migration", "concept-note#II.2"),
        ("migração laboral", "concept-note#II.2"),
        ("Sud-Sud", "concept-note#I.2"),
        ("South–South cooperation", "concept-note#II.2"),
        ("mutual accountability", "concept-note#II.1"),
        ("peer learning", "concept-note#I.2"),
        ("apprentissage entre pairs", "concept-note#II.2"),
        ("triangular cooperation", "concept-note#I.2"),
    ])
    func aForeignTermFindsTheSpanishPassage(_ query: String, _ passage: String) throws {
        #expect(try noteHits(query).contains(passage), "\(query)")
    }

    @Test func theTranslationIsReportedAsAnExpansion() throws {
        let result = try Self.index.search("supply chains")
        #expect(result.words.first?.synonyms.contains("cadenas de suministro") == true)
    }

    @Test func facetsComeFromTheRecordsAndTheVocabulary() throws {
        var options = SearchOptions()
        options.limit = 100
        let african = try Self.index.search("region:africa", options: options)
        let expected = BundledKnowledgeTests.knowledge.initiatives.filter { $0.regions.contains("africa") }.map(\.id)
        #expect(Set(african.hits.map(\.id)) == Set(expected))
        let noteOnMigration = try Self.index.search("theme:labour-migration kind:concept-note", options: options)
        #expect(noteOnMigration.hits.map(\.id).contains("concept-note#I.1"))
    }

    @Test func aBodyWithinARegionPointsToItsInitiatives() throws {
        #expect(try Self.index.search("CEDEAO").hits.first?.id == "ecowas-regional-action-plan")
        #expect(try Self.index.search("MERCOSUL").hits.first?.id == "mercosur-regional-plan-child-labour")
    }
}
