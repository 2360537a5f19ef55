import PuenteProtocol

/// Why a request got no answer: no daemon, a daemon that could not start, a closed
/// connection, an error answer, a reply that is not JSON-RPC, or Ctrl-C.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    case unreachable(path: String, reason: String)
    /// The daemon closed the connection (idle timeout, restart, shutdown): a fresh
    /// connection may well be answered.
    case closed(path: String)
    /// A daemon the client started exited before answering; `reason` is its own last words.
    case daemonFailed(path: String, reason: String)
    case daemon(RPCError)
    case malformedReply(String)
    /// The user pressed Ctrl-C while the answer was awaited.
    case interrupted

    public var description: String {
        switch self {
        case let .unreachable(path, reason): "no daemon answers at \(path): \(reason)"
        case let .closed(path): "no daemon answers at \(path): the daemon closed the connection"
        case let .daemonFailed(path, reason): "could not start a daemon on \(path): \(reason)"
        case let .daemon(error): "\(error.message) (\(error.code))"
        case let .malformedReply(detail): "the daemon's reply is not JSON-RPC: \(detail)"
        case .interrupted: "interrupted"
        }
    }

    /// The exit code scripts branch on: 65 the daemon answered with an error, 69 no daemon reachable.
    public var exitCode: Int32 {
        switch self {
        case .unreachable, .closed, .daemonFailed: 69
        case .daemon, .malformedReply: 65
        case .interrupted: 130
        }
    }
}
