import Foundation
import Testing

@testable import PuenteKnowledge

/// The language packs: one file per language, loaded and checked with the rest of
/// the knowledge, every problem at its `file:line:column`.
@Suite struct LanguagePackTests {
    /// A copy of the valid fixture folder with a copy of the bundled packs in it.
    static func folderWithPacks() throws -> FixtureFolder {
        let folder = try FixtureFolder()
        let bundled = try #require(BundledKnowledge.directory(executable: nil)).appendingPathComponent("languages")
        try FileManager.default.copyItem(at: bundled, to: folder.url.appendingPathComponent("languages"))
        return folder
    }

    @Test func theBundledPacksAreTheSessionsFiveWithEveryList() throws {
        let knowledge = try BundledKnowledge.load(executable: nil)
        #expect(knowledge.languages.map(\.code) == ["es", "en", "fr", "pt", "ar"])
        for pack in knowledge.languages {
            for list in [
                LanguagePack.List.asksFunds, .asksWhen, .asksHowMany, .frameWords, .sessionWhen, .countryWords,
            ] {
                #expect(!pack[list].isEmpty, "\(pack.code): \(list.rawValue)")
            }
            #expect(pack[.months].count == 12)
            #expect(!pack.numbers.isEmpty)
        }
        #expect(knowledge.languages.first { $0.code == "es" }?.numbers["cuatrocientos"] == 400)
    }

    /// A folder without its own packs reads its questions with the bundled ones.
    @Test func aKnowledgeFolderWithoutPacksUsesTheBundledOnes() throws {
        let folder = try FixtureFolder()
        let knowledge = try KnowledgeLoader.load(from: folder.url)
        #expect(knowledge.languages.map(\.code) == ["es", "en", "fr", "pt", "ar"])
    }

    @Test func aListMissingFromAPackIsReported() throws {
        let folder = try Self.folderWithPacks()
        let file = folder.url.appendingPathComponent("languages/fr.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let start = try #require(text.range(of: "\n  duration: ["))
        let end = try #require(text.range(of: "]", range: start.upperBound..<text.endIndex))
        try (String(text[..<start.lowerBound]) + String(text[end.upperBound...])).write(
            to: file, atomically: true, encoding: .utf8)
        let issues = folder.issues()
        #expect(issues.count == 1)
        #expect(issues.first?.hasPrefix("languages/fr.yaml:") == true)
        #expect(
            issues.first?.hasSuffix("missing list 'session.duration'; every pack holds the lists of es.yaml") == true)
    }

    @Test func anUnknownKeyIsReportedWithTheClosest() throws {
        let folder = try Self.folderWithPacks()
        try folder.edit("languages/pt.yaml", replacing: "\nframe_words:", with: "\nframe_word:")
        let issues = folder.issues()
        #expect(
            issues.contains {
                $0.hasPrefix("languages/pt.yaml:") && $0.contains("unknown key 'frame_word'")
                    && $0.hasSuffix("(did you mean 'frame_words'?)")
            })
        #expect(issues.contains { $0.hasSuffix("missing list 'frame_words'; every pack holds the lists of es.yaml") })
    }

    @Test func monthsAreTwelve() throws {
        let folder = try Self.folderWithPacks()
        try folder.edit("languages/en.yaml", replacing: "November, December]", with: "November]")
        #expect(
            folder.issues().contains {
                $0.hasPrefix("languages/en.yaml:")
                    && $0.hasSuffix("'months' has 11 names; expected the 12 month names, January first")
            })
    }

    @Test func aNumberWordNeedsANumber() throws {
        let folder = try Self.folderWithPacks()
        try folder.edit("languages/es.yaml", replacing: "dos: 2,", with: "dos: two,")
        #expect(
            folder.issues().contains {
                $0.hasPrefix("languages/es.yaml:")
                    && $0.hasSuffix("'dos' in 'numbers' should be a whole number, such as 40")
            })
    }

    @Test func aMissingPackOfTheSessionIsReported() throws {
        let folder = try Self.folderWithPacks()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("languages/ar.yaml"))
        #expect(
            folder.issues() == [
                "languages/ar.yaml:0:0: missing file; the packs of es, en, fr, pt and ar are all needed"
            ])
    }
}
