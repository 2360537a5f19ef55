import Foundation
import GRDB

/// The panel queue in an SQLite database (WAL mode): questions, how often each was asked,
/// and who voted, only so each voter counts once. Who asked is never written.
///
/// Every write is committed with `synchronous = FULL` before its method returns, so a
/// caller that replies after a write replies only once the write survives a crash.
/// Thread-safe: GRDB's pool serialises writes and lets reads run beside them.
public final class PanelStore: Sendable {
    /// The database file.
    public let path: String
    private let pool: DatabasePool

    /// The database's file name inside the state folder.
    public static let fileName = "puente.sqlite"

    /// Opens (creating when absent) the database in `directory`, creating the folder too,
    /// and brings its schema up to date. Throws `StoreError` when the file cannot be
    /// opened as this daemon's database: it is then left as it was.
    public init(directory: URL) throws(StoreError) {
        let path = directory.appendingPathComponent(Self.fileName).path
        self.path = path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError(path: directory.path, reason: "cannot create the state folder: \(error.localizedDescription)")
        }
        do {
            // A file that is not a database is reported, never replaced: opening it
            // read-only first checks it without SQLite writing a journal beside it.
            if FileManager.default.fileExists(atPath: path) { try Self.checkReadable(path) }
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                // WAL's default (NORMAL) may lose the last commits on power loss; FULL
                // syncs the log at each commit, which is what "durable" promises.
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            // Another daemon on the same folder holds the write lock a moment at most.
            configuration.busyMode = .timeout(5)
            let pool = try DatabasePool(path: path, configuration: configuration)
            if try pool.read({ try PanelSchema.migrator.hasBeenSuperseded($0) }) {
                throw StoreError(path: path, reason: "written by a newer puented (schema \(PanelSchema.version) here); use that version or another --state-dir")
            }
            try PanelSchema.migrator.migrate(pool)
            self.pool = pool
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: Self.reason(error))
        }
    }

    /// Reads the schema of an existing file read-only, so a corrupt one is found
    /// before anything writes beside it.
    private static func checkReadable(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        try queue.close()
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// The schema version the database is at.
    public func schemaVersion() throws(StoreError) -> Int {
        try run { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    /// Adds a question, or counts one more asking of an open or hidden question with the
    /// same reading (see `PanelReading.isSameQuestion`); an answered question asked again
    /// is a new question. A hidden one stays hidden however often it is asked again.
    public func submit(_ text: String, language: String, reading: PanelReading, at time: Date = Date()) throws(StoreError) -> PanelSubmission {
        try write { db in
            let names = PanelSchema.encode(reading.names)
            let candidates = try Row.fetchAll(db, sql: """
                SELECT id, words, asked FROM question WHERE names = ? AND status IN ('open', 'hidden')
                ORDER BY first_asked, id
                """, arguments: [names])
            for row in candidates {
                let earlier = PanelReading(names: reading.names, words: PanelSchema.decode(row["words"]))
                guard reading.isSameQuestion(as: earlier) else { continue }
                let id: Int64 = row["id"]
                try db.execute(sql: "UPDATE question SET asked = asked + 1, last_asked = ? WHERE id = ?", arguments: [time.timeIntervalSince1970, id])
                return PanelSubmission(id: id, merged: true, asked: row["asked"] + 1)
            }
            try db.execute(sql: """
                INSERT INTO question (text, lang, names, words, asked, status, first_asked, last_asked)
                VALUES (?, ?, ?, ?, 1, 'open', ?, ?)
                """, arguments: [text, language, names, PanelSchema.encode(reading.words), time.timeIntervalSince1970, time.timeIntervalSince1970])
            return PanelSubmission(id: db.lastInsertedRowID, merged: false, asked: 1)
        }
    }

    /// Counts `voter`'s vote for question `id` once, however often it is cast; returns
    /// the question's votes, or nil when no question has that id.
    public func vote(for id: Int64, by voter: String) throws(StoreError) -> Int? {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM question WHERE id = ?", arguments: [id]) != nil else { return nil }
            try db.execute(sql: "INSERT OR IGNORE INTO vote (question_id, voter) VALUES (?, ?)", arguments: [id, voter])
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM vote WHERE question_id = ?", arguments: [id]) ?? 0
        }
    }

    /// Sets question `id`'s status; returns false when no question has that id.
    public func mark(_ id: Int64, as status: PanelStatus) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "UPDATE question SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
            return db.changesCount > 0
        }
    }

    /// The questions with `status` (every status when nil), most votes first, then most
    /// asked, then oldest; at most `limit`.
    public func queue(status: PanelStatus?, limit: Int) throws(StoreError) -> [PanelQuestion] {
        try run { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT q.id, q.text, q.lang, q.asked, q.status, q.first_asked, q.last_asked,
                       (SELECT count(*) FROM vote v WHERE v.question_id = q.id) AS votes
                FROM question q WHERE ?1 IS NULL OR q.status = ?1
                ORDER BY votes DESC, q.asked DESC, q.first_asked, q.id LIMIT ?2
                """, arguments: [status?.rawValue, limit])
            return rows.map { row in
                PanelQuestion(
                    id: row["id"], text: row["text"], language: row["lang"], asked: row["asked"], votes: row["votes"],
                    status: PanelStatus(rawValue: row["status"]) ?? .open, firstAsked: row["first_asked"], lastAsked: row["last_asked"])
            }
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError(path: path, reason: Self.reason(error))
        }
    }

    private func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(path: path, reason: Self.reason(error))
        }
    }
}

extension PanelStore {
    /// SQLite's journal mode for this database: "wal" once opened.
    public func journalMode() throws(StoreError) -> String {
        try run { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
