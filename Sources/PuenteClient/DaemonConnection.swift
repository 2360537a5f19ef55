import Foundation
import PuenteProtocol
#if canImport(Glibc)
import Glibc
#endif

/// A connection to `puented`: one request line out, one response line back.
public final class DaemonConnection {
    public let path: String
    private let descriptor: Int32
    private var buffered: [UInt8] = []
    private var nextID = 1

    /// Connects to the socket at `path`.
    /// - Throws: `ClientError.unreachable` when nothing listens there.
    public init(path: String, timeout: TimeInterval = 60) throws(ClientError) {
        self.path = path
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
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
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreachable(path: path, reason: reason)
        }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Calls `method` and returns its result as JSON, exactly as the daemon encoded it.
    /// - Throws: `ClientError.daemon` for an error answer.
    public func call(_ method: String, _ params: [String: JSONValue] = [:]) throws(ClientError) -> JSONValue {
        let id = nextID
        nextID += 1
        let request = RPCRequest(id: .integer(id), method: method, params: params.isEmpty ? nil : .object(params))
        try send(RPCCodec.encode(request) + Data("\n".utf8))
        let line = try readLine()
        guard let reply = try? JSONDecoder().decode(JSONValue.self, from: Data(line)) else {
            throw .malformedReply(String(decoding: line.prefix(200), as: UTF8.self))
        }
        if let error = reply["error"] {
            guard case let .integer(code)? = error["code"], case let .string(message)? = error["message"] else {
                throw .malformedReply("an error without code or message")
            }
            throw .daemon(RPCError(code: code, message: message, data: error["data"]))
        }
        guard let result = reply["result"] else { throw .malformedReply("neither result nor error") }
        return result
    }

    /// Calls `method` and decodes its result.
    public func call<Result: Decodable>(_ method: String, _ params: [String: JSONValue] = [:], as type: Result.Type) throws(ClientError) -> Result {
        let result = try call(method, params)
        do {
            return try RPCCodec.decoder.decode(Result.self, from: RPCCodec.encoder.encode(result))
        } catch {
            throw .malformedReply("the \(method) result does not have the expected fields")
        }
    }

    private func send(_ data: Data) throws(ClientError) {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw .unreachable(path: path, reason: "the connection closed while sending") }
            offset += written
        }
    }

    private func readLine() throws(ClientError) -> [UInt8] {
        while true {
            if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffered[..<newline])
                buffered.removeFirst(newline + 1)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                throw .unreachable(path: path, reason: count == 0 ? "the daemon closed the connection" : "no reply in time")
            }
            buffered += chunk[..<count]
        }
    }
}
