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

/// One line of output as styled pieces, wrapped by visible width (colour codes take none).
public struct StyledLine: Sendable {
    public var pieces: [(text: String, style: TextStyle)]
    /// Spaces before the continuation lines of a wrapped line.
    public var hangingIndent: Int

    public init(_ pieces: [(text: String, style: TextStyle)] = [], hangingIndent: Int = 0) {
        self.pieces = pieces
        self.hangingIndent = hangingIndent
    }

    public init(_ text: String, _ style: TextStyle = .plain, hangingIndent: Int = 0) {
        self.init([(text, style)], hangingIndent: hangingIndent)
    }

    /// The line wrapped to `width` columns (0: no wrapping), with ANSI colour when `colour`.
    public func render(width: Int, colour: Bool) -> String {
        var lines: [String] = [""]
        var column = 0
        var pendingSpace = false
        let words = pieces.flatMap { piece in
            piece.text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { (index, word) in
                (word: String(word), style: piece.style, startsAfterSpace: index > 0)
            }
        }
        for (number, entry) in words.enumerated() {
            if entry.startsAfterSpace || (number > 0 && entry.word.isEmpty) { pendingSpace = true }
            guard !entry.word.isEmpty else { continue }
            let length = entry.word.count
            let needed = length + (pendingSpace && column > 0 ? 1 : 0)
            if width > 0 && column > hangingIndent && column + needed > width {
                lines.append(String(repeating: " ", count: hangingIndent))
                column = hangingIndent
                pendingSpace = false
            }
            if pendingSpace && column > 0 {
                lines[lines.count - 1] += " "
                column += 1
            }
            pendingSpace = false
            lines[lines.count - 1] += colour && entry.style != .plain ? entry.style.ansi + entry.word + "\u{1B}[0m" : entry.word
            column += length
        }
        return lines.joined(separator: "\n")
    }
}
