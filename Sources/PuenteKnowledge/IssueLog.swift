import Yams

/// Collects the problems found while loading, so that all of them are reported at once.
final class IssueLog {
    private(set) var issues: [KnowledgeIssue] = []

    func add(_ file: String, _ mark: Mark?, _ message: String) {
        issues.append(KnowledgeIssue(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }

    /// An issue at the start of `line`, or about the whole file when `line` is 0.
    func add(_ file: String, line: Int, _ message: String) {
        issues.append(KnowledgeIssue(file: file, line: line, column: line == 0 ? 0 : 1, message: message))
    }

    var sorted: [KnowledgeIssue] {
        issues.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }
}
