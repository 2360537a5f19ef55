import Foundation
import Testing

@testable import PuenteText

@Suite struct AnalyzerTests {
    let analyzer = Analyzer()

    private func texts(_ text: String, _ language: Language = .spanish) -> [String] {
        analyzer.tokens(in: text, language: language).map(\.text)
    }

    @Test func foldingRemovesDiacriticsAndExpandsLigatures() {
        #expect(Folding.fold("niño") == "nino")
        #expect(Folding.fold("cooperación") == "cooperacion")
        #expect(Folding.fold("façon") == "facon")
        #expect(Folding.fold("œuvre") == "oeuvre")
        #expect(Folding.fold("são tomé e príncipe") == "sao tome e principe")
        #expect(Folding.fold("straße") == "strasse")
        #expect(Folding.fold("crianças") == "criancas")
        #expect(Folding.fold("plain ascii") == "plain ascii")
    }

    @Test func wordsAreLowercasedAndKeepTheirAccents() {
        #expect(texts("Cooperación REGIONAL e Interregional") == ["cooperación", "regional", "interregional"])
    }

    @Test(arguments: ["Sur–Sur", "Sur-Sur", "Sur Sur", "Sur—Sur"])
    func dashesSplitWordsIntoAdjacentPositions(_ text: String) {
        let tokens = analyzer.tokens(in: "cooperación \(text)", language: .spanish)
        #expect(tokens.map(\.text) == ["cooperación", "sur", "sur"])
        #expect(tokens.map(\.position) == [0, 1, 2])
    }

    @Test func frenchAndPortugueseElisionIsDropped() {
        #expect(texts("l'enfant", .french) == ["enfant"])
        #expect(texts("plan d’action", .french) == ["plan", "action"])
        #expect(texts("l’éducation", .french) == ["éducation"])
        #expect(texts("d'água", .portuguese) == ["água"])
        let enfant = analyzer.words(in: "l'enfant")[0]
        #expect(enfant.start == 2 && enfant.length == 6)
    }

    @Test func stopwordsAreRemovedPerLanguageButPositionsKept() {
        let spanish = analyzer.tokens(in: "planes de acción conjuntos", language: .spanish)
        #expect(spanish.map(\.text) == ["planes", "acción", "conjuntos"])
        #expect(spanish.map(\.position) == [0, 2, 3])
        #expect(texts("the role of regional cooperation", .english) == ["role", "regional", "cooperation"])
        #expect(texts("le rôle de la coopération régionale", .french) == ["rôle", "coopération", "régionale"])
        #expect(texts("o papel da cooperação regional", .portuguese) == ["papel", "cooperação", "regional"])
    }

    @Test func stopwordsMatchWithoutAccents() {
        #expect(analyzer.isStopword("que", inAnyOf: [.spanish]))
        #expect(analyzer.isStopword("qué", inAnyOf: [.spanish]))
        #expect(analyzer.isStopword("mas", inAnyOf: [.spanish]))
        #expect(!analyzer.isStopword("trabajo", inAnyOf: Language.allCases))
    }

    @Test(arguments: [
        ("cooperación", Language.spanish, "cooper"),
        ("erradicación", .spanish, "errad"),
        ("cadenas", .spanish, "caden"),
        ("regionales", .spanish, "regional"),
        ("plataformas", .spanish, "plataform"),
        ("niños", .spanish, "nin"),
        ("cooperation", .english, "cooper"),
        ("chains", .english, "chain"),
        ("coopération", .french, "cooper"),
        ("enfants", .french, "enfant"),
        ("régionale", .french, "regional"),
        ("cooperação", .portuguese, "cooper"),
        ("crianças", .portuguese, "crianc"),
    ])
    func stemsComeFromTheAccentedWordAndAreFolded(_ word: String, _ language: Language, _ stem: String) {
        #expect(analyzer.stem(word, in: language) == stem)
    }

    @Test func stemmingNeedsTheAccentsThatFoldingRestores() {
        // Snowball does not recognise the suffix without its accent: this is why the
        // index also looks words up by their folded form before stemming.
        #expect(analyzer.stem("cooperacion", in: .spanish) != analyzer.stem("cooperación", in: .spanish))
    }

    @Test func offsetsCountUnicodeScalarsOfTheNormalisedText() {
        let decomposed = "🌍 nin\u{0303}o—año"
        let words = analyzer.words(in: decomposed)
        #expect(words.map(\.text) == ["niño", "año"])
        #expect(words.map(\.start) == [2, 7])
        #expect(words.map(\.length) == [4, 3])
    }

    /// The shortcut for text that is NFC already must give what Foundation gives,
    /// scalar for scalar (String's == would call canonical equivalents equal).
    @Test(arguments: [
        "año niño acción", "a\u{300} e\u{301}", "\u{2FF}\u{300}", "ÿ\u{308}", "Å Å ﬁ", "ǅ ǆ ȷ ɐ ʿ ˿",
        "\u{1E45} 한 ᄀ\u{1161}", "plain",
    ])
    func normalisingAgreesWithFoundation(_ text: String) {
        let expected = text.precomposedStringWithCanonicalMapping
        #expect(Array(Analyzer.normalize(text).unicodeScalars) == Array(expected.unicodeScalars))
    }

    /// Latin-1 words are lowered without the Unicode tables; every scalar of the
    /// range must come out as the standard library lowers it.
    @Test func latinOneWordsLowerAsTheStandardLibraryLowersThem() {
        for value in UInt32(0x20)...0xFF {
            let scalar = Unicode.Scalar(value)!
            let word: ArraySlice<Unicode.Scalar> = ["A", scalar, "b"]
            #expect(
                Tokenizer.lowercased(word) == String(String.UnicodeScalarView(word)).lowercased(),
                "U+\(String(value, radix: 16))")
        }
        #expect(Tokenizer.lowercased(["N", "I", "Ñ", "O"]) == "niño")
        #expect(Tokenizer.lowercased(["Ł", "Ó", "D", "Ź"]) == "łódź")
    }

    @Test func digitsAreWords() {
        #expect(texts("Convenio núm. 182 de 1999") == ["convenio", "núm", "182", "1999"])
    }

    @Test func stemmerIsSafeToShareAcrossTasks() async {
        let words = ["cooperación", "erradicación", "cadenas", "plataformas", "regionales", "migración"]
        let expected = words.map { analyzer.stem($0, in: .spanish) }
        let shared = analyzer
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    (0..<200).allSatisfy { _ in words.map { shared.stem($0, in: .spanish) } == expected }
                }
            }
            for await agreed in group { #expect(agreed) }
        }
    }
}
