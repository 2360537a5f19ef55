import Foundation
import Testing

@testable import PuenteClient

#if canImport(Glibc)
    import Glibc
#endif

/// How long a client waits for the daemon it started: a daemon still loading (alive,
/// holding its lock) is waited for beyond the usual patience; one showing no sign of
/// life, or loading for too long, is given up on with a reason.
@Suite struct DaemonLauncherTests {
    @Test func aDaemonStillLoadingIsWaitedForBeyondThePatience() throws {
        // The patience leaves a loaded machine time to start Python and take the lock.
        try Self.withFakeDaemon(holdsLock: true, answersAfter: 3) { launcher in
            var launcher = launcher
            launcher.patience = 1
            var announced: [String] = []
            let connection = try launcher.connect { announced.append($0) }
            #expect(try connection.call("ping") == .string("pong"))
            #expect(announced.count == 1)
        }
    }

    @Test func aDaemonAliveWithoutItsLockIsGivenUpOnAtThePatience() throws {
        try Self.withFakeDaemon(holdsLock: false, answersAfter: nil) { launcher in
            var launcher = launcher
            launcher.patience = 0.5
            let started = Date()
            Self.expectUnreachable { () throws(ClientError) in try launcher.connect { _ in } }
            #expect(Date().timeIntervalSince(started) < 4, "given up at the patience, not at the loading patience")
        }
    }

    @Test func aDaemonLoadingForTooLongIsGivenUpOn() throws {
        try Self.withFakeDaemon(holdsLock: true, answersAfter: nil) { launcher in
            var launcher = launcher
            launcher.patience = 0.3
            launcher.loadingPatience = 1
            Self.expectUnreachable { () throws(ClientError) in try launcher.connect { _ in } }
        }
    }

    /// Written through a descriptor closed on exec: one inherited by a process another test
    /// starts meanwhile would keep the file open for writing, and running it would fail
    /// with "Text file busy".
    private static func writeExecutable(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        try #require(descriptor >= 0, "cannot create \(path)")
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        try #require(write(descriptor, bytes, bytes.count) == bytes.count)
    }

    private static func expectUnreachable(_ connect: () throws(ClientError) -> DaemonConnection) {
        do throws(ClientError) {
            _ = try connect()
            Issue.record("a daemon that never answers is not connected to")
        } catch .unreachable(_, let reason) {
            #expect(reason.contains("did not answer within"), "\(reason)")
        } catch {
            Issue.record("unreachable, not \(error)")
        }
    }

    /// A launcher whose `puented` is a small script that takes the lock beside the
    /// socket (or not), and answers `ping` after `answersAfter` seconds (or never), then
    /// exits after eight seconds in all so that nothing outlives the test for long.
    private static func withFakeDaemon(holdsLock: Bool, answersAfter: Double?, _ body: (DaemonLauncher) throws -> Void)
        throws
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "launch-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("puented")
        let text = """
            #!/usr/bin/env python3
            import fcntl, json, socket, sys, time
            path = sys.argv[2]
            lock = open(path + ".lock", "w")
            if \(holdsLock ? "True" : "False"):
                fcntl.flock(lock, fcntl.LOCK_EX)
            end = time.time() + 8
            answers_after = \(answersAfter.map { String($0) } ?? "None")
            if answers_after is None:
                time.sleep(8)
                sys.exit(0)
            time.sleep(answers_after)
            server = socket.socket(socket.AF_UNIX)
            server.bind(path)
            server.listen(4)
            server.settimeout(0.2)
            while time.time() < end:
                try:
                    connection, _ = server.accept()
                except socket.timeout:
                    continue
                with connection:
                    for line in connection.makefile():
                        request = json.loads(line)
                        connection.sendall((json.dumps({"jsonrpc": "2.0", "id": request["id"], "result": "pong"}) + "\\n").encode())
            """
        try writeExecutable(text, to: script.path)
        try body(DaemonLauncher(path: folder.appendingPathComponent("p.sock").path, daemon: script, timeout: 5))
    }
}
