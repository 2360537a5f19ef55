/// A method's params as one Swift value, and the one declaration of the method: its
/// name, what it is for, each param (name, type, default, meaning) and its result type.
///
/// The client builds the value and sends `encoded`; the server decodes it with
/// `decoded(from:)`, which refuses what the declaration does not accept, and hands it
/// to the handler. A rename does not compile until both ends agree. A param's default
/// is the property's initial value in `init()`; `rpc.discover` and the README show it.
public protocol MethodParams: Sendable, Hashable {
    /// What the client decodes the result as.
    associatedtype Result: Decodable & Sendable

    /// The method these params are for.
    static var method: Method { get }
    /// The method's summary, result fields, errors and privilege.
    static var about: MethodAbout { get }
    /// Every param, in the order `rpc.discover` and the README list them.
    static var fields: [ParamField<Self>] { get }

    /// Every param at its default; a required param holds a placeholder until decoded.
    init()
}

/// What the catalogue says of a method besides its params.
public struct MethodAbout: Sendable, Hashable {
    public var summary: String
    /// The result's main fields, in words.
    public var result: String
    /// Application error codes the method may return besides -32602.
    public var errors: [Int]
    /// Whether only the daemon's own user (or root) may call it.
    public var privileged: Bool

    public init(_ summary: String, result: String, errors: [Int] = [], privileged: Bool = false) {
        self.summary = summary
        self.result = result
        self.errors = errors
        self.privileged = privileged
    }
}

/// A value a param can hold, and its JSON on the wire.
public protocol ParamValue: Sendable, Hashable {
    /// The value of a param that has passed its `ParamType`'s check.
    init?(param: JSONValue)
    /// The value as sent; `.null` for none.
    var param: JSONValue { get }
}

/// One param of `Params`: its description, and how its value is read from and
/// written to the Swift value.
public struct ParamField<Params: MethodParams>: Sendable {
    public let description: ParamDescription
    /// The value's JSON, or nil when it is absent or its default (and so not sent).
    let read: @Sendable (Params) -> JSONValue?
    /// Sets the value from JSON already checked against `description.type`.
    let write: @Sendable (inout Params, JSONValue) -> Void

    /// - Parameter required: whether a request must send it; a required param shows no default.
    public init<Value: ParamValue>(
        _ name: String, _ path: WritableKeyPath<Params, Value> & Sendable, _ type: ParamType, required: Bool = false,
        _ summary: String
    ) {
        let initial = Params()[keyPath: path].param
        let defaultValue = required || initial == .null ? nil : initial
        description = ParamDescription(
            name: name, type: type, required: required, defaultValue: defaultValue, summary: summary)
        read = { params in
            let value = params[keyPath: path].param
            return value == .null || value == defaultValue ? nil : value
        }
        write = { params, json in
            if let value = Value(param: json) { params[keyPath: path] = value }
        }
    }
}

extension MethodParams {
    /// The params as sent: an object of those that are set and differ from their
    /// defaults, or nil when there are none (the request then carries no params).
    public var encoded: JSONValue? {
        var object: [String: JSONValue] = [:]
        for field in Self.fields {
            if let value = field.read(self) { object[field.description.name] = value }
        }
        return object.isEmpty ? nil : .object(object)
    }

    /// The method's description for the catalogue.
    public static var description: MethodDescription {
        MethodDescription(
            name: method.rawValue, summary: about.summary, params: fields.map(\.description), result: about.result,
            errors: about.errors, privileged: about.privileged)
    }
}

extension String: ParamValue {
    public init?(param: JSONValue) {
        guard case .string(let text) = param else { return nil }
        self = text
    }
    public var param: JSONValue { .string(self) }
}

extension Int: ParamValue {
    public init?(param: JSONValue) {
        guard case .integer(let number) = param else { return nil }
        self = number
    }
    public var param: JSONValue { .integer(self) }
}

extension Bool: ParamValue {
    public init?(param: JSONValue) {
        guard case .bool(let flag) = param else { return nil }
        self = flag
    }
    public var param: JSONValue { .bool(self) }
}

extension Optional: ParamValue where Wrapped: ParamValue {
    public init?(param: JSONValue) {
        guard let value = Wrapped(param: param) else { return nil }
        self = value
    }
    public var param: JSONValue { self?.param ?? .null }
}

/// A word of a closed set, sent as its raw value.
public protocol ParamWord: ParamValue, RawRepresentable where RawValue == String {}

extension ParamWord {
    public init?(param: JSONValue) {
        guard case .string(let word) = param else { return nil }
        self.init(rawValue: word)
    }
    public var param: JSONValue { .string(rawValue) }
}
