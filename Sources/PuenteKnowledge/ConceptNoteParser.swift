import Foundation

/// Reads the concept note's Markdown: `#` title, `##` sections, paragraphs
/// separated by blank lines. HTML comments (the file's provenance) are skipped.
enum ConceptNoteParser {
    static func parse(_ text: String, file: String, log: IssueLog) -> ConceptNote {
        var title = ""
        var section: (heading: String, number: String)? = nil
        var sectionCount = 0
        var paragraphNumber = 0
        var passages: [ConceptNote.Passage] = []
        var paragraph: [String] = []
        var paragraphLine = 0
        var inComment = false

        func flush() {
            defer { paragraph = [] }
            guard !paragraph.isEmpty else { return }
            guard let current = section else {
                log.add(file, line: paragraphLine, "paragraph outside any section; put it under a '## ' heading")
                return
            }
            paragraphNumber += 1
            passages.append(
                ConceptNote.Passage(
                    id: "concept-note#\(current.number).\(paragraphNumber)", section: current.heading,
                    text: paragraph.joined(separator: " "), line: paragraphLine))
        }

        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if inComment || line.hasPrefix("<!--") {
                inComment = !line.hasSuffix("-->")
                continue
            }
            if line.hasPrefix("## ") {
                flush()
                sectionCount += 1
                paragraphNumber = 0
                let heading = String(line.dropFirst(3))
                section = (heading, sectionNumber(heading) ?? String(sectionCount))
            } else if line.hasPrefix("# ") {
                flush()
                title = String(line.dropFirst(2))
            } else if line.isEmpty {
                flush()
            } else {
                if paragraph.isEmpty { paragraphLine = offset + 1 }
                paragraph.append(line)
            }
        }
        flush()
        if title.isEmpty { log.add(file, line: 1, "the concept note has no title; start it with a '# ' heading") }
        if passages.isEmpty { log.add(file, line: 1, "the concept note has no paragraphs under '## ' sections") }
        return ConceptNote(title: title, passages: passages)
    }

    /// "I. Contexto" → "I"; headings without a leading numeral get their ordinal.
    private static func sectionNumber(_ heading: String) -> String? {
        guard let dot = heading.firstIndex(of: "."), dot > heading.startIndex else { return nil }
        let numeral = heading[..<dot]
        return numeral.allSatisfy({ "IVXLC0123456789".contains($0) }) ? String(numeral) : nil
    }
}
