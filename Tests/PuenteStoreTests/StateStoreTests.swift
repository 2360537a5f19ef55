import Foundation
import GRDB
import Testing

@testable import PuenteStore

@Suite struct StateStoreTests {
    /// A fresh state folder under the temporary directory, removed by the caller.
    private func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("puente-store-\(UUID().uuidString)")
    }

    private func reading(_ names: [String], _ words: [String], _ language: String = "es") -> PanelReading {
        PanelReading(names: Set(names), words: Set(words), language: language)
    }

    @Test func nearDuplicateJoinsTheEarlierQuestion() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(directory: directory)
        let first = try store.submit(
            "¿Quién financia ACCEL Africa?", reading: reading(["accel-africa"], ["financi", "accel", "africa"], "es"))
        let again = try store.submit(
            "¿quién financia hoy ACCEL Africa?",
            reading: reading(["accel-africa"], ["financi", "hoy", "accel", "africa"], "es"))
        let other = try store.submit(
            "¿Cuándo empezó ACCEL Africa?", reading: reading(["accel-africa"], ["empez", "accel", "africa"], "es"))
        #expect(first == PanelSubmission(id: first.id, merged: false, asked: 1))
        #expect(again == PanelSubmission(id: first.id, merged: true, asked: 2))
        #expect(other.id != first.id && !other.merged)
    }

    @Test func theSameQuestionInAnotherLanguageJoinsWhenItsNamesTellEnough() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(directory: directory)
        let about = ["initiative:accel-africa", "asked:funds"]
        let spanish = try store.submit(
            "¿Quién financia ACCEL Africa?", reading: reading(about, ["financi", "accel", "africa"], "es"))
        let english = try store.submit(
            "Who funds ACCEL Africa?", reading: reading(about, ["fund", "accel", "africa"], "en"))
        #expect(english == PanelSubmission(id: spanish.id, merged: true, asked: 2))
        // One name alone ("Asia") says what a question is about, not what it asks of it.
        let asia = try store.submit("¿Y Asia?", reading: reading(["region:asia-pacific"], ["asia"], "es"))
        let french = try store.submit(
            "Et l'Asie, que fait-elle ?", reading: reading(["region:asia-pacific"], ["asi", "fait"], "fr"))
        #expect(french.id != asia.id && !french.merged)
    }

    @Test func eachVoterCountsOnce() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(directory: directory)
        let id = try store.submit("¿Y Asia?", reading: reading([], ["asia"], "es")).id
        #expect(try store.vote(for: id, by: "a").map { [$0.votes, $0.counted ? 1 : 0] } == [1, 1])
        #expect(
            try store.vote(for: id, by: "a").map { [$0.votes, $0.counted ? 1 : 0] } == [1, 0], "not counted again")
        #expect(try store.vote(for: id, by: "b").map { [$0.votes, $0.counted ? 1 : 0] } == [2, 1])
        #expect(try store.vote(for: id + 100, by: "a") == nil)
    }

    @Test func queueRanksByVotesThenAskedThenAge() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(directory: directory)
        let start = Date(timeIntervalSince1970: 1_770_900_000)
        let old = try store.submit("old", reading: reading([], ["old"], "en"), at: start).id
        let asked = try store.submit("asked", reading: reading([], ["asked"], "en"), at: start + 1).id
        _ = try store.submit("asked", reading: reading([], ["asked"], "en"), at: start + 2)
        let voted = try store.submit("voted", reading: reading([], ["voted"], "fr"), at: start + 3).id
        _ = try store.vote(for: voted, by: "x")
        let young = try store.submit("young", reading: reading([], ["young"], "en"), at: start + 4).id
        #expect(try store.queue(status: .open, limit: 10).map(\.id) == [voted, asked, old, young])
        #expect(try store.queue(status: .open, limit: 2).map(\.id) == [voted, asked])
        #expect(try store.mark(old, as: .answered))
        #expect(try !store.mark(old + 100, as: .hidden))
        #expect(try store.queue(status: .open, limit: 10).map(\.id) == [voted, asked, young])
        #expect(try store.queue(status: .answered, limit: 10).map(\.id) == [old])
        #expect(try store.queue(status: nil, limit: 10).count == 4)
    }

    @Test func answeredQuestionAskedAgainIsNew() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(directory: directory)
        let words = reading(["africa"], ["cacao"])
        let first = try store.submit("cacao", reading: words).id
        _ = try store.mark(first, as: .answered)
        #expect(try !store.submit("cacao", reading: words).merged)
    }

    @Test func everythingSurvivesReopening() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let id: Int64
        do {
            let store = try StateStore(directory: directory)
            id = try store.submit("¿Y Asia?", reading: reading([], ["asia"], "es")).id
            _ = try store.vote(for: id, by: "a")
        }
        let reopened = try StateStore(directory: directory)
        let question = try #require(try reopened.queue(status: nil, limit: 10).first)
        #expect(
            (question.id, question.text, question.language, question.votes, question.status) == (
                id, "¿Y Asia?", "es", 1, .open
            ))
        #expect(try reopened.schemaVersion() == StateSchema.version)
    }

    @Test func corruptFileIsReportedAndKept() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(StateStore.fileName)
        let garbage = Data(repeating: 0x5A, count: 8192)
        try garbage.write(to: file)
        #expect {
            _ = try StateStore(directory: directory)
        } throws: { error in
            (error as? StoreError)?.path == file.path
        }
        #expect(try Data(contentsOf: file) == garbage)
    }

    @Test func walModeIsOn() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(directory: directory)
        _ = try store.submit("x", reading: reading([], ["x"], "en"))
        #expect(try store.journalMode() == "wal")
    }

    @Test func interestCountsAreSavedAndReadBack() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let store = try StateStore(directory: directory)
            try store.saveInterest(["theme:labour-migration": 2, "intent:answer": 5])
            try store.saveInterest(["theme:labour-migration": 3, "intent:answer": 5, "region:africa": 1])
        }
        let reopened = try StateStore(directory: directory)
        #expect(try reopened.interestCounts() == ["theme:labour-migration": 3, "intent:answer": 5, "region:africa": 1])
    }

    /// A database an older puented left (schema 1: questions and votes, no interest)
    /// is brought up to date in place, its questions and votes kept.
    @Test func anOlderDatabaseIsMigratedKeepingItsQuestions() throws {
        let directory = folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(StateStore.fileName).path
        do {
            let old = try DatabaseQueue(path: file)
            try StateSchema.migrator.migrate(old, upTo: "v1: questions and votes")
            try old.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO question (text, lang, names, words, asked, status, first_asked, last_asked)
                        VALUES ('¿Y Asia?', 'es', '', 'asia', 2, 'open', 1, 2);
                        INSERT INTO vote (question_id, voter) VALUES (1, 'a');
                        """)
            }
            #expect(try old.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 1)
            try old.close()
        }
        let store = try StateStore(directory: directory)
        #expect(try store.schemaVersion() == 2)
        let kept = try #require(try store.queue(status: nil, limit: 10).first)
        #expect((kept.text, kept.asked, kept.votes) == ("¿Y Asia?", 2, 1))
        try store.saveInterest(["region:asia-pacific": 1])
        #expect(try store.interestCounts() == ["region:asia-pacific": 1])
    }
}
