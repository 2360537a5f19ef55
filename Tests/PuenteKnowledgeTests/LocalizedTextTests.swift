import Foundation
import Testing

@testable import PuenteKnowledge

@Suite struct LocalizedTextTests {
    let pair: LocalizedText = ["es": "Un hecho.", "en": "A fact."]

    @Test func theLanguageAskedForComesFirst() {
        #expect(pair.text(in: "es") == "Un hecho.")
        #expect(pair.text(in: "en") == "A fact.")
    }

    /// French, Portuguese and Arabic readers get English before Spanish.
    @Test(arguments: ["fr", "pt", "ar", "de"])
    func otherLanguagesFallBackToEnglish(_ language: String) {
        #expect(pair.text(in: language) == "A fact.")
        #expect(pair.language(for: language) == "en")
        #expect(pair[language] == nil)
    }

    @Test func spanishIsTheLastResort() {
        let spanish: LocalizedText = ["es": "Solo en español.", "fr": "Seulement en français."]
        #expect(spanish.text(in: "fr") == "Seulement en français.")
        #expect(spanish.text(in: "ar") == "Solo en español.")
        #expect(LocalizedText([:]).text(in: "es") == "")
        #expect(LocalizedText(["es": ""]).isEmpty)
    }

    @Test func languagesListSpanishFirst() {
        let all: LocalizedText = ["pt": "p", "ar": "a", "en": "e", "es": "s", "fr": "f"]
        #expect(all.languages == ["es", "ar", "en", "fr", "pt"])
    }

    @Test func itEncodesAsAPlainObject() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(pair)
        #expect(String(decoding: json, as: UTF8.self) == #"{"en":"A fact.","es":"Un hecho."}"#)
        #expect(try JSONDecoder().decode(LocalizedText.self, from: json) == pair)
    }
}
