import PuenteIndex
import PuenteProtocol
import PuenteSupport

/// Why the assistant could not do what was asked. Each case presents itself: a
/// JSON-RPC code and a message that quotes the input, says what is accepted and
/// suggests the closest.
public enum AssistantError: Error, Sendable, Equatable, RPCErrorConvertible {
    /// The index refused a query (empty, too long, an unknown filter field or value).
    case invalidQuery(QueryError, param: String)
    /// No record has this id; `close` holds the nearest ids.
    case noRecord(String, close: [String])
    /// A theme, region or modality named by something no term answers to.
    case unknownTerm(UnknownTermError)

    public var rpcError: RPCError {
        switch self {
        case .invalidQuery(let error, let param):
            let refused = RPCError.invalidParams("'\(param)': \(error.description)")
            // A facet value nothing answers to, as data too: a client names its own remedy.
            guard error.kind == .unknownFilterValue, let facet = error.facet, let typed = error.typed else {
                return refused
            }
            return RPCError.unknownName(
                refused.message, code: refused.code, param: param, facet: facet.rawValue, value: typed,
                close: error.closest.map { [$0] } ?? [])
        case .noRecord(let id, let close):
            return RPCError.notFound(
                Choices.unknown(
                    "record", id,
                    accepted: "ids are initiative ids (such as accel-africa) or passages (such as concept-note#I.2)",
                    closest: Array(close.prefix(1))),
                close: close)
        case .unknownTerm(let error):
            return RPCError.notFound(error.message, close: error.closest)
        }
    }
}
