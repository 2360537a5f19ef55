/// The Markdown the daemon writes (the brief, the coverage, talking points, the
/// documents `ask` answers with) as styled lines for a terminal.
///
/// Only the subset the daemon writes is read, line by line: headings (`#` to `######`),
/// paragraphs, bullet (`-`, `*`) and numbered lists, `**bold**`, `` `code` ``, `[text](url)` links,
/// `\[` `\]` escapes and `[1]` citations. Tables and fenced code are left as they are,
/// never wrapped.
/// Headings lose their `#` and are styled; list items are indented, their wrapped
/// lines hanging under their text. A link in a list of sources (`[1] [Title](url)`)
/// is shown as the answers show a source, "[1] Title — url"; any other link becomes
/// its text and a numbered footnote, its address listed at the end, so that no
/// address is broken by wrapping. Footnotes are numbered after the document's own
/// citations. Runs of blank lines become one.
public enum MarkdownLines {
    /// Styled pieces of one line.
    public typealias Pieces = [(text: String, style: TextStyle)]

    public static func lines(_ markdown: String) -> [StyledLine] {
        let source = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var links = Footnotes(next: (source.flatMap(citationNumbers).max() ?? 0) + 1)
        var lines: [StyledLine] = []
        var fenced = false
        for line in source {
            if line.hasPrefix("```") { fenced.toggle() }
            if fenced || line.hasPrefix("```") || line.hasPrefix("|") {
                lines.append(.verbatim(line))
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if let last = lines.last, !last.pieces.isEmpty { lines.append(StyledLine()) }
            } else {
                lines.append(styled(line, &links))
            }
        }
        if !links.addresses.isEmpty {
            if let last = lines.last, !last.pieces.isEmpty { lines.append(StyledLine()) }
            lines += links.addresses.map {
                StyledLine([("[\($0.number)]", .citation), (" " + $0.url, .plain)], hangingIndent: 4)
            }
        }
        while let last = lines.last, last.pieces.isEmpty { lines.removeLast() }
        return lines
    }

    /// Where a wrapped line continues: under the text after "[1] ", "1. ", "  · ", "- ".
    public static func hangingIndent(of line: String) -> Int {
        let leading = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(leading)
        for marker in ["· ", "- ", "* "] where rest.hasPrefix(marker) { return leading + marker.count }
        if let number = citation(at: rest) { return leading + "[\(number)] ".count }
        let digits = rest.prefix { $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") { return leading + digits.count + 2 }
        return leading
    }

    /// Links as footnotes: their addresses in order, numbered from `next`.
    private struct Footnotes {
        var next: Int
        var addresses: [(number: Int, url: String)] = []

        mutating func add(_ url: String) -> Int {
            if let known = addresses.first(where: { $0.url == url }) { return known.number }
            addresses.append((next, url))
            next += 1
            return next - 1
        }
    }

    private static func styled(_ line: String, _ links: inout Footnotes) -> StyledLine {
        let leading = line.prefix { $0 == " " }.count
        let rest = String(line.dropFirst(leading))
        if let heading = heading(rest) {
            return StyledLine(inline(heading, &links).map { ($0.text, .title) })
        }
        if rest.hasPrefix("**"), rest.hasSuffix("**"), rest.count > 4, !rest.dropFirst(2).dropLast(2).contains("**") {
            return StyledLine(inline(rest, &links).map { ($0.text, .bold) })
        }
        // A list item: indented one step deeper than its Markdown nesting, hanging under its text.
        let indent = String(repeating: " ", count: leading + 2)
        for bullet in ["- ", "* "] where rest.hasPrefix(bullet) {
            let item = String(rest.dropFirst(bullet.count))
            // An item of a list of sources shows its number, not a bullet, as answers do.
            if citation(at: Substring(item)) != nil { return styled(item, &links) }
            return StyledLine([(indent + "· ", .plain)] + inline(item, &links), hangingIndent: indent.count + 2)
        }
        let digits = rest.prefix { $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") {
            let marker = indent + digits + ". "
            return StyledLine(
                [(marker, .plain)] + inline(String(rest.dropFirst(digits.count + 2)), &links),
                hangingIndent: marker.count)
        }
        return StyledLine(inline(line, &links), hangingIndent: hangingIndent(of: line))
    }

    /// "## Fuentes" → "Fuentes"; nil when the line is not a heading.
    private static func heading(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).hasPrefix(" ") else { return nil }
        return line.dropFirst(hashes + 1).trimmingCharacters(in: .whitespaces)
    }

    /// A line's inline Markdown as pieces: bold, code, citations, links, escapes.
    private static func inline(_ text: String, _ links: inout Footnotes) -> Pieces {
        var pieces: Pieces = []
        var plain = ""
        var bold = false
        func flush() {
            if !plain.isEmpty { pieces.append((plain, bold ? .bold : .plain)) }
            plain = ""
        }
        // A line that is a numbered source: "[1] [Title](url)".
        let sourceNumber = citation(at: Substring(text))
        var rest = Substring(text)
        while let character = rest.first {
            if character == "\\", let next = rest.dropFirst().first, "[]*\\".contains(next) {
                plain.append(next)
                rest = rest.dropFirst(2)
            } else if character == "`", let close = rest.dropFirst().firstIndex(of: "`") {
                // Code (an id the reader can type) is shown without its backticks, dimmed.
                flush()
                pieces.append((String(rest[rest.index(after: rest.startIndex)..<close]), .dim))
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix("**") {
                flush()
                bold.toggle()
                rest = rest.dropFirst(2)
            } else if let number = citation(at: rest) {
                flush()
                pieces.append(("[\(number)]", .citation))
                rest = rest.dropFirst("[\(number)]".count)
            } else if let link = link(at: rest) {
                if sourceNumber != nil {
                    plain += link.text + " — " + link.url
                } else {
                    plain += link.text + " "
                    flush()
                    pieces.append(("[\(links.add(link.url))]", .citation))
                }
                rest = rest[link.end...]
            } else {
                plain.append(character)
                rest = rest.dropFirst()
            }
        }
        flush()
        return pieces
    }

    /// The number of a citation "[12]" at the start of `text`.
    private static func citation(at text: Substring) -> Int? {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let digits = text[text.index(after: text.startIndex)..<close]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits) else { return nil }
        return number
    }

    /// Every citation number a line holds.
    private static func citationNumbers(_ line: String) -> [Int] {
        var numbers: [Int] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            rest = rest[open...]
            if let number = citation(at: rest) { numbers.append(number) }
            rest = rest.dropFirst()
        }
        return numbers
    }

    /// A link "[text](url)" at the start of `text`: its text unescaped, its address,
    /// and where it ends. Escaped brackets belong to the text.
    private static func link(at text: Substring) -> (text: String, url: String, end: Substring.Index)? {
        guard text.first == "[" else { return nil }
        var label = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex, text[index] != "]" {
            if text[index] == "\\", text.index(after: index) < text.endIndex {
                index = text.index(after: index)
            }
            label.append(text[index])
            index = text.index(after: index)
        }
        guard index < text.endIndex else { return nil }
        let afterLabel = text[text.index(after: index)...]
        guard afterLabel.first == "(", let close = closingParenthesis(afterLabel) else { return nil }
        let url = String(afterLabel[afterLabel.index(after: afterLabel.startIndex)..<close])
        guard !url.isEmpty, !url.contains(" ") else { return nil }
        return (label, url, afterLabel.index(after: close))
    }

    /// The parenthesis that closes the one `text` starts with: an address may hold
    /// parentheses of its own (`…/Convention_(1999)`).
    private static func closingParenthesis(_ text: Substring) -> Substring.Index? {
        var depth = 0
        for index in text.indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1 }
            if depth == 0 { return index }
        }
        return nil
    }
}
