import Foundation
import Logging
import NIOCore
import NIOPosix
import PuenteSupport
import ServiceLifecycle

/// The daemon's socket server, run as a swift-service-lifecycle `Service`:
/// graceful shutdown (SIGTERM, SIGINT) stops accepting, lets the requests in
/// flight finish (up to `drainTimeout`), closes every connection and removes the
/// socket file.
public final class PuenteServer: Service, Sendable {
    let configuration: ServerConfiguration
    let dispatcher: RequestDispatcher
    let stats: ServerStats
    let logger: Logger
    /// The socket's lock when the caller claimed it already (before a slow start-up).
    let claimed: SocketLock?
    private let connections = Locked<[ObjectIdentifier: Channel]>([:])

    /// - Parameter claimed: the socket's lock, when the caller took it before loading
    ///   the knowledge (so a path that cannot be used fails at once); the server
    ///   claims it itself otherwise.
    public init(
        configuration: ServerConfiguration, dispatcher: RequestDispatcher, stats: ServerStats, logger: Logger,
        claimed: SocketLock? = nil
    ) {
        self.configuration = configuration
        self.dispatcher = dispatcher
        self.stats = stats
        self.logger = logger
        self.claimed = claimed
    }

    public func run() async throws {
        log(.starting)
        let lock: SocketLock? =
            try claimed ?? (configuration.inheritedDescriptor == nil ? configuration.socket.claim() : nil)
        let channel: Channel
        do {
            channel = try await bind()
            if lock != nil { try configuration.socket.setMode(configuration.socketMode) }
        } catch {
            lock?.release()
            throw error
        }
        log(.running, ["socket": "\(configuration.socket.path)"])
        // The `stop` method stops the server as a graceful shutdown does.
        let stopRequest = dispatcher.handlers.stopRequest
        let stopping = Task {
            await stopRequest.wait()
            try? await channel.close()
        }
        // Cancelling the task that runs the server stops it as a graceful shutdown does.
        try await withTaskCancellationOrGracefulShutdownHandler {
            try await channel.closeFuture.get()
        } onCancelOrGracefulShutdown: {
            channel.close(promise: nil)
        }
        // Nothing waits on the request any longer.
        stopRequest.open()
        await stopping.value
        log(.draining, ["connections": "\(connections.withLock { $0.count })"])
        await drain()
        lock?.release()
        log(.stopped)
    }

    private func log(_ state: ServerState, _ metadata: Logger.Metadata = [:]) {
        logger.info("server \(state)", metadata: metadata)
    }

    private func bind() async throws -> Channel {
        let configuration = self.configuration
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .childChannelOption(ChannelOptions.writeBufferWaterMark, value: .init(low: 64 * 1024, high: 256 * 1024))
            .childChannelInitializer { [self] channel in
                self.initialize(channel)
            }
        do {
            if let descriptor = configuration.inheritedDescriptor {
                return try await bootstrap.withBoundSocket(descriptor).get()
            }
            return try await configuration.socket.creatingSocket(mode: configuration.socketMode) {
                try await bootstrap.bind(
                    unixDomainSocketPath: configuration.socket.path, cleanupExistingSocketFile: false
                ).get()
            }
        } catch {
            throw ServerError.cannotBind(configuration.socket.path, "\(error)")
        }
    }

    private func initialize(_ channel: Channel) -> EventLoopFuture<Void> {
        guard stats.openConnection(limit: configuration.maximumConnections) else {
            logger.warning(
                "connection refused: limit reached", metadata: ["limit": "\(configuration.maximumConnections)"])
            let limit = configuration.maximumConnections
            return channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(OverloadedHandler(limit: limit))
            }
        }
        let key = ObjectIdentifier(channel)
        connections.withLock { $0[key] = channel }
        channel.closeFuture.whenComplete { [self] _ in
            stats.closeConnection()
            connections.withLock { $0[key] = nil }
        }
        let idle = TimeAmount.nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000)
        return channel.eventLoop.makeCompletedFuture {
            let handlers = channel.pipeline.syncOperations
            try handlers.addHandler(IdleStateHandler(readTimeout: idle))
            try handlers.addHandler(
                ByteToMessageHandler(LineFrameDecoder(maximumLineBytes: configuration.maximumRequestBytes)))
            try handlers.addHandler(
                ConnectionHandler(
                    dispatcher: dispatcher, maximumLineBytes: configuration.maximumRequestBytes, logger: logger))
        }
    }

    /// Asks every connection to finish and close, and waits for each to close; closes
    /// the stragglers at the timeout. Waits on the connections' close futures rather
    /// than looking every few milliseconds: no thread is held and nothing wakes for nothing.
    private func drain() async {
        let open = connections.withLock { Array($0.values) }
        for channel in open {
            channel.pipeline.fireUserInboundEventTriggered(DrainEvent())
        }
        let stragglers = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(
            in: TimeAmount(configuration.drainTimeout)
        ) {
            for channel in open { channel.close(promise: nil) }
        }
        for channel in open {
            try? await channel.closeFuture.get()
        }
        stragglers.cancel()
        // One accepted while the listening socket closed, too late to be asked to drain.
        for channel in connections.withLock({ Array($0.values) }) {
            try? await channel.close()
        }
    }
}
