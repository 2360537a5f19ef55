import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real `puented` process on a socket in its own temporary folder; stopped
/// (and its folder removed) on `stop()` or deinit.
final class Daemon {
    let folder: URL
    let socketPath: String
    let process: Subprocess
    /// Outside the folder: a test may want the daemon to create the folder itself.
    let logPath = "/tmp/pe2e-log-\(UUID().uuidString.prefix(8)).log"
    private var stopped = false

    /// The built `puented`, beside the test bundle.
    static var executable: URL {
        let tests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return tests.appendingPathComponent("puented")
    }

    /// The repository's bundled knowledge.
    static let bundledKnowledge = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge")

    static func makeFolder() -> URL {
        // Short: socket paths are limited to 107 bytes.
        let folder = URL(fileURLWithPath: "/tmp/pe2e-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    init(arguments: [String] = [], folder: URL = Daemon.makeFolder(), socketName: String = "p.sock", wait: Bool = true) throws {
        self.folder = folder
        socketPath = folder.appendingPathComponent(socketName).path
        process = try Subprocess(Self.executable.path, ["--socket", socketPath] + arguments, errors: .file(logPath))
        if wait { try waitUntilReady() }
    }

    deinit { stop() }

    func waitUntilReady(timeout: TimeInterval = 60) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let client = try? LineClient(path: socketPath), (try? client.call("ping")) != nil { return }
            guard process.isRunning else { throw LineClient.Failure(description: "puented exited: \(log())") }
            usleep(50_000)
        }
        throw LineClient.Failure(description: "puented did not answer within \(timeout) s")
    }

    func client() throws -> LineClient { try LineClient(path: socketPath) }

    /// The daemon's resident memory, in kilobytes.
    var residentKilobytes: Int {
        let status = (try? String(contentsOfFile: "/proc/\(process.pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// The daemon's open file descriptors.
    var openDescriptors: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.pid)/fd").count) ?? 0
    }

    func signal(_ number: Int32) { process.signal(number) }

    /// SIGTERM, then waits for the exit; the exit status. The folder is removed
    /// unless a test still needs it (a daemon a client starts will use it).
    @discardableResult
    func stop(removingFolder: Bool = true) -> Int32 {
        if !stopped {
            stopped = true
            if process.isRunning {
                signal(SIGTERM)
                let deadline = Date().addingTimeInterval(15)
                while process.isRunning && Date() < deadline { usleep(20_000) }
                if process.isRunning { signal(SIGKILL) }
            }
            process.wait()
            try? FileManager.default.removeItem(atPath: logPath)
        }
        if removingFolder { try? FileManager.default.removeItem(at: folder) }
        return process.wait()
    }

    /// Stops a daemon a client started on `socket` (it names itself in its lock file)
    /// and waits for it to exit.
    static func stopStarted(on socket: String, signal number: Int32 = SIGTERM) {
        guard let pid = startedPID(on: socket) else { return }
        kill(pid, number)
        let deadline = Date().addingTimeInterval(15)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(50_000) }
    }

    /// The pid in the lock file beside `socket`.
    static func startedPID(on socket: String) -> pid_t? {
        let text = try? String(contentsOfFile: socket + ".lock", encoding: .utf8)
        return text.flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// What the daemon has logged so far.
    func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }
}
