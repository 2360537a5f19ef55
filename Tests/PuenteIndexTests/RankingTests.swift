import PuenteText
import Testing

@testable import PuenteIndex

@Suite struct RankingTests {
    @Test func aNameMatchBeatsABodyMatch() throws {
        let index = Index(documents: [
            passage("body", name: "Plan regional", body: "Un plan para el sector del cacao en la región."),
            passage("name", name: "Iniciativa del cacao", body: "Un plan para el sector agrícola en la región."),
        ])
        #expect(ids(try search(index, "cacao")) == ["name", "body"])
    }

    /// Query words standing together (at most two words apart, in order) rank a
    /// passage above one with the same words apart: with few passages qualifying,
    /// and with more than the proximity pool, where the best by word scores are read.
    @Test(arguments: [1, 250])
    func wordsStandingTogetherRankFirst(_ apart: Int) throws {
        let filler = ["relleno", "texto", "palabra", "frase"]
        var documents = (0..<apart).map { number in
            // Three to six words between: too far apart to count as together.
            let gap = Array(repeating: filler[number % filler.count], count: 3 + number % 4).joined(separator: " ")
            return passage("apart\(number)", body: "alfa \(gap) beta")
        }
        documents.append(passage("together", body: "alfa beta relleno relleno relleno"))
        let result = try search(Index(documents: documents), "alfa beta") { $0.limit = 3 }
        #expect(result.total == apart + 1)
        #expect(result.hits.first?.id == "together")
    }

    @Test func moreMatchedWordsBeatFewer() throws {
        let index = Index(documents: [
            passage("one", body: "migración migración migración migración en la región"),
            passage("two", body: "migración laboral en la región y cadenas de suministro"),
        ])
        let result = try search(index, "migración laboral") { $0.matching = .any }
        #expect(ids(result) == ["two", "one"])
        #expect(result.hits.map(\.matchedWords) == [2, 1])
    }

    @Test func aWordAgreeingOnItsAccentsRanksAboveOneAgreeingOnlyFolded() throws {
        let index = Index(documents: [
            passage("folded", body: "el ano de referencia"),
            passage("accented", body: "el año de referencia"),
        ])
        #expect(ids(try search(index, "año")) == ["accented", "folded"])
        #expect(ids(try search(index, "ano")) == ["folded", "accented"])
    }

    @Test func matchingNeverNeedsAccents() throws {
        let index = Index(documents: [
            passage("a", body: "la cooperación entre niños y niñas")
        ])
        #expect(ids(try search(index, "cooperacion")) == ["a"])
        #expect(ids(try search(index, "nino")) == ["a"])
        #expect(ids(try search(index, "NIÑAS")) == ["a"])
    }

    @Test func anExactWordRanksAboveAStemMatch() throws {
        let index = Index(documents: [
            passage("stem", body: "las cadenas globales"),
            passage("exact", body: "una cadena global"),
        ])
        let result = try search(index, "cadena") { $0.explain = true }
        #expect(ids(result) == ["exact", "stem"])
        #expect(result.hits[1].explanation?.first?.kind == .stem)
    }

    @Test func exactOutranksFuzzy() throws {
        let index = Index(documents: [
            passage("damaged", body: "la migracón de trabajadores"),
            passage("exact", body: "la migración de trabajadores"),
        ])
        let result = try search(index, "migración") { $0.explain = true }
        #expect(ids(result) == ["exact", "damaged"])
        #expect(result.hits[1].explanation?.first?.kind == .fuzzy)
    }

    @Test func aCheapConfusionRanksAboveAnArbitraryEdit() throws {
        // "rnigracion" is one OCR confusion (rn for m) from "migracion", and one
        // arbitrary edit (a stray leading r) from "nigracion": both are in budget.
        let index = Index(documents: [
            passage("edit", body: "nigracion"),
            passage("ocr", body: "migracion"),
        ])
        let result = try search(index, "rnigracion")
        #expect(ids(result) == ["ocr", "edit"])
    }

    @Test func phrasesRequireAdjacentWordsInOrder() throws {
        let index = Index(documents: [
            passage("phrase", body: "se adoptaron hojas de ruta regionales"),
            passage("apart", body: "la ruta de las hojas secas"),
        ])
        #expect(ids(try search(index, "\"hojas de ruta\"")) == ["phrase"])
        #expect(Set(ids(try search(index, "hojas ruta"))) == ["phrase", "apart"])
    }

    @Test func dashedWordsAreAPhraseThatDashesAndSpacesBothMatch() throws {
        let index = Index(documents: [
            passage("dash", body: "la cooperación Sur–Sur y triangular"),
            passage("space", body: "cooperación sur sur"),
            passage("apart", body: "el sur del país y el norte, al sur"),
        ])
        #expect(Set(ids(try search(index, "Sur-Sur"))) == ["dash", "space"])
        #expect(Set(ids(try search(index, "\"sur sur\""))) == ["dash", "space"])
    }

    @Test func phrasesDoNotRunAcrossTwoTextsOfOneField() throws {
        let index = Index(documents: [
            Document(
                id: "two",
                texts: [
                    .init(field: "body", text: "apoyo técnico", language: .spanish),
                    .init(field: "body", text: "financiero", language: .spanish),
                ])
        ])
        #expect(try search(index, "\"técnico financiero\"").total == 0)
        #expect(try search(index, "técnico financiero").total == 1)
    }

    @Test func excludedWordsRemovePassages() throws {
        let index = Index(documents: [
            passage("cocoa", body: "trabajo infantil en el cacao"),
            passage("cotton", body: "trabajo infantil en el algodón"),
        ])
        #expect(ids(try search(index, "trabajo -cacao")) == ["cotton"])
        #expect(ids(try search(index, "trabajo -\"el algodón\"")) == ["cocoa"])
        #expect(ids(try search(index, "-cacao")) == ["cotton"])
    }

    @Test func filtersRestrictAndFacetCountsFollowTheFilteredSet() throws {
        let index = Index(documents: [
            passage("a", body: "trabajo infantil", facets: [.region: ["africa"], .modality: ["south-south"]]),
            passage(
                "b", body: "trabajo infantil",
                facets: [.region: ["americas"], .modality: ["south-south", "triangular"]]),
            passage("c", body: "trabajo infantil", facets: [.region: ["africa"], .modality: ["regional"]]),
        ])
        let result = try search(index, "trabajo modality:south-south")
        #expect(Set(ids(result)) == ["a", "b"])
        #expect(
            result.facets.filter { $0.facet == .region }.map { "\($0.value)=\($0.count)" } == [
                "africa=1", "americas=1",
            ])
        #expect(
            result.facets.filter { $0.facet == .modality }.map { "\($0.value)=\($0.count)" } == [
                "south-south=2", "triangular=1",
            ])
        #expect(ids(try search(index, "Region:AFRICA trabajo")).sorted() == ["a", "c"])
        #expect(Set(ids(try search(index, "region:africa"))) == ["a", "c"])
    }

    @Test func theLastWordMatchesAsAPrefixOnlyWhenAsked() throws {
        let index = Index(documents: [
            passage("a", body: "financiación regional"),
            passage("b", body: "fin del programa"),
        ])
        #expect(try search(index, "financ").total == 0)
        let typing = try search(index, "financ") { $0.prefixLastWord = true }
        #expect(ids(typing) == ["a"])
        #expect(typing.words.first?.matches.first?.kind == .prefix)
        // A trailing space says the word is finished.
        #expect(try search(index, "financ ") { $0.prefixLastWord = true }.total == 0)
        #expect(ids(try search(index, "fin") { $0.prefixLastWord = true }).first == "b")
    }

    @Test func allWordsMustMatchThenTheRuleRelaxes() throws {
        let index = Index(documents: [
            passage("both", body: "migración laboral"),
            passage("one", body: "migración irregular"),
        ])
        let strict = try search(index, "migración laboral") { $0.matching = .all }
        #expect(ids(strict) == ["both"])
        let nothingHasAll = try search(index, "migración cacao")
        #expect(Set(ids(nothingHasAll)) == ["both", "one"])
        #expect(nothingHasAll.requiredWords == 1 && nothingHasAll.queryWords == 2)
        let relaxedToTwoHits = try search(index, "migración laboral") { $0.matching = .allRelaxing(minimumHits: 2) }
        #expect(ids(relaxedToTwoHits) == ["both", "one"])
        #expect(try search(index, "migración cacao") { $0.matching = .all }.total == 0)
    }

    @Test func synonymsFromTheThesaurusMatchAcrossLanguages() throws {
        let thesaurus = Thesaurus(groups: [["supply chains", "cadenas de suministro"], ["ECOWAS", "CEDEAO"]])
        let index = Index(
            documents: [
                passage("es", body: "las cadenas de suministro regionales"),
                passage("scattered", body: "las cadenas montañosas y el suministro de agua"),
                passage("fr", body: "les pays de la CEDEAO"),
            ], thesaurus: thesaurus)
        let result = try search(index, "supply chains") { $0.explain = true }
        #expect(ids(result) == ["es"])
        #expect(result.words.first?.synonyms == ["cadenas de suministro"])
        #expect(result.hits.first?.explanation?.first?.kind == .synonym)
        #expect(ids(try search(index, "ecowas")) == ["fr"])
    }

    @Test func correctionsAreReportedWithWhatTheyReplaced() throws {
        let index = Index(documents: [passage("a", body: "la migración laboral")])
        let result = try search(index, "migrasion laboral")
        #expect(ids(result) == ["a"])
        #expect(result.corrections.map { "\($0.typed)→\($0.corrected)" } == ["migrasion→migración"])
        #expect(try search(index, "migración").corrections.isEmpty)
        let nothing = try search(index, "xyzzyplugh")
        #expect(nothing.total == 0 && nothing.corrections.isEmpty)
    }

    @Test func explanationsSayWhichWordMatchedWhichFieldAndHow() throws {
        let index = Index(documents: [passage("a", name: "Red regional", body: "cooperación entre redes")])
        let detail = try #require(try search(index, "red cooperacion") { $0.explain = true }.hits.first?.explanation)
        let summary = Set(detail.map { "\($0.queryWord)>\($0.matchedWord)@\($0.field):\($0.kind)" })
        #expect(summary.contains("red>red@name:exact"))
        #expect(summary.contains("red>redes@body:stem"))
        #expect(summary.contains("cooperacion>cooperación@body:folded"))
    }

    @Test func pagingSplitsTheRankedList() throws {
        let index = Index(
            documents: (0..<25).map { passage("d\($0)", body: String(repeating: "cacao ", count: $0 + 1)) })
        let all = ids(try search(index, "cacao") { $0.limit = 25 })
        let pages = try (0..<3).flatMap { page in
            ids(
                try search(index, "cacao") {
                    $0.limit = 10
                    $0.offset = page * 10
                })
        }
        #expect(pages == all)
    }

    @Test func aSnapshotServesConcurrentSearches() async throws {
        let index = Index(documents: (0..<200).map { passage("d\($0)", body: "cooperación regional número \($0)") })
        let expected = ids(try search(index, "cooperacion regional"))
        try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<16 {
                group.addTask { ids(try index.search("cooperacion regional")) }
            }
            for try await result in group { #expect(result == expected) }
        }
    }
}
