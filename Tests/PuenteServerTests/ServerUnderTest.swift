import Foundation
import Logging
import NIOCore
import NIOPosix
import PuenteKnowledge
import Testing

@testable import PuenteServer

/// A `PuenteServer` run in the test's own process over the bundled knowledge, on a
/// socket in a temporary folder of its own: the tests can hold its dictionaries back
/// and read its sessions. `ServerUnderTest.run` stops it and removes the folder.
final class ServerUnderTest: Sendable {
    let store: KnowledgeStore
    let sessions = SessionStore()
    let socketPath: String
    private let folder: URL
    private let running: Task<Void, any Error>

    private init(dictionaries: Latch) throws {
        let knowledge = try #require(BundledKnowledge.directory(executable: nil), "the bundled knowledge is found")
        store = try KnowledgeStore(directory: knowledge, dictionaries: dictionaries)
        // Short: socket paths are limited to 107 bytes.
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pst-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        socketPath = folder.appendingPathComponent("p.sock").path
        let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let stats = ServerStats()
        let handlers = MethodHandlers(
            store: store, sessions: sessions, stats: stats, logger: quiet, ownerUID: getuid(), version: "test")
        // Idle connections are not closed while a test runs: under a sanitizer, an answer
        // that waited on held-back dictionaries can come five minutes after its question.
        var configuration = ServerConfiguration(socket: SocketLocation(path: socketPath))
        configuration.idleTimeout = .seconds(86_400)
        let server = PuenteServer(
            configuration: configuration,
            dispatcher: RequestDispatcher(handlers: handlers, stats: stats), stats: stats, logger: quiet)
        running = Task { try await server.run() }
    }

    /// Runs `body` with a server that is listening, then stops the server (cancelling
    /// its task shuts it down as SIGTERM does) and removes its folder, whatever `body` did.
    /// - Parameter dictionaries: what requests that read words wait for; open by default.
    static func run<Result>(dictionaries: Latch = Latch(open: true), _ body: (ServerUnderTest) async throws -> Result)
        async throws -> Result
    {
        let server = try ServerUnderTest(dictionaries: dictionaries)
        do {
            try await server.waitUntilListening()
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// A new connection to the server.
    func connect() async throws -> LineConnection {
        try await LineConnection(path: socketPath)
    }

    /// Returns as soon as a connection is accepted: the server listens from then on.
    /// Gives up after ten minutes, on a server that could not bind: under a sanitizer, with
    /// the suite's other tests running beside it, loading the knowledge alone has taken over a minute.
    private func waitUntilListening() async throws {
        let deadline = ContinuousClock.now + .seconds(600)
        while true {
            do {
                try await connect().close()
                return
            } catch  where ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(1))
            }
        }
    }

    private func stop() async {
        // Nothing may wait for ever on a latch the test held closed.
        store.dictionaries.open()
        running.cancel()
        _ = try? await running.value
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A client connection to a `ServerUnderTest`: lines out, lines back in the order they come.
struct LineConnection {
    private let channel: Channel
    private var lines: AsyncStream<String>.Iterator

    /// Collects each line the server sends.
    private final class LineReader: ChannelInboundHandler, Sendable {
        typealias InboundIn = Frame
        let lines: AsyncStream<String>.Continuation

        init(lines: AsyncStream<String>.Continuation) { self.lines = lines }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            if case .line(let bytes) = unwrapInboundIn(data) { lines.yield(String(decoding: bytes, as: UTF8.self)) }
        }

        func channelInactive(context: ChannelHandlerContext) {
            lines.finish()
            context.fireChannelInactive()
        }
    }

    init(path: String) async throws {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Replies are bounded by the server, not by this reader: a brief is long.
                    try channel.pipeline.syncOperations.addHandlers(
                        ByteToMessageHandler(LineFrameDecoder(maximumLineBytes: 64 << 20)),
                        LineReader(lines: continuation))
                }
            }
            .connect(unixDomainSocketPath: path).get()
        lines = stream.makeAsyncIterator()
    }

    /// Sends one line; the newline is added.
    func send(_ line: String) async throws {
        try await channel.writeAndFlush(ByteBuffer(string: line + "\n"))
    }

    /// The next line from the server; nil once it closed the connection.
    mutating func nextLine() async -> String? {
        await lines.next()
    }

    /// The next line, parsed as one JSON-RPC response.
    mutating func nextResponse() async throws -> [String: Any] {
        let line = try #require(await nextLine(), "the server answers before it closes")
        return try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "a JSON object: \(line)")
    }

    /// Closes the connection; one the server already closed counts as closed.
    func close() async throws {
        do {
            try await channel.close()
        } catch ChannelError.alreadyClosed {
        }
    }
}
