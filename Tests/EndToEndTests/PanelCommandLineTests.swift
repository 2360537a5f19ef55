import Foundation
import Testing

/// `puente panel` and `puente moderator`, as a participant's script and a moderator run them.
@Suite struct PanelCommandLineTests {
    static func puente(_ daemon: Daemon, _ arguments: [String]) throws -> ClientEndToEndTests.Run {
        try ClientEndToEndTests.puente(arguments + ["--socket", daemon.socketPath, "--no-spawn"])
    }

    @Test func participantsSubmitAndTheModeratorListsAndMarks() throws {
        let state = PanelEndToEndTests.stateFolder()
        defer { try? FileManager.default.removeItem(at: state) }
        let daemon = try PanelEndToEndTests.daemon(state: state)
        defer { daemon.stop() }

        let sent = try Self.puente(daemon, ["panel", "¿Quién financia ACCEL Africa?", "--lang", "es"])
        #expect(sent.status == 0 && sent.output == "Pregunta 1 enviada al panel.\n", "\(sent)")
        let joined = try Self.puente(
            daemon, ["panel", "¿Quién", "financia", "hoy", "ACCEL", "Africa?", "--lang", "es"])
        #expect(joined.output == "Tu pregunta se sumó a la 1, que ya se ha hecho 2 veces.\n", "\(joined)")
        let french = try Self.puente(
            daemon, ["panel", "Quand ACCEL Africa a-t-elle commencé ?", "--lang", "fr", "--json"])
        let result = try #require(try ClientEndToEndTests.json(french.output) as? [String: Any])
        #expect(result["id"] as? Int == 2 && result["merged"] as? Bool == false && result["asked"] as? Int == 1)

        let queue = try Self.puente(daemon, ["moderator", "queue", "--lang", "en"])
        #expect(queue.status == 0)
        let lines = queue.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Questions for the panel")
        #expect(lines.dropFirst().first == "1. ¿Quién financia ACCEL Africa?", "most asked first: \(lines)")
        #expect(lines.contains("   votes: 0 · asked: 2 · es · open"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("   Nearest: ") && $0.contains("ACCEL Africa") }, "\(lines)")

        let marked = try Self.puente(daemon, ["moderator", "answered", "1", "--lang", "es"])
        #expect(marked.output == "Pregunta 1: respondida.\n", "\(marked)")
        // French puts a no-break space before its colon.
        #expect(
            try Self.puente(daemon, ["moderator", "hide", "2", "--lang", "fr"]).output == "Question 2\u{A0}: masquée.\n"
        )
        let empty = try Self.puente(daemon, ["moderator", "queue", "--lang", "es"])
        #expect(empty.status == 1 && empty.output == "No hay preguntas para el panel.\n", "\(empty)")
        let unknown = try Self.puente(daemon, ["moderator", "hide", "7"])
        #expect(unknown.status == 65 && unknown.errors.contains("no question of the panel has id 7"), "\(unknown)")
        let all = try Self.puente(daemon, ["moderator", "queue", "--status", "all", "--json"])
        let questions = try #require(
            (try ClientEndToEndTests.json(all.output) as? [String: Any])?["questions"] as? [[String: Any]])
        #expect(questions.compactMap { $0["status"] as? String }.sorted() == ["answered", "hidden"])
    }
}
