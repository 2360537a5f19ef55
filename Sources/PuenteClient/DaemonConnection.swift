import Foundation
import PuenteProtocol

#if canImport(Glibc)
    import Glibc
#endif

/// A connection to `puented`: one request line out, one response line back.
///
/// Writes never raise SIGPIPE (`MSG_NOSIGNAL`): a connection the daemon closed is a
/// `ClientError.closed`, which `DaemonLink` answers by reconnecting.
public final class DaemonConnection {
    public let path: String
    private let descriptor: Int32
    private let timeout: TimeInterval
    private var buffered: [UInt8] = []
    private var nextID = 1
    /// Asked whenever a wait is interrupted by a signal: true abandons the request.
    public var shouldAbandon: () -> Bool = { false }
    /// Told `true` once a reply has been awaited for `patience`, and `false` when that
    /// wait ends, however it ends: the REPL shows that it is waiting, then takes it back.
    public var waiting: (Bool) -> Void = { _ in }

    /// How long a reply is waited for unless `--timeout` says otherwise.
    public static let defaultTimeout: TimeInterval = 60
    /// How long a reply may take before `waiting` is told: most answers come well within
    /// it, and a sign that flashed for each of them would be noise.
    public static let patience: TimeInterval = 1

    /// Connects to the socket at `path`.
    /// - Throws: `ClientError.unreachable` when nothing listens there, naming what is
    ///   there instead when it is not a socket.
    public init(path: String, timeout: TimeInterval = DaemonConnection.defaultTimeout) throws(ClientError) {
        self.path = path
        self.timeout = timeout
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .unreachable(path: path, reason: String(cString: strerror(errno))) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(descriptor)
            throw .unreachable(path: path, reason: "the path is longer than a socket address allows")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else {
            let reason = Self.occupant(of: path).map { "it is \($0), not a socket" } ?? String(cString: strerror(errno))
            close(descriptor)
            throw .unreachable(path: path, reason: reason)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// What is at `path` when it is something other than a socket ("a regular file",
    /// "a folder", "a symbolic link", "a special file"), as puented names what it
    /// refuses to start on; nil for a socket or nothing.
    static func occupant(of path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFSOCK: return nil
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        default: return "a special file"
        }
    }

    /// Calls `method` and returns its result as JSON, exactly as the daemon encoded it.
    /// Takes any name and params, as a script would send them; the client's own
    /// requests go through `call(_:)` with a method's params type.
    /// - Throws: `ClientError.daemon` for an error answer, `.closed` when the daemon
    ///   closed the connection, `.interrupted` when `shouldAbandon` said so.
    public func call(_ method: String, _ params: [String: JSONValue] = [:]) throws(ClientError) -> JSONValue {
        try call(method, params: params.isEmpty ? nil : .object(params))
    }

    func call(_ method: String, params: JSONValue?) throws(ClientError) -> JSONValue {
        let id = nextID
        nextID += 1
        let request = RPCRequest(id: .integer(id), method: method, params: params)
        try send(RPCCodec.encode(request) + Data("\n".utf8))
        let line = try readLine()
        guard let reply = try? JSONDecoder().decode(JSONValue.self, from: Data(line)) else {
            throw .malformedReply(String(decoding: line.prefix(200), as: UTF8.self))
        }
        if let error = reply["error"] {
            guard case .integer(let code)? = error["code"], case .string(let message)? = error["message"] else {
                throw .malformedReply("an error without code or message")
            }
            throw .daemon(RPCError(code: code, message: message, data: error["data"]))
        }
        guard let result = reply["result"] else { throw .malformedReply("neither result nor error") }
        return result
    }

    private func send(_ data: Data) throws(ClientError) {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 && errno == EINTR {
                if shouldAbandon() { throw .interrupted }
                continue
            }
            guard written > 0 else { throw .closed(path: path) }
            offset += written
        }
    }

    private func readLine() throws(ClientError) -> [UInt8] {
        let deadline = Date().addingTimeInterval(timeout)
        var slowAt: Date? = Date().addingTimeInterval(Self.patience)
        defer { if slowAt == nil { waiting(false) } }
        while true {
            if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffered[..<newline])
                buffered.removeFirst(newline + 1)
                return line
            }
            try waitForInput(until: deadline, slowAt: &slowAt)
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw .closed(path: path) }
            buffered += chunk[..<count]
        }
    }

    /// Waits until the daemon's reply can be read. A signal (Ctrl-C) wakes `poll`
    /// whatever its handler's flags; one that came before `poll` began (while the
    /// request was written) is seen at the latest when the one-second wait ends,
    /// because `shouldAbandon` is asked on every turn, not only after an EINTR.
    /// `waiting` is told once `slowAt` has passed, which then becomes nil.
    private func waitForInput(until deadline: Date, slowAt: inout Date?) throws(ClientError) {
        var descriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            if shouldAbandon() { throw .interrupted }
            if let at = slowAt, at.timeIntervalSinceNow <= 0 {
                slowAt = nil
                waiting(true)
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                throw .unreachable(
                    path: path, reason: "no reply within \(Self.seconds(timeout)) s; --timeout SECONDS waits longer")
            }
            let untilSlow = slowAt.map { max($0.timeIntervalSinceNow, 0) } ?? 1
            let ready = poll(&descriptor, 1, Int32(min(left, untilSlow, 1) * 1000))
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .closed(path: path) }
        }
    }
}

extension DaemonConnection {
    /// "60", "0.5": seconds as people write them.
    static func seconds(_ interval: TimeInterval) -> String {
        interval == interval.rounded() ? String(Int(interval)) : String(interval)
    }

    /// Sends `params` to their method and decodes the result.
    public func call<Params: MethodParams>(_ params: Params) throws(ClientError) -> Params.Result {
        try ClientActions.decode(
            try call(Params.method.rawValue, params: params.encoded), as: Params.Result.self,
            method: Params.method.rawValue)
    }
}
