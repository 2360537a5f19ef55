/// How a piece of output looks on a terminal.
public enum TextStyle: Sendable {
    case plain, bold, dim, title, citation, highlight, warning

    var ansi: String {
        switch self {
        case .plain: ""
        case .bold: "\u{1B}[1m"
        case .dim: "\u{1B}[2m"
        case .title: "\u{1B}[1;34m"
        case .citation: "\u{1B}[36m"
        case .highlight: "\u{1B}[1;33m"
        case .warning: "\u{1B}[33m"
        }
    }
}

/// One line of output as styled pieces, wrapped by the columns it takes on a terminal
/// (`DisplayWidth`: colour codes, combining marks and bidi isolates take none, wide
/// characters two), not by its bytes, scalars or characters. Text stays in logical
/// order; a terminal lays Arabic out right to left, line by line.
public struct StyledLine: Sendable {
    public var pieces: [(text: String, style: TextStyle)]
    /// Spaces before the continuation lines of a wrapped line.
    public var hangingIndent: Int
    /// False for a line whose layout is its meaning (a table's row, code): it is never wrapped.
    public var wraps = true

    public init(_ pieces: [(text: String, style: TextStyle)] = [], hangingIndent: Int = 0) {
        self.pieces = pieces
        self.hangingIndent = hangingIndent
    }

    public init(_ text: String, _ style: TextStyle = .plain, hangingIndent: Int = 0) {
        self.init([(text, style)], hangingIndent: hangingIndent)
    }

    /// A line shown as it is, never wrapped.
    public static func verbatim(_ text: String) -> StyledLine {
        var line = StyledLine(text)
        line.wraps = false
        return line
    }

    /// The line wrapped to `width` columns (0: no wrapping), with ANSI colour when `colour`.
    ///
    /// It breaks only at ordinary spaces, never inside a word whose style changes
    /// midway ("[1]" then "«", a highlighted stem then its ending), and a no-break
    /// space (French « ? ») holds its neighbours together. Runs of spaces between
    /// words become one; the line's leading spaces are kept. A word wider than the
    /// line stands alone on its line.
    public func render(width: Int, colour: Bool) -> String {
        guard wraps else { return pieces.map(\.text).joined() }
        let (indent, words) = self.words()
        var lines = [String(repeating: " ", count: indent)]
        var column = indent
        var lineIsEmpty = true
        for word in words {
            let length = word.fragments.reduce(0) { $0 + DisplayWidth.columns($1.text) }
            let space = word.spaceBefore && !lineIsEmpty ? 1 : 0
            if width > 0 && column > hangingIndent && column + space + length > width {
                lines.append(String(repeating: " ", count: hangingIndent))
                column = hangingIndent
            } else if space > 0 {
                lines[lines.count - 1] += " "
                column += 1
            }
            for fragment in word.fragments {
                lines[lines.count - 1] +=
                    colour && fragment.style != .plain
                    ? fragment.style.ansi + fragment.text + "\u{1B}[0m" : fragment.text
            }
            column += length
            lineIsEmpty = false
        }
        return lines.joined(separator: "\n")
    }

    /// One word: styled fragments with no space between them.
    private typealias Word = (fragments: [(text: String, style: TextStyle)], spaceBefore: Bool)

    /// The line's leading spaces, and its words, each knowing whether a space came before it.
    private func words() -> (indent: Int, words: [Word]) {
        var words: [Word] = []
        var current: Word = ([], false)
        var indent = 0
        var spaceSeen = false
        for piece in pieces {
            for (index, part) in piece.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    // A space: it ends the word being read, or indents the line when none was read yet.
                    if !current.fragments.isEmpty {
                        words.append(current)
                        current = ([], false)
                    } else if words.isEmpty {
                        indent += 1
                    }
                    spaceSeen = true
                }
                guard !part.isEmpty else { continue }
                if current.fragments.isEmpty {
                    current.spaceBefore = spaceSeen
                    spaceSeen = false
                }
                current.fragments.append((String(part), piece.style))
            }
        }
        if !current.fragments.isEmpty { words.append(current) }
        return (indent, words)
    }
}
