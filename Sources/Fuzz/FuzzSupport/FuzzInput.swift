import NIOCore
import NIOEmbedded
import PuenteServer

/// A fuzz input read as the bytes a client sends on one connection, cut into reads where
/// the input says. The protocol and connection fuzzers share it.
package enum FuzzInput {
    /// The longest line the fuzzed daemon accepts: small enough that libFuzzer's inputs
    /// (4096 bytes at most by default) reach the refusal of a longer one, large enough
    /// for the seeds' requests.
    package static let lineLimit = 256

    /// The stream cut into reads: each read's first byte gives its length, 1 to 16 bytes
    /// (its low four bits, plus one). One changed byte moves a cut, so libFuzzer reaches
    /// every cut: between "\r" and "\n", inside a character, just past the limit.
    package static func chunks(of stream: [UInt8]) -> [ArraySlice<UInt8>] {
        var chunks: [ArraySlice<UInt8>] = []
        var start = 0
        while start < stream.count {
            let end = min(stream.count, start + 1 + Int(stream[start] & 0x0F))
            chunks.append(stream[start..<end])
            start = end
        }
        return chunks
    }

    /// What the daemon's framer (`LineFrameDecoder` in an `EmbeddedChannel`) passes on
    /// for `chunks`, read one after another, then the end of input.
    package static func frames(of chunks: [ArraySlice<UInt8>]) -> [Frame] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(LineFrameDecoder(maximumLineBytes: lineLimit)))
        for chunk in chunks { try! channel.writeInbound(ByteBuffer(bytes: chunk)) }
        channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        var frames: [Frame] = []
        while let frame = try! channel.readInbound(as: Frame.self) { frames.append(frame) }
        _ = try! channel.finish(acceptAlreadyClosed: true)
        return frames
    }
}
