import Foundation

/// A request id: JSON-RPC allows a string, an integer or null.
public enum RPCID: Sendable, Hashable, Codable {
    case integer(Int)
    case string(String)
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}

/// One call: a method, its params and, unless it is a notification, its id.
public struct RPCRequest: Sendable, Hashable {
    /// Nil for a notification, which gets no response.
    public var id: RPCID?
    public var method: String
    /// The params object, or nil when none was sent.
    public var params: JSONValue?

    public init(id: RPCID?, method: String, params: JSONValue? = nil) {
        self.id = id
        self.method = method
        self.params = params
    }
}

/// A member of a line that is not a valid request: the id to answer with (null
/// when none could be read) and what was wrong.
public struct RPCInvalid: Error, Sendable, Hashable {
    public var id: RPCID?
    public var error: RPCError
    /// Whether the member was a notification, which gets no response even when invalid.
    public var isNotification: Bool
}

/// What one line holds: a single call or a batch, each member valid or not.
public enum RPCIncoming: Sendable {
    case single(Result<RPCRequest, RPCInvalid>)
    case batch([Result<RPCRequest, RPCInvalid>])
}

/// A response: the id it answers and either a result (already JSON) or an error.
public struct RPCResponse: Sendable {
    public var id: RPCID
    public var outcome: Result<Data, RPCError>

    public init(id: RPCID, outcome: Result<Data, RPCError>) {
        self.id = id
        self.outcome = outcome
    }
}
