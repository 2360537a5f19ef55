import Foundation
import PuenteProtocol

#if canImport(Glibc)
    import Glibc
#endif

/// Where the daemon's socket lives, and the lock that says a daemon is alive there.
///
/// The path comes from `--socket`, else `$PUENTE_SOCKET`, else
/// `$XDG_RUNTIME_DIR/puente/puente.sock`, else `/tmp/puente-$UID/puente.sock`. The
/// folder is created 0700.
///
/// Liveness is an exclusive `flock` on `<socket>.lock`, held for the daemon's life: a
/// refused connect cannot tell a dead daemon from a full backlog, but the kernel drops
/// the lock when its holder dies. The protocol, for every starter:
/// 1. refuse at once if something other than a socket is at the path (never removed);
/// 2. open (or create) the lock file and take the lock without waiting; if it is held,
///    a daemon is alive: refuse;
/// 3. check that the locked file is still the one at the lock path (same device and
///    inode); if not, a daemon released and unlinked it between our open and our lock,
///    so the lock we hold guards nothing: close and start again from 2;
/// 4. holding the lock, look at the path once more: a socket there is a dead daemon's
///    and is removed; anything else is refused.
/// A daemon releases in the reverse order: it removes the socket and the lock file
/// while it still holds the lock, then drops it. Step 3 makes the unlink safe for a
/// starter that opened the old file just before.
public struct SocketLocation: Sendable {
    public let path: String
    public var lockPath: String { path + ".lock" }

    /// The longest path a Unix socket address holds, in bytes.
    public static let maximumPathBytes = 107

    /// How many times step 3 may send a starter back before it gives up.
    static let lockAttempts = 8

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
    /// - Throws: `ServerError` when the path is too long or is not a socket, the folder
    ///   cannot be made, or a live daemon holds the lock.
    public func claim() throws(ServerError) -> SocketLock {
        guard path.utf8.count <= Self.maximumPathBytes else { throw .socketPathTooLong(path) }
        try refuseUnlessSocketOrMissing()
        try makeFolder()
        for _ in 0..<Self.lockAttempts {
            let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard descriptor >= 0 else {
                throw .cannotWriteFolder((path as NSString).deletingLastPathComponent, String(cString: strerror(errno)))
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw .alreadyRunning(path)
            }
            guard isStillAtLockPath(descriptor) else {
                close(descriptor)
                continue
            }
            do {
                try refuseUnlessSocketOrMissing()
            } catch {
                close(descriptor)
                throw error
            }
            // The lock file names the daemon that holds it, for scripts that need to signal it.
            let pid = Array("\(getpid())\n".utf8)
            ftruncate(descriptor, 0)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            // We hold the lock: a socket at the path belongs to a daemon that died.
            unlink(path)
            return SocketLock(descriptor: descriptor, location: self)
        }
        throw .alreadyRunning(path)
    }

    /// Runs `bind` with a file-creation mask that gives the new socket `mode` from the
    /// start, so it is never reachable with looser permissions, not even until `chmod`.
    /// The mask is process-wide: call this while nothing else creates files (start-up).
    public func creatingSocket<T>(mode: UInt16, _ bind: () async throws -> T) async rethrows -> T {
        let previous = umask(mode_t(~mode & 0o777))
        defer { umask(previous) }
        return try await bind()
    }

    /// Sets the socket file's permissions (0600 by default; 0660 to share with a group).
    public func setMode(_ mode: UInt16) throws(ServerError) {
        guard chmod(path, mode_t(mode)) == 0 else { throw .cannotSetMode(path, String(cString: strerror(errno))) }
    }

    /// Nothing at the path, or a socket (`lstat`: a symlink to a socket is refused too).
    private func refuseUnlessSocketOrMissing() throws(ServerError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFSOCK: return
        case S_IFREG: throw .notASocket(path, "a regular file")
        case S_IFDIR: throw .notASocket(path, "a folder")
        case S_IFLNK: throw .notASocket(path, "a symbolic link")
        default: throw .notASocket(path, "a special file")
        }
    }

    /// Creates the socket's folder and any missing parent, each 0700, with mkdir(2) so
    /// that a failure carries the system's own reason ("No such file or directory").
    private func makeFolder() throws(ServerError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        var prefix = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            prefix += "/" + component
            guard mkdir(prefix, 0o700) != 0 else { continue }
            let reason = errno
            var status = stat()
            // An existing folder may answer EACCES rather than EEXIST when its parent is not ours.
            guard stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                throw .cannotCreateFolder(folder, String(cString: strerror(reason == EEXIST ? ENOTDIR : reason)))
            }
        }
    }

    /// The locked descriptor and the lock path name the same file.
    private func isStillAtLockPath(_ descriptor: Int32) -> Bool {
        var held = stat()
        var named = stat()
        guard fstat(descriptor, &held) == 0, stat(lockPath, &named) == 0 else { return false }
        return held.st_dev == named.st_dev && held.st_ino == named.st_ino
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

    /// Removes the socket file and the lock file while the lock is held, then drops
    /// it (see `SocketLocation` for why this order is safe). Call once, at shutdown.
    public func release() {
        unlink(location.path)
        unlink(location.lockPath)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
