import Foundation
import PuenteProtocol
#if canImport(Glibc)
import Glibc
#endif

/// Where the daemon's socket lives, and the lock that says a daemon is alive there.
///
/// The path comes from `--socket`, else `$PUENTE_SOCKET`, else
/// `$XDG_RUNTIME_DIR/puente/puente.sock`, else `/tmp/puente-$UID/puente.sock`. The
/// folder is created 0700. Liveness is an exclusive `flock` on `<socket>.lock`,
/// held for the daemon's life: a refused connect cannot tell a dead daemon from
/// a full backlog, but the kernel drops the lock when its holder dies. The lock
/// file holds the daemon's pid.
public struct SocketLocation: Sendable {
    public let path: String
    public var lockPath: String { path + ".lock" }

    /// The longest path a Unix socket address holds, in bytes.
    public static let maximumPathBytes = 107

    public init(path: String) {
        self.path = path
    }

    /// Resolves the socket path from an explicit path and the environment.
    public static func resolve(explicit: String?, environment: [String: String], uid: UInt32) -> SocketLocation {
        SocketLocation(path: SocketPath.resolve(explicit: explicit, environment: environment, uid: uid))
    }

    /// Makes the folder (0700 when Puente creates it), takes the lock and removes a
    /// stale socket file. The returned lock stays held until it is released or the
    /// process ends.
    /// - Throws: `ServerError` when the path is too long, the folder cannot be made,
    ///   or a live daemon holds the lock.
    public func claim() throws(ServerError) -> SocketLock {
        guard path.utf8.count <= Self.maximumPathBytes else { throw .socketPathTooLong(path) }
        let folder = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreateFolder(folder, "\(error.localizedDescription)")
            }
        }
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotCreateFolder(folder, String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .alreadyRunning(path)
        }
        // The lock file names the daemon that holds it, for scripts that need to signal it.
        let pid = Array("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        // We hold the lock: whatever socket file is there belongs to a daemon that died.
        if FileManager.default.fileExists(atPath: path) { unlink(path) }
        return SocketLock(descriptor: descriptor, location: self)
    }

    /// Sets the socket file's permissions (0600 by default; 0660 to share with a group).
    public func setMode(_ mode: UInt16) throws(ServerError) {
        guard chmod(path, mode_t(mode)) == 0 else { throw .cannotSetMode(path, String(cString: strerror(errno))) }
    }
}

/// The held liveness lock; releasing it removes the socket and the lock file.
public final class SocketLock: Sendable {
    private let descriptor: Int32
    public let location: SocketLocation

    init(descriptor: Int32, location: SocketLocation) {
        self.descriptor = descriptor
        self.location = location
    }

    /// Removes the socket file, then drops the lock. Call once, at shutdown.
    public func release() {
        unlink(location.path)
        unlink(location.lockPath)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
