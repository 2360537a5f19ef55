import Foundation
import GRDB

/// The daemon's state that outlives it, in an SQLite database (WAL mode): the panel queue
/// (see `StateStore+Panel`) and the interest counts (see `StateStore+Interest`).
///
/// Every write is committed with `synchronous = FULL` before its method returns, so a
/// caller that replies after a write replies only once the write survives a crash.
/// Thread-safe: GRDB's pool serialises writes and lets reads run beside them.
public final class StateStore: Sendable {
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
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError(
                path: directory.path, reason: "cannot create the state folder: \(error.localizedDescription)")
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
            if try pool.read({ try StateSchema.migrator.hasBeenSuperseded($0) }) {
                throw StoreError(
                    path: path,
                    reason:
                        "written by a newer puented (schema \(StateSchema.version) here); use that version or another --state-dir"
                )
            }
            try StateSchema.migrator.migrate(pool)
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

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError(path: path, reason: Self.reason(error))
        }
    }

    func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(path: path, reason: Self.reason(error))
        }
    }
}

extension StateStore {
    /// SQLite's journal mode for this database: "wal" once opened.
    public func journalMode() throws(StoreError) -> String {
        try run { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
