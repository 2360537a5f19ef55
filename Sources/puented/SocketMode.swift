import ArgumentParser
import PuenteServer

/// `--socket-mode`: the socket file's permissions, written in octal ("0600", "660") and
/// read by `ServerConfiguration.parseMode`, so the daemon accepts exactly what it documents.
/// A value that is not an octal mode up to 0777 is a usage error, reported before anything starts.
struct SocketMode: ExpressibleByArgument, CustomStringConvertible {
    /// The permission bits, 0o000 to 0o777.
    let bits: UInt16

    init(bits: UInt16) {
        self.bits = bits
    }

    init?(argument: String) {
        guard let bits = try? ServerConfiguration.parseMode(argument) else { return nil }
        self.bits = bits
    }

    /// Four octal digits, as chmod writes them: 0o600 is "0600". Help shows the default this way.
    var description: String {
        let digits = String(bits, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The two modes the daemon documents: its own user only, or shared with the group.
    static var defaultCompletionKind: CompletionKind { .list(["0600", "0660"]) }
}
