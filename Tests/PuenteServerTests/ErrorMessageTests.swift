import Foundation
import Logging
import Testing

@testable import PuenteAssistant
@testable import PuenteKnowledge
@testable import PuenteProtocol
@testable import PuenteServer

/// Every error path of every method, with the exact message the README documents:
/// each quotes the input, says what is accepted and suggests the closest.
@Suite struct ErrorMessageTests {
    static let handlers: MethodHandlers = {
        let store = try! KnowledgeStore(directory: BundledKnowledge.directory(executable: nil)!)
        return MethodHandlers(
            store: store, sessions: SessionStore(), stats: ServerStats(), logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
    }()

    static let cases: [(method: String, params: String, code: Int, message: String)] = [
        ("serch", "{}", -32601, "unknown method 'serch' (did you mean 'search'?); rpc.discover lists the methods"),
        (
            "search", #"{"qurey":"x"}"#, -32602,
            "invalid params: unknown param 'qurey'; search accepts query, filters, limit, offset or lang (did you mean 'query'?)"
        ),
        ("ping", #"{"x":1}"#, -32602, "invalid params: unknown param 'x'; ping takes no params"),
        (
            "ask", "{}", -32602,
            "invalid params: missing 'text' for ask: a string of at most 2000 characters (the participant's words)"
        ),
        (
            "ask", #"{"text":"hola","lang":"de"}"#, -32602,
            #"invalid params: 'lang' must be one of "es", "en", "fr", "pt", "ar"; got "de""#
        ),
        (
            "search", #"{"query":"x","limit":500}"#, -32602,
            "invalid params: 'limit' must be an integer from 0 to 100; got 500"
        ),
        (
            "search", #"{"query":"regoin:africa"}"#, -32602,
            "invalid params: 'query': unknown filter field 'regoin'; expected region, modality, theme, mechanism or kind (did you mean 'region'?)"
        ),
        (
            "search", #"{"query":"region:afrika cacao"}"#, -32602,
            "invalid params: 'query': unknown region 'afrika'; expected africa, americas, arab-states, asia-pacific, europe-central-asia or global (did you mean 'africa'?)"
        ),
        (
            "search", #"{"query":"cacao","filters":{"regoin":"africa"}}"#, -32602,
            "invalid params: unknown filter field 'regoin'; 'filters' accepts region, modality, theme, mechanism or kind (did you mean 'region'?)"
        ),
        (
            "search", #"{"query":"cacao","filters":{"region":"afrika"}}"#, -32602,
            "invalid params: 'filters': unknown region 'afrika'; expected africa, americas, arab-states, asia-pacific, europe-central-asia or global (did you mean 'africa'?)"
        ),
        (
            "search", #"{"query":"cacao","filters":{"region":7}}"#, -32602,
            "invalid params: filter 'region' must be a string or a list of strings; got a number"
        ),
        (
            "search", #"{"query":""}"#, -32602,
            #"invalid params: 'query': the query is empty; write one or more words, a "quoted phrase" or a filter such as region:africa"#
        ),
        (
            "record", #"{"id":"accel"}"#, -32001,
            "unknown record 'accel'; ids are initiative ids (such as accel-africa) or passages (such as concept-note#I.2) (did you mean 'accel-africa'?)"
        ),
        (
            "talking_points", #"{"theme":"migrasion"}"#, -32001,
            "unknown theme 'migrasion' (did you mean 'migración laboral'?); give a theme id or its name in Spanish, English, French, Portuguese or Arabic; the vocabulary method lists the themes"
        ),
        (
            "suggest", #"{"prefix":"a","limit":0}"#, -32602,
            "invalid params: 'limit' must be an integer from 1 to 50; got 0"
        ),
        ("reload", "{}", -32003, "forbidden: 'reload' is allowed only for the daemon's own user or root"),
        ("stop", "{}", -32003, "forbidden: 'stop' is allowed only for the daemon's own user or root"),
    ]

    @Test(arguments: cases.indices)
    func theMessageIsExact(_ number: Int) async throws {
        let (method, params, code, message) = Self.cases[number]
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(params.utf8))
        let request = RPCRequest(id: .integer(1), method: method, params: value)
        let outcome = await Self.handlers.handle(
            request, on: Self.handlers.store.snapshot, context: RequestContext(peerUID: 1001))
        guard case .failure(let error) = outcome else {
            Issue.record("\(method) \(params) succeeded")
            return
        }
        #expect(error.code == code, "\(method) \(params)")
        #expect(error.message == message, "\(method) \(params)")
    }

    /// A facet value nothing answers to names its param, facet and value as data, as
    /// `talking_points` does, so that a client can say its own remedy.
    @Test func anUnknownFilterValueNamesItsFacetAsData() async throws {
        for (params, param) in [
            (#"{"query":"cacao","filters":{"region":"afrika"}}"#, "filters"),
            (#"{"query":"region:afrika cacao"}"#, "query"),
        ] {
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(params.utf8))
            let outcome = await Self.handlers.handle(
                RPCRequest(id: .integer(1), method: "search", params: value),
                on: Self.handlers.store.snapshot, context: RequestContext(peerUID: 1000))
            guard case .failure(let error) = outcome else {
                Issue.record("\(params) succeeded")
                continue
            }
            #expect(error.code == -32602)
            #expect(
                error.data
                    == .object([
                        "param": .string(param), "facet": .string("region"), "value": .string("afrika"),
                        "close": .array([.string("africa")]),
                    ]))
        }
    }
}
