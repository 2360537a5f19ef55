import Testing

@testable import PuenteIndex

/// Typo tolerance as a searcher meets it: by the length of the word typed.
@Suite struct TypoToleranceTests {
    let index = Index(documents: [
        passage("mina", body: "mina"),  // 4 letters
        passage("cacao", body: "cacao"),  // 5 letters
        passage("regional", body: "regional"),  // 8 letters
        passage("migracion", body: "migración"),  // 9 letters
        passage("suministro", body: "suministro"),
    ])

    private func finds(_ typed: String) throws -> [String] {
        ids(try search(index, typed))
    }

    @Test func fourLetterWordsMustBeExact() throws {
        #expect(try finds("mina") == ["mina"])
        #expect(try finds("mima") == [])
        #expect(try finds("mnia") == [])
    }

    @Test func fiveLetterWordsForgiveOneEdit() throws {
        #expect(try finds("cacae") == ["cacao"])
        #expect(try finds("caaco") == ["cacao"])  // transposition
        #expect(try finds("kakao") == [])  // two edits
    }

    @Test func eightLetterWordsForgiveOneEditNotTwo() throws {
        #expect(try finds("regioanl") == ["regional"])  // transposition
        #expect(try finds("regiomal") == ["regional"])
        #expect(try finds("rejiomal") == [])
    }

    @Test func nineLetterWordsForgiveTwoEdits() throws {
        #expect(try finds("migrasion") == ["migracion"])
        #expect(try finds("mirgasion") == ["migracion"])  // transposition and substitution
        #expect(try finds("mxgrasxon") == [])  // three edits
        #expect(try finds("sumnistro") == ["suministro"])  // a dropped letter
    }

    @Test func ocrDamageStillMatches() throws {
        #expect(try finds("rnigración") == ["migracion"])
        #expect(try finds("sumin1stro") == ["suministro"])
    }

    @Test func typoToleranceCanBeTurnedOffForTextWithoutTypos() throws {
        #expect(try ids(search(index, "migrasion") { $0.typoTolerance = false }) == [])
        #expect(try ids(search(index, "migración") { $0.typoTolerance = false }) == ["migracion"])
    }

    @Test func aRealWordIsNotCorrectedIntoAKnowledgeWord() throws {
        let index = Index(documents: [
            passage("chains", body: "supply chains"),
            passage("brasilia", body: "the Brasilia declaration"),
            passage("trata", body: "la trata de personas"),
            passage("trafficking", body: "child trafficking"),
        ])
        // English "chairs" and "brazilian", Spanish "trama" (a plot): one edit, or two
        // in a long word, from a word of the index, and words all the same.
        for (typed, near) in [("chairs", "chains"), ("brazilian", "brasilia"), ("trama", "trata")] {
            let result = try search(index, typed)
            #expect(ids(result).isEmpty, "'\(typed)' found '\(near)'")
            #expect(result.corrections.isEmpty, "'\(typed)' corrected to \(result.corrections)")
        }
        // Typos no dictionary knows are corrected still, and the correction is reported.
        for (typed, meant) in [("chanis", "chains"), ("braslia", "brasilia"), ("trafficing", "trafficking")] {
            let result = try search(index, typed)
            #expect(ids(result) == [meant], "'\(typed)'")
            #expect(result.corrections.map(\.corrected) == [meant], "'\(typed)'")
        }
    }

    @Test func aRealWordStillFindsTheTextsOwnMisspellingsUncorrected() throws {
        // The text is what is misspelt: "migracón" is no word, so "migración" reaches it,
        // and since the question was right, nothing is reported as corrected.
        let index = Index(documents: [
            passage("damaged", body: "la migracón laboral"), passage("chains", body: "supply chains"),
        ])
        let result = try search(index, "migración")
        #expect(ids(result) == ["damaged"])
        #expect(result.corrections.isEmpty)
    }

    @Test func thesaurusSynonymsAreNotMatchedFuzzily() throws {
        // The question's own word is forgiven a typo; a synonym the thesaurus adds
        // for it is not, since nobody typed it.
        let thesaurus = Thesaurus(groups: [["ECOWAS", "CEDEAO"]])
        let index = Index(documents: [passage("misspelt", body: "los países de la ECOWASS")], thesaurus: thesaurus)
        #expect(ids(try search(index, "cedeao")).isEmpty)
        #expect(ids(try search(index, "ecowas")) == ["misspelt"])
    }

    @Test func aWordTheIndexHoldsIsWidenedOnlyByLikelySlips() throws {
        // "cacao" is in the index, so "cacau" (one arbitrary edit away) does not widen it.
        let index = Index(documents: [passage("cocoa", body: "cacao"), passage("portuguese", body: "cacau")])
        #expect(try ids(search(index, "cacao")) == ["cocoa"])
        // A word the index lacks (not even by stem) still gets full edits: "cacaw" is one from each.
        #expect(try Set(ids(search(index, "cacaw"))) == ["cocoa", "portuguese"])
    }
}
