import PuenteIndex
import PuenteKnowledge
import PuenteSupport

extension Assistant {
    func help(_ wording: Wording, intent: Intent) -> Answer {
        plain(intent, wording.helpText(knowledge.session), wording)
    }

    func reset(_ wording: Wording) -> Answer {
        plain(.reset, wording.resetText, wording)
    }

    func logistics(_ aspect: IntentClassifier.Aspect, _ wording: Wording) -> Answer {
        let session = knowledge.session
        switch aspect {
        case .when: return plain(.logistics, wording.when(session), wording)
        case .duration: return plain(.logistics, wording.duration(session) + "\n" + wording.when(session), wording)
        case .whereAbouts:
            return plain(.logistics, wording.whereAbouts(session) + "\n" + wording.when(session), wording)
        case .language: return plain(.logistics, wording.language(session) + "\n" + wording.when(session), wording)
        case .what: return plain(.logistics, wording.what(session), wording)
        }
    }

    /// The vocabulary of one kind with the number of initiatives tagged with each term.
    func list(_ kind: FacetKind, _ wording: Wording) -> Answer {
        let terms = knowledge.vocabulary.terms(kind)
        let lines = terms.map { term in
            let count = knowledge.initiatives.filter { $0.values(kind).contains(term.id) }.count
            return "  · \(term.label(wording.code)) (\(count)) — \(kind.rawValue):\(term.id)"
        }
        return plain(.list, ([wording.listHeading(kind, count: terms.count)] + lines).joined(separator: "\n"), wording)
    }

    /// One initiative: its names, facets, summary, facts with their sources, and talking points.
    /// - Parameter lead: the sentence to open with instead of the name and period
    ///   (the summary, when the question asked what the initiative is).
    func initiativeAnswer(_ id: String, _ wording: Wording, lead: String? = nil) -> Answer {
        guard let record = knowledge.initiative(id) else { return help(wording, intent: .initiative) }
        let summary = record.summary.text(in: wording.code)
        var lines = [lead ?? wording.initiativeLead(record), wording.initiativeFacets(record), ""]
        if lead == nil { lines += [summary, ""] }
        lines.append(wording.labels.heading(wording.factsHeading))
        lines += record.facts.map { "  · \($0.text(in: wording.code)) (\($0.date)) [\($0.source + 1)]" }
        lines +=
            ["", wording.labels.heading(wording.pointsHeading)]
            + record.talkingPoints.map { "  · \($0.text(in: wording.code))" }
        lines += ["", wording.labels.heading(wording.sourcesHeading)]
        lines += record.sources.enumerated().map { "[\($0.offset + 1)] \($0.element.title) — \($0.element.url)" }
        let title = record.name.text(in: wording.code)
        let hit = AnswerHit(
            citation: 1, id: id, kind: .initiative, title: title, snippet: summary, highlights: [], score: 1)
        let sources = record.sources.enumerated().map {
            Citation(number: $0.offset + 1, id: id, title: $0.element.title, url: $0.element.url)
        }
        var interpretation = Interpretation.none
        interpretation.canonicalQuery = Index.Query(parts: [.phrase(record.name["es"] ?? title)]).description
        return Answer(
            intent: .initiative, language: wording.language, reply: lines.joined(separator: "\n"),
            lead: lead ?? wording.initiativeLead(record), hits: [hit], sources: sources, interpretation: interpretation,
            suggestions: [wording.pointsFor(record.acronym ?? title)], total: 1)
    }

    /// The initiative a "¿qué es…?" question names, when its words all match that record's name.
    func initiativeNamed(_ words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        let query = Index.Query(
            words: words.joined(separator: " "), filters: [FacetFilter(kind: .kind, ids: [Knowledge.initiativeKind])])
        guard let result = try? run(query, limit: 1, explain: true, snippets: false),
            result.requiredWords == result.queryWords,
            let top = result.hits.first, let details = top.explanation
        else { return nil }
        let named = Set(details.filter { $0.field == "name" || $0.field == "acronym" }.map(\.queryWord))
        return result.words.allSatisfy { named.contains($0.text) } ? top.id : nil
    }
}
