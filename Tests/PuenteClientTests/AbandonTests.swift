import Foundation
import Testing

@testable import PuenteClient

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C abandons a request whenever it comes: also when it came while the request
/// was being written, before the wait for the reply began (no EINTR wakes that wait).
@Suite struct AbandonTests {
    @Test func aCtrlCPendingBeforeTheWaitAbandonsWithinASecond() throws {
        try Self.withSilentListener { path in
            let connection = try DaemonConnection(path: path, timeout: 30)
            connection.shouldAbandon = { true }
            let started = Date()
            var abandoned = false
            do throws(ClientError) { _ = try connection.call("ping") } catch .interrupted { abandoned = true } catch {}
            #expect(abandoned)
            #expect(Date().timeIntervalSince(started) < 5, "abandoned at once, not at the 30 s timeout")
        }
    }

    /// A socket in a fresh folder that accepts connections and never answers, for the length of `body`.
    static func withSilentListener(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "silent-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.sock").path
        let listener = try silentListener(at: path)
        defer { close(listener) }
        try body(path)
    }

    /// A socket that accepts connections into its backlog and never answers.
    private static func silentListener(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0 && listen(descriptor, 4) == 0)
        return descriptor
    }
}

extension AbandonTests {
    /// A reply slower than a second is shown as awaited, and the sign is taken back when
    /// the wait ends, here at the timeout.
    @Test func aSlowReplyIsShownAsAwaitedThenTakenBack() throws {
        try Self.withSilentListener { path in
            let connection = try DaemonConnection(path: path, timeout: 1.5)
            var shown: [Bool] = []
            connection.waiting = { shown.append($0) }
            #expect(throws: ClientError.self) { try connection.call("ping") }
            #expect(shown == [true, false])
        }
    }
}
