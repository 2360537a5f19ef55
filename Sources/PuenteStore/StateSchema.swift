import GRDB

/// The database's tables and how they came to be: each migration runs once, in order,
/// and `PRAGMA user_version` says how many have run, for people and tools that look.
/// A migration once released is never edited; a change is a new one.
enum StateSchema {
    /// The number of migrations: the schema version this daemon writes.
    static let version = 2

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: questions and votes") { db in
            // `names` and `words` are a question's reading (see `PanelReading`), kept to
            // merge the next near duplicate; times are seconds since 1970, UTC.
            try db.execute(
                sql: """
                    CREATE TABLE question (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        text TEXT NOT NULL,
                        lang TEXT NOT NULL,
                        names TEXT NOT NULL,
                        words TEXT NOT NULL,
                        asked INTEGER NOT NULL,
                        status TEXT NOT NULL CHECK (status IN ('open', 'answered', 'hidden')),
                        first_asked REAL NOT NULL,
                        last_asked REAL NOT NULL
                    );
                    CREATE INDEX question_by_names ON question (names);
                    -- Voters only so each counts once: never joined to what anyone asked.
                    CREATE TABLE vote (
                        question_id INTEGER NOT NULL REFERENCES question (id),
                        voter TEXT NOT NULL,
                        PRIMARY KEY (question_id, voter)
                    ) WITHOUT ROWID;
                    PRAGMA user_version = 1;
                    """)
        }
        migrator.registerMigration("v2: interest counts") { db in
            // What the room asks about ("theme:labour-migration" → 12), as `stats` shows it.
            try db.execute(
                sql: """
                    CREATE TABLE interest (
                        key TEXT PRIMARY KEY,
                        count INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    PRAGMA user_version = 2;
                    """)
        }
        return migrator
    }()

    /// A set of words as one column: sorted, so equal sets compare equal in SQL.
    static func encode(_ words: Set<String>) -> String { words.sorted().joined(separator: " ") }

    static func decode(_ column: String) -> Set<String> { Set(column.split(separator: " ").map(String.init)) }
}
