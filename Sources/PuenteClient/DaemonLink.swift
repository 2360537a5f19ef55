import PuenteProtocol

/// The client's line to the daemon for as long as it runs: a REPL left open for the
/// whole session keeps one link.
///
/// A request that finds its connection closed (idle timeout, daemon restart, reload)
/// reconnects and is sent once more; when no daemon answers, the launcher starts one
/// by the usual rules. A request abandoned with Ctrl-C drops its connection, whose
/// late reply would otherwise answer the next request.
public final class DaemonLink {
    public let launcher: DaemonLauncher
    /// Receives the one line that says a daemon was started.
    private let announce: (String) -> Void
    private var connection: DaemonConnection?
    /// Asked when a wait is interrupted by a signal: true abandons the request.
    public var shouldAbandon: () -> Bool = { false }
    /// Told when a reply is slow and when its wait ends (see `DaemonConnection.waiting`).
    public var waiting: (Bool) -> Void = { _ in }

    public init(launcher: DaemonLauncher, announce: @escaping (String) -> Void) {
        self.launcher = launcher
        self.announce = announce
    }

    public var path: String { launcher.path }

    /// Connects now (starting a daemon if allowed), so that a failure shows before any request.
    public func open() throws(ClientError) {
        _ = try current()
    }

    /// Sends `params` to their method and returns the result as the daemon encoded it;
    /// a connection found closed is replaced and the request sent once more.
    public func send<Params: MethodParams>(_ params: Params) throws(ClientError) -> JSONValue {
        do {
            return try send(Params.method.rawValue, params.encoded)
        } catch .closed {
            return try send(Params.method.rawValue, params.encoded)
        }
    }

    /// Sends `params` to their method and decodes the result.
    public func call<Params: MethodParams>(_ params: Params) throws(ClientError) -> Params.Result {
        try ClientActions.decode(try send(params), as: Params.Result.self, method: Params.method.rawValue)
    }

    /// One request on the current connection; any failure but the daemon's own
    /// error answer drops the connection, so the next request starts afresh.
    private func send(_ method: String, _ params: JSONValue?) throws(ClientError) -> JSONValue {
        do {
            return try current().call(method, params: params)
        } catch {
            if case .daemon = error {} else { connection = nil }
            throw error
        }
    }

    private func current() throws(ClientError) -> DaemonConnection {
        if let connection { return connection }
        let fresh = try launcher.connect(announce: announce)
        fresh.shouldAbandon = { [weak self] in self?.shouldAbandon() ?? false }
        fresh.waiting = { [weak self] in self?.waiting($0) }
        connection = fresh
        return fresh
    }
}
