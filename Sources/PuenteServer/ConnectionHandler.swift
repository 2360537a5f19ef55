import CPosix
import Foundation
import Logging
import NIOCore
import PuenteProtocol

#if canImport(Glibc)
    import Glibc
#endif

/// SO_PEERCRED, read into Linux's `struct ucred` as the C compiler lays it out.
enum PeerCredentials {
    static let level = SocketOptionLevel(SOL_SOCKET)
    static let name = SocketOptionName(CPosix_peerCredentialsOption())
}

/// Asks a connection to finish what it has in flight and close (at shutdown).
struct DrainEvent: Sendable {}

/// One client connection: answers each line in order (pipelining allowed), and
/// stops reading when its replies are not being read or too many requests wait,
/// so a slow reader cannot make the daemon buffer without bound.
package final class ConnectionHandler: ChannelInboundHandler {
    package typealias InboundIn = Frame
    package typealias OutboundOut = ByteBuffer

    /// Requests read but not yet answered beyond which reading pauses.
    static let maximumPending = 64

    private let dispatcher: RequestDispatcher
    private let maximumLineBytes: Int
    private let logger: Logger
    private var peerUID: UInt32? = nil
    /// Completes when every request read so far has been answered.
    private var tail: EventLoopFuture<Void>?
    private var pending = 0
    /// Whether the peer's credentials have been read (or found unreadable): until then
    /// every request waits behind them.
    private var credentialsSettled = false
    private var draining = false
    private var inputClosed = false
    /// A line over the limit was refused: the connection only waits to close.
    private var refused = false

    /// How long a refused connection keeps discarding input before it is closed.
    package static let linger: TimeAmount = .seconds(2)

    package init(dispatcher: RequestDispatcher, maximumLineBytes: Int, logger: Logger) {
        self.dispatcher = dispatcher
        self.maximumLineBytes = maximumLineBytes
        self.logger = logger
    }

    package func channelActive(context: ChannelHandlerContext) {
        let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
        // A peer whose credentials cannot be read keeps `peerUID` nil: privileged
        // methods refuse it.
        let credentials: EventLoopFuture<CPosix_Credentials>? = (context.channel as? SocketOptionProvider)?
            .unsafeGetSocketOption(level: PeerCredentials.level, name: PeerCredentials.name)
        tail = (credentials ?? context.eventLoop.makeFailedFuture(CancellationError())).map { credentials in
            handler.value.peerUID = credentials.uid
        }.recover { _ in }.map {
            handler.value.credentialsSettled = true
        }
        context.fireChannelActive()
    }

    package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .line(let bytes):
            guard !bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return }
            enqueue(bytes, context: context)
        case .tooLong:
            let error = RPCError.lineTooLong(limit: maximumLineBytes)
            let line = RPCCodec.encode(RPCResponse(id: .null, outcome: .failure(error)))
            let channel = context.channel
            refused = true
            after(context: context) {
                channel.writeAndFlush(Self.buffer(channel, line)).whenComplete { _ in
                    // Closing while the peer still sends would reset the connection and
                    // could destroy the reply unread: close our side, keep discarding
                    // its input (the framer holds none of it), and close when it does
                    // or after a short linger.
                    channel.close(mode: .output, promise: nil)
                    channel.eventLoop.scheduleTask(in: Self.linger) { channel.close(promise: nil) }
                }
            }
        }
    }

    /// Answers `bytes` after every earlier request of this connection. A short request
    /// (see `RequestDispatcher.reply`) is answered on the event loop; the rest on a task.
    private func enqueue(_ bytes: [UInt8], context: ChannelHandlerContext) {
        pending += 1
        if pending >= Self.maximumPending {
            context.channel.setOption(ChannelOptions.autoRead, value: false).whenComplete { _ in }
        }
        let dispatcher = self.dispatcher
        let channel = context.channel
        let eventLoop = context.eventLoop
        let handler = NIOLoopBound(self, eventLoop: eventLoop)
        // Nothing earlier is still being answered: the line is read now, and a short
        // request answered right here, without a future to wait on. Its reply is written
        // before any later one, since writes leave in the order they are made.
        var early: RequestDispatcher.Reply? = nil
        if pending == 1 && credentialsSettled {
            let reply = dispatcher.reply(to: bytes, context: RequestContext(peerUID: peerUID))
            if case .ready(let line) = reply {
                Self.write(line, channel: channel).whenComplete { _ in handler.value.finished(channel: channel) }
                return
            }
            early = reply
        }
        let read = early
        let previous = tail ?? eventLoop.makeSucceededVoidFuture()
        tail = previous.flatMap { () -> EventLoopFuture<Data?> in
            switch read ?? dispatcher.reply(to: bytes, context: RequestContext(peerUID: handler.value.peerUID)) {
            case .ready(let reply):
                return eventLoop.makeSucceededFuture(reply)
            case .deferred(let work):
                let promise = eventLoop.makePromise(of: Data?.self)
                promise.completeWithTask(work)
                return promise.futureResult
            }
        }.flatMap { reply -> EventLoopFuture<Void> in
            Self.write(reply, channel: channel)
        }.recover { _ in }.map {
            handler.value.finished(channel: channel)
        }
    }

    /// Writes a reply line; nothing for a request that gets none.
    private static func write(_ reply: Data?, channel: Channel) -> EventLoopFuture<Void> {
        guard let reply else { return channel.eventLoop.makeSucceededVoidFuture() }
        return channel.writeAndFlush(buffer(channel, reply))
    }

    private func finished(channel: Channel) {
        pending -= 1
        if pending == 0 && (draining || inputClosed) {
            channel.close(promise: nil)
        } else if pending < Self.maximumPending / 2 && channel.isWritable {
            channel.setOption(ChannelOptions.autoRead, value: true).whenComplete { _ in }
        }
    }

    /// Runs `body` once every request read so far has been answered.
    private func after(context: ChannelHandlerContext, _ body: @escaping @Sendable () -> Void) {
        (tail ?? context.eventLoop.makeSucceededVoidFuture()).whenComplete { _ in body() }
    }

    package func channelWritabilityChanged(context: ChannelHandlerContext) {
        // The peer is not reading its replies: stop reading its requests until it does.
        let readable = context.channel.isWritable && pending < Self.maximumPending
        context.channel.setOption(ChannelOptions.autoRead, value: readable).whenComplete { _ in }
        context.fireChannelWritabilityChanged()
    }

    package func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read, pending == 0 {
            logger.debug("closing an idle connection")
            context.close(promise: nil)
        } else if event is DrainEvent {
            draining = true
            if pending == 0 { context.close(promise: nil) }
        } else if let event = event as? ChannelEvent, event == .inputClosed {
            inputClosed = true
            if pending == 0 || refused { context.close(promise: nil) }
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    package func errorCaught(context: ChannelHandlerContext, error: Error) {
        logger.debug("connection error", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }

    static func buffer(_ channel: Channel, _ line: Data) -> ByteBuffer {
        var buffer = channel.allocator.buffer(capacity: line.count + 1)
        buffer.writeBytes(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        return buffer
    }
}

/// Sends one -32002 line to a connection past the limit, then closes it.
final class OverloadedHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let limit: Int

    init(limit: Int) { self.limit = limit }

    func channelActive(context: ChannelHandlerContext) {
        let line = RPCCodec.encode(RPCResponse(id: .null, outcome: .failure(.overloaded(limit: limit))))
        let channel = context.channel
        channel.writeAndFlush(ConnectionHandler.buffer(channel, line)).whenComplete { _ in channel.close(promise: nil) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
}
