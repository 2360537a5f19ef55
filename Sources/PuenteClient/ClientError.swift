import PuenteProtocol
import PuenteSupport

/// Why a request got no answer: no daemon, a daemon that could not start, a closed
/// connection, an error answer, a reply that is not JSON-RPC, or Ctrl-C; or why a
/// command could not do what it was asked before or after the daemon answered.
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
    /// A theme, region, modality or mechanism (`facet`) named by nothing in the
    /// vocabulary: the command line was wrong, not the daemon. `byName`: the command
    /// takes a name as well as an id (`points` does; `search` filters take ids).
    /// `answer` is the daemon's error, whose code and data scripts read under `--json`.
    case unknownName(facet: FacetKind, value: String, closest: [String], byName: Bool, answer: RPCError)
    /// `--output` names a file that exists and `--force` was not given.
    case outputExists(path: String)
    case cannotWrite(path: String, reason: String)

    /// What went wrong and what to do, in English like every error message.
    public var message: String {
        switch self {
        case .unreachable(let path, let reason): "no daemon answers at \(path): \(reason)"
        case .closed(let path): "no daemon answers at \(path): the daemon closed the connection"
        case .daemonFailed(let path, let reason): "could not start a daemon on \(path): \(reason)"
        case .daemon(let error): error.message
        case .malformedReply(let detail): "the daemon's reply is not JSON-RPC: \(detail)"
        case .interrupted: "interrupted"
        case .unknownName(let facet, let value, let closest, let byName, _):
            Choices.unknown(
                facet.rawValue, value, closest: closest,
                after: "; give a \(facet.rawValue) id"
                    + (byName ? " or its name in Spanish, English, French, Portuguese or Arabic" : "")
                    + "; `puente vocabulary` lists the \(Self.plural(facet))")
        case .outputExists(let path):
            "\(path) exists and is left as it is; add --force to overwrite it, or choose another --output"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }

    /// The message, with the daemon's code when the daemon answered with an error.
    public var description: String {
        if case .daemon(let error) = self { return "\(error.message) (\(error.code))" }
        return message
    }

    /// The exit code scripts branch on: 64 a name the vocabulary lacks, 65 the daemon
    /// answered with an error, 69 no daemon reachable, 73 the output file cannot be written.
    public var exitCode: Int32 {
        switch self {
        case .unreachable, .closed, .daemonFailed: 69
        case .daemon, .malformedReply: 65
        case .interrupted: 130
        case .unknownName: 64
        case .outputExists, .cannotWrite: 73
        }
    }

    /// The error as scripts read it under `--json`: one line,
    /// `{"error": {"code": …, "message": …, "exit": …}}`; `code` is the daemon's
    /// JSON-RPC code (null when the daemon did not answer with an error), and `data`
    /// the daemon's data when it gave some.
    public var jsonLine: String {
        var code: JSONValue = .null
        var data: JSONValue? = nil
        switch self {
        case .daemon(let error), .unknownName(_, _, _, _, let error):
            // An unknown name is the daemon's answer read as a usage error: its code and data stay.
            code = .integer(error.code)
            data = error.data
        default:
            break
        }
        return Self.jsonLine(message: message, exit: exitCode, code: code, data: data)
    }

    /// One error line for `--json`, for this client's errors and for usage errors alike.
    public static func jsonLine(message: String, exit: Int32, code: JSONValue = .null, data: JSONValue? = nil) -> String
    {
        var fields: [String: JSONValue] = ["code": code, "message": .string(message), "exit": .integer(Int(exit))]
        if let data { fields["data"] = data }
        return ClientActions.line(.object(["error": .object(fields)]))
    }

    private static func plural(_ facet: FacetKind) -> String {
        facet == .modality ? "modalities" : facet.rawValue + "s"
    }
}

extension RPCError {
    /// The close ids or names a not-found error offers (`data.close`), closest first.
    var closest: [String] {
        guard case .array(let items)? = data?["close"] else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }
}
