import GRDB

/// The counts of what participants ask about ("theme:labour-migration", "intent:answer"),
/// kept so that `stats` still knows after a restart what the room asked.
extension StateStore {
    /// Every count saved, keyed "kind:id".
    public func interestCounts() throws(StoreError) -> [String: Int] {
        try run { db in
            let rows = try Row.fetchAll(db, sql: "SELECT key, count FROM interest")
            return Dictionary(rows.map { ($0["key"], $0["count"]) }, uniquingKeysWith: max)
        }
    }

    /// Saves `counts` (all of them, as the tally holds them now) in one transaction.
    public func saveInterest(_ counts: [String: Int]) throws(StoreError) {
        try write { db in
            for (key, count) in counts {
                try db.execute(
                    sql: """
                        INSERT INTO interest (key, count) VALUES (?, ?)
                        ON CONFLICT (key) DO UPDATE SET count = excluded.count
                        """, arguments: [key, count])
            }
        }
    }
}
