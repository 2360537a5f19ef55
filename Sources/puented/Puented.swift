import ArgumentParser
import Foundation
import Logging
import PuenteKnowledge
import PuenteServer
import ServiceLifecycle
import UnixSignals

#if canImport(Glibc)
    import Glibc
#endif

/// puented: serves the session's knowledge over a Unix socket (JSON-RPC 2.0, one message per line).
@main
struct Puented: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "puented",
        abstract: "Puente's daemon: answers JSON-RPC 2.0 requests about the session on a Unix socket.",
        discussion: """
            The socket is --socket, else $PUENTE_SOCKET, else $XDG_RUNTIME_DIR/puente/puente.sock, else \
            /tmp/puente-$UID/puente.sock (folder 0700, socket 0600). SIGTERM or SIGINT: stop accepting, \
            answer what is in flight, remove the socket, exit 0. SIGHUP: reload the knowledge; if it is \
            invalid, keep serving the old one and log why.
            """,
        version: version)

    @Option(help: "The socket path.")
    var socket: String?

    @Option(help: "The knowledge folder (default: the bundled Knowledge/).")
    var knowledge: String?

    @Option(
        name: .customLong("state-dir"),
        help: ArgumentHelp(
            "The folder of the state that outlives the daemon (the panel queue's database), default $XDG_STATE_HOME/puente, else ~/.local/state/puente.",
            valueName: "dir"))
    var stateDir: String?

    @Option(
        name: .customLong("socket-mode"),
        help: ArgumentHelp(
            "Octal permissions of the socket file, up to 0777; 0660 shares it with the group.", valueName: "mode"))
    var socketMode = SocketMode(bits: 0o600)

    @Option(name: .customLong("max-connections"), help: "Connections served at once; more get -32002 and are closed.")
    var maxConnections = 1024

    @Option(
        name: .customLong("max-request-bytes"),
        help: "The longest request line; longer gets -32600 and the connection is closed.")
    var maxRequestBytes = 1 << 20

    @Option(name: .customLong("idle-timeout"), help: "Seconds after which a silent connection is closed.")
    var idleTimeout = 300

    @Option(
        name: .customLong("response-cache"),
        help: ArgumentHelp(
            "Searches and one-shot asks whose responses are kept for the same request again, until a reload; 0 keeps none.",
            valueName: "responses"))
    var responseCache = KnowledgeStore.defaultResponseCacheCapacity

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    @Flag(help: "Validate the knowledge folder, print each problem as file:line:column: message, and exit 0 or 1.")
    var check = false

    @Argument(help: "With --check: the folder to validate (default: --knowledge or the bundled one).")
    var folder: String?

    func validate() throws {
        if folder != nil && !check {
            throw ValidationError(
                "a folder argument is accepted only with --check; use --knowledge DIR to serve a folder")
        }
        guard (1...1_000_000).contains(maxConnections) else {
            throw ValidationError("--max-connections must be from 1 to 1000000")
        }
        guard (1024...(64 << 20)).contains(maxRequestBytes) else {
            throw ValidationError("--max-request-bytes must be from 1024 to 67108864")
        }
        guard (1...86_400).contains(idleTimeout) else {
            throw ValidationError("--idle-timeout must be from 1 to 86400 seconds")
        }
        guard (0...100_000).contains(responseCache) else {
            throw ValidationError("--response-cache must be from 0 to 100000 responses")
        }
    }

    func run() async throws {
        if check { try checkKnowledge() }
        // A client that started this daemon reads its stderr only until it answers;
        // after that a log line must fail quietly, not kill the daemon.
        signal(SIGPIPE, SIG_IGN)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = logLevel
            return handler
        }
        let logger = Logger(label: "puented")
        do {
            try await serve(logger: logger)
        } catch let error as ServerError {
            FileHandle.standardError.write(Data("puented: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func knowledgeDirectory() throws -> URL {
        if let path = folder ?? knowledge { return URL(fileURLWithPath: path) }
        guard let bundled = BundledKnowledge.directory() else {
            FileHandle.standardError.write(Data("puented: no bundled knowledge found; pass --knowledge DIR\n".utf8))
            throw ExitCode(1)
        }
        return bundled
    }

    private func checkKnowledge() throws -> Never {
        let directory = try knowledgeDirectory()
        do {
            let knowledge = try KnowledgeLoader.load(from: directory)
            print(
                "\(directory.path): valid: \(knowledge.initiatives.count) initiatives, \(knowledge.conceptNote.passages.count) passages of the note, \(knowledge.vocabulary.terms.count) vocabulary terms (\(knowledge.version))"
            )
            Foundation.exit(0)
        } catch {
            for issue in error.issues { print(issue.description) }
            FileHandle.standardError.write(
                Data("puented: \(error.issues.count) problem(s) in \(directory.path)\n".utf8))
            Foundation.exit(1)
        }
    }

    private func serve(logger: Logger) async throws {
        let environment = ProcessInfo.processInfo.environment
        var configuration = ServerConfiguration(
            socket: SocketLocation.resolve(explicit: socket, environment: environment, uid: getuid()))
        configuration.socketMode = socketMode.bits
        configuration.maximumConnections = maxConnections
        configuration.maximumRequestBytes = maxRequestBytes
        configuration.idleTimeout = .seconds(idleTimeout)
        configuration.inheritedDescriptor = Self.systemdDescriptor(environment)
        let directory = try knowledgeDirectory()
        // The socket before the knowledge: a path that cannot be used is reported at
        // once, not after the second the knowledge takes to load.
        let lock = configuration.inheritedDescriptor == nil ? try configuration.socket.claim() : nil
        // The state before the knowledge: the interest counts a previous run saved go on.
        let panel = PanelDesk(
            stateDirectory: Self.stateDirectory(explicit: stateDir, environment: environment), logger: logger)
        let interest = panel.restoredInterest(logger: logger)
        let store: KnowledgeStore
        do {
            store = try KnowledgeStore(directory: directory, responseCacheCapacity: responseCache, interest: interest)
        } catch {
            lock?.release()
            for issue in error.issues { logger.error("knowledge invalid", metadata: ["issue": "\(issue)"]) }
            FileHandle.standardError.write(
                Data(
                    "puented: the knowledge in \(directory.path) is invalid (\(error.issues.count) problem(s)); run puented --check \(directory.path)\n"
                        .utf8))
            throw ExitCode(1)
        }
        logger.info(
            "knowledge loaded",
            metadata: ["version": "\(store.snapshot.assistant.sizes.version)", "folder": "\(directory.path)"])

        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: logger, ownerUID: getuid(),
            version: Self.version, panel: panel)
        let server = PuenteServer(
            configuration: configuration, dispatcher: RequestDispatcher(handlers: handlers, stats: stats), stats: stats,
            logger: logger, claimed: lock)
        // The server returns by itself after `stop`: the group then shuts down as on SIGTERM.
        // Services stop in reverse order: the interest keeper first (its last save), then the
        // server drains. Saved after the server instead, the stop request's connection outlived
        // the event loops and the daemon exited 1 under AddressSanitizer's leak check.
        let keeper =
            panel.database.map {
                [
                    ServiceGroupConfiguration.ServiceConfiguration(
                        service: InterestKeeper(tally: interest, store: $0, logger: logger))
                ]
            } ?? []
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    .init(service: server, successTerminationBehavior: .gracefullyShutdownGroup),
                    .init(service: ReloadOnHangUp(handlers: handlers, logger: logger)),
                ] + keeper,
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }

    /// `--state-dir`, else `$XDG_STATE_HOME/puente`, else `~/.local/state/puente` (the XDG
    /// base directory default), which systemd's `StateDirectory=puente` also names.
    static func stateDirectory(explicit: String?, environment: [String: String]) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("puente")
        }
        let home =
            environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.path
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/puente")
    }

    /// The listening socket systemd passed (LISTEN_FDS for this LISTEN_PID), which starts at descriptor 3.
    static func systemdDescriptor(_ environment: [String: String]) -> Int32? {
        guard let pid = environment["LISTEN_PID"].flatMap(Int32.init), pid == getpid(),
            let count = environment["LISTEN_FDS"].flatMap(Int.init), count >= 1
        else { return nil }
        return 3
    }
}

/// SIGHUP: reload the knowledge; a failed reload keeps the old one (the handler logs why).
struct ReloadOnHangUp: Service {
    let handlers: MethodHandlers
    let logger: Logger

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            logger.info("SIGHUP: reloading the knowledge")
            _ = try? await handlers.reload()
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
