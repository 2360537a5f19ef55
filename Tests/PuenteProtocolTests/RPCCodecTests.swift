import Foundation
import Testing

@testable import PuenteProtocol

@Suite struct RPCCodecTests {
    private func single(_ line: String) throws -> Result<RPCRequest, RPCInvalid> {
        guard case .single(let member) = try RPCCodec.decode(line: Array(line.utf8)) else {
            throw RPCError.internalError
        }
        return member
    }

    @Test func aValidCallIsRead() throws {
        let request = try single(#"{"jsonrpc":"2.0","id":"a1","method":"ask","params":{"text":"hola"}}"#).get()
        #expect(request == RPCRequest(id: .string("a1"), method: "ask", params: .object(["text": .string("hola")])))
        #expect(try single(#"{"jsonrpc":"2.0","method":"ping"}"#).get().id == nil, "a notification has no id")
    }

    @Test(arguments: [
        (#"{"jsonrpc":"1.0","id":1,"method":"ping"}"#, "invalid request: \"jsonrpc\" must be \"2.0\""),
        (#"{"id":1,"method":"ping"}"#, "invalid request: missing \"jsonrpc\"; expected \"2.0\""),
        (#"{"jsonrpc":"2.0","id":1}"#, "invalid request: missing \"method\"; expected a method name such as \"ping\""),
        (#"{"jsonrpc":"2.0","id":1,"method":7}"#, "invalid request: \"method\" must be a string"),
        (
            #"{"jsonrpc":"2.0","id":{},"method":"ping"}"#,
            "invalid request: \"id\" must be a string, an integer or null; got an object"
        ),
        (
            #"{"jsonrpc":"2.0","id":1,"method":"ping","extra":1}"#,
            "invalid request: unknown member \"extra\"; a request has jsonrpc, id, method and params"
        ),
        (
            #"{"jsonrpc":"2.0","id":1,"method":"ping","params":"x"}"#,
            "invalid request: \"params\" must be an object (or a list); got a string"
        ),
        (
            "7",
            "invalid request: expected a JSON object with \"jsonrpc\": \"2.0\", \"method\" and, for a call, \"id\"; got a number"
        ),
    ])
    func invalidRequestsSayWhatIsWrong(_ line: String, _ message: String) throws {
        guard case .failure(let invalid) = try single(line) else {
            Issue.record("accepted \(line)")
            return
        }
        #expect(invalid.error.message == message)
    }

    @Test func listParamsAreInvalidParams() throws {
        guard case .failure(let invalid) = try single(#"{"jsonrpc":"2.0","id":3,"method":"ask","params":["hola"]}"#)
        else { return }
        #expect(invalid.error.code == -32602 && invalid.id == .integer(3))
    }

    @Test func badBytesAndBadJSONAreParseErrors() {
        #expect(throws: RPCError.parseError("the line is not valid UTF-8")) { try RPCCodec.decode(line: [0xFF, 0xFE]) }
        #expect(throws: RPCError.parseError("the line is not valid JSON")) {
            try RPCCodec.decode(line: Array("{".utf8))
        }
        #expect(throws: RPCError.invalidRequest("empty batch; send at least one request")) {
            try RPCCodec.decode(line: Array("[]".utf8))
        }
    }

    /// The daemon's own reader against JSONDecoder, the oracle it replaced: the same value,
    /// or both refuse.
    @Test(arguments: [
        #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#, #" { "a" : [ 1 , -2.5 , 3e2 , 1.0 , -0 , 0.5E-3 ] } "#,
        #"{"s":"caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t","ñ":"niño Sur–Sur 🙂"}"#,
        #"[true,false,null,{},[],"",{"a":{"b":[[]]}}]"#, "123456789012345678901234567890", "9223372036854775807",
        "-9223372036854775808",
        #"{"a":1,"a":2}"#, "\u{FEFF}{}", "1e400", "01", "1.", ".5", "-", "+1", "1e", "[1,]", #"{"a":1,}"#, "[,]", "{,}",
        "[1,,2]", "[1 , ]", "{'a':1}", "[1 2]",
        #""\u12""#, #""\x""#, "\"tab\there\"", "nul", "truee", "[", "{", "}", #"{"a"}"#, #"{"a":}"#, "", "   ", "{} {}",
        #""\ud83d""#, #""\ude00""#, String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
    ])
    func theReaderAgreesWithJSONDecoder(_ line: String) {
        let oracle = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
        let parsed = try? JSONValue.parse(Array(line.utf8))
        #expect(parsed == oracle, "\(line.prefix(80))")
    }

    @Test func invalidUTF8InAStringIsAParseError() {
        #expect(throws: RPCError.parseError("the line is not valid UTF-8")) {
            try RPCCodec.decode(line: Array(#"{"a":""#.utf8) + [0xC3] + Array(#""}"#.utf8))
        }
        #expect(throws: RPCError.parseError("the line is not valid UTF-8")) {
            try RPCCodec.decode(line: Array("[1,".utf8) + [0xFF])
        }
    }

    @Test func responsesAreOneLineWithSortedKeys() throws {
        let result = RPCCodec.encode(
            RPCResponse(
                id: .integer(1), outcome: .success(try RPCCodec.encoder.encode(Wire.Highlight(start: 2, length: 3)))))
        #expect(String(decoding: result, as: UTF8.self) == #"{"id":1,"jsonrpc":"2.0","result":{"length":3,"start":2}}"#)
        let error = RPCCodec.encode(RPCResponse(id: .null, outcome: .failure(.notFound("no record 'x'", close: ["y"]))))
        #expect(
            String(decoding: error, as: UTF8.self)
                == #"{"id":null,"jsonrpc":"2.0","error":{"code":-32001,"data":{"close":["y"]},"message":"no record 'x'"}}"#
        )
    }

    @Test func resultsUseSnakeCase() throws {
        let stats = Wire.ReloadResult(version: "k-1", documents: 3, tookMs: 12)
        #expect(
            String(decoding: try RPCCodec.encoder.encode(stats), as: UTF8.self)
                == #"{"documents":3,"took_ms":12,"version":"k-1"}"#)
        let decoded = try RPCCodec.decoder.decode(
            Wire.ReloadResult.self, from: Data(#"{"documents":3,"took_ms":12,"version":"k-1"}"#.utf8))
        #expect(decoded == stats)
    }
}
