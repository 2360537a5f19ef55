import Foundation
import PuenteKnowledge

@testable import PuenteAssistant

/// The moderator brief read back from its Markdown, as a moderator reads it: each
/// guiding question's numbered points with their citations, and the sources list.
struct BriefDocument {
    struct Point {
        var text: String
        var citations: [Int]
    }

    struct Section {
        /// The heading after "## N. ".
        var question: String
        var points: [Point]
    }

    struct Source {
        var title: String
        var url: String?
    }

    var sections: [Section] = []
    var sources: [Int: Source] = [:]

    var points: [Point] { sections.flatMap(\.points) }

    init(_ markdown: String) {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The sources list is the last "## " section; each question's section is
        // "## N. question", its points the numbered lines under its first bold line.
        let last = lines.lastIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        var section: Section?
        var bold = 0
        for line in lines[..<last] {
            if line.hasPrefix("## ") {
                if let section { sections.append(section) }
                let heading = line.dropFirst(3)
                let number = heading.prefix { $0.isNumber }
                section =
                    !number.isEmpty && heading.dropFirst(number.count).hasPrefix(". ")
                    ? Section(question: String(heading.dropFirst(number.count + 2)), points: []) : nil
                bold = 0
            } else if line.hasPrefix("**") {
                bold += 1
            } else if bold == 1, let point = Self.point(line) {
                section?.points.append(point)
            }
        }
        if let section { sections.append(section) }
        for line in lines[last...] {
            if let (number, source) = Self.source(line) { sources[number] = source }
        }
    }

    /// "2. The text. [3][4]" → the text and [3, 4].
    static func point(_ line: String) -> Point? {
        guard let dot = line.firstIndex(of: "."), !line[..<dot].isEmpty, line[..<dot].allSatisfy(\.isNumber) else {
            return nil
        }
        var text = String(line[line.index(after: dot)...]).trimmingCharacters(in: .whitespaces)
        var citations: [Int] = []
        while text.hasSuffix("]"), let open = text.lastIndex(of: "["),
            let number = Int(text[text.index(after: open)..<text.index(before: text.endIndex)])
        {
            citations.insert(number, at: 0)
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        }
        return Point(text: text, citations: citations)
    }

    /// "[3] [Title](url)" or "[3] Title".
    private static func source(_ line: String) -> (Int, Source)? {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]"),
            let number = Int(line[line.index(after: line.startIndex)..<close])
        else { return nil }
        let rest = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("["), let middle = rest.range(of: "](", options: .backwards), rest.hasSuffix(")") {
            let title = String(rest[rest.index(after: rest.startIndex)..<middle.lowerBound]).replacingOccurrences(
                of: "\\[", with: "["
            ).replacingOccurrences(of: "\\]", with: "]")
            return (
                number, Source(title: title, url: String(rest[middle.upperBound..<rest.index(before: rest.endIndex)]))
            )
        }
        return (number, Source(title: rest, url: nil))
    }

    /// The initiative a source is a page of: the record that lists its url and is
    /// named by its title in some language (two records share a url or two).
    func initiative(cited number: Int, in knowledge: Knowledge) -> Initiative? {
        guard let source = sources[number], let url = source.url else { return nil }
        let listing = knowledge.initiatives.filter { $0.sources.contains { $0.url == url } }
        return listing.first { $0.name.texts.values.contains(source.title) }
            ?? (listing.count == 1 ? listing.first : nil)
    }
}
