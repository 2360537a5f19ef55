import CFuzzer
import Foundation
import PuenteProtocol

// The line framer's output as the daemon reads it: each line decoded as JSON-RPC,
// each request's params checked against its method. Nothing may crash or trap.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
        guard let incoming = try? RPCCodec.decode(line: line) else { continue }
        let members: [Result<RPCRequest, RPCInvalid>]
        switch incoming {
        case let .single(member): members = [member]
        case let .batch(batch): members = batch
        }
        for case let .success(request) in members {
            if let method = MethodCatalogue.method(named: request.method) {
                _ = try? Params(request.params, for: method)
            }
            _ = RPCCodec.encode(RPCResponse(id: request.id ?? .null, outcome: .success(Data("null".utf8))))
        }
    }
    return 0
}
