import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Clients and conditions that misbehave: the daemon keeps serving everyone else.
/// One at a time: each loads the machine, and together they would test the machine.
@Suite(.serialized) struct FaultTests {
    /// The daemon answers a new client (patiently: under a sanitizer, the requests
    /// queued before the ping take many seconds).
    private func stillServes(_ daemon: Daemon) throws {
        #expect(try LineClient(path: daemon.socketPath, timeout: 120).call("ping")["result"] as? String == "pong")
    }

    @Test func clientsThatLeaveMidRequestOrMidResponse() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        for _ in 0..<20 {
            let partial = try daemon.client()
            try partial.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ask\",\"params\":{\"te")
        }
        for _ in 0..<20 {
            let impatient = try daemon.client()
            try impatient.send(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"brief\"}\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"coverage\"}\n"
            )
        }
        try stillServes(daemon)
        // The departed clients' answers may still be in the works on a loaded machine;
        // what matters is that every one of their connections is let go.
        let observer = try daemon.client()
        func openConnections() throws -> Int? {
            try observer.call("stats").result.flatMap { ($0["connections"] as? [String: Int])?["open"] }
        }
        let deadline = Date().addingTimeInterval(300)
        var open = try openConnections()
        while open != 1, Date() < deadline {
            usleep(100_000)
            open = try openConnections()
        }
        #expect(open == 1, "connections still open: \(open ?? -1)")
    }

    @Test func aClientThatNeverReadsIsStoppedWhileOthersAreServed() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let before = daemon.residentKilobytes
        let flood = try daemon.client()
        flood.setNonBlocking()
        // Large answers, never read: once its replies fill up, the daemon stops reading
        // this client's requests, so our writes stop fitting.
        let request = Array("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"coverage\"}\n".utf8)
        var written = 0
        var stalled = false
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if flood.sendAvailable(request) == 0 {
                stalled = true
                usleep(200_000)
                if flood.sendAvailable(request) == 0 { break }
            }
            written += 1
        }
        #expect(stalled, "the daemon kept reading a client that does not read (\(written) requests sent)")
        let start = Date()
        try stillServes(daemon)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(daemon.residentKilobytes - before < 200_000, "memory grew by \(daemon.residentKilobytes - before) kB")
    }

    @Test func tenThousandIdleConnectionsAgainstTheLimit() throws {
        let daemon = try Daemon(arguments: ["--max-connections", "100"])
        defer { daemon.stop() }
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        let count = min(10_000, Int(limit.rlim_cur) - 300)
        var clients: [LineClient] = []
        for _ in 0..<count { clients.append(try LineClient(path: daemon.socketPath, timeout: 120)) }
        // The last ones are over the limit: one -32002 line, then closed.
        let refused = try LineClient.object(try #require(try clients.last?.readLine()))
        #expect(refused.errorCode == -32002)
        #expect(daemon.openDescriptors < 400, "the daemon holds \(daemon.openDescriptors) descriptors")
        clients.removeAll()
        // The daemon still works through the refused connections it accepted; once they
        // are closed it serves again.
        let deadline = Date().addingTimeInterval(90)
        var served = false
        while !served && Date() < deadline {
            served = (try? daemon.client().call("ping"))?["result"] as? String == "pong"
            if !served { usleep(200_000) }
        }
        #expect(served)
    }

    @Test func randomBytesGetParseErrorsAndTheDaemonGoesOn() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            let noise = try daemon.client()
            var bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for index in stride(from: 500, to: bytes.count, by: 997) { bytes[index] = UInt8(ascii: "\n") }
            try? noise.send(bytes + [UInt8(ascii: "\n")])
            let reply = try LineClient.object(try #require(try noise.readLine()))
            #expect([-32700, -32600].contains(reply.errorCode ?? 0))
        }
        try stillServes(daemon)
    }

    @Test func aHundredMebibyteLineIsRefusedWithoutBufferingIt() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let before = daemon.residentKilobytes
        let client = try daemon.client()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        var sent = 0
        while sent < 100, (try? client.send(chunk)) != nil { sent += 1 }
        let reply = try LineClient.object(try #require(try client.readLine()))
        #expect(reply.errorCode == -32600)
        #expect(try client.readLine() == nil)
        #expect(daemon.residentKilobytes - before < 50_000, "memory grew by \(daemon.residentKilobytes - before) kB")
        try stillServes(daemon)
    }

    @Test func brokenUnreadableAndDeletedKnowledgeKeepTheOldIndex() throws {
        let folder = Daemon.makeFolder()
        let knowledge = try DaemonLifecycleTests.knowledgeCopy(in: folder)
        let daemon = try Daemon(arguments: ["--knowledge", knowledge.path], folder: folder)
        defer { daemon.stop() }
        let client = try daemon.client()
        func reloadIssues() throws -> [String] {
            let failed = try client.call("reload")
            #expect(failed.errorCode == -32004)
            return ((failed["error"] as? [String: Any])?["data"] as? [String: Any])?["issues"] as? [String] ?? []
        }
        // Unreadable: session.yaml replaced by a folder (root reads files whatever their mode).
        let session = knowledge.appendingPathComponent("session.yaml")
        let saved = try Data(contentsOf: session)
        try FileManager.default.removeItem(at: session)
        try FileManager.default.createDirectory(at: session, withIntermediateDirectories: false)
        #expect(try reloadIssues().contains { $0.hasPrefix("session.yaml:0:0: cannot read the file") })
        try FileManager.default.removeItem(at: session)
        try saved.write(to: session)
        // A record that becomes invalid.
        let record = knowledge.appendingPathComponent("initiatives/clef-cote-divoire.yaml")
        let text = try String(contentsOf: record, encoding: .utf8)
        try text.replacingOccurrences(of: "regions: [africa]", with: "regions: [atlantis]").write(
            to: record, atomically: true, encoding: .utf8)
        #expect(try reloadIssues().contains { $0.contains("unknown region id 'atlantis'") })
        try text.write(to: record, atomically: true, encoding: .utf8)
        // The whole folder deleted.
        let moved = folder.appendingPathComponent("moved")
        try FileManager.default.moveItem(at: knowledge, to: moved)
        #expect(try reloadIssues().first?.contains("no knowledge folder here") == true)
        #expect(try client.call("record", ["id": "clef-cote-divoire"]).result != nil, "the old index still answers")
        try FileManager.default.moveItem(at: moved, to: knowledge)
        #expect(try client.call("reload").result != nil)
    }

    @Test func terminationUnderLoadAnswersOrClosesNeverHalfWrites() async throws {
        let daemon = try Daemon()
        let path = daemon.socketPath
        let pid = daemon.process.pid
        let outcomes = await withTaskGroup(of: (whole: Int, broken: Int).self) { group in
            for number in 0..<16 {
                group.addTask {
                    guard let client = try? LineClient(path: path, timeout: 120) else { return (0, 0) }
                    var whole = 0
                    var broken = 0
                    for turn in 0..<200 {
                        guard
                            (try? client.send(
                                "{\"jsonrpc\":\"2.0\",\"id\":\(turn),\"method\":\"ask\",\"params\":{\"text\":\"cacao \(number)\"}}\n"
                            )) != nil,
                            let line = (try? client.readLine()) ?? nil
                        else { break }
                        if (try? LineClient.object(line))?["result"] != nil { whole += 1 } else { broken += 1 }
                    }
                    return (whole, broken)
                }
            }
            group.addTask {
                usleep(700_000)
                kill(pid, SIGTERM)
                return (0, 0)
            }
            return await group.reduce(into: (whole: 0, broken: 0)) {
                $0.whole += $1.whole
                $0.broken += $1.broken
            }
        }
        #expect(daemon.stop() == 0)
        #expect(outcomes.whole > 0 && outcomes.broken == 0, "\(outcomes)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aKilledDaemonIsReplacedOnRestart() throws {
        let folder = Daemon.makeFolder()
        let first = try Daemon(folder: folder)
        first.signal(SIGKILL)
        first.process.wait()
        #expect(FileManager.default.fileExists(atPath: first.socketPath), "a killed daemon leaves its socket")
        let second = try Daemon(folder: folder)
        defer { second.stop() }
        try stillServes(second)
    }

    @Test func questionsAreNotLoggedAndRecordIdsAreNotPaths() throws {
        let daemon = try Daemon(arguments: ["--log-level", "info"])
        let client = try daemon.client()
        _ = try client.call("ask", ["text": "pregunta-privada-7361 sobre cacao"])
        let traversal = try client.call("record", ["id": "../../../../etc/passwd"])
        #expect(traversal.errorCode == -32001)
        #expect(traversal.errorMessage?.contains("root:") == false)
        daemon.stop()
        #expect(!daemon.log().contains("pregunta-privada-7361"))
    }
}
