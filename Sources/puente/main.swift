import ArgumentParser
import Foundation
import PuenteClient

#if canImport(Glibc)
    import Glibc
#endif

// A write to a connection the daemon closed must be an error the client handles
// (it reconnects), never a signal that kills a REPL left open for the session.
signal(SIGPIPE, SIG_IGN)

// Exit codes are grep-like so scripts can branch: usage errors exit 2, not
// argument-parser's 64; help and version exit 0.
do {
    var command = try Puente.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let code = Puente.exitCode(for: error)
    if code == .success {
        print(Puente.fullMessage(for: error))
        exit(0)
    }
    let status = code == .validationFailure ? 2 : code.rawValue
    // Scripts that asked for JSON read errors as JSON too, usage errors included.
    if CommandLine.arguments.dropFirst().prefix(while: { $0 != "--" }).contains("--json") {
        print(ClientError.jsonLine(message: Puente.message(for: error), exit: status))
    } else {
        FileHandle.standardError.write(Data((Puente.fullMessage(for: error) + "\n").utf8))
    }
    exit(status)
}
