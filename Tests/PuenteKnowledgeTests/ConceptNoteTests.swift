import Testing

@testable import PuenteKnowledge

@Suite struct ConceptNoteTests {
    var note: ConceptNote { BundledKnowledgeTests.knowledge.conceptNote }

    @Test func aPassageIsFoundByItsId() {
        #expect(note.passage("concept-note#II.1")?.section == "II. Cuestiones a abordar")
        #expect(note.passage("concept-note#II.1")?.text == note.passages[3].text)
        #expect(note.passage("concept-note#IX.9") == nil)
    }

    @Test func mentionsAreFoundByStemAcrossStopwordsAndOnlyOnce() {
        let vocabulary = BundledKnowledgeTests.knowledge.vocabulary
        let finder = MentionFinder(vocabulary, language: .spanish)
        let ids = finder.mentions(
            in: "Las plataformas regionales y las cadenas de suministro; otra plataforma regional."
        ).map(\.id)
        #expect(ids.contains("regional-platforms"))
        #expect(ids.contains("supply-chains"))
        #expect(Set(ids).count == ids.count)
        #expect(finder.mentions(in: "Nada de esto nombra un término.").isEmpty)
    }

    @Test func eachParagraphIsAPassageWithItsSection() {
        #expect(
            note.passages.map(\.section) == [
                "I. Contexto", "I. Contexto", "I. Contexto", "II. Cuestiones a abordar", "II. Cuestiones a abordar",
            ])
        #expect(
            note.passages.map(\.id) == [
                "concept-note#I.1", "concept-note#I.2", "concept-note#I.3", "concept-note#II.1", "concept-note#II.2",
            ])
        #expect(note.passages[0].text.hasPrefix("El trabajo infantil sigue siendo un desafío persistente"))
        #expect(note.passages[0].text.hasSuffix("más allá de los enfoques exclusivamente nacionales."))
        #expect(note.passages[4].text.hasSuffix("y su implementación efectiva a nivel nacional."))
    }

    @Test func theTitleIsTheSessions() {
        #expect(note.title == BundledKnowledgeTests.knowledge.session.title["es"])
    }

    @Test func noPassageCarriesPageOrCoverDebris() {
        for passage in note.passages {
            #expect(!passage.text.contains("Nota conceptual"))
            #expect(!passage.text.contains("6.ª Conferencia"))
            #expect(!passage.text.contains("14.30"))
            #expect(!passage.text.contains("  "))
            #expect(!passage.text.split(separator: " ").contains("1"))
        }
    }

    @Test func linesAreJoinedWithoutLosingWords() {
        let joined = note.passages[1].text
        #expect(joined.contains("la cooperación Sur–Sur reviste una relevancia particular"))
        #expect(joined.contains("a nivel nacional y subnacional"))
    }
}
