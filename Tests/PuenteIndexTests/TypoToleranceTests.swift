import Testing
@testable import PuenteIndex

/// Typo tolerance as a searcher meets it: by the length of the word typed.
@Suite struct TypoToleranceTests {
    let index = Index(documents: [
        passage("mina", body: "mina"),           // 4 letters
        passage("cacao", body: "cacao"),         // 5 letters
        passage("regional", body: "regional"),   // 8 letters
        passage("migracion", body: "migración"), // 9 letters
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
        #expect(try finds("cacai") == ["cacao"])
        #expect(try finds("cacoa") == ["cacao"])   // transposition
        #expect(try finds("kakao") == [])          // two edits
    }

    @Test func eightLetterWordsForgiveOneEditNotTwo() throws {
        #expect(try finds("regioanl") == ["regional"])  // transposition
        #expect(try finds("regiomal") == ["regional"])
        #expect(try finds("rejiomal") == [])
    }

    @Test func nineLetterWordsForgiveTwoEdits() throws {
        #expect(try finds("migrasion") == ["migracion"])
        #expect(try finds("mirgasion") == ["migracion"])   // transposition and substitution
        #expect(try finds("mxgrasxon") == [])              // three edits
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

    @Test func aWordTheIndexHoldsIsWidenedOnlyByLikelySlips() throws {
        // "cacao" is in the index, so "cacau" (one arbitrary edit away) does not widen it.
        let index = Index(documents: [passage("cocoa", body: "cacao"), passage("portuguese", body: "cacau")])
        #expect(try ids(search(index, "cacao")) == ["cocoa"])
        // A word the index lacks (not even by stem) still gets full edits: "cacaw" is one from each.
        #expect(try Set(ids(search(index, "cacaw"))) == ["cocoa", "portuguese"])
    }
}
