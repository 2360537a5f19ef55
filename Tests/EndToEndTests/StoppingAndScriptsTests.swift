import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Stopping the assistant (`puente stop`, leaving the REPL, uninstalling) and what
/// scripts rely on: one JSON line per question, errors as JSON, `--timeout`, spawn
/// messages, usage errors, `--output`, `socket-path`.
@Suite struct StoppingAndScriptsTests {
    typealias Run = ClientEndToEndTests.Run

    static func puente(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Run {
        try ClientEndToEndTests.puente(arguments, input: input, environment: environment)
    }

    static func object(_ line: some StringProtocol) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
    }

    /// Alive and not a zombie.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return !stat.contains(") Z ")
    }

    @Test func stopEndsTheDaemonGracefullyAndNeverStartsOne() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let stop = try Self.puente(["stop", "--socket", daemon.socketPath])
        #expect(stop.status == 0, "\(stop.errors)")
        #expect(stop.output == "Asistente detenido (pid \(daemon.process.pid)).\n")
        // puente stop returns once the daemon has stopped: socket and lock gone, exit 0.
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath + ".lock"))
        #expect(daemon.process.wait() == 0)

        // Nothing to stop: no daemon is started for it.
        let again = try Self.puente(["stop", "--socket", daemon.socketPath, "--json"])
        #expect(again.status == 69)
        #expect(try Self.object(again.output)["error"] != nil)
        #expect(
            Daemon.startedPIDs(on: daemon.socketPath).isEmpty
                && !FileManager.default.fileExists(atPath: daemon.socketPath))
    }

    @Test func pipeModeWithJSONPrintsExactlyOneLinePerQuestion() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let tooLong = String(repeating: "x", count: 2100)
        let run = try Self.puente(
            ["--socket", daemon.socketPath, "--json"], input: "cacao\n\n\(tooLong)\nzanahorias voladoras\n")
        // Three questions (the empty line is none), three lines, nothing after the last.
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines.last == "", "\(run.output)")
        let answers = try lines.dropLast().map(Self.object)
        #expect(answers[0]["reply"] is String && answers[2]["reply"] is String)
        // The refused question gets its error in its place; the next is still asked.
        let error = try #require(answers[1]["error"] as? [String: Any])
        #expect(error["code"] as? Int == -32602 && error["exit"] as? Int == 65)
        #expect((error["message"] as? String)?.contains("at most 2000 characters") == true)
        #expect(run.status == 65)

        let plain = try Self.puente(["--socket", daemon.socketPath], input: "cacao\n¿cuándo es la sesión?\n")
        #expect(!plain.output.hasSuffix("\n\n"), "no empty line after the last answer")
    }

    @Test func underJSONEveryErrorIsAJSONObjectOnStdout() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let socket = ["--socket", daemon.socketPath, "--json"]
        func error(_ run: Run) throws -> [String: Any] {
            try #require(
                try Self.object(run.output.trimmingCharacters(in: .newlines))["error"] as? [String: Any],
                "\(run.output)")
        }
        let missing = try Self.puente(["record", "nope"] + socket)
        let record = try error(missing)
        #expect(missing.status == 65 && record["exit"] as? Int == 65 && record["code"] as? Int == -32001)
        #expect((record["message"] as? String)?.hasPrefix("unknown record 'nope'") == true && missing.errors.isEmpty)

        let nobody = try Self.puente([
            "ask", "hola", "--no-spawn", "--json", "--socket", daemon.folder.appendingPathComponent("none.sock").path,
        ])
        let unreachable = try error(nobody)
        #expect(nobody.status == 69 && unreachable["exit"] as? Int == 69 && unreachable["code"] is NSNull)

        let usage = try Self.puente(["search", "--limit", "x"] + socket)
        let usageError = try error(usage)
        #expect(usage.status == 2 && usageError["exit"] as? Int == 2)

        let theme = try Self.puente(["points", "--theme", "migrasion"] + socket)
        let unknown = try error(theme)
        #expect(theme.status == 64 && unknown["exit"] as? Int == 64)
        #expect((unknown["message"] as? String)?.contains("(did you mean 'migración laboral'?)") == true)
        #expect((unknown["data"] as? [String: Any])?["param"] as? String == "theme")
    }

    /// `search --region`, `--modality` and `--theme` take ids: one nothing answers to is
    /// a mistake of the command line, like an unknown `points --theme`.
    @Test func anUnknownSearchFilterIsAUsageErrorNamingTheVocabularyCommand() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let region = try Self.puente(["search", "cacao", "--region", "afrika", "--socket", daemon.socketPath])
        #expect(region.status == 64 && region.output.isEmpty)
        #expect(
            region.errors
                == "puente: unknown region 'afrika' (did you mean 'africa'?); give a region id; `puente vocabulary` lists the regions\n"
        )
        let modality = try Self.puente(["search", "cacao", "--modality", "qqqqqqq", "--socket", daemon.socketPath])
        #expect(modality.status == 64)
        #expect(
            modality.errors
                == "puente: unknown modality 'qqqqqqq'; give a modality id; `puente vocabulary` lists the modalities\n")

        let json = try Self.puente(["search", "--theme", "migrasion", "--json", "--socket", daemon.socketPath])
        let error = try #require(
            try Self.object(json.output.trimmingCharacters(in: .newlines))["error"] as? [String: Any])
        #expect(json.status == 64 && error["exit"] as? Int == 64 && error["code"] as? Int == -32602)
        let data = try #require(error["data"] as? [String: Any])
        #expect(
            data["param"] as? String == "filters" && data["facet"] as? String == "theme"
                && data["value"] as? String == "migrasion")
    }

    @Test func timeoutIsTheWaitForEachReply() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A socket that accepts connections (the backlog does) and never answers.
        let path = folder.appendingPathComponent("silent.sock").path
        let listener = Daemon.boundSocket(at: path, listening: true)
        defer { close(listener) }
        try #require(listener >= 0)
        let started = Date()
        let run = try Self.puente(["session", "--timeout", "1", "--socket", path])
        #expect(run.status == 69)
        #expect(run.errors.contains("no reply within 1 s; --timeout SECONDS waits longer"), "\(run.errors)")
        #expect(Date().timeIntervalSince(started) < 20)
        let help = try Self.puente(["--help"])
        #expect(help.output.contains("--timeout <seconds>") && help.output.contains("(default: 60)"), "\(help.output)")
        #expect(try Self.puente(["session", "--timeout", "0", "--socket", path]).status == 2)
    }

    @Test func spawnMessagesComeAfterTheOutcomeAndNameTheCause() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("file.sock").path
        try Data("mine".utf8).write(to: URL(fileURLWithPath: file))
        for arguments in [["--no-spawn"], []] {
            let run = try Self.puente(["session", "--socket", file] + arguments)
            #expect(run.status == 69)
            #expect(
                run.errors == "puente: no daemon answers at \(file): it is a regular file, not a socket\n",
                "\(arguments): \(run.errors)")
            #expect(Daemon.startedPIDs(on: file).isEmpty)
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine", "the file is left as it was")

        // A folder the daemon cannot write in: only the failure is said, with its cause.
        let readOnly = folder.appendingPathComponent("read-only")
        try FileManager.default.createDirectory(
            at: readOnly, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
        let unwritable = getuid() == 0 ? "/sys" : readOnly.path
        guard access(unwritable, W_OK) != 0 || open(unwritable + "/p.sock.lock", O_RDONLY | O_CREAT, 0o600) < 0 else {
            return
        }
        let socket = unwritable + "/p.sock"
        let run = try Self.puente(["session", "--socket", socket])
        defer { Daemon.stopStarted(on: socket) }
        #expect(run.status == 69)
        #expect(!run.errors.contains("puented iniciado"), "\(run.errors)")
        #expect(
            run.errors.contains(
                "could not start a daemon on \(socket): cannot create files in the socket folder \(unwritable)"),
            "\(run.errors)")
    }

    @Test func outputRefusesToOverwriteWithoutForce() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let file = daemon.folder.appendingPathComponent("brief.md").path
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: file))
        let refused = try Self.puente(["brief", "--output", file, "--socket", daemon.socketPath])
        #expect(refused.status == 73 && refused.output.isEmpty)
        #expect(
            refused.errors.contains("\(file) exists and is left as it is; add --force to overwrite it"),
            "\(refused.errors)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "my notes\n")
        let json = try Self.puente(["brief", "--output", file, "--json", "--socket", daemon.socketPath])
        let refusal = try Self.object(json.output.trimmingCharacters(in: .newlines))["error"] as? [String: Any]
        #expect(json.status == 73 && refusal?["exit"] as? Int == 73)

        let forced = try Self.puente(["brief", "--output", file, "--force", "--socket", daemon.socketPath])
        #expect(forced.status == 0 && forced.output == file + "\n", "\(forced.errors)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# El papel de la cooperación"))
        #expect(
            try Self.puente(["brief", "--force", "--no-spawn", "--socket", daemon.socketPath]).status == 2,
            "--force without --output is a usage error")
    }

    @Test func socketPathIsThePathTheClientUses() throws {
        #expect(try Self.puente(["socket-path", "--socket", "/tmp/x/p.sock"]).output == "/tmp/x/p.sock\n")
        #expect(
            try Self.puente(["socket-path"], environment: ["PUENTE_SOCKET": "/tmp/y.sock"]).output == "/tmp/y.sock\n")
        let runtime = try Self.puente(
            ["socket-path"], environment: ["PUENTE_SOCKET": "", "XDG_RUNTIME_DIR": "/run/user/7"])
        #expect(runtime.output == "/run/user/7/puente/puente.sock\n")
        let fallback = try Self.puente(["socket-path"], environment: ["PUENTE_SOCKET": "", "XDG_RUNTIME_DIR": ""])
        #expect(fallback.output == "/tmp/puente-\(getuid())/puente.sock\n")
    }

    @Test func oneShotOutputNamesShellCommandsNotTheChats() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let nothing = try Self.puente(["ask", "zanahorias voladoras", "--socket", daemon.socketPath])
        #expect(nothing.output.contains("o escribe puente vocabulary."), "\(nothing.output)")
        #expect(!nothing.output.contains("/temas"))
        let points = try Self.puente(["ask", "migración laboral", "--socket", daemon.socketPath])
        #expect(
            points.output.contains("puente points --query 'migración laboral'") && !points.output.contains("/puntos"),
            "\(points.output)")
        let english = try Self.puente(["ask", "flying carrots", "--lang", "en", "--socket", daemon.socketPath])
        #expect(
            english.output.contains("puente vocabulary") && !english.output.contains("/themes"), "\(english.output)")
    }

    /// `Scripts/install --uninstall` with the installed daemon running: it is stopped
    /// first, and said so, before its files go; so is one started before an install
    /// over it replaced its binary.
    @Test func uninstallStopsTheInstalledDaemonFirst() throws {
        let prefix = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let bin = prefix.appendingPathComponent("bin")
        let share = prefix.appendingPathComponent("share/puente")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("puented")
        try "file \(installed.path)\nfolder \(bin.path)\nfolder \(share.path)\n"
            .write(to: share.appendingPathComponent("install-manifest"), atomically: true, encoding: .utf8)

        // An install puts a new file in place (`install` unlinks the old one): a daemon
        // started before runs on from "<prefix>/bin/puented (deleted)".
        var daemons: [Subprocess] = []
        defer {
            for daemon in daemons {
                if daemon.isRunning { daemon.signal(SIGKILL) }
                daemon.wait()
            }
        }
        for name in ["old", "new"] {
            try? FileManager.default.removeItem(at: installed)
            try FileManager.default.copyItem(at: Daemon.executable, to: installed)
            let socket = prefix.appendingPathComponent("\(name).sock").path
            daemons.append(
                try Self.start(installed.path, ["--socket", socket, "--knowledge", Daemon.bundledKnowledge.path]))
            let deadline = Date().addingTimeInterval(300)
            while (try? LineClient(path: socket).call("ping")) == nil && Date() < deadline && daemons.last!.isRunning {
                usleep(50_000)
            }
            #expect(try LineClient(path: socket).call("ping")["result"] as? String == "pong")
        }
        let replaced = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(daemons[0].pid)/exe")
        #expect(replaced == installed.path + " (deleted)")

        let script = Daemon.bundledKnowledge.deletingLastPathComponent().appendingPathComponent("Scripts/install").path
        let run = try Subprocess.run(script, ["--uninstall", "--prefix", prefix.path])
        #expect(run.status == 0, "\(run.errors)")
        for daemon in daemons {
            #expect(run.output.contains("Stopped the running puented (pid \(daemon.pid))."), "\(run.output)")
            // The script returns once its daemons have exited; a daemon it missed is not
            // waited for here, only reported (and killed by the defer above).
            let deadline = Date().addingTimeInterval(30)
            while daemon.isRunning && Date() < deadline { usleep(50_000) }
            #expect(!daemon.isRunning && daemon.wait() == 0, "pid \(daemon.pid) stopped gracefully, not killed")
        }
        #expect(run.output.hasSuffix("Removed Puente from \(prefix.path).\n"))
        for name in ["old", "new"] {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent("\(name).sock").path))
        }
        #expect(!FileManager.default.fileExists(atPath: installed.path))
    }

    /// Starts a just-copied executable. A child another test forks at the moment of the
    /// copy holds the new file open for writing until it execs: exec then fails with
    /// ETXTBSY for a moment.
    static func start(_ executable: String, _ arguments: [String]) throws -> Subprocess {
        var attempts = 0
        while true {
            do {
                return try Subprocess(executable, arguments)
            } catch  where attempts < 50 && "\(error)".contains("Text file busy") {
                attempts += 1
                usleep(100_000)
            }
        }
    }
}

/// The REPL leaves its daemon running and says how to stop it; it reaps a daemon it started.
extension ReplEndToEndTests {
    @Test func leavingSaysOnceHowToStopAndAKilledDaemonIsReaped() throws {
        let folder = Daemon.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let socket = folder.appendingPathComponent("p.sock").path
        defer { Daemon.stopStarted(on: socket) }
        let screen = try Screen(socket: socket, folder: folder)
        defer { screen.close() }
        #expect(screen.contents.contains("puente: puented iniciado en \(socket)"))

        // The daemon the REPL started dies under it: it is reaped at once, not left <defunct>.
        let first = try #require(Daemon.startedPID(on: socket))
        kill(first, SIGKILL)
        let deadline = Date().addingTimeInterval(10)
        while kill(first, 0) == 0 && Date() < deadline { usleep(50_000) }
        #expect(
            kill(first, 0) != 0,
            "pid \(first) is still there: \((try? String(contentsOfFile: "/proc/\(first)/stat", encoding: .utf8)) ?? "")"
        )

        // The next question starts another; leaving says once that it keeps running.
        try screen.type("¿cuándo es la sesión?")
        try screen.keys("Enter")
        try screen.waitFor("puente: puented iniciado en \(socket)", count: 2)
        try screen.waitFor("14:30", count: 2)
        let second = try #require(Daemon.startedPID(on: socket))
        try screen.type("/salir")
        try screen.keys("Enter")
        try screen.waitFor("para detenerlo:")
        // The command as this participant can run it: the client as it was started, and its socket.
        let stop = "\(ClientEndToEndTests.client.path) stop --socket \(socket)"
        #expect(
            screen.contents.contains("El asistente sigue en marcha en segundo plano; para detenerlo: \(stop)"),
            "\(screen.contents)")
        #expect(screen.contents.components(separatedBy: "para detenerlo:").count == 2, "said once")
        #expect(StoppingAndScriptsTests.isAlive(second), "the daemon keeps running")
    }
}
