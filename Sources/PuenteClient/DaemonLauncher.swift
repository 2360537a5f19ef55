import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes sure a daemon answers at a socket, starting `puented` when none does.
public struct DaemonLauncher {
    public var path: String
    /// The `puented` to start; nil to never start one (`--no-spawn`).
    public var daemon: URL?
    /// How long to wait for a started daemon to answer.
    public var patience: TimeInterval = 20

    public init(path: String, daemon: URL?) {
        self.path = path
        self.daemon = daemon
    }

    /// The `puented` beside a `puente` executable (they are built and installed together).
    public static func daemon(besides executable: URL) -> URL? {
        let candidate = executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("puented")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }

    /// A connection to the daemon at `path`, started in the background first if
    /// needed; `announce` receives the one line that says so.
    public func connect(announce: (String) -> Void) throws(ClientError) -> DaemonConnection {
        do {
            return try DaemonConnection(path: path)
        } catch let failure {
            guard let daemon else { throw failure }
            try start(daemon)
            announce("started puented on \(path)")
            let deadline = Date().addingTimeInterval(patience)
            while Date() < deadline {
                if let connection = try? DaemonConnection(path: path), (try? connection.call("ping")) != nil { return connection }
                usleep(50_000)
            }
            throw .unreachable(path: path, reason: "the daemon started but did not answer within \(Int(patience)) s")
        }
    }

    /// Starts `puented` detached from this terminal (its own session, so Ctrl-C in
    /// the REPL does not reach it), with its output discarded.
    private func start(_ daemon: URL) throws(ClientError) {
        let process = Process()
        let setsid = URL(fileURLWithPath: "/usr/bin/setsid")
        if FileManager.default.isExecutableFile(atPath: setsid.path) {
            process.executableURL = setsid
            process.arguments = [daemon.path, "--socket", path]
        } else {
            process.executableURL = daemon
            process.arguments = ["--socket", path]
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .unreachable(path: path, reason: "could not start \(daemon.path): \(error.localizedDescription)")
        }
    }
}
