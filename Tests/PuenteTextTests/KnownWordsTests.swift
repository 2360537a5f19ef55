import Foundation
import Testing

@testable import PuenteText

/// "Is this a real word": the dictionaries Scripts/setup installs, and the files they come in.
@Suite struct KnownWordsTests {
    @Test(arguments: [
        "chairs", "brazilian", "colour", "color",  // English, American and British
        "cacao", "niño", "trabajo",  // Spanish
        "enfant", "coopération",  // French
        "criança", "cooperação",  // Portuguese
        "عمل", "متداني",  // Arabic, the second listed with a direction mark
    ])
    func aWordOfTheFiveLanguagesIsKnown(_ word: String) {
        #expect(KnownWords.shared.contains(word))
    }

    @Test(arguments: ["migrasion", "trafficing", "chians", "suministor", "xq"])
    func aTypoIsNotKnown(_ word: String) {
        #expect(!KnownWords.shared.contains(word))
    }

    @Test func caseAndAccentsDoNotMatter() {
        for word in ["NIÑO", "Nino", "migracion", "MIGRACIÓN", "Coopération", "cooperacao"] {
            #expect(KnownWords.shared.contains(word), "\(word)")
        }
    }

    @Test func emptyAndMultiLineWordsAreNotKnown() {
        #expect(!KnownWords.shared.contains(""))
        #expect(!KnownWords.shared.contains("chairs\nchains"))
    }

    @Test func aMissingDictionaryMeansFewerWordsNotACrash() {
        let none = KnownWords(loading: [KnownWords.Source(path: "/nonexistent/dictionary", format: .wordList)])
        #expect(none.count == 0 && !none.contains("chairs"))
        let some = KnownWords(loading: [
            KnownWords.Source(path: "/nonexistent/dictionary", format: .wordList),
            KnownWords.Source(path: "/usr/share/dict/american-english", format: .wordList),
        ])
        #expect(some.contains("chairs") && !some.contains("niño"))
    }

    @Test func hunspellFilesLoseTheirCountFlagsAndComments() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("known-words-\(UUID().uuidString).dic")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "4\r\nárbol/12\tpo:noun\r\nCasa/3\n# comentario\nperro\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let words = KnownWords(loading: [KnownWords.Source(path: path, format: .hunspell)])
        #expect(words.count == 3)
        #expect(words.contains("arbol") && words.contains("casa") && words.contains("Perro"))
        #expect(!words.contains("4") && !words.contains("árbol/12") && !words.contains("# comentario"))
    }

    @Test func wordsGivenInCodeAreKnownOnceEach() {
        let words = KnownWords(["Cacao", "cacao", "cacáo", "migración", "", "with\nbreak"])
        #expect(words.count == 2)
        #expect(words.contains("CACAO") && words.contains("migracion"))
        #expect(!words.contains("with") && !words.contains("break") && !words.contains("cadena"))
    }

    @Test func lookupsMatchAPlainSetOverManyWords() {
        // Enough words that the hash table wraps and probes; checked against a Set.
        let words = (0..<5_000).map { "w\($0 * 7)é" }
        let known = KnownWords(words)
        let set = Set(words.map { Folding.fold($0) })
        for probe in (0..<5_000).map({ "W\($0 * 5)e" }) {
            #expect(known.contains(probe) == set.contains(Folding.fold(probe.lowercased())), "\(probe)")
        }
    }
}
