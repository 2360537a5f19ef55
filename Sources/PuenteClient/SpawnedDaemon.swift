import CPosix
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A `puented` this client started: in a session of its own (Ctrl-C in the REPL
/// does not reach it), with stdin and stdout on /dev/null and stderr on a pipe the
/// client reads only until the daemon answers, so that a daemon that fails to start
/// is reported with its own words. Once the client stops listening, the daemon's
/// later log lines are dropped (it ignores SIGPIPE).
final class SpawnedDaemon {
    private let pid: pid_t
    private var errorOutput: Int32
    private var collected: [UInt8] = []
    private var exited = false

    init(_ daemon: URL, socket: String) throws(ClientError) {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            throw .daemonFailed(path: socket, reason: "cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        // Neither end may leak into the daemon beyond the dup2 below, nor into later children.
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        // The daemon outlives this client: it keeps none of the client's descriptors
        // (a terminal, a socket, a file being written) beyond 0, 1 and 2.
        _ = CPosix_spawnClosesFrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A fresh session, and the signals the REPL handles or ignores back to their defaults.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE] { sigaddset(&defaults, number) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(
            &attributes, CPosix_spawnNewSessionFlag() | Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let arguments = [daemon.path, "--socket", socket]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        var status = posix_spawn(&pid, daemon.path, &actions, &attributes, &argv, environ)
        // "Text file busy": the binary is still open for writing somewhere (an install
        // replacing it, a descriptor another process inherited); that passes in moments.
        for _ in 0..<Self.busyRetries where status == ETXTBSY {
            usleep(100_000)
            status = posix_spawn(&pid, daemon.path, &actions, &attributes, &argv, environ)
        }
        close(pipeEnds[1])
        guard status == 0 else {
            close(pipeEnds[0])
            throw .daemonFailed(path: socket, reason: "cannot run \(daemon.path): \(String(cString: strerror(status)))")
        }
        self.pid = pid
        self.errorOutput = pipeEnds[0]
        _ = fcntl(errorOutput, F_SETFL, fcntl(errorOutput, F_GETFL) | O_NONBLOCK)
    }

    /// How often a start refused with "Text file busy" is tried again, 0.1 s apart.
    static let busyRetries = 5

    deinit { stopListening() }

    /// True once the daemon has exited (it is then reaped).
    func hasExited() -> Bool {
        drain()
        if !exited {
            var status: Int32 = 0
            exited = waitpid(pid, &status, WNOHANG) == pid
        }
        return exited
    }

    /// The daemon's last non-empty line on stderr, without its "puented: " prefix.
    func lastWords() -> String? {
        drain()
        let lines = String(decoding: collected, as: UTF8.self).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let last = lines.last(where: { !$0.isEmpty }) else { return nil }
        return last.hasPrefix("puented: ") ? String(last.dropFirst("puented: ".count)) : last
    }

    /// Lets the daemon run on by itself: its stderr is dropped, and a thread waits
    /// for its exit, so that a daemon that dies while this client lives (a REPL
    /// open for the whole session) is reaped at once, not left `<defunct>`.
    func release() {
        stopListening()
        guard !hasExited() else { return }
        let pid = self.pid
        Thread.detachNewThread {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
    }

    /// Closes our end of the pipe: the daemon runs on, its stderr dropped.
    func stopListening() {
        guard errorOutput >= 0 else { return }
        close(errorOutput)
        errorOutput = -1
    }

    private func drain() {
        guard errorOutput >= 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(errorOutput, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            // Only the last lines matter; keep the buffer small.
            collected += chunk[..<count]
            if collected.count > 16_384 { collected.removeFirst(collected.count - 16_384) }
        }
    }
}
