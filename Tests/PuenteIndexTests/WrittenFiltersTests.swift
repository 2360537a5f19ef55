import Testing

@testable import PuenteIndex

/// The filters a question writes among its words, read by the query syntax itself.
@Suite struct WrittenFiltersTests {
    @Test func wholeTokensAreFiltersAndTheRestIsText() {
        let written = Index.Query.writtenFilters(
            in: "cacao region:Africa,americas -modality:triangular a las 14:30 nota: bien")
        #expect(
            written.filters == [
                FacetFilter(kind: .region, ids: ["africa", "americas"]),
                FacetFilter(kind: .modality, ids: ["triangular"], excluded: true),
            ])
        #expect(written.text == "cacao a las 14:30 nota: bien")
        #expect(written.mistyped == nil)
    }

    /// A language's name of a field stands for it; a name near a field is said, and kept as text.
    @Test func aliasesAndMistypedFields() {
        let written = Index.Query.writtenFilters(in: "Región:africa regoin:asia ojo:aqui", aliases: ["region": .region])
        #expect(written.filters == [FacetFilter(kind: .region, ids: ["africa"])])
        #expect(written.text == "regoin:asia ojo:aqui")
        #expect(written.mistyped?.typed == "regoin" && written.mistyped?.closest == "region")
    }

    /// What `writtenFilters` reads as a filter, the query syntax reads as the same filter.
    @Test(arguments: ["region:africa", "-modality:south-south", "theme:cocoa,cotton", "kind:initiative"])
    func aFilterReadsAsTheQuerySyntaxReadsIt(_ token: String) throws {
        let written = Index.Query.writtenFilters(in: token)
        #expect(written.filters == (try Index.Query(parsing: token)).filters)
    }
}
