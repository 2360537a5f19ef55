import PuenteSupport

extension MethodParams {
    /// The params a request sent, checked against the declaration: unknown names,
    /// missing required params, wrong types and values out of range are refused with
    /// a message that names the param and what it accepts. Absent params (and nulls)
    /// keep their defaults.
    public static func decoded(from params: JSONValue?) throws(RPCError) -> Self {
        var values: [String: JSONValue] = [:]
        if case .object(let fields)? = params { values = fields }
        let names = fields.map(\.description.name)
        for name in values.keys.sorted() where !names.contains(name) {
            let accepted =
                names.isEmpty
                ? "\(method.rawValue) takes no params" : "\(method.rawValue) accepts " + Choices.listing(names)
            let closest = EditDistance.closest(to: name, among: names).map { [$0] } ?? []
            throw .invalidParams(Choices.unknown("param", name, accepted: accepted, closest: closest))
        }
        var decoded = Self()
        for field in fields {
            let description = field.description
            guard let value = values[description.name], value != .null else {
                if description.required {
                    throw .invalidParams(
                        Choices.missing(
                            "'\(description.name)'", for: method.rawValue, accepted: description.type.accepted,
                            summary: description.summary))
                }
                continue
            }
            try description.type.check(value, named: description.name)
            field.write(&decoded, value)
        }
        return decoded
    }
}

extension ParamType {
    /// Refuses `value` unless this type accepts it, saying what the param named `name` accepts.
    func check(_ value: JSONValue, named name: String) throws(RPCError) {
        func refuse() -> RPCError {
            var got = value.typeName
            switch value {
            case .integer(let number): got = String(number)
            case .string(let text) where text.count <= 40: got = "\"\(text)\""
            case .string(let text): got = "a string of \(text.count) characters"
            default: break
            }
            return .invalidParams(Choices.mismatch("'\(name)'", accepted: accepted, got: got))
        }
        switch self {
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
                            "filter field", facet, accepted: "'\(name)' accepts " + Choices.listing(facets),
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
}
