import Foundation

/// Reading and writing JSON-RPC 2.0 messages, one UTF-8 JSON text per line.
public enum RPCCodec {
    /// Snake-case keys, sorted so that the same value always reads the same.
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }()

    private static let requestMembers: Set<String> = ["jsonrpc", "id", "method", "params"]

    /// Reads one line (without its newline).
    /// - Throws: `RPCError` -32700 for bytes that are not UTF-8 or not JSON, and
    ///   -32600 for an empty batch.
    public static func decode(line: some Collection<UInt8>) throws(RPCError) -> RPCIncoming {
        let value: JSONValue
        do {
            value = try JSONValue.parse(line)
        } catch {
            // Which of the two it is matters only on this path: look only now.
            guard String(validating: line, as: UTF8.self) != nil else {
                throw RPCError.parseError("the line is not valid UTF-8")
            }
            throw RPCError.parseError("the line is not valid JSON")
        }
        if case .array(let members) = value {
            guard !members.isEmpty else { throw RPCError.invalidRequest("empty batch; send at least one request") }
            return .batch(members.map(request))
        }
        return .single(request(value))
    }

    /// Checks one request object against JSON-RPC 2.0.
    static func request(_ value: JSONValue) -> Result<RPCRequest, RPCInvalid> {
        guard case .object(let fields) = value else {
            return .failure(
                RPCInvalid(
                    id: .null,
                    error: .invalidRequest(
                        "expected a JSON object with \"jsonrpc\": \"2.0\", \"method\" and, for a call, \"id\"; got \(value.typeName)"
                    ), isNotification: false))
        }
        let isNotification = fields["id"] == nil
        var id: RPCID? = nil
        switch fields["id"] {
        case nil: id = nil
        case .null?: id = .null
        case .integer(let number)?: id = .integer(number)
        case .string(let text)?: id = .string(text)
        case let other?:
            return .failure(
                RPCInvalid(
                    id: .null,
                    error: .invalidRequest("\"id\" must be a string, an integer or null; got \(other.typeName)"),
                    isNotification: false))
        }
        func invalid(_ message: String) -> Result<RPCRequest, RPCInvalid> {
            .failure(RPCInvalid(id: id ?? .null, error: .invalidRequest(message), isNotification: isNotification))
        }
        if let unknown = fields.keys.sorted().first(where: { !requestMembers.contains($0) }) {
            return invalid("unknown member \"\(unknown)\"; a request has jsonrpc, id, method and params")
        }
        guard case .string("2.0")? = fields["jsonrpc"] else {
            return invalid(
                fields["jsonrpc"] == nil ? "missing \"jsonrpc\"; expected \"2.0\"" : "\"jsonrpc\" must be \"2.0\"")
        }
        guard case .string(let method)? = fields["method"] else {
            return invalid(
                fields["method"] == nil
                    ? "missing \"method\"; expected a method name such as \"ping\"" : "\"method\" must be a string")
        }
        switch fields["params"] {
        case nil, .null?: return .success(RPCRequest(id: id, method: method))
        case .object(let params)?: return .success(RPCRequest(id: id, method: method, params: .object(params)))
        case .array?:
            // Structured but by position: a valid request whose params Puente does not take.
            let error = RPCError.invalidParams(
                "params must be an object of named parameters, not a list; rpc.discover names them")
            return .failure(RPCInvalid(id: id ?? .null, error: error, isNotification: isNotification))
        case let other?:
            return invalid("\"params\" must be an object (or a list); got \(other.typeName)")
        }
    }

    /// One response as a line (without its newline), written as bytes: the id and the
    /// envelope cost a `JSONEncoder` run per response before, a third of a `ping`.
    public static func encode(_ response: RPCResponse) -> Data {
        var line = JSONBytes(capacity: 64 + ((try? response.outcome.get())?.count ?? 0))
        write(response, to: &line)
        return Data(line.bytes)
    }

    private static func write(_ response: RPCResponse, to line: inout JSONBytes) {
        line.object { line in
            line.member("id") { line in
                switch response.id {
                case .integer(let number): line.integer(number)
                case .string(let text): line.string(text)
                case .null: line.raw("null".utf8)
                }
            }
            line.member("jsonrpc") { $0.string("2.0") }
            switch response.outcome {
            case .success(let result): line.member("result") { $0.raw(result) }
            case .failure(let error): line.member("error") { $0.raw(encodeError(error)) }
            }
        }
    }

    /// Several responses as one batch line.
    public static func encodeBatch(_ responses: [RPCResponse]) -> Data {
        var line = JSONBytes(
            capacity: 64 * responses.count + responses.reduce(0) { $0 + ((try? $1.outcome.get())?.count ?? 0) })
        line.array(responses) { line, response in write(response, to: &line) }
        return Data(line.bytes)
    }

    static func encodeError(_ error: RPCError) -> Data {
        var fields: [String: JSONValue] = ["code": .integer(error.code), "message": .string(error.message)]
        if let data = error.data { fields["data"] = data }
        return (try? encoder.encode(JSONValue.object(fields))) ?? Data("{}".utf8)
    }

    /// A request as a line, for clients.
    public static func encode(_ request: RPCRequest) -> Data {
        var fields: [String: JSONValue] = ["jsonrpc": .string("2.0"), "method": .string(request.method)]
        if let id = request.id {
            switch id {
            case .integer(let value): fields["id"] = .integer(value)
            case .string(let value): fields["id"] = .string(value)
            case .null: fields["id"] = .null
            }
        }
        if let params = request.params { fields["params"] = params }
        return (try? encoder.encode(JSONValue.object(fields))) ?? Data()
    }
}
