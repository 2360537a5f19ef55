import CFuzzer
import Foundation
import FuzzSupport
import PuenteProtocol
import PuenteServer

// The daemon's line framer and JSON-RPC decoding on any bytes, read in chunks the input
// chooses (see FuzzInput.chunks):
//
// 1. the real framer (LineFrameDecoder) passes on the same frames whether the bytes come
//    whole or in those chunks, and the same as a plain split of them;
// 2. each line is decoded as JSON-RPC, and each request's params checked against its method.
//
// Nothing may crash, trap or leak. The connection fuzzer takes the same input on through
// the connection handler and the dispatcher.

/// The frames the framer must pass on, found the plain way: split at "\n", drop one "\r"
/// before it, stop at the first line over the limit, and count a last line without its
/// newline (as it is, "\r" included) when the input ends.
func expectedFrames(_ stream: [UInt8]) -> [Frame] {
    var lines = stream.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let last = lines.removeLast()
    var frames: [Frame] = []
    for line in lines {
        guard line.count <= FuzzInput.lineLimit else { return frames + [.tooLong] }
        frames.append(.line(Array(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)))
    }
    if last.count > FuzzInput.lineLimit { return frames + [.tooLong] }
    if !last.isEmpty { frames.append(.line(Array(last))) }
    return frames
}

/// A line as the dispatcher first reads it: JSON-RPC, then params for known methods.
func decode(_ line: [UInt8]) {
    guard let incoming = try? RPCCodec.decode(line: line) else { return }
    let members: [Result<RPCRequest, RPCInvalid>]
    switch incoming {
    case .single(let member): members = [member]
    case .batch(let batch): members = batch
    }
    for case .success(let request) in members {
        if let method = Method(rawValue: request.method) {
            _ = try? method.params.decoded(from: request.params)
        }
        _ = RPCCodec.encode(RPCResponse(id: request.id ?? .null, outcome: .success(Data("null".utf8))))
    }
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let stream = Array(UnsafeBufferPointer(start: data, count: size))
    let expected = expectedFrames(stream)
    precondition(
        FuzzInput.frames(of: stream.isEmpty ? [] : [stream[...]]) == expected,
        "the framer disagrees with a plain split of the input")
    precondition(
        FuzzInput.frames(of: FuzzInput.chunks(of: stream)) == expected,
        "the framer's frames depend on how the input is cut")
    for case .line(let line) in expected { decode(line) }
    return 0
}
