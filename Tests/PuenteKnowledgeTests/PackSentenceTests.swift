import Foundation
import PuenteSupport
import Testing

@testable import PuenteKnowledge

/// The sentences of the packs: every pack says what the reference says, each
/// counted sentence has a form for every plural category its language uses, and a
/// broken rule or template is reported at its place in the file.
@Suite struct PackSentenceTests {
    @Test func eachLanguageCountsWithItsOwnCategories() throws {
        let knowledge = try BundledKnowledge.load(executable: nil)
        let says = { (code: String, key: String, count: Int) in
            knowledge.languages.first { $0.code == code }?.sentences.say(key, count: count) ?? ""
        }
        #expect(
            [0, 1, 2, 3, 11, 100, 103].map { says("ar", "count_initiative", $0) }
                == ["0 مبادرة", "مبادرة واحدة", "مبادرتان", "3 مبادرات", "11 مبادرة", "100 مبادرة", "103 مبادرات"])
        // French and Portuguese count zero in the singular; Spanish and English do not.
        #expect(says("fr", "count_initiative", 0) == "0 initiative")
        #expect(says("pt", "count_initiative", 0) == "0 iniciativa")
        #expect(says("es", "count_initiative", 0) == "0 iniciativas")
        #expect(says("en", "count_initiative", 1) == "1 initiative")
        #expect(says("es", "count_initiative", 1_000_000) == "1000000 de iniciativas")
    }

    @Test func aSentenceMissingFromAPackIsReported() throws {
        let folder = try LanguagePackTests.folderWithPacks()
        try folder.edit("languages/pt.yaml", replacing: "\n  relaxed_note:", with: "\n  relaxed_notes:")
        let issues = folder.issues()
        #expect(issues.contains("languages/pt.yaml:0:0: missing sentence 'say.relaxed_note', which es.yaml has"))
        #expect(issues.contains("languages/pt.yaml:0:0: unknown sentence 'say.relaxed_notes'; es.yaml has no such key"))
    }

    @Test func aCountedSentenceNeedsEveryCategoryOfItsLanguage() throws {
        let folder = try LanguagePackTests.folderWithPacks()
        try folder.edit("languages/ar.yaml", replacing: "    two: \"مبادرتان\"\n", with: "")
        #expect(
            folder.issues().contains {
                $0.hasPrefix("languages/ar.yaml:")
                    && $0.hasSuffix(
                        "'say.count_initiative' has no form for two; a counted sentence has one for each of zero, one, two, few, many, other"
                    )
            })
    }

    @Test func aCategoryTheLanguageDoesNotUseIsReported() throws {
        let folder = try LanguagePackTests.folderWithPacks()
        try folder.edit(
            "languages/en.yaml", replacing: "    one: \"{n} initiative\"\n",
            with: "    one: \"{n} initiative\"\n    few: \"{n} initiatives\"\n")
        #expect(
            folder.issues().contains {
                $0.hasPrefix("languages/en.yaml:")
                    && $0.hasSuffix(
                        "'few' in 'say.count_initiative' is not a plural category of this pack's plural_rules; expected one, other"
                    )
            })
    }

    @Test func aPluralRuleOutsideCLDRSyntaxIsReported() throws {
        let folder = try LanguagePackTests.folderWithPacks()
        try folder.edit(
            "languages/ar.yaml", replacing: "few: \"n % 100 = 3..10\"", with: "few: \"n % 100 between 3 and 10\"")
        #expect(
            folder.issues().contains {
                $0.hasPrefix("languages/ar.yaml:")
                    && $0.hasSuffix("plural rule 'few': expected = or != after the operand")
            })
    }

    @Test func aGrammarRuleThatIsNoRegularExpressionIsReported() throws {
        let folder = try LanguagePackTests.folderWithPacks()
        try folder.edit(
            "languages/fr.yaml", replacing: "    - ['(?i)^le (.*)$', 'au $1']", with: "    - ['(?i)^le (.*$', 'au $1']")
        #expect(
            folder.issues().contains {
                $0.hasPrefix("languages/fr.yaml:")
                    && $0.contains(
                        "a rule of 'grammar.in_place' should be [pattern, template] with a valid regular expression")
            })
    }
}
