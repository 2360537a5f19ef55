import PuenteProtocol
import PuenteSupport

/// The one rendering of a typed answer into styled lines, with the labels of the
/// answer's language pack (`say:` in `Knowledge/languages/<code>.yaml`).
///
/// The daemon renders an `ask` answer with it, without colour or wrapping, into
/// `reply`; the client renders the same answer's fields with it, in colour and to
/// the terminal's width. Both show the same words: the lead, the notices, the quoted
/// hits, the sources, how the question was understood and the suggestions.
public struct AnswerRenderer: Sendable {
    /// The `say:` sentences of the answer's language.
    package let phrases: Phrasebook

    package init(_ phrases: Phrasebook) {
        self.phrases = phrases
    }

    /// Whether an answer is a document shown as its `reply` (help, logistics, lists,
    /// an initiative's card, nothing found), rather than rendered from its fields:
    /// only an answer or a search that quotes hits is rendered here.
    public static func isDocument(_ answer: Wire.AskResult) -> Bool {
        ![.search, .answer].contains(answer.intent) || answer.hits.isEmpty
    }

    /// The answer as plain text, as `reply` holds it: no colour, no wrapping, citations as [1].
    public func reply(_ answer: Wire.AskResult) -> String {
        lines(answer).map { $0.render(width: 0, colour: false) }.joined(separator: "\n")
    }

    /// The answer's lines: lead, notices, quoted hits, sources, how the question was
    /// understood, suggestions.
    public func lines(_ answer: Wire.AskResult) -> [StyledLine] {
        var lines = [StyledLine(answer.lead + ".", .bold)]
        for notice in answer.notices {
            if let line = noticeLine(notice, answer.interpretation.labels) { lines.append(StyledLine(line, .dim)) }
        }
        lines.append(StyledLine())
        let quotes = self.quotes
        for hit in answer.hits {
            var pieces: [(text: String, style: TextStyle)] = [
                ("[\(hit.citation ?? 0)]", .citation), (" " + quotes.open, .plain),
            ]
            pieces += Self.highlighted(hit.snippet, hit.highlights)
            pieces += [(quotes.close + " — ", .plain), (hit.title, .title)]
            lines.append(StyledLine(pieces, hangingIndent: 4))
        }
        if !answer.sources.isEmpty { lines += [StyledLine()] + sourceLines(answer.sources) }
        lines.append(StyledLine())
        lines += interpretationLines(answer.interpretation).map { StyledLine($0, .dim, hangingIndent: 2) }
        if !answer.suggestions.isEmpty {
            lines.append(
                StyledLine(
                    labelled(say("suggestions_heading"), answer.suggestions.map(\.text).joined(separator: " · ")),
                    hangingIndent: 2))
        }
        return lines
    }

    /// "Fuentes:" and one line per source: its number, title and address.
    public func sourceLines(_ sources: [Wire.Source]) -> [StyledLine] {
        [StyledLine(heading(say("sources_heading")), .bold)]
            + sources.map { source in
                StyledLine(
                    [
                        ("[\(source.number)]", .citation),
                        (" " + source.title + (source.url.map { " — \($0)" } ?? ""), .plain),
                    ], hangingIndent: 4)
            }
    }

    private func noticeLine(_ notice: Wire.Notice, _ labels: [String: String]) -> String? {
        switch notice.kind {
        case .relaxed:
            return say("relaxed_note")
        case .filtersDropped:
            let list = notice.ids.map { labels[$0] ?? $0 }.joined(separator: comma)
            return say("filters_dropped", ["name": notice.facet.map(facetName) ?? "", "list": list])
        case .absent:
            return nil
        }
    }

    /// "Entendí: …" and "Consulta: …", from the interpretation's fields: a follow-up,
    /// the initiative in focus, the region and modality filters and exclusions, the
    /// themes, corrections and added words; then the index query.
    public func interpretationLines(_ interpretation: Wire.Interpretation) -> [String] {
        let label = { (id: String) in interpretation.labels[id] ?? id }
        var parts: [String] = []
        if interpretation.followUp { parts.append(say("follow_up_note")) }
        // What a short question was read against: "Entendí: ACCEL Africa · …".
        if let focus = interpretation.focus { parts.append(label(focus)) }
        for facet in [FacetKind.region, .modality] {
            parts += filterLines(
                facet, interpretation.filters[facet] ?? [], interpretation.exclusions[facet] ?? [], label)
        }
        let themes = interpretation.topicTerms.filter { interpretation.labels[$0] != nil }
        if !themes.isEmpty { parts.append(labelled(facetName(.theme), themes.map(label).joined(separator: comma))) }
        if !interpretation.corrections.isEmpty {
            parts.append(
                labelled(
                    say("corrected"),
                    interpretation.corrections.map { "\($0.typed) → \($0.corrected)" }.joined(separator: comma)))
        }
        if !interpretation.expansions.isEmpty {
            parts.append(labelled(say("added"), interpretation.expansions.joined(separator: comma)))
        }
        var lines: [String] = []
        if !parts.isEmpty { lines.append(labelled(say("understood_heading"), parts.joined(separator: " · "))) }
        if !interpretation.canonicalQuery.isEmpty {
            lines.append(labelled(queryHeading, interpretation.canonicalQuery))
        }
        return lines
    }

    /// "región: África" and "modalidad: fuera de cooperación bilateral": a facet's
    /// filter and exclusion, each when it has values.
    public func filterLines(_ facet: FacetKind, _ ids: [String], _ excluded: [String], _ label: (String) -> String)
        -> [String]
    {
        var lines: [String] = []
        if !ids.isEmpty { lines.append(labelled(facetName(facet), ids.map(label).joined(separator: comma))) }
        if !excluded.isEmpty {
            lines.append(
                labelled(facetName(facet), say("filter_excluded") + excluded.map(label).joined(separator: comma)))
        }
        return lines
    }

    /// A snippet as pieces, its highlight ranges (Unicode scalars) in the highlight style.
    public static func highlighted(_ snippet: String, _ highlights: [Wire.Highlight]) -> [(
        text: String, style: TextStyle
    )] {
        let scalars = Array(snippet.unicodeScalars)
        var pieces: [(text: String, style: TextStyle)] = []
        var position = 0
        for highlight in highlights.sorted(by: { $0.start < $1.start })
        where highlight.start >= position && highlight.start + highlight.length <= scalars.count {
            if highlight.start > position {
                pieces.append((String(String.UnicodeScalarView(scalars[position..<highlight.start])), .plain))
            }
            pieces.append(
                (
                    String(String.UnicodeScalarView(scalars[highlight.start..<(highlight.start + highlight.length)])),
                    .highlight
                ))
            position = highlight.start + highlight.length
        }
        if position < scalars.count { pieces.append((String(String.UnicodeScalarView(scalars[position...])), .plain)) }
        return pieces
    }
}

extension AnswerRenderer {
    /// The pack's sentence `key`, its `{slots}` filled, with the pack's typography.
    package func say(_ key: String, _ slots: [String: String] = [:]) -> String {
        phrases.say(key, slots)
    }

    /// "Fuentes:", "Sources :": a heading that introduces what follows it.
    public func heading(_ text: String) -> String {
        say("heading", ["text": text])
    }

    /// "región: África", "région : Afrique": a heading and its text on one line.
    public func labelled(_ heading: String, _ text: String) -> String {
        self.heading(heading) + " " + text
    }

    /// What a kind of term is called: "región", "region", "région", "região", "المنطقة";
    /// the facet's own name for a facet the packs do not name.
    public func facetName(_ facet: FacetKind) -> String {
        switch facet {
        case .region: say("facet_region")
        case .modality: say("facet_modality")
        case .theme: say("facet_theme")
        case .mechanism: say("facet_mechanism")
        case .kind: facet.rawValue
        }
    }

    /// "Consulta", "Query": the heading of the index query an answer came from.
    public var queryHeading: String { say("query_heading") }

    /// The separator of a list: ", ", or the Arabic comma.
    public var comma: String { phrases.listStyle.between }

    /// Knowledge quoted in a reply: «…», “…”, « … ».
    public var quotes: (open: String, close: String) {
        let quoted = say("quoted", ["text": "\u{0}"]).split(separator: "\u{0}", omittingEmptySubsequences: false)
        return (String(quoted.first ?? ""), String(quoted.last ?? ""))
    }
}
