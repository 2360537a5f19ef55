/// Why the daemon could not start or serve; each says what to do.
public enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    case alreadyRunning(String)
    case socketPathTooLong(String)
    case cannotCreateFolder(String, String)
    /// The socket's folder is there, but the daemon cannot create its files in it.
    case cannotWriteFolder(String, String)
    case cannotSetMode(String, String)
    case cannotBind(String, String)
    case badSocketMode(String)
    case systemdSocket(String)
    /// Something other than a socket is at the path: a regular file, a folder, a link.
    case notASocket(String, String)

    public var description: String {
        switch self {
        case .alreadyRunning(let path):
            "a puented is already running on \(path); stop it first or choose another path with --socket"
        case .socketPathTooLong(let path):
            "the socket path \(path) is \(path.utf8.count) bytes; Unix sockets allow at most \(SocketLocation.maximumPathBytes)"
        case .cannotCreateFolder(let folder, let reason):
            "cannot create the socket folder \(folder): \(reason)"
        case .cannotWriteFolder(let folder, let reason):
            "cannot create files in the socket folder \(folder): \(reason); choose a --socket path in a folder you can write"
        case .cannotSetMode(let path, let reason):
            "cannot set the permissions of \(path): \(reason)"
        case .cannotBind(let path, let reason):
            "cannot listen on \(path): \(reason)"
        case .badSocketMode(let text):
            "invalid --socket-mode '\(text)'; expected an octal mode such as 0600 or 0660"
        case .systemdSocket(let reason):
            "cannot use the socket passed by systemd: \(reason)"
        case .notASocket(let path, let kind):
            "\(path) is \(kind), not a socket; puented leaves it untouched. Choose a --socket path that does not exist yet or is a socket"
        }
    }
}
