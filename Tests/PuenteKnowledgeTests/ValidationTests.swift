import Foundation
import Testing

@testable import PuenteKnowledge

/// One fixture per validation error; each asserts the file, the line and the message.
@Suite struct ValidationTests {
    let record = "initiatives/sample.yaml"

    @Test func theValidFixtureLoads() throws {
        let folder = try FixtureFolder()
        #expect(folder.issues() == [])
        let knowledge = try KnowledgeLoader.load(from: folder.url)
        #expect(knowledge.initiatives.map(\.id) == ["sample"])
        #expect(
            knowledge.conceptNote.passages.map(\.id) == ["concept-note#I.1", "concept-note#I.2", "concept-note#II.1"])
        #expect(knowledge.conceptNote.passages[0].text == "La cooperación regional reduce el trabajo infantil.")
        #expect(knowledge.conceptNote.passages[0].line == 7)
    }

    @Test func badYAMLIsReportedWhereTheParserStopped() throws {
        let folder = try FixtureFolder()
        try folder.replace(record, withInvalid: "bad-yaml")
        let issues = folder.issues()
        #expect(issues.count == 1)
        #expect(issues.first?.hasPrefix("\(record):5:") == true)
        #expect(issues.first?.contains(": bad YAML: ") == true)
    }

    @Test func aMissingRequiredFieldIsNamed() throws {
        let folder = try FixtureFolder()
        try folder.replace(record, withInvalid: "missing-field")
        #expect(folder.issues() == ["\(record):1:1: missing required field 'summary'"])
    }

    @Test func anUnknownVocabularyIDSuggestsTheNearestOne() throws {
        let folder = try FixtureFolder()
        try folder.replace(record, withInvalid: "unknown-vocabulary-id")
        #expect(
            folder.issues() == [
                "\(record):12:10: unknown theme id 'labour-migraton'; see themes in vocabulary.yaml (did you mean 'labour-migration'?)"
            ])
    }

    @Test func aDuplicateIDIsReported() throws {
        let folder = try FixtureFolder()
        try folder.replace("vocabulary.yaml", withInvalid: "duplicate-id-vocabulary")
        #expect(folder.issues() == ["vocabulary.yaml:7:5: duplicate region id 'africa'"])
    }

    @Test func anEmptySourceListIsReportedWithTheFactsThatCiteIt() throws {
        let folder = try FixtureFolder()
        try folder.replace(record, withInvalid: "empty-sources")
        #expect(
            folder.issues() == [
                "\(record):29:13: source '1' names no source: the record lists none",
                "\(record):36:10: field 'sources' is an empty list; give at least one entry",
            ])
    }

    /// Fields are trimmed without Foundation, exactly as Foundation trims them.
    @Test(arguments: [
        "  text  ", "\u{A0}\u{2003}texto\u{3000}", "\r\n\tlínea\u{2028}", "\u{85}x y\u{205F}", "sin", "   ", "",
    ])
    func fieldsAreTrimmedAsFoundationTrimsThem(_ text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func aDateThatIsNotADateIsReported() throws {
        let folder = try FixtureFolder()
        try folder.replace(record, withInvalid: "bad-date")
        #expect(
            folder.issues() == [
                "\(record):22:11: '2021-13' is not a date; expected a year, year-month or year-month-day such as 2013, 2013-10 or 2013-10-08"
            ])
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let folder = try FixtureFolder()
        try folder.replace(record, withInvalid: "several-problems")
        #expect(
            folder.issues() == [
                "\(record):1:5: id 'other' does not match the file name; expected 'sample'",
                "\(record):12:10: unknown theme id 'labour-migraton'; see themes in vocabulary.yaml (did you mean 'labour-migration'?)",
                "\(record):22:11: 'soon' is not a date; expected a year, year-month or year-month-day such as 2013, 2013-10 or 2013-10-08",
            ])
    }

    /// YAML splits an unquoted list entry at its comma: "Forum (Nadi, 2015)" would be two names.
    @Test func anOtherNameSplitAtItsCommaIsReported() throws {
        let folder = try FixtureFolder()
        let file = folder.url.appendingPathComponent(record)
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "regions:", with: "other_names: [Test Forum (Nadi, 2015)]\nregions:")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(
            folder.issues() == [
                "\(record):8:14: the other name 'Test Forum (Nadi' opens or closes a parenthesis it does not match; quote a name that holds a comma",
                "\(record):8:14: the other name '2015)' opens or closes a parenthesis it does not match; quote a name that holds a comma",
            ])
    }

    @Test func unknownFieldsAreReportedWithASuggestion() throws {
        let folder = try FixtureFolder()
        let file = folder.url.appendingPathComponent(record)
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "period:", with: "perod:")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(
            folder.issues() == [
                "\(record):1:1: missing required field 'period'",
                "\(record):13:1: unknown field 'perod' in the initiative; expected id, name, other_names, acronym, regions, countries, country_groups, modalities, mechanisms, themes, period, lead, partners, summary, facts, talking_points, sources (did you mean 'period'?)",
            ])
    }

    @Test func sessionTimesAndDatesAreChecked() throws {
        let folder = try FixtureFolder()
        let file = folder.url.appendingPathComponent("session.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "date: 2026-02-12", with: "date: 2026-02-30")
            .replacingOccurrences(of: "end: \"16:15\"", with: "end: \"13:00\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(
            folder.issues() == [
                "session.yaml:26:7: '2026-02-30' is not a valid date; expected a date such as 2026-02-12",
                "session.yaml:28:6: the session ends (13:00) before it starts (14:30)",
            ])
    }

    @Test func aRecordWhoseNameIsNotAnIDIsRefused() throws {
        let folder = try FixtureFolder()
        let records = folder.url.appendingPathComponent("initiatives")
        try FileManager.default.copyItem(
            at: records.appendingPathComponent("sample.yaml"), to: records.appendingPathComponent("Bad Name.yaml"))
        try "notes".write(to: records.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        #expect(
            folder.issues() == [
                "initiatives/Bad Name.yaml:0:0: 'Bad Name' is not a valid id for a file name; expected lowercase letters and digits in words joined by '-', such as 'south-south'",
                "initiatives/README.txt:0:0: not a record; initiatives/ holds only <id>.yaml files",
            ])
    }

    @Test func aMissingFolderOrFileIsReported() throws {
        let nowhere = FileManager.default.temporaryDirectory.appendingPathComponent(
            "puente-nowhere-\(UUID().uuidString)")
        #expect(throws: KnowledgeError.self) { try KnowledgeLoader.load(from: nowhere) }
        let folder = try FixtureFolder()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("note.md"))
        #expect(folder.issues() == ["note.md:0:0: missing file"])
    }

    @Test func anEmptyOrUnreadableRecordIsReported() throws {
        let folder = try FixtureFolder()
        try Data().write(to: folder.url.appendingPathComponent(record))
        #expect(folder.issues() == ["\(record):1:1: the file is empty"])
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent(record))
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent(record), withIntermediateDirectories: false)
        #expect(folder.issues() == ["\(record):0:0: cannot read the file: Is a directory"])
    }

    @Test func theVersionFollowsTheContent() throws {
        let folder = try FixtureFolder()
        let first = try KnowledgeLoader.load(from: folder.url).version
        #expect(try KnowledgeLoader.load(from: folder.url).version == first)
        let file = folder.url.appendingPathComponent("note.md")
        try (try String(contentsOf: file, encoding: .utf8) + "\nOtro párrafo.\n").write(
            to: file, atomically: true, encoding: .utf8)
        #expect(try KnowledgeLoader.load(from: folder.url).version != first)
    }
}

/// Countries are ISO codes and bodies are ids of bodies.yaml: anything else is
/// reported where it stands, saying what is accepted.
@Suite struct CodeAndBodyValidationTests {
    private let record = "initiatives/sample.yaml"

    @Test func anUnknownCountryCodeAndBodyIDAreReported() throws {
        let folder = try FixtureFolder()
        try folder.edit(record, replacing: "countries: [ML]", with: "countries: [ML, Malí]")
        try folder.edit(record, replacing: "lead: [ministry]", with: "lead: [ministri]")
        let issues = folder.issues()
        #expect(
            issues.contains {
                $0.hasPrefix("\(record):9:") && $0.contains("'Malí' is not a country code")
                    && $0.contains("country_groups")
            }, "\(issues)")
        #expect(
            issues.contains {
                $0.hasPrefix("\(record):14:") && $0.contains("ministri") && $0.contains("did you mean 'ministry'")
            }, "\(issues)")
    }

    @Test func aBodyNeedsItsFiveNamesAndAKnownKind() throws {
        let folder = try FixtureFolder()
        try folder.edit("bodies.yaml", replacing: "    ar: وزارة العمل في مالي\n", with: "")
        try folder.edit("bodies.yaml", replacing: "kind: government", with: "kind: goverment")
        let issues = folder.issues()
        #expect(
            issues.contains { $0.hasPrefix("bodies.yaml:") && $0.contains("missing required language 'ar'") },
            "\(issues)")
        #expect(
            issues.contains { $0.hasPrefix("bodies.yaml:3:") && $0.contains("did you mean 'government'") }, "\(issues)")
    }

    @Test func theBundledCountriesAreCodesAndTheirBodiesNamedInFiveLanguages() throws {
        let knowledge = try KnowledgeLoader.load(from: BundledKnowledge.directory()!)
        for record in knowledge.initiatives {
            #expect(record.countries.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isUppercase) }, "\(record.id)")
            for id in record.lead + record.partners {
                let body = try #require(knowledge.body(id), "\(record.id): \(id)")
                #expect(Vocabulary.languages.allSatisfy { !body.label(in: $0).isEmpty })
            }
        }
        let ivoryCoast = try #require(knowledge.initiative("clef-cote-divoire"))
        #expect(knowledge.countries(of: ivoryCoast, in: "ar") == ["كوت ديفوار"])
        #expect(knowledge.bodyLabels(ivoryCoast.lead, in: "en").contains("Jacobs Foundation"))
    }
}
