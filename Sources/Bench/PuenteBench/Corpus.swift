import Foundation

/// The benchmark corpus that `Scripts/bench-tools/corpus.py` writes.
struct Corpus {
    struct Passage {
        var id: String
        var text: String
    }

    struct Query {
        /// "plain", "unaccented" or "typo".
        var kind: String
        var text: String
        var words: [String] { text.split(separator: " ").map(String.init) }
    }

    var passages: [Passage]
    var queries: [Query]

    /// Raw text bytes of the passages (UTF-8), the yardstick for index memory.
    var textBytes: Int { passages.reduce(0) { $0 + $1.text.utf8.count } }

    init(folder: String, size: String) throws {
        passages = try Self.lines(of: "\(folder)/passages-\(size).tsv").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return Passage(id: String(parts[0]), text: String(parts[1]))
        }
        queries = try Self.lines(of: "\(folder)/queries.tsv").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return Query(kind: String(parts[0]), text: String(parts[1]))
        }
    }

    private static func lines(of path: String) throws -> [Substring] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true)
    }
}
