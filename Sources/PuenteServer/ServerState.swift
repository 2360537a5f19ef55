/// Where the daemon is in its life, for logs.
public enum ServerState: String, Sendable, CustomStringConvertible {
    case starting, running, draining, stopped

    public var description: String { rawValue }
}
