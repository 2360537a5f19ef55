import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Starting, reloading and stopping a real daemon.
@Suite struct DaemonLifecycleTests {
    /// A copy of the bundled knowledge that a test may change.
    static func knowledgeCopy(in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent("knowledge")
        try FileManager.default.copyItem(at: Daemon.bundledKnowledge, to: copy)
        return copy
    }

    static func mode(_ path: String) -> Int {
        var info = stat()
        stat(path, &info)
        return Int(info.st_mode & 0o777)
    }

    @Test func aStaleSocketFileIsReplaced() throws {
        let folder = Daemon.makeFolder()
        let path = folder.appendingPathComponent("p.sock").path
        // A socket file with no daemon behind it, as a crash leaves it.
        close(Daemon.boundSocket(at: path, listening: false))
        #expect(FileManager.default.fileExists(atPath: path))
        let daemon = try Daemon(folder: folder)
        defer { daemon.stop() }
        #expect(try daemon.client().call("ping")["result"] as? String == "pong")
    }

    @Test func aLiveDaemonIsNotReplaced() throws {
        let first = try Daemon()
        defer { first.stop() }
        let second = try Subprocess.run(Daemon.executable.path, ["--socket", first.socketPath])
        #expect(second.status == 1)
        let message = second.errors
        #expect(message.contains("a puented is already running on \(first.socketPath)"))
        #expect(try first.client().call("ping")["result"] as? String == "pong")
    }

    @Test func aSocketModeMustBeOctal() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let socket = folder.appendingPathComponent("p.sock").path
        for mode in ["rw-rw----", "0800", "1777"] {
            let run = try Subprocess.run(Daemon.executable.path, ["--socket", socket, "--socket-mode", mode])
            #expect(run.status == 64, "a usage error, before anything starts: \(mode)")
            #expect(run.errors.contains("The value '\(mode)' is invalid for '--socket-mode <mode>'"), "\(run.errors)")
            #expect(!FileManager.default.fileExists(atPath: socket))
        }
    }

    @Test func theSocketIsPrivateUnlessShared() throws {
        let folder = Daemon.makeFolder()
        try FileManager.default.removeItem(at: folder)
        let nested = folder.appendingPathComponent("run")
        let daemon = try Daemon(folder: nested)
        #expect(Self.mode(daemon.socketPath) == 0o600)
        #expect(Self.mode(nested.path) == 0o700)
        daemon.stop()
        try? FileManager.default.removeItem(at: folder)
        let shared = try Daemon(arguments: ["--socket-mode", "0660"])
        defer { shared.stop() }
        #expect(Self.mode(shared.socketPath) == 0o660)
    }

    @Test func hangUpReloadsAGoodFolderAndKeepsTheOldIndexForABrokenOne() throws {
        let folder = Daemon.makeFolder()
        let knowledge = try Self.knowledgeCopy(in: folder)
        let daemon = try Daemon(arguments: ["--knowledge", knowledge.path], folder: folder)
        defer { daemon.stop() }
        let client = try daemon.client()
        let version = try #require(
            (try client.call("stats").result?["knowledge"] as? [String: Any])?["version"] as? String)
        #expect(try client.call("record", ["id": "added-initiative"]).errorCode == -32001)

        let records = knowledge.appendingPathComponent("initiatives")
        let original = try String(contentsOf: records.appendingPathComponent("accel-africa.yaml"), encoding: .utf8)
        try original.replacingOccurrences(of: "id: accel-africa", with: "id: added-initiative")
            .write(to: records.appendingPathComponent("added-initiative.yaml"), atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        try waitFor { (try? client.call("record", ["id": "added-initiative"]))?.result != nil }
        let reloaded = try #require(
            (try client.call("stats").result?["knowledge"] as? [String: Any])?["version"] as? String)
        #expect(reloaded != version)

        try "id: [broken".write(
            to: records.appendingPathComponent("added-initiative.yaml"), atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        usleep(1_500_000)
        #expect(try client.call("record", ["id": "added-initiative"]).result != nil, "the old index still answers")
        let failed = try client.call("reload")
        #expect(failed.errorCode == -32004)
        let issues = ((failed["error"] as? [String: Any])?["data"] as? [String: Any])?["issues"] as? [String]
        #expect(issues?.first?.hasPrefix("initiatives/added-initiative.yaml:") == true)
        #expect(issues?.first?.contains(": bad YAML: ") == true)
        #expect(try client.call("search", ["query": "cacao"]).result != nil)
    }

    @Test func terminationAnswersInFlightRemovesTheSocketAndExitsZero() throws {
        let daemon = try Daemon()
        let client = try daemon.client()
        try client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"brief\"}\n")
        daemon.signal(SIGTERM)
        // A reply must be whole; a close (or a reset, when the signal came before the
        // daemon read the line) is the other acceptable outcome.
        let reply = (try? client.readLine()) ?? nil
        #expect(
            reply.map { (try? LineClient.object($0))?["result"] != nil } ?? true,
            "answered, or closed, never half-written")
        let status = daemon.stop()
        #expect(status == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath + ".lock"))
    }

    @Test func checkValidatesAFolder() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = try Self.knowledgeCopy(in: folder)
        func check() throws -> (Int32, String) {
            let run = try Subprocess.run(Daemon.executable.path, ["--check", knowledge.path])
            return (run.status, run.output)
        }
        let (good, report) = try check()
        #expect(good == 0 && report.contains("valid: "))
        let record = knowledge.appendingPathComponent("initiatives/accel-africa.yaml")
        let text = try String(contentsOf: record, encoding: .utf8).replacingOccurrences(
            of: "themes: [", with: "themes: [cocoa-farming, ")
        try text.write(to: record, atomically: true, encoding: .utf8)
        let (bad, problems) = try check()
        #expect(bad == 1)
        #expect(
            problems.contains("initiatives/accel-africa.yaml:") && problems.contains("unknown theme id 'cocoa-farming'")
        )
    }

    /// The knowledge tests' valid fixture: a small folder in format 2, which does
    /// not change while the bundled knowledge is being edited.
    static let formatTwoFixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PuenteKnowledgeTests/Fixtures/valid")

    /// A fact without its English text and an Arabic label in Latin letters are
    /// refused, each at its file:line:column, with a non-zero exit.
    @Test func checkRefusesTextsMissingALanguageOrInTheWrongScript() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = folder.appendingPathComponent("knowledge")
        try FileManager.default.copyItem(at: Self.formatTwoFixture, to: knowledge)
        func check() throws -> (Int32, String) {
            let run = try Subprocess.run(Daemon.executable.path, ["--check", knowledge.path])
            return (run.status, run.output)
        }
        let (good, report) = try check()
        #expect(good == 0 && report.contains("valid: 1 initiatives"))
        func edit(_ file: String, _ text: String, _ replacement: String) throws {
            let url = knowledge.appendingPathComponent(file)
            let original = try String(contentsOf: url, encoding: .utf8)
            #expect(original.contains(text))
            try original.replacingOccurrences(of: text, with: replacement).write(
                to: url, atomically: true, encoding: .utf8)
        }
        try edit("initiatives/sample.yaml", "      en: The ministries adopted the plan in March 2021.\n", "")
        try edit("vocabulary.yaml", "ar: أفريقيا}", "ar: Ifriqiya}")
        let (bad, problems) = try check()
        #expect(bad == 1)
        #expect(
            problems.split(separator: "\n") == [
                "initiatives/sample.yaml:24:7: missing required language 'en' in 'text'; expected es, en, fr, pt and ar",
                "vocabulary.yaml:7:67: 'ar' in 'labels' has Latin letters: 'Ifriqiya'; expected a text in Arabic script",
            ])
    }

    @Test func aSocketPassedBySystemdIsUsed() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("activated.sock").path
        // Python binds the socket on descriptor 3, then becomes puented: LISTEN_PID is then puented's own pid.
        let script = """
            import os, socket, sys
            s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(16)
            os.dup2(s.fileno(), 3); os.set_inheritable(3, True)
            os.environ["LISTEN_PID"] = str(os.getpid()); os.environ["LISTEN_FDS"] = "1"
            os.execv(sys.argv[2], [sys.argv[2], "--socket", sys.argv[1] + ".unused"])
            """
        let process = try Subprocess("python3", ["-c", script, path, Daemon.executable.path])
        defer {
            process.signal(SIGTERM)
            process.wait()
        }
        try waitFor { (try? LineClient(path: path).call("ping"))?["result"] as? String == "pong" }
        #expect(!FileManager.default.fileExists(atPath: path + ".unused"))
    }

    /// Polls `condition` for up to five minutes: under ThreadSanitizer, with the suite's
    /// daemons running beside it, a reload of the whole knowledge took over 30 seconds.
    func waitFor(_ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline {
            if (try? condition()) == true { return }
            usleep(100_000)
        }
        Issue.record("condition not met within five minutes")
    }
}
