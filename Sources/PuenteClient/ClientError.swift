import PuenteProtocol

/// Why a request got no answer: no daemon, an error answer, or a reply that is not JSON-RPC.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    case unreachable(path: String, reason: String)
    case daemon(RPCError)
    case malformedReply(String)

    public var description: String {
        switch self {
        case let .unreachable(path, reason): "no daemon answers at \(path): \(reason)"
        case let .daemon(error): "\(error.message) (\(error.code))"
        case let .malformedReply(detail): "the daemon's reply is not JSON-RPC: \(detail)"
        }
    }

    /// The exit code scripts branch on: 65 the daemon answered with an error, 69 no daemon reachable.
    public var exitCode: Int32 {
        switch self {
        case .unreachable: 69
        case .daemon, .malformedReply: 65
        }
    }
}
