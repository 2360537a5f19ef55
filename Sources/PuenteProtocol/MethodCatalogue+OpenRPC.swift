extension MethodCatalogue {
    /// The protocol as an OpenRPC 1.3 document, built from the catalogue.
    public static func openRPC(version: String) -> JSONValue {
        .object([
            "openrpc": .string("1.3.2"),
            "info": .object([
                "title": .string("Puente"),
                "version": .string(version),
                "description": .string(
                    "JSON-RPC 2.0 over a Unix socket, one message per line. Application errors: -32001 not found, -32002 overloaded, -32003 forbidden, -32004 knowledge invalid, -32005 state unavailable."
                ),
            ]),
            "methods": .array(all.map(method)),
        ])
    }

    private static func method(_ method: MethodDescription) -> JSONValue {
        var fields: [String: JSONValue] = [
            "name": .string(method.name),
            "summary": .string(method.summary),
            "paramStructure": .string("by-name"),
            "params": .array(method.params.map(param)),
            "result": .object([
                "name": .string("result"), "description": .string(method.result), "schema": .object([:]),
            ]),
        ]
        let errors = method.errors + [RPCError.invalidParamsCode]
        fields["errors"] = .array(
            errors.map { code in .object(["code": .integer(code), "message": .string(errorName(code))]) })
        if method.privileged { fields["x-privileged"] = .bool(true) }
        return .object(fields)
    }

    private static func param(_ param: ParamDescription) -> JSONValue {
        var schema = schema(param.type)
        if let value = param.defaultValue, case .object(var fields) = schema {
            fields["default"] = value
            schema = .object(fields)
        }
        return .object([
            "name": .string(param.name),
            "required": .bool(param.required),
            "description": .string(param.summary),
            "schema": schema,
        ])
    }

    private static func schema(_ type: ParamType) -> JSONValue {
        switch type {
        case .string(let maxLength): .object(["type": .string("string"), "maxLength": .integer(maxLength)])
        case .integer(let range):
            .object([
                "type": .string("integer"), "minimum": .integer(range.lowerBound),
                "maximum": .integer(range.upperBound),
            ])
        case .boolean: .object(["type": .string("boolean")])
        case .choice(let words): .object(["type": .string("string"), "enum": .array(words.map(JSONValue.string))])
        case .filters(let facets):
            .object([
                "type": .string("object"),
                "additionalProperties": .bool(false),
                "properties": .object(
                    Dictionary(
                        uniqueKeysWithValues: facets.map {
                            ($0, JSONValue.object(["type": .array([.string("string"), .string("array")])]))
                        })),
            ])
        }
    }

    private static func errorName(_ code: Int) -> String {
        switch code {
        case RPCError.notFoundCode: "not found"
        case RPCError.overloadedCode: "overloaded"
        case RPCError.forbiddenCode: "forbidden"
        case RPCError.knowledgeInvalidCode: "knowledge invalid"
        case RPCError.stateUnavailableCode: "state unavailable"
        default: "invalid params"
        }
    }
}
