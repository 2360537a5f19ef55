/// Why the state database could not be opened or written: its path and SQLite's reason.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database file (or the state folder, when that could not be made).
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "the state database \(path) cannot be used: \(reason)" }
}
