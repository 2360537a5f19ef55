import NIOCore

/// What the framer passes on: a line, or word that the line grew past the limit.
package enum Frame: Equatable, Sendable {
    case line([UInt8])
    case tooLong
}

/// Splits the byte stream at "\n" (a "\r" before it is dropped). A line longer
/// than `maximumLineBytes` is reported once and everything after it discarded:
/// memory never grows past the limit, however long the line.
package final class LineFrameDecoder: ByteToMessageDecoder {
    package typealias InboundOut = Frame

    package let maximumLineBytes: Int
    private var discarding = false
    /// Bytes already searched for a newline, so each byte is looked at once.
    private var scanned = 0

    package init(maximumLineBytes: Int) {
        self.maximumLineBytes = maximumLineBytes
    }

    package func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if discarding {
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return .needMoreData
        }
        let view = buffer.readableBytesView
        if let newline = view.dropFirst(scanned).firstIndex(of: UInt8(ascii: "\n")) {
            let length = newline - view.startIndex
            scanned = 0
            guard length <= maximumLineBytes else { return refuse(context: context, buffer: &buffer) }
            var line = Array(view[view.startIndex..<newline])
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            buffer.moveReaderIndex(forwardBy: length + 1)
            context.fireChannelRead(wrapInboundOut(.line(line)))
            return .continue
        }
        scanned = view.count
        if view.count > maximumLineBytes { return refuse(context: context, buffer: &buffer) }
        return .needMoreData
    }

    package func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        while try decode(context: context, buffer: &buffer) == .continue {}
        // A last line without its newline still counts when the peer closes.
        if !discarding && buffer.readableBytes > 0 {
            let line = Array(buffer.readableBytesView)
            buffer.moveReaderIndex(to: buffer.writerIndex)
            context.fireChannelRead(wrapInboundOut(.line(line)))
        }
        return .needMoreData
    }

    private func refuse(context: ChannelHandlerContext, buffer: inout ByteBuffer) -> DecodingState {
        discarding = true
        buffer.moveReaderIndex(to: buffer.writerIndex)
        context.fireChannelRead(wrapInboundOut(.tooLong))
        return .needMoreData
    }
}
