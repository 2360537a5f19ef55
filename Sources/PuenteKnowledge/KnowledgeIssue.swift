/// One problem in the knowledge folder, located as `file:line:column`.
public struct KnowledgeIssue: Sendable, Hashable, CustomStringConvertible {
    /// Path relative to the knowledge folder: "initiatives/accel-africa.yaml".
    public var file: String
    /// From 1; 0 when the problem concerns the file as a whole.
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Loading failed: every problem found, in file then line order.
public struct KnowledgeError: Error, Sendable, CustomStringConvertible {
    public var issues: [KnowledgeIssue]

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
