import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `reload` and `stop` are for the daemon's own user and root; other users get -32003.
@Suite struct PermissionTests {
    /// Runs a one-request client as the user `nobody` and returns the line it read.
    static func callAsNobody(_ socket: String, _ method: String, params: String = "{}") throws -> String {
        let script = """
            import socket, sys
            s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
            s.sendall(('{"jsonrpc":"2.0","id":1,"method":"%s","params":%s}\\n' % (sys.argv[2], sys.argv[3])).encode())
            print(s.makefile().readline().strip())
            """
        return try Subprocess.run(
            "/usr/sbin/runuser", ["-u", "nobody", "--", "/usr/bin/python3", "-c", script, socket, method, params]
        ).output
    }

    // Acting as another user takes root; CI runs as root, so this always runs there.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")))
    func reloadAndStopAreForbiddenToOtherUsers() throws {
        let daemon = try Daemon(arguments: ["--socket-mode", "0666"])
        defer { daemon.stop() }
        let reload = try LineClient.object(try Self.callAsNobody(daemon.socketPath, "reload"))
        #expect(reload.errorCode == -32003)
        #expect(reload.errorMessage == "forbidden: 'reload' is allowed only for the daemon's own user or root")
        let stop = try LineClient.object(try Self.callAsNobody(daemon.socketPath, "stop"))
        #expect(stop.errorCode == -32003)
        #expect(stop.errorMessage == "forbidden: 'stop' is allowed only for the daemon's own user or root")
        // Marking a question of the panel is the moderator's, by the same rule.
        let mark = try LineClient.object(
            try Self.callAsNobody(daemon.socketPath, "panel_mark", params: #"{"id":1,"status":"hidden"}"#))
        #expect(mark.errorMessage == "forbidden: 'panel_mark' is allowed only for the daemon's own user or root")
        let ping = try LineClient.object(try Self.callAsNobody(daemon.socketPath, "ping"))
        #expect(ping["result"] as? String == "pong")
        #expect(try daemon.client().call("reload").result != nil, "root may reload")
        #expect(daemon.process.isRunning, "another user's stop left the daemon serving")
    }
}
