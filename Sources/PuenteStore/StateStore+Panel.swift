import Foundation
import GRDB

/// The panel queue: questions, how often each was asked, and who voted, only so each
/// voter counts once. Who asked is never written.
extension StateStore {
    /// Adds a question, or counts one more asking of an open or hidden question with the
    /// same reading (see `PanelReading.isSameQuestion`); an answered question asked again
    /// is a new question. A hidden one stays hidden however often it is asked again.
    public func submit(_ text: String, reading: PanelReading, at time: Date = Date()) throws(StoreError)
        -> PanelSubmission
    {
        try write { db in
            let names = StateSchema.encode(reading.names)
            let candidates = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, lang, words, asked FROM question WHERE names = ? AND status IN ('open', 'hidden')
                    ORDER BY first_asked, id
                    """, arguments: [names])
            for row in candidates {
                let earlier = PanelReading(
                    names: reading.names, words: StateSchema.decode(row["words"]), language: row["lang"])
                guard reading.isSameQuestion(as: earlier) else { continue }
                let id: Int64 = row["id"]
                try db.execute(
                    sql: "UPDATE question SET asked = asked + 1, last_asked = ? WHERE id = ?",
                    arguments: [time.timeIntervalSince1970, id])
                return PanelSubmission(id: id, merged: true, asked: row["asked"] + 1)
            }
            try db.execute(
                sql: """
                    INSERT INTO question (text, lang, names, words, asked, status, first_asked, last_asked)
                    VALUES (?, ?, ?, ?, 1, 'open', ?, ?)
                    """,
                arguments: [
                    text, reading.language, names, StateSchema.encode(reading.words), time.timeIntervalSince1970,
                    time.timeIntervalSince1970,
                ])
            return PanelSubmission(id: db.lastInsertedRowID, merged: false, asked: 1)
        }
    }

    /// Counts `voter`'s vote for question `id` once, however often it is cast; returns
    /// the question's votes and whether this vote was counted (false when `voter` had
    /// voted already), or nil when no question has that id.
    public func vote(for id: Int64, by voter: String) throws(StoreError) -> (votes: Int, counted: Bool)? {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM question WHERE id = ?", arguments: [id]) != nil else {
                return nil
            }
            try db.execute(
                sql: "INSERT OR IGNORE INTO vote (question_id, voter) VALUES (?, ?)", arguments: [id, voter])
            // A voter who already voted changes nothing: the row is ignored, and the reply says so.
            let counted = db.changesCount > 0
            let votes =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM vote WHERE question_id = ?", arguments: [id]) ?? 0
            return (votes, counted)
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
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT q.id, q.text, q.lang, q.asked, q.status, q.first_asked, q.last_asked,
                           (SELECT count(*) FROM vote v WHERE v.question_id = q.id) AS votes
                    FROM question q WHERE ?1 IS NULL OR q.status = ?1
                    ORDER BY votes DESC, q.asked DESC, q.first_asked, q.id LIMIT ?2
                    """, arguments: [status?.rawValue, limit])
            return rows.map { row in
                PanelQuestion(
                    id: row["id"], text: row["text"], language: row["lang"], asked: row["asked"], votes: row["votes"],
                    status: PanelStatus(rawValue: row["status"]) ?? .open, firstAsked: row["first_asked"],
                    lastAsked: row["last_asked"])
            }
        }
    }
}
