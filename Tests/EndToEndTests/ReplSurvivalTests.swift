import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The REPL through a whole session: idle timeouts, a daemon stopped under it, a
/// request abandoned with Ctrl-C, reloads and restarts with other clients around.
@Suite(.serialized) struct ReplSurvivalTests {
    typealias Screen = ReplEndToEndTests.Screen

    /// Waits until the daemon holds no connection but `probe`'s own: every other
    /// client's connection was closed by the idle timeout.
    static func waitForIdleClose(_ daemon: Daemon, timeout: TimeInterval = 120) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let probe = try daemon.client()
            let stats = try probe.call("stats")["result"] as? [String: Any]
            if (stats?["connections"] as? [String: Any])?["open"] as? Int == 1 { return }
            usleep(200_000)
        }
        throw LineClient.Failure(description: "the REPL's connection was not closed within \(timeout) s")
    }

    @Test func theReplOutlivesIdleTimeoutsARestartedDaemonAndAnAbandonedRequest() throws {
        let daemon = try Daemon(arguments: ["--idle-timeout", "2"])
        defer { daemon.stop() }
        let socket = daemon.socketPath
        defer { Daemon.stopStarted(on: socket) }
        let screen = try Screen(socket: socket, folder: daemon.folder)
        defer { screen.close() }

        try screen.type("cacao")
        try screen.keys("Enter")
        try screen.waitFor("Fuentes:")

        // Past the idle timeout, Tab and the next question reconnect unnoticed.
        try Self.waitForIdleClose(daemon)
        try screen.type("azuc")
        try screen.keys("Tab")
        try screen.waitFor("puente> azúcar")
        try screen.keys("C-u")
        try screen.type("¿y en África?")
        try screen.keys("Enter")
        try screen.waitFor("Fuentes:", count: 2)
        #expect(screen.contents.contains("Consulta: region:africa cacao"), "the conversation went on")
        #expect(!screen.exited)

        // The daemon stops under the open REPL: the next question starts one and
        // says, in one line, that the conversation starts afresh.
        #expect(daemon.stop(removingFolder: false) == 0)
        try screen.type("algodón")
        try screen.keys("Enter")
        try screen.waitFor("Fuentes:", count: 3)
        #expect(screen.contents.contains("puente: puented iniciado en \(socket)"))
        #expect(screen.contents.contains("No recuerdo lo que hablamos antes"))
        #expect(!screen.exited)

        // Ctrl-C while the answer is awaited (the daemon is frozen) returns to the prompt.
        let started = try #require(Daemon.startedPID(on: socket))
        kill(started, SIGSTOP)
        try screen.type("minería")
        try screen.keys("Enter")
        try screen.waitFor("puente> minería")
        try screen.keys("C-c")
        try screen.waitFor("(Pregunta abandonada.)")
        kill(started, SIGCONT)
        try screen.type("/sesion")
        try screen.keys("Enter")
        try screen.waitFor("14:30–16:15")
        #expect(!screen.exited)
    }

    /// A daemon restarted between two turns: the REPL resends the focus it showed, so
    /// "¿Quién la financia?" is still about ACCEL Africa and nothing is said about it.
    @Test func aRestartedDaemonGetsTheFocusResent() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let socket = daemon.socketPath
        defer { Daemon.stopStarted(on: socket) }
        let screen = try Screen(socket: socket, folder: daemon.folder)
        defer { screen.close() }

        try screen.type("¿Qué es ACCEL Africa?")
        try screen.keys("Enter")
        try screen.waitFor("Fuentes:")
        #expect(daemon.stop(removingFolder: false) == 0)
        try screen.type("¿Quién la financia?")
        try screen.keys("Enter")
        try screen.waitFor("Fuentes:", count: 2)
        let after = screen.contents.components(separatedBy: "¿Quién la financia?").last ?? ""
        #expect(after.contains("Países Bajos"), "\(after)")
        #expect(!after.contains("No recuerdo"))
        #expect(!screen.exited)
    }

    @Test func threeReplsAndAPollingScriptLiveThroughAReloadAndARestart() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let socket = daemon.socketPath
        defer { Daemon.stopStarted(on: socket) }
        let screens = try (0..<3).map { _ in try Screen(socket: socket, folder: daemon.folder) }
        defer { for screen in screens { screen.close() } }
        let stop = daemon.folder.appendingPathComponent("stop-polling").path
        let script = """
            count=0
            while [ ! -e \(stop) ]; do
                "\(ClientEndToEndTests.client.path)" --socket \(socket) stats --json > /dev/null || exit 1
                count=$((count + 1)); sleep 0.1
            done
            echo "$count"
            """
        let poller = try Subprocess("/bin/bash", ["-c", script], output: .pipe)

        func everyoneAsks(_ question: String, round: Int) throws {
            for screen in screens {
                try screen.type(question)
                try screen.keys("Enter")
            }
            for screen in screens {
                try screen.waitFor("Fuentes:", count: round)
                #expect(!screen.exited)
            }
        }
        try everyoneAsks("cacao", round: 1)
        let reload = try ClientEndToEndTests.puente(["reload", "--socket", socket])
        #expect(reload.status == 0, "\(reload.errors)")
        try everyoneAsks("algodón", round: 2)
        #expect(daemon.stop(removingFolder: false) == 0)
        try everyoneAsks("minería", round: 3)

        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        #expect(poller.wait() == 0, "the polling script never failed")
        let polls = Int(Subprocess.readAll(poller.output).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(polls > 0)
    }
}
