import Foundation
import PuenteIndex
import PuenteSupport
import Testing

@testable import PuenteKnowledge

/// The knowledge Puente ships: valid, complete enough for the session, and sourced.
@Suite struct BundledKnowledgeTests {
    static let knowledge: Knowledge = {
        do { return try BundledKnowledge.load() } catch { fatalError("the bundled knowledge does not load:\n\(error)") }
    }()
    var knowledge: Knowledge { Self.knowledge }

    @Test func loadsWithZeroErrors() throws {
        let folder = try #require(BundledKnowledge.directory())
        #expect(throws: Never.self) { try KnowledgeLoader.load(from: folder) }
    }

    @Test func isFoundByAnAbsolutePathWhateverTheWorkingDirectory() throws {
        let folder = try #require(BundledKnowledge.directory(executable: nil))
        #expect(folder.path.hasPrefix("/"))
        #expect(folder.lastPathComponent == "Knowledge")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("session.yaml").path))
    }

    @Test func anInstalledCopyBesideTheExecutableComesFirst() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("puente-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let installed = prefix.appendingPathComponent("share/puente/Knowledge")
        try FileManager.default.createDirectory(
            at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try #require(BundledKnowledge.directory(executable: nil)), to: installed)
        let executable = prefix.appendingPathComponent("bin/puented")
        #expect(
            BundledKnowledge.directory(executable: executable)?.standardizedFileURL.path
                == installed.standardizedFileURL.path)
    }

    @Test func holdsAtLeastThirtyInitiatives() {
        #expect(knowledge.initiatives.count >= 30)
    }

    @Test(arguments: Vocabulary.kinds.filter { $0 == .region || $0 == .modality })
    func everyRegionAndModalityIsUsedByARecord(_ kind: FacetKind) {
        let used = Set(knowledge.initiatives.flatMap { $0.values(kind) })
        let unused = knowledge.vocabulary.terms(kind).map(\.id).filter { !used.contains($0) }
        #expect(unused == [], "\(kind.rawValue) ids no record uses")
    }

    @Test func everyRecordHasSourcesAndEveryFactCitesOne() {
        for initiative in knowledge.initiatives {
            #expect(!initiative.sources.isEmpty, "\(initiative.id)")
            #expect(initiative.sources.allSatisfy { $0.url.hasPrefix("http") && !$0.title.isEmpty }, "\(initiative.id)")
            #expect(initiative.facts.allSatisfy { initiative.sources.indices.contains($0.source) }, "\(initiative.id)")
        }
    }

    /// At least two sourced facts (a record is not a name and a summary); at most
    /// eight, so a card stays readable.
    @Test func everyRecordHasTwoToEightFactsAndTwoToFourTalkingPoints() {
        for initiative in knowledge.initiatives {
            #expect((2...8).contains(initiative.facts.count), "\(initiative.id): \(initiative.facts.count) facts")
            #expect(
                (2...4).contains(initiative.talkingPoints.count),
                "\(initiative.id): \(initiative.talkingPoints.count) points")
            #expect(["es", "en", "fr", "pt"].allSatisfy { initiative.summary[$0] != nil }, "\(initiative.id)")
            #expect(
                (initiative.facts.map(\.text) + initiative.talkingPoints).allSatisfy {
                    $0["es"] != nil && $0["en"] != nil
                }, "\(initiative.id)")
        }
    }

    /// The whole room is covered: 48 records or more, every ILO region with six or
    /// more, every modality with four or more.
    @Test func everyRegionAndModalityHasItsShare() {
        #expect(knowledge.initiatives.count >= 48)
        for kind in [FacetKind.region, .modality] {
            for term in knowledge.vocabulary.terms(kind) where term.id != "global" {
                let count = knowledge.initiatives.filter { $0.values(kind).contains(term.id) }.count
                #expect(count >= (kind == .region ? 6 : 4), "\(kind.rawValue) \(term.id): \(count) records")
            }
        }
    }

    @Test func theSessionIsTheOneOnTheNotesCover() {
        let session = knowledge.session
        #expect(
            session.title["es"]
                == "El papel de la cooperación regional e interregional en la erradicación del trabajo infantil")
        #expect(session.date == "2026-02-12" && session.start == "14:30" && session.end == "16:15")
        #expect(
            session.city["es"] == "Marrakech" && session.city["ar"] == "مراكش"
                && session.timeZone == "Africa/Casablanca")
        #expect(session.questions.count >= 4)
    }

    @Test func vocabularyCoversWhatTheNoteNames() {
        let themes = Set(knowledge.vocabulary.terms(.theme).map(\.id))
        for id in [
            "labour-migration", "supply-chains", "data-knowledge-gaps", "institutional-capacity",
            "roadmaps-action-plans",
            "joint-monitoring-follow-up", "regional-platforms", "prioritisation", "knowledge-exchange", "coordination",
            "mutual-accountability", "peer-learning", "practical-solutions", "scaling-up", "financing-sustainability",
        ] {
            #expect(themes.contains(id), "missing theme \(id)")
        }
        #expect(knowledge.vocabulary.terms.allSatisfy { $0.labels.count == Vocabulary.languages.count })
    }
}
