import Foundation

/// How the daemon listens and what it tolerates.
public struct ServerConfiguration: Sendable {
    public var socket: SocketLocation
    /// Permissions of the socket file: 0600 (only the owner) by default.
    public var socketMode: UInt16 = 0o600
    public var maximumConnections = 1024
    /// A request line longer than this gets -32600 and the connection is closed.
    public var maximumRequestBytes = 1 << 20
    /// Connections silent this long are closed.
    public var idleTimeout: Duration = .seconds(300)
    /// How long shutdown waits for requests in flight before closing connections anyway.
    public var drainTimeout: Duration = .seconds(5)
    /// A listening socket passed by systemd (LISTEN_FDS), used instead of binding the path.
    public var inheritedDescriptor: Int32? = nil

    public init(socket: SocketLocation) {
        self.socket = socket
    }

    /// Parses an octal mode such as "0600" or "660".
    public static func parseMode(_ text: String) throws(ServerError) -> UInt16 {
        guard let mode = UInt16(text, radix: 8), mode <= 0o777 else { throw .badSocketMode(text) }
        return mode
    }
}
