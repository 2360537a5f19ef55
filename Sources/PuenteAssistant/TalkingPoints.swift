import Foundation
import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import PuenteText

/// One point a moderator could make, with where it comes from.
public struct TalkingPoint: Sendable, Codable, Hashable {
    /// One or two sentences from the knowledge, in the reply's language when the
    /// knowledge writes it (es or en), else in English (for fr, pt and ar).
    public var text: String
    /// The point in every language the knowledge writes it in: es and en, since
    /// every point is an initiative's talking point or fact.
    public var texts: LocalizedText
    /// The citations of `sources` this point rests on, by number.
    public var citations: [Int]
}

/// Talking points for a theme, a region, a modality or a free query.
public struct TalkingPoints: Sendable, Codable, Hashable {
    public var title: String
    public var points: [TalkingPoint]
    public var sources: [Citation]
    /// The points as a Markdown section with numbered sources.
    public var markdown: String
}

extension Assistant {
    /// How many points a request may ask for.
    public static let talkingPointRange = 1...8
    /// Points closer than this (Jaccard similarity of their stems) count as saying the same thing.
    static let redundancyBound = 0.5
    /// Passages to draw candidate points from before the wider attempts stop.
    static let enoughPassages = 6
    /// MMR's balance between relevance (1) and novelty (0).
    static let relevanceWeight = 0.7

    /// 5–8 diverse, cited points on a theme, region, modality and/or free query.
    ///
    /// Candidates are the talking points and facts of the initiatives that match,
    /// each one that says something a moderator can repeat: a figure, a date, a
    /// country or a named mechanism (see `DetailFinder`). The concept note is never
    /// quoted (the moderator has it), and neither is a point close to one of its
    /// sentences. Points are picked by maximal marginal relevance so that no two
    /// say the same thing, with at most two per initiative; fewer than `limit` come
    /// back when the knowledge holds fewer concrete points on the subject.
    public func talkingPoints(
        theme: String? = nil, region: String? = nil, modality: String? = nil, query: String? = nil,
        limit: Int = 6, language: ReplyLanguage = .spanish
    ) -> TalkingPoints {
        let wording = Wording(language: language, knowledge: knowledge)
        // Initiatives only: the concept note is the moderator's own document.
        var filters = [FacetFilter(kind: .kind, ids: [Knowledge.initiativeKind])]
        if let region { filters.append(FacetFilter(kind: .region, ids: [region])) }
        if let modality { filters.append(FacetFilter(kind: .modality, ids: [modality])) }
        let words = query.map { FacetExtractor.meaningful($0, analyzer: analyzer).map(\.text) } ?? []
        let themeWords =
            theme.map { FacetExtractor.meaningful(wording.label(.theme, $0), analyzer: analyzer).map(\.text) } ?? []
        // Initiatives tagged with the theme first; then the theme's words within the
        // region and modality; then the words anywhere, until there is enough to
        // choose from.
        let attempts = [
            Index.Query(
                words: words.joined(separator: " "),
                filters: filters + (theme.map { [FacetFilter(kind: .theme, ids: [$0])] } ?? [])),
            Index.Query(words: (themeWords + words).joined(separator: " "), filters: filters),
            Index.Query(words: (themeWords + words).joined(separator: " "), filters: [filters[0]]),
        ]
        var hits: [String] = []
        for attempt in attempts where hits.count < Self.enoughPassages {
            for id in rankedInitiatives(attempt) where !hits.contains(id) { hits.append(id) }
        }
        let wantedText = words.joined(separator: " ") + " " + (theme.map { wording.label(.theme, $0) } ?? "")
        // Candidates are quoted in Spanish or English: the wanted words are compared
        // with each in its own language's stems.
        let wanted = Dictionary(
            uniqueKeysWithValues: [Language.spanish, .english].map { ($0, stems(of: wantedText, in: $0)) })
        let details = DetailFinder(knowledge)
        let note = noteStems()
        let candidates = hits.enumerated()
            .flatMap { rank, id in candidatePoints(of: id, rank: rank, wanted: wanted, details: details, wording) }
            .filter { !restates(note, $0.texts) }
        let chosen = Self.diverse(
            candidates, limit: min(max(limit, Self.talkingPointRange.lowerBound), Self.talkingPointRange.upperBound))
        let title = pointsTitle(theme: theme, region: region, modality: modality, query: query, wording)
        return cite(chosen, title: title, wording)
    }

    /// Initiative ids for a query of filters and words, best first; filters alone
    /// list every initiative that has them.
    private func rankedInitiatives(_ query: Index.Query) -> [String] {
        guard !query.isEmpty else { return knowledge.initiatives.map(\.id) }
        var options = SearchOptions()
        options.limit = 15
        options.snippets = false
        options.matching = .allRelaxing(minimumHits: 3)
        // Ids resolved against this vocabulary and words of the knowledge or a query
        // already checked: a refusal can only mean nothing to rank.
        return (try? index.search(Self.trimmed(query), options: options).hits.map(\.id)) ?? []
    }

    struct Candidate {
        var text: String
        var texts: LocalizedText
        var stems: Set<String>
        var relevance: Double
        var origin: String
        var source: Citation
    }

    /// The points and facts of an initiative that say something concrete, each
    /// quoted in the reply's language where the knowledge has it and weighed
    /// against the wanted words' stems in that same language; a figure or a date
    /// weighs in its favour.
    private func candidatePoints(
        of id: String, rank: Int, wanted: [Language: Set<String>], details: DetailFinder, _ wording: Wording
    ) -> [Candidate] {
        let base = 1.0 / (1.0 + 0.15 * Double(rank))
        func candidate(_ texts: LocalizedText, weight: Double, source: Citation) -> Candidate? {
            let said = details.details(in: texts)
            guard !said.isEmpty else { return nil }
            let dated = said.isDisjoint(with: [.figure, .date]) ? 0 : Self.datedBonus
            let code = texts.language(for: wording.code) ?? "es"
            let language = Language(rawValue: code) ?? .spanish
            let text = texts.text(in: code)
            let words = stems(of: text, in: language)
            let sought = wanted[language] ?? []
            let overlap = sought.isEmpty ? 0 : Double(words.intersection(sought).count) / Double(sought.count)
            return Candidate(
                text: text, texts: texts, stems: words, relevance: base * weight + 0.5 * overlap + dated, origin: id,
                source: source)
        }
        guard let record = knowledge.initiative(id) else { return [] }
        let name = record.name.text(in: wording.code)
        let first = Citation(number: 0, id: id, title: name, url: record.sources.first?.url)
        let points = record.talkingPoints.compactMap { candidate($0, weight: 1.0, source: first) }
        let facts = record.facts.compactMap { fact in
            candidate(
                fact.text, weight: 0.9,
                source: Citation(number: 0, id: id, title: name, url: record.sources[fact.source].url))
        }
        return points + facts
    }

    /// What a figure or a date adds to a candidate's relevance: enough to prefer a
    /// dated fact to an undated point of the same initiative, not to a better match.
    static let datedBonus = 0.15

    /// The Spanish stems of each sentence of the concept note.
    func noteStems() -> [Set<String>] {
        knowledge.conceptNote.passages.flatMap { Self.sentences($0.text) }.map { stems(of: $0, in: .spanish) }
    }

    /// Whether a statement says again what a sentence of the note says: compared
    /// in Spanish, the note's language, as closely as two points that repeat each other.
    func restates(_ note: [Set<String>], _ texts: LocalizedText) -> Bool {
        guard let spanish = texts["es"] else { return false }
        return Self.restates(note, stems(of: spanish, in: .spanish))
    }

    /// Whether a statement's Spanish stems are as close to a sentence of the note
    /// as two points that repeat each other.
    static func restates(_ note: [Set<String>], _ stems: Set<String>) -> Bool {
        note.contains { similarity(stems, $0) >= redundancyBound }
    }

    /// Maximal marginal relevance, with a hard bound on similarity and at most two points per passage.
    static func diverse(_ candidates: [Candidate], limit: Int) -> [Candidate] {
        var pool = candidates
        var chosen: [Candidate] = []
        var perOrigin: [String: Int] = [:]
        while chosen.count < limit, !pool.isEmpty {
            let scored = pool.indices.map { index -> (Int, Double) in
                let closest = chosen.map { similarity(pool[index].stems, $0.stems) }.max() ?? 0
                return (index, relevanceWeight * pool[index].relevance - (1 - relevanceWeight) * closest)
            }
            guard let (best, _) = scored.max(by: { $0.1 < $1.1 }) else { break }
            let candidate = pool.remove(at: best)
            let tooClose = chosen.contains { similarity(candidate.stems, $0.stems) >= redundancyBound }
            if tooClose || perOrigin[candidate.origin, default: 0] >= 2 { continue }
            perOrigin[candidate.origin, default: 0] += 1
            chosen.append(candidate)
        }
        return chosen
    }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// The folded stems of a text's meaningful words in `language`.
    func stems(of text: String, in language: Language) -> Set<String> {
        Set(FacetExtractor.meaningful(text, analyzer: analyzer).map { analyzer.stem($0.text, in: language) })
    }

    /// Sentences of a paragraph: split after ". " where the next word starts with a capital.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let ends =
                character == "." && index + 2 < characters.count && characters[index + 1] == " "
                && characters[index + 2].isUppercase
            if ends {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private func pointsTitle(theme: String?, region: String?, modality: String?, query: String?, _ wording: Wording)
        -> String
    {
        var parts: [String] = []
        if let theme { parts.append(wording.label(.theme, theme)) }
        if let modality { parts.append(wording.label(.modality, modality)) }
        if let region { parts.append(wording.label(.region, region)) }
        if let query, !query.isEmpty { parts.append(wording.quoted(query)) }
        let subject = parts.isEmpty ? wording.say("points_subject_session") : parts.joined(separator: " · ")
        return wording.say("points_title", ["subject": subject])
    }

    /// Numbers the sources of the chosen points and renders them.
    private func cite(_ chosen: [Candidate], title: String, _ wording: Wording) -> TalkingPoints {
        var sources: [Citation] = []
        var points: [TalkingPoint] = []
        for candidate in chosen {
            let key = candidate.source
            let number: Int
            if let existing = sources.first(where: { $0.id == key.id && $0.url == key.url }) {
                number = existing.number
            } else {
                number = sources.count + 1
                sources.append(Citation(number: number, id: key.id, title: key.title, url: key.url))
            }
            points.append(TalkingPoint(text: candidate.text, texts: candidate.texts, citations: [number]))
        }
        var lines = ["## \(title)", ""]
        lines += points.enumerated().map {
            "\($0.offset + 1). \($0.element.text) " + $0.element.citations.map { "[\($0)]" }.joined()
        }
        lines += ["", "**\(wording.sourcesHeading)**", ""]
        lines += sources.map { source in
            "- [\(source.number)] "
                + (source.url.map { "[\(Self.escaped(source.title))](\($0))" } ?? Self.escaped(source.title))
        }
        return TalkingPoints(
            title: title, points: points, sources: sources, markdown: lines.joined(separator: "\n") + "\n")
    }

    /// Text safe inside a Markdown link label.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }

    func talkingPointsAnswer(_ turn: Turn, _ wording: Wording) -> Answer {
        let theme = turn.matches.first { $0.kind == .theme }?.id
        let region = turn.filters[.region]?.first
        let modality = turn.filters[.modality]?.first
        let themeWords = Set(
            turn.matches.filter { $0.kind == .theme }.flatMap { $0.typed.split(separator: " ").map(String.init) })
        let rest = turn.words.filter { !themeWords.contains($0) }.joined(separator: " ")
        let points = talkingPoints(
            theme: theme, region: region, modality: modality, query: rest.isEmpty ? nil : rest,
            language: wording.language)
        var interpretation = Interpretation.none
        interpretation.filters = turn.filters
        interpretation.topicTerms = turn.topicTerms
        return Answer(
            intent: .talkingPoints, language: wording.language, reply: points.markdown, lead: points.title,
            hits: [], sources: points.sources, interpretation: interpretation, suggestions: [],
            total: points.points.count)
    }
}
