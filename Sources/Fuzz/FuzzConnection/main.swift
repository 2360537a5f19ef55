import CFuzzer
import Dispatch
import Foundation
import FuzzSupport
import Logging
import NIOCore
import NIOEmbedded
import PuenteKnowledge
import PuenteProtocol
import PuenteServer

// One connection of the daemon on any bytes, read in chunks the input chooses (see
// FuzzInput.chunks): the framer, the connection handler and the dispatcher over the
// bundled knowledge, in a NIOAsyncTestingChannel. Every reply is one line of JSON; there
// are no more replies than lines; a connection with a line over the limit writes the
// refusal last and closes; any other closes once its input has ended and its requests
// are answered. Nothing may crash, trap, hang or leak.
//
// Each input runs real methods on other threads, so this fuzzer is far slower than the
// protocol fuzzer, which takes the same inputs through the framer and the codec alone.

// One dispatcher for every input, as the daemon has one for every connection. The testing
// channel has no peer credentials, so `reload` is always refused: the knowledge stays put.
// Few sessions, so memory stays flat however many inputs ask without one.
let quiet = Logger(label: "fuzz") { _ in SwiftLogNoOpLogHandler() }
let store = try! KnowledgeStore(directory: BundledKnowledge.directory(executable: nil)!)
let stats = ServerStats()
let dispatcher = RequestDispatcher(
    handlers: MethodHandlers(
        store: store, sessions: SessionStore(capacity: 64), stats: stats, logger: quiet, ownerUID: 0, version: "fuzz"),
    stats: stats)
/// One loop for every connection: each input's leftover timers are run before the next.
let loop = NIOAsyncTestingEventLoop()

/// What a connection writes last when it refuses a line over the limit. (Bytes, not `Data`:
/// LeakSanitizer cannot follow the tagged pointer in a global `Data` and would report it.)
let refusal =
    Array(RPCCodec.encode(RPCResponse(id: .null, outcome: .failure(.lineTooLong(limit: FuzzInput.lineLimit))))) + [
        UInt8(ascii: "\n")
    ]

/// The replies one connection writes for `chunks`, read after it has closed. A connection
/// whose input holds a line over the limit closes itself once it has refused it; any other
/// is told its input ended, and closes once it has answered everything.
func replies(to chunks: [ArraySlice<UInt8>], refused: Bool) async throws -> [ByteBuffer] {
    let channel = try await NIOAsyncTestingChannel(loop: loop) { channel in
        try channel.pipeline.syncOperations.addHandlers(
            ByteToMessageHandler(LineFrameDecoder(maximumLineBytes: FuzzInput.lineLimit)),
            ConnectionHandler(dispatcher: dispatcher, maximumLineBytes: FuzzInput.lineLimit, logger: quiet))
    }
    try await channel.connect(to: SocketAddress(unixDomainSocketPath: "/tmp/puente-fuzz.sock")).get()
    // Every chunk is a read of its own, as a socket delivers them; all in one turn of the
    // loop, since each hop between the fuzzer's thread and the loop costs more than a read.
    try await loop.submit {
        for chunk in chunks {
            // A refused connection closes (here at once: the testing channel cannot close
            // only its output) before its input ends: the rest goes nowhere.
            guard channel.isActive else { return }
            channel.pipeline.syncOperations.fireChannelRead(NIOAny(ByteBuffer(bytes: chunk)))
            channel.pipeline.syncOperations.fireChannelReadComplete()
        }
        // (Telling a refused connection would close it at once, with requests still being
        // answered on other threads: the input's work would outlive the input.)
        if !refused { channel.pipeline.syncOperations.fireUserInboundEventTriggered(ChannelEvent.inputClosed) }
    }.get()
    // A hang here is a connection that never closes: libFuzzer's -timeout reports it.
    try await channel.closeFuture.get()
    var replies: [ByteBuffer] = []
    while let reply = try await channel.readOutbound(as: ByteBuffer.self) { replies.append(reply) }
    // The linger close of a refused connection is still scheduled: run it now.
    await loop.advanceTime(by: ConnectionHandler.linger)
    return replies
}

/// What a task handed back; read only after the semaphore it signals.
final class Outcome: @unchecked Sendable {
    var result: Result<[ByteBuffer], any Error>? = nil
}

/// Runs `body` to completion from libFuzzer's callback, which is not async.
func wait(_ body: @escaping @Sendable () async throws -> [ByteBuffer]) -> [ByteBuffer] {
    let done = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    Task {
        do { outcome.result = .success(try await body()) } catch { outcome.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try! outcome.result!.get()
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let stream = Array(UnsafeBufferPointer(start: data, count: size))
    let chunks = FuzzInput.chunks(of: stream)
    // The protocol fuzzer checks these frames; here they say what to expect of the handler.
    let frames = FuzzInput.frames(of: chunks)
    let refused = frames.last == .tooLong
    let written = wait { try await replies(to: chunks, refused: refused) }

    let requests = frames.filter { frame in
        guard case .line(let line) = frame else { return true }
        return !line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
    precondition(written.count <= requests.count, "more replies than lines")
    for reply in written {
        let bytes = reply.readableBytesView
        precondition(
            bytes.last == UInt8(ascii: "\n") && bytes.dropLast().firstIndex(of: UInt8(ascii: "\n")) == nil,
            "a reply is exactly one line")
        precondition((try? JSONSerialization.jsonObject(with: Data(bytes.dropLast()))) != nil, "a reply is JSON")
    }
    if refused {
        precondition(
            written.last.map { Array($0.readableBytesView) } == refusal,
            "a refused connection's last line is the refusal")
    }
    return 0
}
