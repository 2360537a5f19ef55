import PuenteSupport

/// A request's params checked against its method's description: unknown names,
/// missing required params, wrong types and values out of range are refused with
/// a message that names the param and what it accepts.
public struct Params: Sendable, Hashable {
    public let method: String
    private let values: [String: JSONValue]

    public init(_ params: JSONValue?, for method: MethodDescription) throws(RPCError) {
        self.method = method.name
        var values: [String: JSONValue] = [:]
        if case .object(let fields)? = params { values = fields }
        let names = method.params.map(\.name)
        for name in values.keys.sorted() where !names.contains(name) {
            let accepted =
                names.isEmpty ? "\(method.name) takes no params" : "\(method.name) accepts " + Choices.listing(names)
            let closest = EditDistance.closest(to: name, among: names).map { [$0] } ?? []
            throw .invalidParams(Choices.unknown("param", name, accepted: accepted, closest: closest))
        }
        for description in method.params {
            guard let value = values[description.name], value != .null else {
                if description.required {
                    throw .invalidParams(
                        Choices.missing(
                            "'\(description.name)'", for: method.name, accepted: description.type.accepted,
                            summary: description.summary))
                }
                values[description.name] = nil
                continue
            }
            try Self.check(value, against: description)
        }
        self.values = values
    }

    private static func check(_ value: JSONValue, against description: ParamDescription) throws(RPCError) {
        func refuse() -> RPCError {
            var got = value.typeName
            switch value {
            case .integer(let number): got = String(number)
            case .string(let text) where text.count <= 40: got = "\"\(text)\""
            case .string(let text): got = "a string of \(text.count) characters"
            default: break
            }
            return .invalidParams(
                Choices.mismatch("'\(description.name)'", accepted: description.type.accepted, got: got))
        }
        switch description.type {
        case .string(let maxLength):
            guard case .string(let text) = value, text.count <= maxLength else { throw refuse() }
        case .integer(let range):
            guard case .integer(let number) = value, range.contains(number) else { throw refuse() }
        case .boolean:
            guard case .bool = value else { throw refuse() }
        case .choice(let words):
            guard case .string(let text) = value, words.contains(text) else { throw refuse() }
        case .filters(let facets):
            guard case .object(let fields) = value else { throw refuse() }
            for (facet, entry) in fields {
                guard facets.contains(facet) else {
                    let closest = EditDistance.closest(to: facet, among: facets).map { [$0] } ?? []
                    throw .invalidParams(
                        Choices.unknown(
                            "filter field", facet, accepted: "'filters' accepts " + Choices.listing(facets),
                            closest: closest))
                }
                switch entry {
                case .string: continue
                case .array(let items) where items.allSatisfy({ if case .string = $0 { true } else { false } }):
                    continue
                default:
                    throw .invalidParams(
                        Choices.mismatch(
                            "filter '\(facet)'", accepted: "a string or a list of strings", got: entry.typeName))
                }
            }
        }
    }

    public func string(_ name: String) -> String? {
        if case .string(let text)? = values[name] { return text }
        return nil
    }

    public func integer(_ name: String) -> Int? {
        if case .integer(let number)? = values[name] { return number }
        return nil
    }

    /// A boolean param, or nil when absent.
    public func bool(_ name: String) -> Bool? {
        if case .bool(let flag)? = values[name] { return flag }
        return nil
    }

    /// A filters param as facet → values, in facet order.
    public func filters(_ name: String) -> [(facet: String, values: [String])] {
        guard case .object(let fields)? = values[name] else { return [] }
        return fields.keys.sorted().compactMap { facet in
            switch fields[facet] {
            case .string(let value)?: return (facet, [value])
            case .array(let items)?:
                return (facet, items.compactMap { if case .string(let text) = $0 { text } else { nil } })
            default: return nil
            }
        }
    }
}
