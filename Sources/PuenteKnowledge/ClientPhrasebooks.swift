import Foundation
import PuenteSupport
import Yams

/// The sentences the client says, read from the bundled knowledge's language packs
/// once per language and section, on first use: `client:` (its own labels, help
/// and messages) and `say:` (the labels of an answer it renders, which the daemon's
/// `reply` uses too).
///
/// The client reads only the file of the language it speaks, not the whole
/// knowledge: a one-shot command starts in a few milliseconds. The daemon checks
/// every pack, `client:` included, when it loads the knowledge.
package enum ClientPhrasebooks {
    private static let books = Locked<[String: Phrasebook]>([:])

    /// The phrasebook of `section` in the pack of `code`; an empty one, whose
    /// sentences show as their keys, when no bundled pack of that language can be read.
    package static func book(for code: String, section: String = "client") -> Phrasebook {
        let key = "\(code) \(section)"
        if let book = books.withLock({ $0[key] }) { return book }
        let book = read(code, section: section) ?? Phrasebook(code: code, templates: [:])
        books.withLock { $0[key] = book }
        return book
    }

    /// The languages the bundled knowledge has a pack for: the session's five first,
    /// then any other by code. Read once: the bundled folder does not change under a client.
    package static let languages: [ReplyLanguage] = {
        guard let folder = BundledKnowledge.directory() else { return ReplyLanguage.allCases }
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("languages").path))
            ?? []
        let codes = Set(
            names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(".yaml".count)) })
        let others = codes.compactMap(ReplyLanguage.init(rawValue:)).filter { !ReplyLanguage.allCases.contains($0) }
            .sorted { $0.rawValue < $1.rawValue }
        return ReplyLanguage.allCases.filter { codes.contains($0.rawValue) } + others
    }()

    private static func read(_ code: String, section: String) -> Phrasebook? {
        guard let folder = BundledKnowledge.directory() else { return nil }
        let file = "languages/\(code).yaml"
        guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
            let root = try? Yams.compose(yaml: text, .basic)
        else { return nil }
        return PhrasebookReader(log: IssueLog()).read(root, section: section, file: file, code: code)
    }
}
