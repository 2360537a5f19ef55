import Foundation
import Logging
import NIOCore
import NIOEmbedded
import PuenteKnowledge
import Testing

@testable import PuenteServer

/// A connection as the daemon builds one (framer, then handler, then a dispatcher over the
/// bundled knowledge) in a NIOAsyncTestingChannel. The handler answers on Swift tasks, so
/// the tests wait for each reply line; a time limit stands in for a hang.
@Suite(.timeLimit(.minutes(10))) struct ConnectionHandlerTests {
    static let limit = 1024

    /// Records how the connection is first closed. An output close stops here, as it would
    /// at a half-closed socket: the testing channel has no half-closure and would close entirely.
    final class CloseRecorder: ChannelOutboundHandler, Sendable {
        typealias OutboundIn = NIOAny
        let firstClose: EventLoopPromise<CloseMode>

        init(firstClose: EventLoopPromise<CloseMode>) { self.firstClose = firstClose }

        func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
            firstClose.succeed(mode)
            guard mode == .output else { return context.close(mode: mode, promise: promise) }
            promise?.succeed()
        }
    }

    struct Connection {
        let channel: NIOAsyncTestingChannel
        let stats: ServerStats
        /// How the connection was first closed, by the handler or by `close()`.
        let firstClose: EventLoopPromise<CloseMode>

        /// Closes the connection from the test's side.
        func close() async throws {
            try await channel.close()
        }

        func send(_ text: String) async throws {
            try await channel.writeInbound(ByteBuffer(string: text))
        }

        /// The next line the handler writes, without its newline; it must end with one.
        func nextLine() async throws -> String {
            let buffer = try await channel.waitForOutboundWrite(as: ByteBuffer.self)
            let line = String(buffer: buffer)
            #expect(line.hasSuffix("\n") && line.dropLast().firstIndex(of: "\n") == nil, "one reply, one line")
            return String(line.dropLast())
        }

        /// A reply's id, as JSON text ("1", "\"three\"", "null").
        func id(of line: String) throws -> String {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8), options: .fragmentsAllowed) as? [String: Any])
            let id = try #require(object["id"])
            return String(
                decoding: try JSONSerialization.data(withJSONObject: id, options: .fragmentsAllowed), as: UTF8.self)
        }
    }

    /// The bundled knowledge, loaded once for the suite (loading is the slow part); each
    /// connection gets its own handlers, sessions and stats.
    private static let store = Result { () throws -> KnowledgeStore? in
        try BundledKnowledge.directory(executable: nil).map { try KnowledgeStore(directory: $0) }
    }

    private func connection() async throws -> Connection {
        let store = try #require(try Self.store.get(), "the bundled knowledge is found")
        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: SessionStore(), stats: stats, logger: Logger(label: "test"), ownerUID: 1000,
            version: "test")
        let dispatcher = RequestDispatcher(handlers: handlers, stats: stats)
        let loop = NIOAsyncTestingEventLoop()
        let firstClose = loop.makePromise(of: CloseMode.self)
        let channel = try await NIOAsyncTestingChannel(loop: loop) { channel in
            try channel.pipeline.syncOperations.addHandlers(
                CloseRecorder(firstClose: firstClose),
                ByteToMessageHandler(LineFrameDecoder(maximumLineBytes: Self.limit)),
                ConnectionHandler(dispatcher: dispatcher, maximumLineBytes: Self.limit, logger: Logger(label: "test")))
        }
        try await channel.connect(to: SocketAddress(unixDomainSocketPath: "/tmp/puente-test.sock")).get()
        return Connection(channel: channel, stats: stats, firstClose: firstClose)
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        let connection = try await connection()
        // A question goes through the assistant, which takes far longer than a ping: replies
        // sent as each is ready would let the pings overtake it.
        let requests =
            [
                #"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":"¿qué iniciativas de cooperación Sur-Sur hay en África sobre el cacao?"}}"#,
                #"{"jsonrpc":"2.0","id":2,"method":"ping"}"#,
                #"{"jsonrpc":"2.0","id":"three","method":"search","params":{"query":"cadenas de suministro"}}"#,
                #"{"jsonrpc":"2.0","id":4,"method":"no_such_method"}"#,
            ] + (5...12).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"ping"}"# }
        try await connection.send(requests.joined(separator: "\n") + "\r\n")
        var ids: [String] = []
        for _ in requests { ids.append(try connection.id(of: try await connection.nextLine())) }
        #expect(ids == ["1", "2", #""three""#] + (4...12).map(String.init))
        #expect(try await connection.channel.readOutbound(as: ByteBuffer.self) == nil)
        try await connection.close()
    }

    /// Requests answered on the event loop (ping, a composed brief, malformed lines) and on
    /// tasks (ask, search, stats, a cold brief, batches holding one) keep their order.
    @Test func pipelinedShortAndLongRequestsKeepTheirOrder() async throws {
        let connection = try await connection()
        let requests = [
            #"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":"cadenas de suministro de cacao","keep":false}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"ping"}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"brief","params":{"lang":"fr"}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"brief","params":{"lang":"fr"}}"#,
            #"{"jsonrpc":"2.0","id":5"#,
            #"{"jsonrpc":"2.0","id":6}"#,
            #"[{"jsonrpc":"2.0","id":7,"method":"search","params":{"query":"cacao"}},{"jsonrpc":"2.0","id":8,"method":"ping"}]"#,
            #"{"jsonrpc":"2.0","id":9,"method":"stats"}"#,
            #"{"jsonrpc":"2.0","id":10,"method":"vocabulary"}"#,
            #"[{"jsonrpc":"2.0","id":11,"method":"ping"},{"jsonrpc":"2.0","id":12,"method":"suggest","params":{"prefix":"caca"}}]"#,
            #"{"jsonrpc":"2.0","id":13,"method":"ping"}"#,
        ]
        try await connection.send(requests.joined(separator: "\n") + "\n")
        var lines: [String] = []
        for _ in requests { lines.append(try await connection.nextLine()) }
        #expect(
            try lines.filter { !$0.hasPrefix("[") }.map(connection.id) == [
                "1", "2", "3", "4", "null", "6", "9", "10", "13",
            ])
        #expect(lines[4].contains(#""code":-32700"#) && lines[5].contains(#""code":-32600"#))
        #expect(
            lines[2].contains(#""result""#)
                && lines[2] == lines[3].replacingOccurrences(of: #""id":4"#, with: #""id":3"#),
            "the brief composed for id 3 is the brief served for id 4")
        #expect(lines[6].hasPrefix(#"[{"id":7,"#) && lines[6].contains(#"{"id":8,"jsonrpc":"2.0","result":"pong"}]"#))
        #expect(lines[9].hasPrefix(#"[{"id":11,"jsonrpc":"2.0","result":"pong"},{"id":12,"#))
        #expect(try await connection.channel.readOutbound(as: ByteBuffer.self) == nil)
        try await connection.close()
    }

    @Test func requestsSplitAcrossWritesAreAnsweredWhole() async throws {
        let connection = try await connection()
        let text = Array(
            (#"{"jsonrpc":"2.0","id":1,"method":"ping"}"# + "\r\n" + #"{"jsonrpc":"2.0","id":2,"method":"ping"}"# + "\n")
                .utf8)
        // Cut into pieces of 7 bytes: every request arrives in several writes.
        for start in stride(from: 0, to: text.count, by: 7) {
            try await connection.channel.writeInbound(ByteBuffer(bytes: text[start..<min(start + 7, text.count)]))
        }
        #expect(try await connection.nextLine() == #"{"id":1,"jsonrpc":"2.0","result":"pong"}"#)
        #expect(try await connection.nextLine() == #"{"id":2,"jsonrpc":"2.0","result":"pong"}"#)
        try await connection.close()
    }

    @Test func aNotificationGetsNoLine() async throws {
        let connection = try await connection()
        try await connection.send(#"{"jsonrpc":"2.0","method":"ping"}"# + "\n")
        try await connection.send("\n  \t\n" + #"[{"jsonrpc":"2.0","method":"ping"}]"# + "\n")
        try await connection.send(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"# + "\n")
        // Replies come in order, so the first line after the notifications answers id 2.
        #expect(try await connection.nextLine() == #"{"id":2,"jsonrpc":"2.0","result":"pong"}"#)
        #expect(try await connection.channel.readOutbound(as: ByteBuffer.self) == nil)
        #expect(connection.stats.snapshot.requests["ping"] == 3, "the notifications ran; they only got no line")
        try await connection.close()
    }

    @Test func aTooLongLineGetsOneErrorLineAndTheOutputCloses() async throws {
        let connection = try await connection()
        try await connection.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"# + "\n")
        try await connection.send(String(repeating: "x", count: Self.limit / 2))
        try await connection.send(String(repeating: "x", count: Self.limit))
        #expect(
            try await connection.nextLine() == #"{"id":1,"jsonrpc":"2.0","result":"pong"}"#,
            "what came before is answered first")
        let refusal = try await connection.nextLine()
        #expect(
            refusal
                == #"{"id":null,"jsonrpc":"2.0","error":{"code":-32600,"message":"invalid request: the line is longer than 1024 bytes, the most this daemon accepts; the connection will be closed"}}"#
        )
        #expect(try await connection.firstClose.futureResult.get() == .output, "the handler closes its output first")

        // Input after the refusal is read and discarded: no request in it is answered.
        try await connection.send("\n" + #"{"jsonrpc":"2.0","id":2,"method":"ping"}"# + "\n")
        #expect(try await connection.channel.readOutbound(as: ByteBuffer.self) == nil)
        #expect(connection.channel.isActive, "the connection lingers so the peer can read the refusal")

        await connection.channel.testingEventLoop.advanceTime(by: ConnectionHandler.linger)
        try await connection.channel.closeFuture.get()
        #expect(try await connection.channel.readOutbound(as: ByteBuffer.self) == nil, "one error line, no more")
    }
}
