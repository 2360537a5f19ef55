import PuenteSupport

/// What a parameter accepts.
public enum ParamType: Sendable, Hashable {
    /// Text of at most this many characters.
    case string(maxLength: Int)
    /// An integer within the range.
    case integer(ClosedRange<Int>)
    /// true or false.
    case boolean
    /// One of these words.
    case choice([String])
    /// Facet → value or list of values: `{"region": "africa", "modality": ["south-south"]}`.
    case filters(facets: [String])

    /// What the type accepts, for error messages and documentation.
    public var accepted: String {
        switch self {
        case .string(let maxLength): "a string of at most \(maxLength) characters"
        case .integer(let range): "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .boolean: "true or false"
        case .choice(let words): "one of " + words.map { "\"\($0)\"" }.joined(separator: ", ")
        case .filters(let facets): "an object mapping \(facets.joined(separator: ", ")) to a value or a list of values"
        }
    }

    /// The type in a few characters, for the README's table: `string ≤ 2000`, `0…100`, `es|en`.
    public var notation: String {
        switch self {
        case .string(let maxLength): "string ≤ \(maxLength)"
        case .integer(let range): "\(range.lowerBound)…\(range.upperBound)"
        case .boolean: "boolean"
        case .choice(let words): words.joined(separator: "|")
        case .filters: "{facet: value(s)}"
        }
    }
}

public struct ParamDescription: Sendable, Hashable {
    public var name: String
    public var type: ParamType
    public var required: Bool
    /// The value an absent param stands for; nil when it has none (required, or
    /// absent has a meaning of its own, which `summary` gives).
    public var defaultValue: JSONValue?
    public var summary: String

    /// The param as the README's table writes it: `limit?: 0…100 = 10`.
    public var notation: String {
        var text = name + (required ? "" : "?") + ": " + type.notation
        if let defaultValue { text += " = " + defaultValue.notation }
        return text
    }
}

/// One method of the protocol, as its params type declares it: validation,
/// `rpc.discover`, help and the README table all read from here.
public struct MethodDescription: Sendable, Hashable {
    public var name: String
    public var summary: String
    public var params: [ParamDescription]
    /// The result's main fields, in words.
    public var result: String
    /// Application error codes the method may return besides -32602.
    public var errors: [Int]
    /// Whether only the daemon's own user (or root) may call it.
    public var privileged: Bool
}

public enum MethodCatalogue {
    public static let languages = ReplyLanguage.allCases.map(\.rawValue)
    public static let facets = FacetKind.allCases.map(\.rawValue)

    /// Every method, in the order `rpc.discover` and the README list them.
    public static let all: [MethodDescription] = Method.allCases.map { $0.params.description }

    public static func method(named name: String) -> MethodDescription? {
        Method(rawValue: name).map { $0.params.description }
    }

    /// The method name closest to a mistyped one, for "did you mean".
    public static func closestMethod(to name: String) -> String? {
        EditDistance.closest(to: name, among: all.map(\.name))
    }
}

extension JSONValue {
    /// A default as the README writes it: `10`, `es`, `{}`.
    var notation: String {
        switch self {
        case .null: "null"
        case .bool(let flag): String(flag)
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .string(let text): text
        case .array(let items): "[" + items.map(\.notation).joined(separator: ", ") + "]"
        case .object(let fields): fields.isEmpty ? "{}" : "{…}"
        }
    }
}
