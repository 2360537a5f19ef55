import Foundation
import PuenteSupport
import Yams

/// The client's sentences (`client:` in each language pack), read from the bundled
/// knowledge once per language the client speaks, on first use.
///
/// The client reads only the file of the language it speaks, not the whole
/// knowledge: a one-shot command starts in a few milliseconds. The daemon checks
/// every pack, `client:` included, when it loads the knowledge.
package enum ClientPhrasebooks {
    private static let books = Locked<[String: Phrasebook]>([:])

    /// The phrasebook of `code`; an empty one, whose sentences show as their keys,
    /// when no bundled pack of that language can be read.
    package static func book(for code: String) -> Phrasebook {
        if let book = books.withLock({ $0[code] }) { return book }
        let book = read(code) ?? Phrasebook(code: code, templates: [:])
        books.withLock { $0[code] = book }
        return book
    }

    private static func read(_ code: String) -> Phrasebook? {
        guard let folder = BundledKnowledge.directory() else { return nil }
        let file = "languages/\(code).yaml"
        guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
              let root = try? Yams.compose(yaml: text, .basic) else { return nil }
        return PhrasebookReader(log: IssueLog()).read(root, section: "client", file: file, code: code)
    }
}
