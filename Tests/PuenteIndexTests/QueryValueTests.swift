import PuenteSupport
import PuenteText
import Testing

@testable import PuenteIndex

/// A query built in code and the same query written in the syntax are one value,
/// and find the same passages.
@Suite struct QueryValueTests {
    static let corpus = MatchingPropertyTests.generate(count: 400, seed: 11)
    static let index = Index(documents: corpus.documents, schema: .passages, analyzer: Analyzer())

    /// A random query: single words (a bare word is one chunk of the syntax), quoted
    /// pairs, exclusions, and region and modality filters, some excluded.
    static func randomQuery(_ generator: inout SeededGenerator) -> Index.Query {
        let words = MatchingPropertyTests.vocabulary
        var query = Index.Query()
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let word = words.randomElement(using: &generator)!
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: query.parts.append(.phrase(word + " " + words.randomElement(using: &generator)!))
            case 1: query.parts.append(.words(word, excluded: true))
            default: query.parts.append(.words(word))
            }
        }
        if Bool.random(using: &generator) {
            let regions = Array(
                MatchingPropertyTests.regions.shuffled(using: &generator).prefix(
                    Int.random(in: 1...2, using: &generator)))
            query.filters.append(
                FacetFilter(kind: .region, ids: regions, excluded: Int.random(in: 0..<4, using: &generator) == 0))
        }
        if Bool.random(using: &generator) {
            query.filters.append(
                FacetFilter(kind: .modality, ids: [MatchingPropertyTests.modalities.randomElement(using: &generator)!]))
        }
        return query
    }

    @Test(arguments: 0..<200)
    func parsingTheSyntaxGivesTheQueryBuiltInCode(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) + 1000)
        let built = Self.randomQuery(&generator)
        var parsed = try Index.Query(parsing: built.description)
        #expect(parsed.parts == built.parts && parsed.filters == built.filters, "\(built.description)")
        // Only the syntax knows where the typing stopped; it does not change the hits without prefix matching.
        parsed.endsInWord = built.endsInWord
        #expect(parsed == built)
        var options = SearchOptions()
        options.limit = 1000
        let viaCode = Result { try Self.index.search(built, options: options) }.map { $0.hits.map(\.id) }
        let viaText = Result { try Self.index.search(built.description, options: options) }.map { $0.hits.map(\.id) }
        #expect(try viaCode.get() == viaText.get(), "\(built.description)")
    }

    @Test func aFilterFieldThatIsNoFacetIsRefusedWhenParsed() throws {
        #expect(throws: QueryError.self) { try Index.Query(parsing: "regoin:africa cacao") }
        #expect(try Index.Query(parsing: "14:30 nota: x").filters.isEmpty, "a colon after no bare name is text")
    }
}
