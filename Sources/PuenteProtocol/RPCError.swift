import PuenteSupport

/// A JSON-RPC error: its code, a message that says what was wrong and what is
/// accepted, and optional data (validation issues, close ids).
public struct RPCError: Error, Sendable, Hashable {
    public var code: Int
    public var message: String
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    // MARK: The codes, standard and Puente's own.

    public static let parseErrorCode = -32700
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let internalErrorCode = -32603
    public static let notFoundCode = -32001
    public static let overloadedCode = -32002
    public static let forbiddenCode = -32003
    public static let knowledgeInvalidCode = -32004
    public static let stateUnavailableCode = -32005

    public static func parseError(_ detail: String) -> RPCError {
        RPCError(
            code: parseErrorCode,
            message: "parse error: \(detail); send one JSON-RPC 2.0 request or batch per line, as UTF-8 JSON")
    }

    public static func invalidRequest(_ detail: String) -> RPCError {
        RPCError(code: invalidRequestCode, message: "invalid request: \(detail)")
    }

    public static func lineTooLong(limit: Int) -> RPCError {
        invalidRequest(
            "the line is longer than \(limit) bytes, the most this daemon accepts; the connection will be closed")
    }

    public static func methodNotFound(_ name: String, suggestion: String?) -> RPCError {
        RPCError(
            code: methodNotFoundCode,
            message: Choices.unknown(
                "method", name, closest: suggestion.map { [$0] } ?? [], after: "; rpc.discover lists the methods"))
    }

    public static func invalidParams(_ message: String) -> RPCError {
        RPCError(code: invalidParamsCode, message: "invalid params: \(message)")
    }

    public static let internalError = RPCError(
        code: internalErrorCode, message: "internal error; the daemon logged the details")

    public static func notFound(_ message: String, close: [String] = []) -> RPCError {
        RPCError(
            code: notFoundCode, message: message,
            data: close.isEmpty ? nil : .object(["close": .array(close.map(JSONValue.string))]))
    }

    /// A name a param gave that no value of a facet answers to (a theme, region or
    /// modality for `talking_points`, -32001; a filter of `search`, -32602): `data` says
    /// which param, which facet and what it said, so a client can name its own remedy.
    public static func unknownName(
        _ message: String, code: Int = notFoundCode, param: String, facet: String, value: String, close: [String]
    ) -> RPCError {
        RPCError(
            code: code, message: message,
            data: .object([
                "param": .string(param), "facet": .string(facet), "value": .string(value),
                "close": .array(close.map(JSONValue.string)),
            ]))
    }

    public static func overloaded(limit: Int) -> RPCError {
        RPCError(
            code: overloadedCode,
            message: "overloaded: the daemon already serves \(limit) connections, its limit; try again later")
    }

    public static func forbidden(_ method: String) -> RPCError {
        RPCError(
            code: forbiddenCode, message: "forbidden: '\(method)' is allowed only for the daemon's own user or root")
    }

    public static func knowledgeInvalid(_ issues: [String]) -> RPCError {
        RPCError(
            code: knowledgeInvalidCode,
            message:
                "knowledge invalid: \(issues.count) problem\(issues.count == 1 ? "" : "s"); the previous knowledge is still served",
            data: .object(["issues": .array(issues.map(JSONValue.string))]))
    }
}

extension RPCError {
    /// The state database (the panel queue) could not be opened or written: `data`
    /// gives its path, so whoever runs the daemon can look at the file.
    public static func stateUnavailable(path: String, reason: String) -> RPCError {
        RPCError(
            code: stateUnavailableCode,
            message:
                "state unavailable: the database \(path) cannot be used (\(reason)); the panel queue is off until it is fixed, everything else still answers",
            data: .object(["path": .string(path)]))
    }
}

/// A domain error that knows how it reads on the wire.
public protocol RPCErrorConvertible: Error {
    var rpcError: RPCError { get }
}
