import PuenteIndex
import PuenteKnowledge
import PuenteProtocol
import PuenteSupport

/// The assistant's and the knowledge's values as the wire writes them.
extension Wire.AskResult {
    /// An answer as the wire writes it, under the session id the server keeps it by
    /// (none when the client asked to keep nothing).
    public init(session: String?, answer: Answer, sessionForgotten: Bool) {
        self.init(
            session: session, intent: answer.intent, language: answer.language, reply: answer.reply,
            lead: answer.lead,
            hits: answer.hits.map {
                Wire.Hit(
                    citation: $0.citation, id: $0.id, kind: $0.kind, title: $0.title, section: nil, score: $0.score,
                    snippet: $0.snippet, highlights: $0.highlights.map(Wire.Highlight.init))
            },
            sources: answer.sources.map(Wire.Source.init),
            interpretation: Wire.Interpretation(answer.interpretation),
            suggestions: answer.suggestions.map { Wire.Suggestion(text: $0.text, input: $0.input) },
            total: answer.total,
            notices: answer.notices.map { Wire.Notice(kind: $0.kind, facet: $0.facet, ids: $0.ids) },
            sessionForgotten: sessionForgotten)
    }
}

extension Wire.Highlight {
    init(_ highlight: PuenteIndex.Highlight) { self.init(start: highlight.start, length: highlight.length) }
}

extension Wire.Source {
    init(_ citation: Citation) {
        self.init(number: citation.number, id: citation.id, title: citation.title, url: citation.url)
    }
}

extension Wire.Interpretation {
    init(_ interpretation: Interpretation) {
        self.init(
            filters: interpretation.filters, exclusions: interpretation.exclusions,
            topicTerms: interpretation.topicTerms,
            topic: interpretation.topic,
            corrections: interpretation.corrections.map { Wire.Correction(typed: $0.typed, corrected: $0.corrected) },
            expansions: interpretation.expansions, canonicalQuery: interpretation.canonicalQuery,
            followUp: interpretation.followUp, relaxed: interpretation.relaxed, labels: interpretation.labels,
            focus: interpretation.focus)
    }
}

extension Wire.TalkingPointsResult {
    init(_ points: TalkingPoints) {
        let sources = points.sources.map(Wire.Source.init)
        self.init(
            title: points.title,
            points: points.points.map { point in
                Wire.TalkingPoint(
                    text: point.text, texts: point.texts.texts,
                    sources: sources.filter { point.citations.contains($0.number) })
            },
            sources: sources, markdown: points.markdown)
    }
}

extension Wire.Record {
    /// - Parameter language: the code facts and talking points are wanted in; each
    ///   also carries all its languages, so scripts see both wordings.
    /// Countries and bodies are named in `language`.
    init(_ initiative: Initiative, language: String, knowledge: Knowledge) {
        self.init(id: initiative.id, kind: .initiative)
        name = initiative.name.texts
        otherNames = initiative.otherNames
        acronym = initiative.acronym
        regions = initiative.regions
        countries = knowledge.countries(of: initiative, in: language)
        modalities = initiative.modalities
        mechanisms = initiative.mechanisms
        themes = initiative.themes
        period = initiative.period.text(in: language)
        lead = knowledge.bodyLabels(initiative.lead, in: language)
        partners = knowledge.bodyLabels(initiative.partners, in: language)
        summary = initiative.summary.texts
        facts = initiative.facts.map {
            Wire.Fact(text: $0.text(in: language), texts: $0.text.texts, date: $0.date, source: $0.source + 1)
        }
        talkingPoints = initiative.talkingPoints.map { $0.text(in: language) }
        talkingPointTexts = initiative.talkingPoints.map(\.texts)
        sources = initiative.sources.map { Wire.RecordSource(url: $0.url, title: $0.title) }
    }

    init(_ passage: ConceptNote.Passage) {
        self.init(id: passage.id, kind: .conceptNote)
        section = passage.section
        text = passage.text
    }
}
