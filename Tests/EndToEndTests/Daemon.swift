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

    init(arguments: [String] = [], folder: URL = Daemon.makeFolder(), socketName: String = "p.sock", wait: Bool = true)
        throws
    {
        self.folder = folder
        socketPath = folder.appendingPathComponent(socketName).path
        // Each daemon's panel database in its own folder, unless the test names one.
        let state =
            arguments.contains("--state-dir") ? [] : ["--state-dir", folder.appendingPathComponent("state").path]
        process = try Subprocess(
            Self.executable.path, ["--socket", socketPath] + state + arguments, errors: .file(logPath))
        if wait { try waitUntilReady() }
    }

    deinit { stop() }

    func waitUntilReady(timeout: TimeInterval = 300) throws {
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
        let status = Self.readProcFile("/proc/\(process.pid)/status").map { String(decoding: $0, as: UTF8.self) } ?? ""
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

    /// Stops every daemon a client started on `socket` and waits for them to exit.
    /// They are found by their command line, not only by the lock file: a daemon
    /// that lost the race for the lock, or one started while another drained, must
    /// not outlive the test either.
    static func stopStarted(on socket: String, signal number: Int32 = SIGTERM) {
        let pids = Set(startedPIDs(on: socket) + (startedPID(on: socket).map { [$0] } ?? []))
        for pid in pids {
            kill(pid, SIGCONT)  // a test may have frozen it
            kill(pid, number)
        }
        let deadline = Date().addingTimeInterval(15)
        while pids.contains(where: { isAlive($0) }) && Date() < deadline { usleep(50_000) }
        for pid in pids where isAlive(pid) { kill(pid, SIGKILL) }
    }

    /// Processes whose command line is `puented … --socket SOCKET`.
    static func startedPIDs(on socket: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = pid_t(entry), let data = readProcFile("/proc/\(entry)/cmdline") else { return nil }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            guard arguments.first?.hasSuffix("puented") == true,
                let flag = arguments.firstIndex(of: "--socket"), flag + 1 < arguments.count,
                arguments[flag + 1] == socket
            else { return nil }
            return pid
        }
    }

    /// A /proc file's bytes, read with read(2): Foundation's reader leaks its buffer
    /// for these files (they report a size of 0), which LeakSanitizer counts.
    private static func readProcFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return bytes
    }

    /// Alive and not a zombie waiting to be reaped.
    private static func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let status = readProcFile("/proc/\(pid)/stat").map { String(decoding: $0, as: UTF8.self) } ?? ""
        return !status.contains(") Z ")
    }

    /// The pid in the lock file beside `socket`.
    static func startedPID(on socket: String) -> pid_t? {
        let text = try? String(contentsOfFile: socket + ".lock", encoding: .utf8)
        return text.flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// A Unix socket bound at `path` with nothing behind it: listening (connections wait
    /// in its backlog, never answered) or not (a stale socket file, once closed).
    /// - Returns: the descriptor, or -1 when `path` could not be bound.
    static func boundSocket(at path: String, listening: Bool) -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            for (index, byte) in path.utf8.enumerated() { bytes[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, !listening || listen(descriptor, 8) == 0 else {
            close(descriptor)
            return -1
        }
        return descriptor
    }

    /// What the daemon has logged so far.
    func log() -> String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }
}
