import PuenteIndex
import PuenteKnowledge

extension Assistant {
    /// Points per guiding question in the brief.
    static let briefPointsPerQuestion = 3
    /// Initiatives per guiding question in the brief.
    static let briefInitiativesPerQuestion = 3

    /// The moderator brief as one Markdown document: the session header, a
    /// five-line context from the note, the guiding questions, and for each
    /// question its best talking points and the initiatives that illustrate it,
    /// with every source listed once at the end.
    public func brief(language: ReplyLanguage = .spanish) -> String {
        let wording = Wording(language: language, vocabulary: knowledge.vocabulary)
        let session = knowledge.session
        var sources: [Citation] = []
        func globalNumber(_ source: Citation) -> Int {
            if let known = sources.first(where: { $0.id == source.id && $0.url == source.url }) { return known.number }
            sources.append(Citation(number: sources.count + 1, id: source.id, title: source.title, url: source.url))
            return sources.count
        }

        var lines = ["# " + (session.title[wording.code] ?? session.title["es"] ?? "")]
        lines.append("")
        lines.append(wording.briefHeader(session))
        lines += ["", "## " + wording.contextHeading, ""]
        lines += contextSummary().map { "- \($0)" }
        lines += ["", "## " + wording.questionsHeading, ""]
        lines += session.questions.enumerated().map { "\($0.offset + 1). \(questionText($0.element, wording))" }
        for (number, question) in session.questions.enumerated() {
            let text = questionText(question, wording)
            lines += ["", "## \(number + 1). \(text)", "", "**\(wording.pointsHeading)**", ""]
            let points = talkingPoints(
                theme: nil, region: nil, modality: nil, query: question.text["es"] ?? text,
                limit: Self.briefPointsPerQuestion, language: language)
            for (index, point) in points.points.enumerated() {
                let cited = point.citations.compactMap { local in points.sources.first { $0.number == local } }.map(globalNumber)
                lines.append("\(index + 1). \(point.text) " + cited.map { "[\($0)]" }.joined())
            }
            lines += ["", "**\(wording.illustratingHeading)**", ""]
            for id in initiatives(illustrating: question.text["es"] ?? text) {
                guard let record = knowledge.initiative(id) else { continue }
                let number = globalNumber(Citation(number: 0, id: id, title: record.name[wording.code] ?? record.name["es"] ?? id, url: record.sources.first?.url))
                lines.append("- " + wording.initiativeLine(record) + " [\(number)]")
            }
        }
        lines += ["", "## " + wording.sourcesHeading, ""]
        lines += sources.map { source in
            "[\(source.number)] " + (source.url.map { "[\(Self.escaped(source.title))](\($0))" } ?? Self.escaped(source.title))
        }
        return lines.joined(separator: "\n") + "\n"
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

    /// The initiatives that best match a question's words.
    private func initiatives(illustrating text: String) -> [String] {
        let words = FacetExtractor.meaningful(text, analyzer: analyzer).map(\.text).prefix(SearchOptions.maximumQueryWords - 1)
        var options = SearchOptions()
        options.limit = Self.briefInitiativesPerQuestion
        options.snippets = false
        options.typoTolerance = false
        options.matching = .allRelaxing(minimumHits: Self.briefInitiativesPerQuestion)
        let query = Index.Query(words: words.joined(separator: " "), filters: [FacetFilter(kind: .kind, ids: [Knowledge.initiativeKind])])
        // The words come from the note and the filter from the knowledge: the index
        // can refuse them only if the knowledge holds no initiative, and then none illustrate.
        return (try? index.search(query, options: options).hits.map(\.id)) ?? []
    }
}
