import Testing

@testable import PuenteIndex

@Suite struct SnippetTests {
    @Test func highlightsLandOnWordsWithAccentsDashesAndEmoji() throws {
        let text = "🌍🤝 La cooperación Sur–Sur 👧🏽 protege a niñas y niños — año tras año."
        let index = Index(documents: [passage("a", body: text)])
        let snippet = try #require(try search(index, "cooperacion sur-sur niños año").hits.first?.snippet)
        #expect(snippet.text == text)
        #expect(highlighted(snippet) == ["cooperación", "Sur", "Sur", "niñas", "niños", "año", "año"])
    }

    @Test func stemAndFuzzyMatchesAreHighlightedToo() throws {
        let index = Index(documents: [passage("a", body: "Las cadenas de suministro y la migracón laboral")])
        let snippet = try #require(try search(index, "cadena migración").hits.first?.snippet)
        #expect(highlighted(snippet) == ["cadenas", "migracón"])
    }

    @Test func decomposedInputIsHighlightedInItsNormalisedForm() throws {
        let index = Index(documents: [passage("a", body: "los nin\u{0303}os y el an\u{0303}o")])
        let snippet = try #require(try search(index, "niños").hits.first?.snippet)
        #expect(snippet.text == "los niños y el año")
        #expect(highlighted(snippet) == ["niños"])
    }

    @Test func longTextsShowTheWindowWithTheMostQueryWords() throws {
        let filler = String(repeating: "texto de relleno sin interés ", count: 20)
        let body = "cacao al principio. " + filler + "la migración laboral y el cacao juntos. " + filler
        let index = Index(documents: [passage("a", body: body)])
        let snippet = try #require(try search(index, "cacao migración") { $0.snippetLength = 80 }.hits.first?.snippet)
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        #expect(highlighted(snippet) == ["migración", "cacao"])
        #expect(snippet.text.unicodeScalars.count <= 82)
    }

    @Test func lineBreaksReadAsSpacesWithoutMovingHighlights() throws {
        let index = Index(documents: [passage("a", body: "trabajo\n\n  infantil en\tla\u{A0}\u{2003}región")])
        let snippet = try #require(try search(index, "infantil región").hits.first?.snippet)
        #expect(snippet.text == "trabajo infantil en la región")
        #expect(highlighted(snippet) == ["infantil", "región"])
    }

    @Test func theSnippetComesFromTheFieldShowingTheMostQueryWords() throws {
        let index = Index(documents: [
            passage("a", name: "Plan de cacao", body: "Un plan para el cacao y el algodón en la región")
        ])
        let snippet = try #require(try search(index, "cacao algodón").hits.first?.snippet)
        #expect(snippet.field == "body")
    }

    @Test func phraseWordsAreHighlightedOnlyWhereThePhraseStands() throws {
        let text = "el sur del país y la cooperación Sur–Sur"
        let index = Index(documents: [passage("a", body: text)])
        let snippet = try #require(try search(index, "\"sur sur\"").hits.first?.snippet)
        let phraseStart = text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex,
            to: text.range(of: "Sur–Sur")!.lowerBound.samePosition(in: text.unicodeScalars)!)
        #expect(
            snippet.highlights == [
                Highlight(start: phraseStart, length: 3), Highlight(start: phraseStart + 4, length: 3),
            ])
    }

    @Test func snippetsCanBeTurnedOff() throws {
        let index = Index(documents: [passage("a", body: "cacao")])
        #expect(try search(index, "cacao") { $0.snippets = false }.hits.first?.snippet == nil)
    }
}
