import Foundation
import Testing

/// The protocol through a real socket: every method, every error code, the
/// JSON-RPC 2.0 specification's examples, pipelining and concurrency.
@Suite struct ProtocolEndToEndTests {
    /// Minimal valid params for each method.
    static var calls: [String: [String: Any]] {
        [
            "ask": ["text": "cooperación Sur–Sur en África"],
            "search": ["query": "cacao", "filters": ["region": "africa"], "limit": 3],
            "talking_points": ["theme": "supply-chains", "limit": 5],
            "brief": [:], "coverage": ["lang": "en"], "record": ["id": "accel-africa"], "vocabulary": [:],
            "session_info": ["lang": "en"], "suggest": ["prefix": "coop"], "stats": [:], "reload": [:], "ping": [:],
            "rpc.discover": [:], "stop": [:],
            // In the catalogue's order a submit comes first, so question 1 exists for the others.
            "panel_submit": ["text": "¿Quién financia ACCEL Africa?"], "panel_vote": ["id": 1, "voter": "e2e"],
            "panel_queue": ["status": "all"], "panel_mark": ["id": 1, "status": "answered"],
        ]
    }

    @Test func everyDiscoveredMethodIsServed() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let client = try daemon.client()
        let discovered = try #require(try client.call("rpc.discover")["result"] as? [String: Any])
        let methods = try #require(discovered["methods"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(Set(methods) == Set(Self.calls.keys))
        // `stop` last: it ends the daemon.
        for method in methods.filter({ $0 != "stop" }) + ["stop"] {
            let response = try client.call(method, Self.calls[method] ?? [:])
            #expect(response["error"] == nil, "\(method): \(response)")
            #expect(response["result"] != nil, "\(method)")
        }
    }

    @Test func resultsCarryTheirMainFields() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let client = try daemon.client()
        let search = try #require(try client.call("search", ["query": "cacao", "limit": 2]).result)
        #expect(
            (search["total"] as? Int ?? 0) > 2 && (search["hits"] as? [Any])?.count == 2 && search["took_us"] != nil)
        let hit = try #require((search["hits"] as? [[String: Any]])?.first)
        #expect(Set(hit.keys).isSuperset(of: ["id", "kind", "title", "score", "snippet", "highlights"]))
        #expect(((search["facets"] as? [String: Any])?["region"] as? [String: Int])?["africa"] != nil)
        let info = try #require(try client.call("session_info").result)
        #expect(info["date"] as? String == "2026-02-12" && info["start"] as? String == "14:30")
        let suggest = try #require(try client.call("suggest", ["prefix": "region:af"]).result)
        #expect(suggest["completions"] as? [String] == ["region:africa"])
        let points = try #require(try client.call("talking_points", ["region": "africa", "limit": 5]).result)
        #expect((points["points"] as? [[String: Any]])?.count == 5)
        #expect((points["markdown"] as? String)?.hasPrefix("## ") == true)
        #expect(try client.call("ping")["result"] as? String == "pong")
    }

    @Test func askKeepsAConversationPerSession() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let client = try daemon.client()
        let first = try #require(try client.call("ask", ["text": "cooperación triangular sobre algodón"]).result)
        let session = try #require(first["session"] as? String)
        let second = try #require(try client.call("ask", ["text": "¿Y en África?", "session": session]).result)
        #expect(second["session"] as? String == session)
        let interpretation = try #require(second["interpretation"] as? [String: Any])
        #expect(interpretation["follow_up"] as? Bool == true)
        #expect((interpretation["filters"] as? [String: [String]])?["region"] == ["africa"])
        let other = try #require(try client.call("ask", ["text": "¿Y en África?"]).result)
        #expect(other["session"] as? String != session)
    }

    @Test func askKeepsNothingWhenToldNotTo() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let client = try daemon.client()
        let once = try #require(try client.call("ask", ["text": "cacao", "keep": false]).result)
        #expect(once["session"] == nil && once["reply"] is String)
        let first = try #require(try client.call("ask", ["text": "cooperación triangular sobre algodón"]).result)
        let session = try #require(first["session"] as? String)
        var sessions = try #require(try client.call("stats").result?["sessions"] as? [String: Int])
        #expect(
            sessions["live"] == 1 && sessions["provisional"] == 1, "a new session nobody asked to keep is provisional")
        let last = try #require(
            try client.call("ask", ["text": "¿Y en África?", "session": session, "keep": false]).result)
        #expect((last["interpretation"] as? [String: Any])?["follow_up"] as? Bool == true && last["session"] == nil)
        let after = try #require(try client.call("ask", ["text": "¿Y en África?", "session": session]).result)
        #expect(after["session_forgotten"] as? Bool == true, "keep false forgot the session")
        sessions = try #require(try client.call("stats").result?["sessions"] as? [String: Int])
        #expect(sessions["live"] == 1 && sessions["provisional"] == 0, "a named session is kept")
    }

    @Test func errorsCarryTheirCodesAndSayWhatIsAccepted() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let client = try daemon.client()
        let parse = try client.callLine("{\"jsonrpc\": \"2.0\", \"method\": \"foobar, \"params\": \"bar\", \"baz]")
        #expect(parse.errorCode == -32700 && parse["id"] is NSNull)
        try client.send([0xFF, 0xFE, 0x7B, 0x0A])
        #expect(try LineClient.object(try #require(try client.readLine())).errorCode == -32700)
        #expect(try client.call("ping")["result"] as? String == "pong", "the connection stays usable")
        let invalid = try client.callLine("{\"jsonrpc\": \"2.0\", \"method\": 1, \"params\": \"bar\"}")
        #expect(invalid.errorCode == -32600 && invalid["id"] is NSNull)
        #expect(try client.callLine("[]").errorCode == -32600)
        let unknown = try client.call("serch", ["query": "x"])
        #expect(unknown.errorCode == -32601 && unknown.errorMessage?.contains("did you mean 'search'") == true)
        #expect(
            try client.call("ask", [:]).errorMessage
                == "invalid params: missing 'text' for ask: a string of at most 2000 characters (the participant's words)"
        )
        #expect(
            try client.call("ask", ["text": 7]).errorMessage
                == "invalid params: 'text' must be a string of at most 2000 characters; got 7")
        #expect(
            try client.call("search", ["query": "x", "limit": 500]).errorMessage
                == "invalid params: 'limit' must be an integer from 0 to 100; got 500")
        #expect(try client.call("search", ["qurey": "x"]).errorMessage?.contains("(did you mean 'query'?)") == true)
        #expect(try client.call("search", ["query": "regoin:africa"]).errorCode == -32602)
        let missing = try client.call("record", ["id": "accel"])
        #expect(missing.errorCode == -32001)
        #expect(
            ((missing["error"] as? [String: Any])?["data"] as? [String: Any])?["close"] as? [String] == ["accel-africa"]
        )
        let unknownTheme = try client.call("talking_points", ["theme": "zanahorias"])
        #expect(unknownTheme.errorCode == -32001)
        #expect(unknownTheme.errorMessage?.hasPrefix("unknown theme 'zanahorias'") == true)
    }

    @Test func theSpecificationsExamplesAsTheyApplyToPuente() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let client = try daemon.client()
        // A notification gets nothing: the next line answers the ping after it.
        try client.send("{\"jsonrpc\": \"2.0\", \"method\": \"ping\"}\n")
        #expect((try client.call("ping", id: 42))["id"] as? Int == 42)
        // A batch of notifications gets nothing at all.
        try client.send(
            "[{\"jsonrpc\": \"2.0\", \"method\": \"ping\"}, {\"jsonrpc\": \"2.0\", \"method\": \"stats\"}]\n")
        #expect((try client.call("ping", id: 43))["id"] as? Int == 43)
        // A mixed batch: answers in order, none for the notification, errors in place.
        try client.send(
            """
            [{"jsonrpc": "2.0", "method": "ping", "id": "1"}, {"jsonrpc": "2.0", "method": "ping"}, \
            {"jsonrpc": "2.0", "method": "record", "params": {"id": "nope"}, "id": "2"}, {"foo": "boo"}, \
            {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"}, 1]\n
            """)
        let line = try #require(try client.readLine())
        let batch = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[String: Any]])
        #expect(batch.map { ($0["id"] as? String) ?? "null" } == ["1", "2", "null", "5", "null"])
        #expect(batch.map { $0.errorCode ?? 0 } == [0, -32001, -32600, -32601, -32600])
    }

    @Test func oneHundredPipelinedRequestsInOneWriteAnswerInOrder() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let client = try daemon.client()
        let lines = (1...100).map { id in
            id % 2 == 0
                ? "{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"ping\"}"
                : "{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"search\",\"params\":{\"query\":\"cacao\",\"limit\":1}}"
        }
        try client.send(lines.joined(separator: "\n") + "\n")
        let ids = try (1...100).map { _ in try LineClient.object(try #require(try client.readLine()))["id"] as? Int }
        #expect(ids == Array(1...100))
    }

    @Test func fiftyConcurrentClientsAreAllServed() async throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let path = daemon.socketPath
        let served = await withTaskGroup(of: Bool.self) { group in
            for number in 0..<50 {
                group.addTask {
                    guard let client = try? LineClient(path: path, timeout: 60) else { return false }
                    for turn in 0..<4 {
                        let text = ["cacao", "migración laboral en África", "triangular", "hojas de ruta"][
                            (number + turn) % 4]
                        guard let reply = try? client.call("ask", ["text": text], id: turn), reply.result != nil else {
                            return false
                        }
                    }
                    return true
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(served == 50)
    }

    @Test func aLineOverTheLimitGetsAnErrorAndTheConnectionCloses() throws {
        let daemon = try Daemon(arguments: ["--max-request-bytes", "2048"])
        defer { daemon.stop() }
        let client = try daemon.client()
        try client.send(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ask\",\"params\":{\"text\":\""
                + String(repeating: "a", count: 5000) + "\"}}\n")
        let reply = try LineClient.object(try #require(try client.readLine()))
        #expect(reply.errorCode == -32600 && reply.errorMessage?.contains("longer than 2048 bytes") == true)
        #expect(try client.readLine() == nil)
        #expect(try daemon.client().call("ping")["result"] as? String == "pong")
    }

    @Test func silentConnectionsAreClosedAfterTheIdleTimeout() throws {
        let daemon = try Daemon(arguments: ["--idle-timeout", "1"])
        defer { daemon.stop() }
        let client = try daemon.client()
        #expect(try client.call("ping")["result"] as? String == "pong")
        #expect(try client.readLine() == nil)
    }

    @Test func connectionsOverTheLimitGetOverloadedAndAreClosed() throws {
        let daemon = try Daemon(arguments: ["--max-connections", "2"])
        defer { daemon.stop() }
        usleep(300_000)  // let the daemon see the readiness probe's connection close
        let first = try daemon.client()
        let second = try daemon.client()
        #expect(try first.call("ping")["result"] != nil && second.call("ping")["result"] != nil)
        let third = try daemon.client()
        let refusal = try LineClient.object(try #require(try third.readLine()))
        #expect(refusal.errorCode == -32002 && refusal.errorMessage?.contains("2 connections") == true)
        #expect(try third.readLine() == nil)
        #expect(try first.call("ping")["result"] as? String == "pong")
    }
}
