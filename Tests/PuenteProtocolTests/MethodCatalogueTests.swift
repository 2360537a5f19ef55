import Foundation
import Testing

@testable import PuenteProtocol

@Suite struct MethodCatalogueTests {
    private func json(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    private func message(_ method: String, _ text: String) -> String? {
        do throws(RPCError) {
            _ = try Method(rawValue: method)!.params.decoded(from: json(text))
            return nil
        } catch { return error.message }
    }

    @Test func paramsAreCheckedAgainstTheCatalogue() throws {
        #expect(
            message("ask", "{}")
                == "invalid params: missing 'text' for ask: a string of at most 2000 characters (the participant's words)"
        )
        #expect(
            message("ask", #"{"text":"x","lang":"de"}"#)
                == #"invalid params: 'lang' must be one of "es", "en", "fr", "pt", "ar"; got "de""#)
        #expect(
            message("search", #"{"query":"x","limit":-1}"#)
                == "invalid params: 'limit' must be an integer from 0 to 100; got -1")
        #expect(
            message("search", #"{"query":"x","limit":2.5}"#)
                == "invalid params: 'limit' must be an integer from 0 to 100; got a number")
        #expect(
            message("search", #"{"query":"x","filters":{"regoin":"africa"}}"#)
                == "invalid params: unknown filter field 'regoin'; 'filters' accepts region, modality, theme, mechanism or kind (did you mean 'region'?)"
        )
        #expect(message("ping", #"{"x":1}"#) == "invalid params: unknown param 'x'; ping takes no params")
        #expect(
            message("talking_points", #"{"limit":9}"#)
                == "invalid params: 'limit' must be an integer from 1 to 8; got 9")
        #expect(
            message("ask", #"{"text":"x","keep":"yes"}"#) == #"invalid params: 'keep' must be true or false; got "yes""#
        )
        #expect(message("ask", #"{"text":"x","keep":1}"#) == "invalid params: 'keep' must be true or false; got 1")
        #expect(try AskParams.decoded(from: json(#"{"text":"x","keep":false}"#)).keep == false)
        #expect(try AskParams.decoded(from: json(#"{"text":"x"}"#)).keep == nil)
        let good = try SearchParams.decoded(
            from: json(#"{"query":"cacao","filters":{"region":["africa","americas"],"kind":"initiative"},"limit":3}"#))
        #expect(good.query == "cacao" && good.limit == 3 && good.offset == 0)
        #expect(
            good.filters.byName.map { "\($0.facet)=\($0.values.joined(separator: ","))" } == [
                "kind=initiative", "region=africa,americas",
            ])
    }

    @Test func openRPCListsEveryMethodWithItsParams() throws {
        let document = MethodCatalogue.openRPC(version: "test")
        guard case .array(let methods)? = document["methods"] else {
            Issue.record("no methods")
            return
        }
        #expect(methods.count == MethodCatalogue.all.count)
        let search = methods.first { $0["name"] == .string("search") }
        guard case .array(let searchParams)? = search?["params"] else {
            Issue.record("no params")
            return
        }
        #expect(
            searchParams.compactMap { if case .string(let name)? = $0["name"] { name } else { nil } } == [
                "query", "filters", "limit", "offset", "lang",
            ])
        let reload = methods.first { $0["name"] == .string("reload") }
        #expect(reload?["x-privileged"] == .bool(true))
    }

    /// `rpc.discover` shows each param's type and its default, as the params type declares them.
    @Test func rpcDiscoverShowsEachParamsTypeAndDefault() throws {
        let document = MethodCatalogue.openRPC(version: "test")
        guard case .array(let methods)? = document["methods"] else {
            Issue.record("no methods")
            return
        }
        func param(_ method: String, _ name: String) -> JSONValue? {
            guard case .array(let params)? = methods.first(where: { $0["name"] == .string(method) })?["params"] else {
                return nil
            }
            return params.first { $0["name"] == .string(name) }
        }
        #expect(
            param("search", "limit")?["schema"]
                == .object([
                    "type": .string("integer"), "minimum": .integer(0), "maximum": .integer(100),
                    "default": .integer(10),
                ]))
        #expect(param("search", "offset")?["schema"]?["default"] == .integer(0))
        #expect(param("talking_points", "limit")?["schema"]?["default"] == .integer(6))
        #expect(param("brief", "lang")?["schema"]?["default"] == .string("es"))
        #expect(param("panel_queue", "status")?["schema"]?["default"] == .string("open"))
        #expect(param("panel_queue", "limit")?["schema"]?["default"] == .integer(20))
        // Absent means something of its own (guessed, all five): no default, and the summary says what.
        #expect(param("ask", "lang")?["schema"]?["default"] == nil)
        #expect(param("search", "lang")?["schema"]?["default"] == nil)
        #expect(param("ask", "text")?["required"] == .bool(true))
        #expect(param("ask", "text")?["schema"]?["default"] == nil, "a required param has no default")
        for method in MethodCatalogue.all {
            for declared in method.params {
                #expect(param(method.name, declared.name)?["schema"]?["default"] == declared.defaultValue)
            }
        }
    }

    /// A params value goes on the wire as scripts write it: what is set, defaults left
    /// out, and comes back the same.
    @Test func paramsGoOnTheWireAsScriptsWriteThem() throws {
        #expect(
            AskParams(text: "hola", keep: false).encoded
                == .object(["text": .string("hola"), "keep": .bool(false)]))
        #expect(
            SearchParams(query: "cacao", filters: SearchFilters([.region: ["africa"], .theme: []]), limit: 3).encoded
                == .object([
                    "query": .string("cacao"), "filters": .object(["region": .array([.string("africa")])]),
                    "limit": .integer(3),
                ]))
        #expect(BriefParams(lang: .spanish).encoded == nil, "the default language is not sent")
        #expect(PanelQueueParams(status: .all).encoded == .object(["status": .string("all")]))
        let points = TalkingPointsParams(theme: "migración", limit: 4, lang: .arabic)
        #expect(try TalkingPointsParams.decoded(from: points.encoded) == points)
        let mark = PanelMarkParams(id: 7, status: .hidden)
        #expect(try PanelMarkParams.decoded(from: mark.encoded) == mark)
    }

    /// Every method's params type is the one its method names, and says so.
    @Test func eachMethodsParamsTypeIsItsOwn() {
        for method in Method.allCases {
            #expect(method.params.method == method)
        }
        #expect(MethodCatalogue.all.map(\.name) == Method.allCases.map(\.rawValue))
    }

    /// The README's protocol table, param column included (each param's type and
    /// default), is the catalogue's: on a change, paste the table this test prints.
    @Test func theReadmesMethodTableFollowsTheCatalogue() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let table = MethodCatalogue.markdownTable
        #expect(text.contains(table), "README's protocol table should read:\n\(table)")
    }

    /// The README points at the DocC articles that hold the internals: every one it names exists.
    @Test func theReadmesArticlesExist() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let paths = text.split(separator: "`").map(String.init).filter {
            $0.hasPrefix("Sources/") && $0.contains(".docc/") && $0.hasSuffix(".md")
        }
        #expect(paths.count >= 5, "the README names the articles")
        for path in paths {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
        }
    }

    @Test func aMistypedMethodGetsASuggestion() {
        #expect(MethodCatalogue.closestMethod(to: "serch") == "search")
        #expect(MethodCatalogue.closestMethod(to: "talkingpoints") == "talking_points")
        #expect(MethodCatalogue.closestMethod(to: "xyz") == nil)
    }
}
