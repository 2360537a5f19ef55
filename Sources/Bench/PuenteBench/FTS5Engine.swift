import CBench

/// SQLite FTS5 in memory: `unicode61 remove_diacritics 2`, ranked by bm25(), top 10.
final class FTS5Engine: Engine {
    let name = "SQLite FTS5"
    private var database: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    init() {
        precondition(sqlite3_open(":memory:", &database) == SQLITE_OK, "sqlite3_open failed")
        execute("CREATE VIRTUAL TABLE passages USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close(database)
    }

    func build(_ passages: [Corpus.Passage]) {
        execute("BEGIN")
        let insert = prepare("INSERT INTO passages(rowid, body) VALUES (?1, ?2)")
        for (number, passage) in passages.enumerated() {
            sqlite3_bind_int64(insert, 1, Int64(number))
            sqlite3_bind_text(insert, 2, passage.text, -1, transient)
            precondition(sqlite3_step(insert) == SQLITE_DONE, message())
            sqlite3_reset(insert)
        }
        execute("COMMIT")
    }

    func search(_ query: Corpus.Query, mode: Mode, snippets: Bool) -> Int {
        let sql =
            snippets
            ? "SELECT rowid, snippet(passages, 0, '«', '»', '…', 24) FROM passages WHERE passages MATCH ?1 ORDER BY bm25(passages) LIMIT 10"
            : "SELECT rowid FROM passages WHERE passages MATCH ?1 ORDER BY bm25(passages) LIMIT 10"
        let statement = prepare(sql)
        defer { sqlite3_reset(statement) }
        sqlite3_bind_text(statement, 1, Self.match(query, mode), -1, transient)
        var returned = 0
        while sqlite3_step(statement) == SQLITE_ROW {
            returned += 1 + (snippets ? Int(sqlite3_column_bytes(statement, 1)) : 0)
        }
        return returned
    }

    func countAll(_ query: Corpus.Query) -> Int {
        let statement = prepare("SELECT count(*) FROM passages WHERE passages MATCH ?1")
        defer { sqlite3_reset(statement) }
        sqlite3_bind_text(statement, 1, Self.match(query, .all), -1, transient)
        return sqlite3_step(statement) == SQLITE_ROW ? Int(sqlite3_column_int64(statement, 0)) : 0
    }

    func analyzersAgree(on query: Corpus.Query) -> Bool { true }

    /// Each word quoted, so no corpus word reads as FTS5 syntax.
    private static func match(_ query: Corpus.Query, _ mode: Mode) -> String {
        query.words.map { "\"\($0)\"" }.joined(separator: mode == .all ? " " : " OR ")
    }

    private func prepare(_ sql: String) -> OpaquePointer {
        if let cached = statements[sql] { return cached }
        var statement: OpaquePointer?
        precondition(sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK, message())
        statements[sql] = statement!
        return statement!
    }

    private func execute(_ sql: String) {
        precondition(sqlite3_exec(database, sql, nil, nil, nil) == SQLITE_OK, message())
    }

    private func message() -> String { String(cString: sqlite3_errmsg(database)) }

    /// SQLITE_TRANSIENT: SQLite copies the bound text.
    private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
