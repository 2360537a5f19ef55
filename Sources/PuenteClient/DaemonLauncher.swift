import Foundation
import PuenteProtocol

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
    /// How long a started daemon that is still alive and holds its lock, so is still
    /// loading the knowledge (a large one, a slow machine, a sanitizer), is waited for.
    public var loadingPatience: TimeInterval = 120
    /// How long to wait for each reply (`--timeout`).
    public var timeout: TimeInterval = DaemonConnection.defaultTimeout
    /// How long a started daemon that exited may still be answered by another one
    /// (two clients starting daemons at once: one wins, the other's exits).
    static let graceAfterExit: TimeInterval = 0.5

    public init(path: String, daemon: URL?, timeout: TimeInterval = DaemonConnection.defaultTimeout) {
        self.path = path
        self.daemon = daemon
        self.timeout = timeout
    }

    /// The `puented` installed with this `puente`: beside its own executable (read from
    /// `/proc/self/exe`, so it holds when `puente` is run by name from PATH or through a
    /// symlink), else the first one on `PATH`.
    public static func findDaemon(environment: [String: String], ownExecutable: String? = Self.ownExecutable()) -> URL?
    {
        var folders: [String] = []
        if let own = ownExecutable { folders.append((own as NSString).deletingLastPathComponent) }
        folders += (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        return folders.lazy
            .map { URL(fileURLWithPath: $0).appendingPathComponent("puented") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// This process's executable, as the kernel knows it.
    public static func ownExecutable() -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// A connection to the daemon at `path`, started in the background first if
    /// needed; `announce` receives the socket's path when it started one, once the daemon answers.
    /// - Throws: `ClientError.daemonFailed` with the daemon's own reason when the
    ///   started daemon exits before answering; `.unreachable` without starting one
    ///   when something other than a socket is at the path.
    public func connect(announce: (String) -> Void) throws(ClientError) -> DaemonConnection {
        let failure: ClientError
        do { return try DaemonConnection(path: path, timeout: timeout) } catch { failure = error }
        // A daemon started on a file that is not a socket would only refuse it.
        guard let daemon, DaemonConnection.occupant(of: path) == nil else { throw failure }
        let child = try SpawnedDaemon(daemon, socket: path)
        let started = Date()
        var exitedAt: Date?
        while Date() < started.addingTimeInterval(patience)
            || (Date() < started.addingTimeInterval(loadingPatience) && !child.hasExited() && isLockHeld())
        {
            if let connection = try? DaemonConnection(path: path, timeout: timeout),
                (try? connection.call(PingParams())) != nil
            {
                child.release()
                // Said only now: a daemon that failed is reported by its reason alone.
                if exitedAt == nil { announce(path) }
                return connection
            }
            if exitedAt == nil, child.hasExited() { exitedAt = Date() }
            // Another client's daemon won the lock: wait for it, not for ours.
            if let exitedAt, Date().timeIntervalSince(exitedAt) > Self.graceAfterExit, !isLockHeld() {
                throw .daemonFailed(path: path, reason: child.lastWords() ?? "puented exited before answering")
            }
            usleep(50_000)
        }
        child.release()
        throw .unreachable(
            path: path,
            reason: "the daemon started but did not answer within \(Int(Date().timeIntervalSince(started))) s")
    }

    /// Whether a live daemon holds the liveness lock beside the socket (see
    /// puented's SocketLocation); the file is only looked at, never created.
    func isLockHeld() -> Bool {
        let descriptor = open(path + ".lock", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK
    }
}
