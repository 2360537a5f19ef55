import NIOCore
import NIOEmbedded
import Testing

@testable import PuenteServer

/// The framer alone in an EmbeddedChannel: what it passes on lands in the channel's
/// inbound buffer, read back as text (the refusal as "<too long>").
@Suite struct LineFrameDecoderTests {
    private static let tooLong = "<too long>"

    private func framer(limit: Int) -> EmbeddedChannel {
        EmbeddedChannel(handler: ByteToMessageHandler(LineFrameDecoder(maximumLineBytes: limit)))
    }

    /// Writes `chunks` one after another and returns what the framer passed on after each.
    private func feed(_ chunks: [String], to channel: EmbeddedChannel) throws -> [[String]] {
        try chunks.map { chunk in
            try channel.writeInbound(ByteBuffer(string: chunk))
            return try frames(from: channel)
        }
    }

    private func frames(from channel: EmbeddedChannel) throws -> [String] {
        var frames: [String] = []
        while let frame = try channel.readInbound(as: Frame.self) {
            switch frame {
            case .line(let bytes): frames.append(String(decoding: bytes, as: UTF8.self))
            case .tooLong: frames.append(Self.tooLong)
            }
        }
        return frames
    }

    @Test func linesSplitAcrossWritesComeOutWhole() throws {
        let channel = framer(limit: 64)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        let chunks = [#"{"jsonrpc":"2."#, #"0","id":1}"#, "\n{\"id\"", ":2}\n{\"id\":3}\n{\"id\"", ":4}\n"]
        #expect(
            try feed(chunks, to: channel) == [
                [], [], [#"{"jsonrpc":"2.0","id":1}"#], [#"{"id":2}"#, #"{"id":3}"#], [#"{"id":4}"#],
            ])
    }

    @Test func oneByteAtATimeMakesTheSameLines() throws {
        let channel = framer(limit: 64)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        var lines: [String] = []
        // "í" and "ñ" arrive a byte at a time: a line is decoded only once it is whole.
        for byte in "ping\r\n\nsí, señor\n".utf8 {
            try channel.writeInbound(ByteBuffer(bytes: [byte]))
            let passed = try frames(from: channel)
            #expect(passed.isEmpty || byte == UInt8(ascii: "\n"), "only a newline completes a line")
            lines += passed
        }
        #expect(lines == ["ping", "", "sí, señor"])
    }

    @Test func aCarriageReturnBeforeTheNewlineIsDropped() throws {
        let channel = framer(limit: 64)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        #expect(
            try feed(["one\r\ntwo\r", "\nthree\n", "a\rb\n"], to: channel) == [["one"], ["two", "three"], ["a\rb"]],
            "split between the \\r and the \\n too; a \\r elsewhere stays")
    }

    @Test func aLineOverTheLimitIsReportedOnceThenInputDiscarded() throws {
        let channel = framer(limit: 16)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        let exactly = String(repeating: "a", count: 16)
        #expect(try feed([exactly + "\n"], to: channel) == [[exactly]], "a line of exactly the limit passes")
        #expect(
            try feed([String(repeating: "x", count: 10), String(repeating: "x", count: 10)], to: channel) == [
                [], [Self.tooLong],
            ],
            "refused as soon as the limit is passed, before any newline")
        #expect(
            try feed(["xxx\n", "{\"id\":1}\n", String(repeating: "y", count: 100) + "\n"], to: channel) == [
                [], [], [],
            ],
            "everything after the refusal is discarded, without a second report")
        channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        #expect(try frames(from: channel).isEmpty, "a discarded tail is not a last line")
    }

    @Test func aLongLineWithItsNewlineInOneWriteIsRefusedToo() throws {
        let channel = framer(limit: 16)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        #expect(
            try feed(["{\"id\":1}\n" + String(repeating: "x", count: 17) + "\n{\"id\":2}\n"], to: channel) == [
                ["{\"id\":1}", Self.tooLong]
            ])
    }

    @Test func aLastLineWithoutNewlineCountsAtClose() throws {
        let channel = framer(limit: 64)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        #expect(try feed(["one\ntwo\r\nthr", "ee"], to: channel) == [["one", "two"], []])
        channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        #expect(try frames(from: channel) == ["three"])
    }

    @Test func aLastLineCountsWhenTheChannelCloses() throws {
        let channel = framer(limit: 64)
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        #expect(try feed(["one\nlast"], to: channel) == [["one"]])
        _ = try channel.finish(acceptAlreadyClosed: false)
        #expect(try frames(from: channel) == ["last"])
    }
}
