import PuenteProtocol

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
        guard outsideChat, suggestion.input.hasPrefix("/"), let line = CommandTable.commandLine(for: suggestion.input) else {
            return suggestion.text
        }
        return line
    }

    public func render(_ lines: [StyledLine]) -> String {
        lines.map { $0.render(width: width, colour: colour) }.joined(separator: "\n")
    }

    /// Plain text (the daemon's own rendering, a Markdown document), wrapped line by
    /// line; citation marks in colour. Tables and code are left as they are.
    public func text(_ text: String) -> String {
        render(text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let line = String(line)
            if line.hasPrefix("|") || line.hasPrefix("```") { return StyledLine(line) }
            let indent = Self.hangingIndent(of: line)
            if line.hasPrefix("#") { return StyledLine(line, .title, hangingIndent: indent) }
            return StyledLine(Self.citations(in: line), hangingIndent: indent)
        })
    }

    /// Where a wrapped line continues: under the text after "[1] ", "1. ", "  · ", "- ".
    static func hangingIndent(of line: String) -> Int {
        let leading = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(leading)
        for marker in ["· ", "- ", "* "] where rest.hasPrefix(marker) { return leading + marker.count }
        if let close = rest.firstIndex(of: "]"), rest.first == "[", rest[rest.index(after: close)...].hasPrefix(" ") {
            return leading + rest.distance(from: rest.startIndex, to: close) + 2
        }
        let digits = rest.prefix { $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") { return leading + digits.count + 2 }
        return leading
    }

    /// A line split so that "[1]"-style citations stand out.
    static func citations(in line: String) -> [(text: String, style: TextStyle)] {
        var pieces: [(text: String, style: TextStyle)] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]"),
              rest[rest.index(after: open)..<close].allSatisfy(\.isNumber), close > rest.index(after: open) {
            if open > rest.startIndex { pieces.append((String(rest[..<open]), .plain)) }
            pieces.append((String(rest[open...close]), .citation))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty || pieces.isEmpty { pieces.append((String(rest), .plain)) }
        return pieces
    }

    /// An answer to `ask`, built from its fields with the client's own labels:
    /// lead, notices, quoted hits, sources, how the question was understood,
    /// suggestions. Answers without hits (help, logistics, lists, nothing found) are
    /// documents and are shown as their text.
    public func answer(_ answer: Wire.AskResult) -> String {
        guard ["search", "answer"].contains(answer.intent), !answer.hits.isEmpty else { return text(commands(in: answer.reply)) }
        var lines = [StyledLine(answer.lead + ".", .bold)]
        for notice in answer.notices {
            if let line = noticeLine(notice, answer.interpretation.labels) { lines.append(StyledLine(line, .dim)) }
        }
        lines.append(StyledLine())
        for hit in answer.hits {
            var pieces: [(text: String, style: TextStyle)] = [("[\(hit.citation ?? 0)]", .citation), (" " + words.quotes.open, .plain)]
            pieces += Self.highlighted(hit.snippet, hit.highlights)
            pieces += [(words.quotes.close + " — ", .plain), (hit.title, .title)]
            lines.append(StyledLine(pieces, hangingIndent: 4))
        }
        lines += [StyledLine(), StyledLine(words.heading(words.sourcesHeading), .bold)]
        for source in answer.sources {
            lines.append(StyledLine([("[\(source.number)]", .citation), (" " + source.title + (source.url.map { " — \($0)" } ?? ""), .plain)], hangingIndent: 4))
        }
        lines.append(StyledLine())
        lines += interpretationLines(answer.interpretation).map { StyledLine($0, .dim, hangingIndent: 2) }
        if !answer.suggestions.isEmpty {
            lines.append(StyledLine(words.labelled(words.suggestionsHeading, answer.suggestions.map(suggestion).joined(separator: " · ")), .plain, hangingIndent: 2))
        }
        return render(lines)
    }

    private func noticeLine(_ notice: Wire.Notice, _ labels: [String: String]) -> String? {
        switch notice.kind {
        case Wire.Notice.relaxed: return words.relaxedNote
        case Wire.Notice.filtersDropped: return words.filtersDropped(notice.facet ?? "", notice.ids.map { labels[$0] ?? $0 })
        default: return nil
        }
    }

    /// `/contexto`: what the conversation holds, from the last answer's interpretation
    /// (nil when there is no conversation yet).
    public func context(_ interpretation: Wire.Interpretation?) -> String {
        guard let interpretation else { return words.contextEmpty }
        let label = { (id: String) in interpretation.labels[id] ?? id }
        var lines = [words.contextHeading]
        for (facet, ids) in interpretation.filters.sorted(by: { $0.key < $1.key }) {
            lines.append("  " + words.labelled(words.facetName(facet), ids.map(label).joined(separator: words.comma)))
        }
        for (facet, ids) in interpretation.exclusions.sorted(by: { $0.key < $1.key }) {
            lines.append("  " + words.labelled(words.facetName(facet), words.outside + " " + ids.map(label).joined(separator: words.comma)))
        }
        if !interpretation.topic.isEmpty { lines.append("  \(interpretation.topic.joined(separator: " "))") }
        lines.append("  " + words.labelled(words.queryHeading, interpretation.canonicalQuery))
        return lines.joined(separator: "\n")
    }

    /// "Entendí: …" and "Consulta: …", from the interpretation's fields.
    public func interpretationLines(_ interpretation: Wire.Interpretation) -> [String] {
        let label = { (id: String) in interpretation.labels[id] ?? id }
        var parts: [String] = []
        if interpretation.followUp { parts.append(words.followUpNote) }
        // What a short question was read against: "Entendí: ACCEL Africa · …".
        if let focus = interpretation.focus { parts.append(label(focus)) }
        for facet in ["region", "modality"] {
            if let ids = interpretation.filters[facet], !ids.isEmpty { parts.append(words.labelled(words.facetName(facet), ids.map(label).joined(separator: words.comma))) }
            if let ids = interpretation.exclusions[facet], !ids.isEmpty {
                parts.append(words.labelled(words.facetName(facet), words.outside + " " + ids.map(label).joined(separator: words.comma)))
            }
        }
        let themes = interpretation.topicTerms.filter { interpretation.labels[$0] != nil }
        if !themes.isEmpty { parts.append(words.labelled(words.facetName("theme"), themes.map(label).joined(separator: words.comma))) }
        if !interpretation.corrections.isEmpty {
            parts.append(words.labelled(words.corrected, interpretation.corrections.map { "\($0.typed) → \($0.corrected)" }.joined(separator: words.comma)))
        }
        if !interpretation.expansions.isEmpty { parts.append(words.labelled(words.added, interpretation.expansions.joined(separator: words.comma))) }
        var lines: [String] = []
        if !parts.isEmpty { lines.append(words.labelled(words.understoodHeading, parts.joined(separator: " · "))) }
        if !interpretation.canonicalQuery.isEmpty { lines.append(words.labelled(words.queryHeading, interpretation.canonicalQuery)) }
        return lines
    }

    /// A snippet as pieces, its highlight ranges (Unicode scalars) in the highlight style.
    static func highlighted(_ snippet: String, _ highlights: [Wire.Highlight]) -> [(text: String, style: TextStyle)] {
        let scalars = Array(snippet.unicodeScalars)
        var pieces: [(text: String, style: TextStyle)] = []
        var position = 0
        for highlight in highlights.sorted(by: { $0.start < $1.start }) where highlight.start >= position && highlight.start + highlight.length <= scalars.count {
            if highlight.start > position { pieces.append((String(String.UnicodeScalarView(scalars[position..<highlight.start])), .plain)) }
            pieces.append((String(String.UnicodeScalarView(scalars[highlight.start..<(highlight.start + highlight.length)])), .highlight))
            position = highlight.start + highlight.length
        }
        if position < scalars.count { pieces.append((String(String.UnicodeScalarView(scalars[position...])), .plain)) }
        return pieces
    }

    public func search(_ result: Wire.SearchResult) -> String {
        guard result.total > 0 else { return words.nothing }
        var lines = [StyledLine(words.results(result.total) + ".", .bold), StyledLine()]
        for (number, hit) in result.hits.enumerated() {
            lines.append(StyledLine([("[\(number + 1)]", .citation), (" ", .plain), (hit.title, .title), (" (\(hit.id))", .dim)], hangingIndent: 4))
            lines.append(StyledLine([("    ", .plain)] + Self.highlighted(hit.snippet, hit.highlights), hangingIndent: 4))
        }
        return render(lines)
    }

    public func points(_ result: Wire.TalkingPointsResult) -> String {
        var lines = [StyledLine(result.title, .title), StyledLine()]
        for (number, point) in result.points.enumerated() {
            let cites = point.sources.map { "[\($0.number)]" }.joined()
            lines.append(StyledLine([("\(number + 1). " + point.text + " ", .plain), (cites, .citation)], hangingIndent: 3))
        }
        lines += [StyledLine(), StyledLine(words.heading(words.sourcesHeading), .bold)]
        for source in result.sources {
            lines.append(StyledLine([("[\(source.number)]", .citation), (" " + source.title + (source.url.map { " — \($0)" } ?? ""), .plain)], hangingIndent: 4))
        }
        return render(lines)
    }

    public func record(_ record: Wire.Record) -> String {
        let code = words.language.rawValue
        guard record.kind == "initiative" else {
            return render([StyledLine(record.section ?? record.id, .title), StyledLine(), StyledLine(record.text ?? "")])
        }
        let name = Self.text(record.name, in: code) ?? record.id
        var lines = [StyledLine(name + (record.acronym.map { " (\($0))" } ?? ""), .title)]
        lines.append(StyledLine("\(record.id) · \(record.period ?? "") · \((record.regions ?? []).joined(separator: ", ")) · \((record.modalities ?? []).joined(separator: ", "))", .dim))
        lines += [StyledLine(), StyledLine(Self.text(record.summary, in: code) ?? ""), StyledLine()]
        for fact in record.facts ?? [] {
            lines.append(StyledLine([("  · \(fact.text) (\(fact.date)) ", .plain), ("[\(fact.source)]", .citation)], hangingIndent: 4))
        }
        lines += [StyledLine(), StyledLine(words.heading(words.sourcesHeading), .bold)]
        for (number, source) in (record.sources ?? []).enumerated() {
            lines.append(StyledLine([("[\(number + 1)]", .citation), (" \(source.title) — \(source.url)", .plain)], hangingIndent: 4))
        }
        return render(lines)
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
            lines.append(StyledLine([("  · \(term.labels[code] ?? term.id) (\(term.count)) ", .plain), (term.id, .dim)], hangingIndent: 4))
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
        [StyledLine(info.title, .title),
         StyledLine("\(info.conference) (\(info.venue)) · \(info.city) (\(info.country))"),
         StyledLine("\(info.date) · \(info.start)–\(info.end) (\(info.timezone))", .bold)]
    }

    public func stats(_ stats: Wire.StatsResult) -> String {
        let requests = stats.requests.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let themes = stats.interest.themes.map { "\($0.id) \($0.count)" }.joined(separator: ", ")
        return render([
            StyledLine("uptime \(stats.uptimeS) s · connections \(stats.connections.open) open, \(stats.connections.total) total · sessions \(stats.sessions.live) (\(stats.sessions.provisional) provisional), \(stats.sessions.evicted) evicted, \(stats.sessions.expired) expired"),
            StyledLine("latency µs p50 \(stats.latencyUs.p50) · p99 \(stats.latencyUs.p99) · p999 \(stats.latencyUs.p999) (\(stats.latencyUs.count) requests)"),
            StyledLine("requests: \(requests)", hangingIndent: 2),
            StyledLine("index: \(stats.index.documents) documents, \(stats.index.terms) terms, \(stats.index.bytes) bytes · knowledge \(stats.knowledge.version) (\(stats.knowledge.loadMs) ms)"),
            StyledLine("themes asked: \(themes.isEmpty ? "—" : themes)", hangingIndent: 2),
        ])
    }
}
