import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The panel queue through real daemons: participants submit and vote, the moderator
/// lists and marks, and nothing acknowledged is lost to a stop, a crash or a reload.
@Suite struct PanelEndToEndTests {
    /// A state folder outside any daemon's own folder, so that it outlives the daemon.
    static func stateFolder() -> URL {
        URL(fileURLWithPath: "/tmp/pe2e-panel-\(UUID().uuidString.prefix(8))")
    }

    static func daemon(state: URL) throws -> Daemon {
        try Daemon(arguments: ["--state-dir", state.path])
    }

    /// The open questions as (id, asked, votes), in the queue's order.
    static func queue(_ client: LineClient, status: String = "open") throws -> [[String: Any]] {
        try #require(try client.call("panel_queue", ["status": status]).result?["questions"] as? [[String: Any]])
    }

    static func submit(_ client: LineClient, _ text: String) throws -> [String: Any] {
        try #require(try client.call("panel_submit", ["text": text]).result)
    }

    @Test func nearDuplicatesMergeVotesCountOnceAndTheModeratorMarks() throws {
        let state = Self.stateFolder()
        defer { try? FileManager.default.removeItem(at: state) }
        let daemon = try Self.daemon(state: state)
        defer { daemon.stop() }
        let participant = try daemon.client()
        let other = try daemon.client()

        let first = try Self.submit(participant, "¿Quién financia ACCEL Africa?")
        let again = try Self.submit(other, "¿Quién financia hoy ACCEL Africa?")
        let different = try Self.submit(other, "¿Cuándo empezó ACCEL Africa?")
        let id = try #require(first["id"] as? Int)
        #expect(first["merged"] as? Bool == false && first["asked"] as? Int == 1)
        #expect(again["id"] as? Int == id && again["merged"] as? Bool == true && again["asked"] as? Int == 2)
        // The same question in French is the same question: its names and what it asks say so.
        let french = try Self.submit(participant, "Qui finance ACCEL Africa ?")
        #expect(french["id"] as? Int == id && french["merged"] as? Bool == true && french["asked"] as? Int == 3)
        let otherID = try #require(different["id"] as? Int)
        #expect(otherID != id && different["merged"] as? Bool == false)

        #expect(
            try participant.call("panel_vote", ["id": otherID, "voter": "session-a"]).result?["votes"] as? Int == 1)
        let twice = try participant.call("panel_vote", ["id": otherID, "voter": "session-a"]).result
        #expect(twice?["votes"] as? Int == 1 && twice?["counted"] as? Bool == false, "one vote per voter, said so")
        #expect(try other.call("panel_vote", ["id": otherID, "voter": "session-b"]).result?["votes"] as? Int == 2)

        let queue = try Self.queue(participant)
        #expect(queue.map { $0["id"] as? Int } == [otherID, id], "most votes first")
        let top = try #require(queue.first)
        #expect(top["text"] as? String == "¿Cuándo empezó ACCEL Africa?" && top["lang"] as? String == "es")
        #expect(top["votes"] as? Int == 2 && top["asked"] as? Int == 1 && top["status"] as? String == "open")
        #expect(queue.last?["asked"] as? Int == 3)
        #expect((top["first_asked"] as? String)?.hasSuffix("Z") == true && top["last_asked"] != nil)
        let related = try #require((queue.last?["related"] as? [[String: Any]])?.first)
        #expect(related["id"] as? String == "accel-africa")
        #expect((related["quote"] as? String)?.isEmpty == false && (related["citation"] as? String)?.isEmpty == false)

        let marked = try participant.call("panel_mark", ["id": otherID, "status": "answered"]).result
        #expect(marked?["id"] as? Int == otherID && marked?["status"] as? String == "answered")
        #expect(
            try participant.call("panel_mark", ["id": id, "status": "hidden"]).result?["status"] as? String == "hidden")
        #expect(try Self.queue(participant).isEmpty)
        #expect(try Self.queue(participant, status: "answered").map { $0["id"] as? Int } == [otherID])
        #expect(try Self.queue(participant, status: "all").count == 2)
        // A hidden question asked again stays hidden: it joins, and does not come back.
        #expect(try Self.submit(participant, "¿Quién financia ACCEL Africa?")["id"] as? Int == id)
        #expect(try Self.queue(participant).isEmpty)
    }

    @Test func badInputSaysWhatIsAccepted() throws {
        let state = Self.stateFolder()
        defer { try? FileManager.default.removeItem(at: state) }
        let daemon = try Self.daemon(state: state)
        defer { daemon.stop() }
        let client = try daemon.client()
        let empty = try client.call("panel_submit", ["text": " \n\t "])
        #expect(empty.errorCode == -32602)
        #expect(empty.errorMessage == "invalid params: 'text' is empty; send the question, from 1 to 1000 characters")
        let long = try client.call("panel_submit", ["text": String(repeating: "a", count: 1001)])
        #expect(
            long.errorMessage
                == "invalid params: 'text' must be a string of at most 1000 characters; got a string of 1001 characters"
        )
        let unknown = try client.call("panel_vote", ["id": 42, "voter": "x"])
        #expect(
            unknown.errorMessage
                == #"invalid params: no question of the panel has id 42; panel_queue with status "all" lists every id"#)
        #expect(try client.call("panel_mark", ["id": 42, "status": "answered"]).errorCode == -32602)
        let status = try client.call("panel_queue", ["status": "closed"])
        #expect(
            status.errorMessage
                == #"invalid params: 'status' must be one of "open", "answered", "hidden", "all"; got "closed""#)
        let mark = try client.call("panel_mark", ["id": 1, "status": "all"])
        #expect(
            mark.errorMessage == #"invalid params: 'status' must be one of "open", "answered", "hidden"; got "all""#)
    }

    @Test func nothingAcknowledgedIsLostToAStopACrashOrAReload() throws {
        let state = Self.stateFolder()
        defer { try? FileManager.default.removeItem(at: state) }
        let first = try Self.daemon(state: state)
        let asked = try #require(
            try Self.submit(try first.client(), "¿Qué hace Marruecos en la agricultura?")["id"] as? Int)
        _ = try first.client().call("panel_vote", ["id": asked, "voter": "v1"])
        #expect(first.stop() == 0)

        let second = try Self.daemon(state: state)
        #expect(try Self.queue(try second.client()).map { $0["votes"] as? Int } == [1], "kept across SIGTERM")
        // Killed the moment the submit is acknowledged: the answer promised it was on disk.
        let client = try second.client()
        let crashed = try #require(
            try Self.submit(client, "¿Cuántos países forman parte de la Alianza 8.7?")["id"] as? Int)
        second.signal(SIGKILL)
        second.process.wait()

        let third = try Self.daemon(state: state)
        defer { third.stop() }
        let afterCrash = try third.client()
        #expect(
            Set(try Self.queue(afterCrash).compactMap { $0["id"] as? Int }) == [asked, crashed], "kept across SIGKILL")
        #expect(try afterCrash.call("reload").result != nil)
        #expect(
            Set(try Self.queue(afterCrash).compactMap { $0["id"] as? Int }) == [asked, crashed], "kept across a reload")
        let merged = try Self.submit(afterCrash, "¿Qué hace Marruecos en la agricultura?")
        #expect(
            merged["id"] as? Int == asked && merged["asked"] as? Int == 2,
            "the reloaded daemon still merges into what it kept")
    }

    @Test func aCorruptDatabaseLeavesTheDaemonAnsweringAndTheFileKept() throws {
        let state = Self.stateFolder()
        defer { try? FileManager.default.removeItem(at: state) }
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let file = state.appendingPathComponent("puente.sqlite")
        let garbage = Data((0..<16384).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try garbage.write(to: file)
        let daemon = try Self.daemon(state: state)
        let client = try daemon.client()
        #expect(try client.call("ping")["result"] as? String == "pong")
        #expect(try client.call("ask", ["text": "¿Quién financia ACCEL Africa?", "keep": false]).result != nil)
        let refused = try client.call("panel_submit", ["text": "¿Y en Asia?"])
        #expect(refused.errorCode == -32005)
        #expect(refused.errorMessage?.contains(file.path) == true, "\(refused)")
        #expect(try client.call("panel_queue").errorCode == -32005)
        let log = daemon.log()
        #expect(daemon.stop() == 0)
        #expect(log.contains("state database unavailable") && log.contains(file.path), "\(log)")
        #expect(try Data(contentsOf: file) == garbage, "the file is kept as it was")
    }

    /// What the room asked about, as `stats` counts it.
    static func interest(_ client: LineClient) throws -> [String: Int] {
        let interest = try #require(try client.call("stats").result?["interest"] as? [String: [[String: Any]]])
        var counts: [String: Int] = [:]
        for (kind, entries) in interest {
            for entry in entries { counts["\(kind):\(entry["id"] as? String ?? "")"] = entry["count"] as? Int }
        }
        return counts
    }

    @Test func interestCountsSurviveARestart() throws {
        let state = Self.stateFolder()
        defer { try? FileManager.default.removeItem(at: state) }
        let first = try Self.daemon(state: state)
        let client = try first.client()
        _ = try client.call("ask", ["text": "migración laboral en África", "keep": false])
        _ = try client.call("ask", ["text": "cooperación Sur-Sur en África", "keep": false])
        let asked = try Self.interest(client)
        #expect(asked["regions:africa"] == 2, "\(asked)")
        #expect(first.stop() == 0)

        let second = try Self.daemon(state: state)
        defer { second.stop() }
        #expect(try Self.interest(try second.client()) == asked)
    }
}
