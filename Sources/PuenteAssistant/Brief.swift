import PuenteIndex
import PuenteKnowledge
import PuenteSupport

/// The moderator brief: for each guiding question, points a moderator can say and
/// the initiatives they come from, with every source listed once.
///
/// Every point is a fact or a talking point of an initiative that names a figure,
/// a date, a country or a mechanism, cited to its page. None restates the concept
/// note (the moderator has it), none stands under two questions, and each
/// question draws on initiatives of at least two regions where the knowledge has them.
struct Brief: Sendable, Hashable {
    struct Section: Sendable, Hashable {
        /// The guiding question's id in session.yaml.
        var question: String
        var points: [TalkingPoint]
        /// The initiatives the points come from, in the order of the points.
        var initiatives: [String]
    }

    var sections: [Section]
    /// Numbered from 1 in the order first cited, each (record, page) once.
    var sources: [Citation]
    var markdown: String
}

extension Assistant {
    /// Points per guiding question in the brief.
    static let briefPointsPerQuestion = 3
    /// Points per question that may go without a figure or a date (naming a
    /// country or a mechanism instead): one in three keeps the brief over 60% dated.
    static let briefUndatedPerQuestion = 1
    /// Initiatives weighed for each question, best matches first.
    static let briefInitiativesPerQuestion = 12
    /// What an initiative already drawn on under an earlier question loses, so
    /// that the brief spreads over the knowledge rather than returning to one record.
    static let briefRepeatPenalty = 0.1

    /// The moderator brief as one Markdown document: the session header, a
    /// five-line context from the note, the guiding questions, and for each
    /// question its points and the initiatives they come from, with every source
    /// listed once at the end.
    ///
    /// The points are the same in every language; each is quoted in the brief's
    /// language where the knowledge writes it (es, en) and in English otherwise,
    /// under headings in the brief's language.
    public func brief(language: ReplyLanguage = .spanish) -> String {
        moderatorBrief(language: language).markdown
    }

    /// The brief as values, with its Markdown.
    func moderatorBrief(language: ReplyLanguage) -> Brief {
        let wording = Wording(language: language, knowledge: knowledge)
        let session = knowledge.session
        var sources: [Citation] = []
        func number(_ id: String, url: String?, title: String) -> Int {
            if let known = sources.first(where: { $0.id == id && $0.url == url }) { return known.number }
            sources.append(Citation(number: sources.count + 1, id: id, title: title, url: url))
            return sources.count
        }
        var sections: [Brief.Section] = []
        for (question, picks) in zip(session.questions, briefPicks()) {
            let points = picks.map { pick in
                let name = pick.record.name.text(in: wording.code)
                let url = pick.source.flatMap {
                    pick.record.sources.indices.contains($0) ? pick.record.sources[$0].url : nil
                }
                return TalkingPoint(
                    text: pick.texts.text(in: wording.code), texts: pick.texts,
                    citations: [number(pick.record.id, url: url ?? pick.record.sources.first?.url, title: name)])
            }
            sections.append(Brief.Section(question: question.id, points: points, initiatives: picks.map(\.record.id)))
        }
        let markdown = briefMarkdown(sections, sources: sources, wording)
        return Brief(sections: sections, sources: sources, markdown: markdown)
    }

    private func briefMarkdown(_ sections: [Brief.Section], sources: [Citation], _ wording: Wording) -> String {
        let session = knowledge.session
        var lines = ["# " + session.title.text(in: wording.code)]
        lines.append("")
        lines.append(wording.briefHeader(session))
        lines += ["", "## " + wording.contextHeading, ""]
        if wording.language != .spanish { lines += [wording.contextQuotedNote, ""] }
        lines += contextSummary().map { "- \($0)" }
        lines += ["", "## " + wording.questionsHeading, ""]
        lines += session.questions.enumerated().map { "\($0.offset + 1). \(questionText($0.element, wording))" }
        for (number, (question, section)) in zip(session.questions, sections).enumerated() {
            lines += [
                "", "## \(number + 1). \(questionText(question, wording))", "", "**\(wording.pointsHeading)**", "",
            ]
            for (index, point) in section.points.enumerated() {
                lines.append("\(index + 1). \(point.text) " + point.citations.map { "[\($0)]" }.joined())
            }
            lines += ["", "**\(wording.illustratingHeading)**", ""]
            for (id, points) in Self.grouped(section) {
                guard let record = knowledge.initiative(id) else { continue }
                let cited = points.flatMap(\.citations).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
                lines.append("- " + wording.initiativeLine(record) + " " + cited.map { "[\($0)]" }.joined())
            }
        }
        lines += ["", "## " + wording.sourcesHeading, ""]
        lines += sources.map { source in
            "[\(source.number)] "
                + (source.url.map { "[\(Self.escaped(source.title))](\($0))" } ?? Self.escaped(source.title))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A section's initiatives, each once, with the points it gave.
    private static func grouped(_ section: Brief.Section) -> [(String, [TalkingPoint])] {
        var order: [String] = []
        var points: [String: [TalkingPoint]] = [:]
        for (id, point) in zip(section.initiatives, section.points) {
            if points[id] == nil { order.append(id) }
            points[id, default: []].append(point)
        }
        return order.map { ($0, points[$0] ?? []) }
    }

    private func questionText(_ question: Session.Question, _ wording: Wording) -> String {
        question.text[wording.code] ?? question.text["es"] ?? question.id
    }

    /// Five lines drawn from the note: the opening sentence of each passage, then
    /// the following sentences in turn, until there are five.
    func contextSummary(lines count: Int = 5) -> [String] {
        let sentences = knowledge.conceptNote.passages.map { Self.sentences($0.text) }
        var summary: [String] = []
        var depth = 0
        while summary.count < count, sentences.contains(where: { $0.count > depth }) {
            for passage in sentences where passage.count > depth && summary.count < count {
                summary.append(passage[depth])
            }
            depth += 1
        }
        return summary
    }
}
