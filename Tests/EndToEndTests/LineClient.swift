import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A blocking Unix-socket client that speaks lines, for end-to-end tests.
final class LineClient {
    private let descriptor: Int32
    private var pending = [UInt8]()

    struct Failure: Error, CustomStringConvertible { let description: String }

    init(path: String, timeout: TimeInterval = 120) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            for (index, byte) in path.utf8.prefix(bytes.count - 1).enumerated() { bytes[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        // No close here: every stored property is set, so a throw still runs deinit,
        // which closes the descriptor. Closing it twice could close a descriptor
        // another test has just opened (a knowledge file, a pipe).
        guard connected == 0 else {
            throw Failure(description: "connect \(path): \(String(cString: strerror(errno)))")
        }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Makes writes return at once when the socket's buffer is full.
    func setNonBlocking() {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// Writes as much of `bytes` as fits now; the count written (0 when the buffer is full).
    func sendAvailable(_ bytes: [UInt8]) -> Int {
        let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        return max(written, 0)
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a daemon that closed the connection must not kill the test with SIGPIPE.
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard written > 0 else { throw Failure(description: "write failed: \(String(cString: strerror(errno)))") }
            offset += written
        }
    }

    /// The next line, or nil when the daemon closed the connection.
    func readLine() throws -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeFirst(newline + 1)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return nil }
            guard count > 0 else {
                throw Failure(description: "read failed or timed out: \(String(cString: strerror(errno)))")
            }
            pending += chunk[..<count]
        }
    }

    /// Sends one raw request line and parses the one line that answers it.
    func callLine(_ line: String) throws -> [String: Any] {
        try send(line + "\n")
        guard let reply = try readLine() else { throw Failure(description: "connection closed") }
        return try Self.object(reply)
    }

    func call(_ method: String, _ params: [String: Any] = [:], id: Int = 1) throws -> [String: Any] {
        let request: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
        let data = try JSONSerialization.data(withJSONObject: request)
        return try callLine(String(decoding: data, as: UTF8.self))
    }

    static func object(_ line: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw Failure(description: "not a JSON object: \(line)")
        }
        return object
    }
}

extension Dictionary where Key == String, Value == Any {
    var errorCode: Int? { (self["error"] as? [String: Any])?["code"] as? Int }
    var errorMessage: String? { (self["error"] as? [String: Any])?["message"] as? String }
    var result: [String: Any]? { self["result"] as? [String: Any] }
}
