import PuenteText
import Testing

@testable import PuenteIndex

/// Arabic text in the index: found whatever the harakat, the article or the
/// hamza of the query, and kept out of the way of Latin queries.
@Suite struct ArabicSearchTests {
    static let index = Index(documents: [
        Document(
            id: "forced",
            texts: [
                .init(field: "name", text: "العمل الجبري", language: .arabic),
                .init(
                    field: "body", text: "خطة إقليمية للقضاء على العمل الجبري وعمل الأطفال في الدول العربية.",
                    language: .arabic),
            ]),
        Document(
            id: "south",
            texts: [
                .init(field: "name", text: "التعاون بين بلدان الجنوب", language: .arabic),
                .init(
                    field: "body", text: "La cooperación Sur–Sur entre países con desafíos similares.",
                    language: .spanish),
            ]),
        passage("latin", name: "Trabajo infantil", body: "Un plan regional contra el trabajo forzoso."),
    ])

    private func found(_ query: String) throws -> [String] {
        try ids(search(Self.index, query))
    }

    @Test func aQueryWithHarakatFindsTextWithout() throws {
        #expect(try found("العَمَل الجَبْرِيّ").first == "forced")
    }

    @Test func aQueryWithoutHamzaOrArticleFindsTheWord() throws {
        #expect(try found("اطفال").first == "forced")
        #expect(try found("عمل الاطفال").first == "forced")
        #expect(try found("دولة").first == "forced")
    }

    @Test func theStemJoinsSingularAndPlural() throws {
        let result = try search(Self.index, "الجنوب") { $0.typoTolerance = false }
        #expect(ids(result) == ["south"])
        #expect(try found("جنوب") == ["south"])
    }

    @Test func arabicFunctionWordsDoNotCount() throws {
        let result = try search(Self.index, "التعاون بين بلدان الجنوب")
        #expect(result.ignoredWords == ["بين"])
        #expect(ids(result).first == "south")
    }

    @Test func latinQueriesAreUnchangedByArabicText() throws {
        #expect(try found("trabajo forzoso") == ["latin"])
        #expect(try found("cooperación") == ["south"])
    }
}
