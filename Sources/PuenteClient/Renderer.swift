import PuenteProtocol
import PuenteRendering
import PuenteSupport

/// Turns the daemon's results into text people read: wrapped to the terminal,
/// titles, citations and matched words in colour when there is a terminal.
public struct Renderer {
    public var words: ClientWords
    public var colour: Bool
    /// Columns to wrap at; 0 does not wrap (output that is not a terminal).
    public var width: Int
    /// Output outside the chat (one-shot commands, pipe mode): the REPL commands the
    /// daemon's words name are shown as the shell commands that do the same.
    public var outsideChat: Bool

    public init(words: ClientWords, colour: Bool, width: Int, outsideChat: Bool = false) {
        self.words = words
        self.colour = colour
        self.width = width
        self.outsideChat = outsideChat
    }

    /// The daemon's words for where they are shown: outside the chat, "/temas" is
    /// `puente vocabulary`.
    func commands(in text: String) -> String {
        outsideChat ? CommandTable.namingShellCommands(text) : text
    }

    /// A suggestion as the reader can follow it: outside the chat, a REPL command is
    /// shown as the shell command that does the same.
    func suggestion(_ suggestion: Wire.Suggestion) -> String {
        guard outsideChat, suggestion.input.hasPrefix("/"), let line = CommandTable.commandLine(for: suggestion.input)
        else {
            return suggestion.text
        }
        return line
    }

    public func render(_ lines: [StyledLine]) -> String {
        lines.map { $0.render(width: width, colour: colour) }.joined(separator: "\n")
    }

    /// The daemon's Markdown (the brief, the coverage, talking points, the documents
    /// `ask` answers with) for the screen: headings styled, lists indented, links as
    /// numbered footnotes, wrapped; tables and code left as they are (`MarkdownLines`).
    public func text(_ markdown: String) -> String {
        render(MarkdownLines.lines(markdown))
    }

    /// An answer to `ask`, rendered from its fields by the renderer the daemon writes
    /// `reply` with (`AnswerRenderer`), with the labels of the answer's language, in
    /// colour and wrapped. Answers without hits (help, logistics, lists, nothing found)
    /// are documents and are shown as their text. Outside the chat, the suggestions and
    /// the commands the text names are the shell commands that do the same.
    public func answer(_ answer: Wire.AskResult) -> String {
        guard !AnswerRenderer.isDocument(answer) else { return text(commands(in: answer.reply)) }
        var shown = answer
        shown.suggestions = answer.suggestions.map { Wire.Suggestion(text: suggestion($0), input: $0.input) }
        return render(labels(answer.language.rawValue).lines(shown))
    }

    /// The labels of an answer in `code`: that language's pack when the client has it,
    /// else the client's own language's.
    func labels(_ code: String) -> AnswerRenderer {
        ReplyLanguage(rawValue: code).map(ClientWords.speaks) == true ? ClientWords.labels(code) : words.labels
    }

    /// `/contexto`: what the conversation holds, from the last answer's interpretation
    /// (nil when there is no conversation yet).
    public func context(_ interpretation: Wire.Interpretation?) -> String {
        guard let interpretation else { return words.contextEmpty }
        let label = { (id: String) in interpretation.labels[id] ?? id }
        let labels = words.labels
        var lines = [words.contextHeading]
        for (facet, ids) in interpretation.filters.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines += labels.filterLines(facet, ids, [], label).map { "  " + $0 }
        }
        for (facet, ids) in interpretation.exclusions.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines += labels.filterLines(facet, [], ids, label).map { "  " + $0 }
        }
        if !interpretation.topic.isEmpty { lines.append("  \(interpretation.topic.joined(separator: " "))") }
        lines.append("  " + labels.labelled(labels.queryHeading, interpretation.canonicalQuery))
        return lines.joined(separator: "\n")
    }

    public func search(_ result: Wire.SearchResult) -> String {
        guard result.total > 0 else { return words.nothing }
        var lines = [StyledLine(words.results(result.total) + ".", .bold), StyledLine()]
        for (number, hit) in result.hits.enumerated() {
            lines.append(
                StyledLine(
                    [("[\(number + 1)]", .citation), (" ", .plain), (hit.title, .title), (" (\(hit.id))", .dim)],
                    hangingIndent: 4))
            lines.append(
                StyledLine(
                    [("    ", .plain)] + AnswerRenderer.highlighted(hit.snippet, hit.highlights), hangingIndent: 4))
        }
        return render(lines)
    }

    /// Talking points as the chat shows those it answers with: from the daemon's
    /// Markdown, so that `/puntos` and "puntos sobre …" look alike.
    public func points(_ result: Wire.TalkingPointsResult) -> String {
        text(result.markdown)
    }

    public func record(_ record: Wire.Record) -> String {
        let code = words.language.rawValue
        guard record.kind == .initiative else {
            return render([
                StyledLine(record.section ?? record.id, .title), StyledLine(), StyledLine(record.text ?? ""),
            ])
        }
        let name = Self.text(record.name, in: code) ?? record.id
        var lines = [StyledLine(name + (record.acronym.map { " (\($0))" } ?? ""), .title)]
        lines.append(
            StyledLine(
                "\(record.id) · \(record.period ?? "") · \((record.regions ?? []).joined(separator: ", ")) · \((record.modalities ?? []).joined(separator: ", "))",
                .dim))
        lines += [StyledLine(), StyledLine(Self.text(record.summary, in: code) ?? ""), StyledLine()]
        for fact in record.facts ?? [] {
            lines.append(
                StyledLine(
                    [("  · \(fact.text) (\(fact.date)) ", .plain), ("[\(fact.source)]", .citation)], hangingIndent: 4))
        }
        let sources = (record.sources ?? []).enumerated().map {
            Wire.Source(number: $0.offset + 1, id: record.id, title: $0.element.title, url: $0.element.url)
        }
        return render(lines + [StyledLine()] + words.labels.sourceLines(sources))
    }

    /// A text of the knowledge for a reader of `code`: in that language when written,
    /// else in English, else in Spanish (as the daemon chooses for facts).
    static func text(_ texts: [String: String]?, in code: String) -> String? {
        guard let texts else { return nil }
        return texts[code] ?? texts["en"] ?? texts["es"] ?? texts.values.first
    }

    public func vocabulary(_ terms: [Wire.Term], heading: String) -> String {
        let code = words.language.rawValue
        var lines = [StyledLine(heading, .title)]
        for term in terms {
            lines.append(
                StyledLine(
                    [("  · \(term.labels[code] ?? term.id) (\(term.count)) ", .plain), (term.id, .dim)],
                    hangingIndent: 4))
        }
        return render(lines)
    }

    public func session(_ info: Wire.SessionInfo) -> String {
        var lines = Self.sessionHeader(info)
        lines.append(StyledLine())
        for (number, question) in info.questions.enumerated() {
            lines.append(StyledLine("\(number + 1). \(question.text)", hangingIndent: 3))
        }
        return render(lines)
    }

    /// The REPL's greeting: the session's title, conference and venue, and date, each wrapped whole.
    public func sessionHeader(_ info: Wire.SessionInfo) -> String {
        render(Self.sessionHeader(info))
    }

    private static func sessionHeader(_ info: Wire.SessionInfo) -> [StyledLine] {
        [
            StyledLine(info.title, .title),
            StyledLine("\(info.conference) (\(info.venue)) · \(info.city) (\(info.country))"),
            StyledLine("\(info.date) · \(info.start)–\(info.end) (\(info.timezone))", .bold),
        ]
    }

    public func stats(_ stats: Wire.StatsResult) -> String {
        let requests = stats.requests.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let themes = stats.interest.themes.map { "\($0.id) \($0.count)" }.joined(separator: ", ")
        return render([
            StyledLine(
                "uptime \(stats.uptimeS) s · connections \(stats.connections.open) open, \(stats.connections.total) total · sessions \(stats.sessions.live) (\(stats.sessions.provisional) provisional), \(stats.sessions.evicted) evicted, \(stats.sessions.expired) expired"
            ),
            StyledLine(
                "latency µs p50 \(stats.latencyUs.p50) · p99 \(stats.latencyUs.p99) · p999 \(stats.latencyUs.p999) (\(stats.latencyUs.count) requests)"
            ),
            StyledLine("requests: \(requests)", hangingIndent: 2),
            StyledLine(
                "index: \(stats.index.documents) documents, \(stats.index.terms) terms, \(stats.index.bytes) bytes · knowledge \(stats.knowledge.version) (\(stats.knowledge.loadMs) ms)"
            ),
            StyledLine("themes asked: \(themes.isEmpty ? "—" : themes)", hangingIndent: 2),
        ])
    }
}
