import Foundation

@testable import PuenteKnowledge

/// A copy of the valid fixture folder in a fresh temporary directory, removed on deinit.
final class FixtureFolder {
    let url: URL

    init() throws {
        let fixtures = try requireValue(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        url = FileManager.default.temporaryDirectory.appendingPathComponent("puente-knowledge-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("valid"), to: url)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Replaces `file` (relative to the folder) with the fixture `invalid/<name>.yaml`.
    func replace(_ file: String, withInvalid name: String) throws {
        let fixtures = try requireValue(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let source = fixtures.appendingPathComponent("invalid/\(name).yaml")
        let target = url.appendingPathComponent(file)
        try FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: source, to: target)
    }

    /// Replaces `text` with `replacement` in `file` (relative to the folder).
    /// - Throws: `MissingFixture` when `file` does not hold `text`, so a test never
    ///   passes on an edit that did not happen.
    func edit(_ file: String, replacing text: String, with replacement: String) throws {
        let target = url.appendingPathComponent(file)
        let original = try String(contentsOf: target, encoding: .utf8)
        guard original.contains(text) else { throw MissingFixture() }
        try original.replacingOccurrences(of: text, with: replacement).write(
            to: target, atomically: true, encoding: .utf8)
    }

    /// The issues loading reports, as `file:line:column: message` lines; empty when it loads.
    func issues() -> [String] {
        do {
            _ = try KnowledgeLoader.load(from: url)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }
}

struct MissingFixture: Error {}

func requireValue<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingFixture() }
    return value
}
