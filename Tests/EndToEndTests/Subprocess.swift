import Foundation

#if canImport(Glibc)
    import CPosix
    import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`, for the
/// end-to-end tests. Foundation's `Process` relies on SIGCHLD reaching it, which
/// a test runner's threads do not guarantee; here nothing depends on signals.
/// Children start with no signals blocked and default handlers, as from a shell.
final class Subprocess {
    let pid: pid_t
    /// Pipe ends for the parent, when asked for.
    let input: FileHandle?
    let output: FileHandle?
    let errors: FileHandle?
    private var status: Int32?

    enum Stream {
        case null, pipe
        case file(String)
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// The state folder of children that name none: one per test run, in /tmp.
    static let stateHome = "/tmp/pe2e-state-\(getpid())"

    init(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        input inputMode: Stream = .null, output outputMode: Stream = .null, errors errorsMode: Stream = .null
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [FileHandle?] = [nil, nil, nil]
        var childEnds: [Int32] = []
        for (descriptor, mode) in [(Int32(0), inputMode), (1, outputMode), (2, errorsMode)] {
            switch mode {
            case .null:
                posix_spawn_file_actions_addopen(
                    &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            case .pipe:
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else { throw Failure(description: "pipe failed") }
                // Only the child's copy (dup2'd onto 0, 1 or 2) may survive exec: an end
                // left open in the child would keep the pipe from ever reading EOF.
                guard fcntl(ends[0], F_SETFD, FD_CLOEXEC) == 0, fcntl(ends[1], F_SETFD, FD_CLOEXEC) == 0 else {
                    close(ends[0])
                    close(ends[1])
                    throw Failure(description: "fcntl(FD_CLOEXEC) failed: errno \(errno)")
                }
                let (childEnd, parentEnd) = descriptor == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
                posix_spawn_file_actions_adddup2(&actions, childEnd, descriptor)
                childEnds.append(childEnd)
                parentEnds[Int(descriptor)] = FileHandle(fileDescriptor: parentEnd, closeOnDealloc: true)
            }
        }
        // A child keeps no descriptor of this process beyond 0, 1 and 2. Tests run side
        // by side: one copying an executable holds it open for writing, and a child
        // forked by another test at that moment would keep it so for its whole life,
        // every exec of the copy then failing with "Text file busy".
        _ = CPosix_spawnClosesFrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        var all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        var environment = environment ?? ProcessInfo.processInfo.environment
        // A daemon keeps its panel database under XDG_STATE_HOME: never the user's own.
        if environment["XDG_STATE_HOME"] == nil { environment["XDG_STATE_HOME"] = Self.stateHome }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        for end in childEnds { close(end) }
        guard result == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        self.pid = pid
        input = parentEnds[0]
        output = parentEnds[1]
        errors = parentEnds[2]
    }

    /// Whether the child still runs (reaps it when it has ended).
    var isRunning: Bool {
        guard status == nil else { return false }
        var raw: Int32 = 0
        if waitpid(pid, &raw, WNOHANG) == pid {
            status = raw
            return false
        }
        return true
    }

    /// Waits for the child and returns its exit status (128 + signal when killed).
    @discardableResult
    func wait() -> Int32 {
        if status == nil {
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
            status = raw
        }
        let raw = status!
        return raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
    }

    func signal(_ number: Int32) { kill(pid, number) }

    /// Writes `text` to the child's input and closes it.
    func send(_ text: String) {
        input?.write(Data(text.utf8))
        try? input?.close()
    }

    static func readAll(_ handle: FileHandle?) -> String {
        String(decoding: handle?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
    }

    /// Runs a command to its end: its status, output and errors.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String? = nil
    ) throws -> (status: Int32, output: String, errors: String) {
        let child = try Subprocess(
            executable, arguments, environment: environment, input: input == nil ? .null : .pipe, output: .pipe,
            errors: .pipe)
        if let input { child.send(input) }
        // Errors are read after the output: the commands tested write little to stderr.
        let output = readAll(child.output)
        let errors = readAll(child.errors)
        return (child.wait(), output, errors)
    }
}
