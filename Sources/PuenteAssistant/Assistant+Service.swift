import Foundation
import PuenteIndex
import PuenteKnowledge
import PuenteProtocol
import PuenteSupport
import PuenteText

/// The assistant as the daemon's domain API: every method of the protocol that
/// reads the knowledge has its counterpart here, taking typed arguments and
/// returning the wire's values. The server only frames, dispatches and keeps
/// sessions; errors are `AssistantError`s, which present themselves.
extension Assistant {
    /// `search`: the query syntax, plus structured filters (facet name → ids).
    /// - Parameter language: the language of hit titles, and the only language
    ///   query words are stemmed in when given.
    public func search(
        query text: String, filters: [(facet: String, values: [String])] = [], limit: Int = 10, offset: Int = 0,
        language: String? = nil
    ) throws(AssistantError) -> Wire.SearchResult {
        var query: Index.Query
        do {
            query = text.isEmpty ? Index.Query() : try Index.Query(parsing: text)
        } catch {
            throw .invalidQuery(error, param: "query")
        }
        for (facet, values) in filters where !values.isEmpty {
            guard let kind = FacetKind(named: facet) else {
                throw .invalidQuery(QueryError.unknownFilterField(facet), param: "filters")
            }
            query.filters.append(FacetFilter(kind: kind, ids: values))
        }
        var options = SearchOptions()
        options.limit = limit
        options.offset = offset
        if let language = language.flatMap(Language.init(rawValue:)) { options.languages = [language] }
        let clock = ContinuousClock()
        let start = clock.now
        let result: SearchResult
        do {
            result = try index.search(query, options: options)
        } catch {
            // Name the param the refused value came from.
            let fromFilters =
                error.kind == .unknownFilterValue
                && filters.contains { $0.values.contains { $0.lowercased() == error.typed?.lowercased() } }
            throw .invalidQuery(error, param: fromFilters ? "filters" : "query")
        }
        let took = clock.now - start
        var facets: [String: [String: Int]] = [:]
        for facet in result.facets { facets[facet.facet.rawValue, default: [:]][facet.value] = facet.count }
        let wording = Wording(language: ReplyLanguage(code: language), knowledge: knowledge)
        return Wire.SearchResult(
            total: result.total,
            tookUs: Int(took.components.attoseconds / 1_000_000_000_000 + took.components.seconds * 1_000_000),
            hits: result.hits.map { wireHit($0, wording) },
            facets: facets,
            corrected: result.corrections.map { Wire.Correction(typed: $0.typed, corrected: $0.corrected) },
            ignored: result.ignoredWords, queryWords: result.queryWords, requiredWords: result.requiredWords)
    }

    /// A hit with its title in the wording's language.
    private func wireHit(_ hit: Hit, _ wording: Wording) -> Wire.Hit {
        let (title, _, kind) = describe(hit.id, wording)
        return Wire.Hit(
            citation: nil, id: hit.id, kind: kind, title: title,
            section: knowledge.conceptNote.passage(hit.id)?.section,
            score: hit.score, snippet: hit.snippet?.text ?? "",
            highlights: hit.snippet?.highlights.map(Wire.Highlight.init) ?? [])
    }

    /// `record`: an initiative or a passage of the concept note, in full.
    public func record(id: String, language: ReplyLanguage = .spanish) throws(AssistantError) -> Wire.Record {
        if let initiative = knowledge.initiative(id) {
            return Wire.Record(initiative, language: language.rawValue, knowledge: knowledge)
        }
        if let passage = knowledge.conceptNote.passage(id) { return Wire.Record(passage) }
        let ids = knowledge.initiatives.map(\.id) + knowledge.conceptNote.passages.map(\.id)
        throw .noRecord(id, close: Self.close(to: id, among: ids))
    }

    /// Up to five ids near a mistyped one: those containing it, then those within the typo budget.
    static func close(to typed: String, among ids: [String]) -> [String] {
        let lowered = typed.lowercased()
        let containing = ids.filter { !lowered.isEmpty && ($0.contains(lowered) || lowered.contains($0)) }
        let lexicon = Lexicon(ids)
        let near = lexicon.fuzzyMatches(of: lowered).map { lexicon.word(at: $0.ordinal) }
        var seen = Set<String>()
        return (containing + near).filter { seen.insert($0).inserted }.prefix(5).map { $0 }
    }

    /// `vocabulary`: every term with its labels, synonyms and how many initiatives carry it.
    public func vocabularyResult() -> Wire.VocabularyResult {
        func terms(_ kind: FacetKind) -> [Wire.Term] {
            knowledge.vocabulary.terms(kind).map { term in
                Wire.Term(
                    id: term.id, labels: term.labels, synonyms: term.synonyms,
                    count: knowledge.initiatives.filter { $0.values(kind).contains(term.id) }.count)
            }
        }
        return Wire.VocabularyResult(
            themes: terms(.theme), regions: terms(.region), modalities: terms(.modality), mechanisms: terms(.mechanism))
    }

    /// `session_info`: the session in `language`.
    public func sessionInfo(language: ReplyLanguage) -> Wire.SessionInfo {
        let session = knowledge.session
        let code = language.rawValue
        return Wire.SessionInfo(
            title: session.title[code] ?? session.title["es"] ?? "",
            conference: session.conference[code] ?? session.conference["es"] ?? "",
            city: session.city.text(in: code), country: session.country[code] ?? session.country["es"] ?? "",
            venue: session.venue,
            date: session.date, start: session.start, end: session.end, timezone: session.timeZone,
            language: ReplyLanguage(rawValue: session.language) ?? .spanish,
            questions: session.questions.map { Wire.Question(id: $0.id, text: $0.text[code] ?? $0.text["es"] ?? "") },
            examples: session.examples.map { $0.text(in: code) })
    }

    /// `suggest`: completions for the word being typed: a facet value after `facet:`,
    /// else vocabulary labels and then words of the index that begin with it.
    public func suggest(prefix: String, limit: Int = 10) -> Wire.SuggestResult {
        let last = String(prefix.split(whereSeparator: \.isWhitespace).last ?? "")
        guard !last.isEmpty, !(prefix.last?.isWhitespace ?? false) else { return Wire.SuggestResult(completions: []) }
        let vocabulary = knowledge.vocabulary
        if let colon = last.firstIndex(of: ":") {
            let facet = String(last[..<colon]).lowercased()
            let typed = String(last[last.index(after: colon)...]).lowercased()
            let ids =
                FacetKind(named: facet).map { kind in
                    Vocabulary.kind(kind).map { vocabulary.terms($0).map(\.id) } ?? [
                        Knowledge.initiativeKind, Knowledge.conceptNoteKind,
                    ]
                } ?? []
            return Wire.SuggestResult(
                completions: ids.filter { $0.hasPrefix(typed) }.prefix(limit).map { "\(facet):\($0)" })
        }
        let folded = Folding.fold(last.lowercased())
        let labels = vocabulary.terms.flatMap { $0.labels.values }.filter {
            Folding.fold($0.lowercased()).hasPrefix(folded)
        }
        var seen = Set<String>()
        let words = (labels.sorted() + index.completions(of: last, limit: limit)).filter {
            seen.insert($0.lowercased()).inserted
        }
        return Wire.SuggestResult(completions: Array(words.prefix(limit)))
    }

    /// `talking_points`, with the theme, region and modality named as people name them.
    public func talkingPointsResult(
        theme: String?, region: String?, modality: String?, query: String?, limit: Int = 6,
        language: ReplyLanguage = .spanish
    ) throws(AssistantError) -> Wire.TalkingPointsResult {
        do {
            let points = try talkingPoints(
                themeNamed: theme, regionNamed: region, modalityNamed: modality, query: query, limit: limit,
                language: language)
            return Wire.TalkingPointsResult(points)
        } catch {
            throw .unknownTerm(error)
        }
    }

    /// `brief`: the moderator brief as Markdown.
    public func briefResult(language: ReplyLanguage) -> Wire.MarkdownResult {
        Wire.MarkdownResult(markdown: brief(language: language))
    }

    /// `coverage`: initiatives per theme × region × modality, with the gaps.
    public func coverageResult(language: ReplyLanguage) -> Wire.CoverageResult {
        let coverage = coverage()
        return Wire.CoverageResult(
            themes: coverage.themes, regions: coverage.regions, modalities: coverage.modalities,
            cells: coverage.cells.map {
                Wire.CoverageCell(
                    theme: $0.theme, region: $0.region, modality: $0.modality, initiatives: $0.initiatives)
            },
            emptyCells: coverage.emptyCells.count, singleCells: coverage.singleCells.count,
            markdown: coverageMarkdown(language: language))
    }

    /// The index's size and the knowledge's version, for `stats` and `reload`.
    public var sizes: (documents: Int, terms: Int, bytes: Int, version: String) {
        (index.documentCount, index.termCount, index.estimatedBytes, knowledge.version)
    }
}

extension ReplyLanguage {
    /// The language a code names; Spanish, the session's, when it names none.
    init(code: String?) {
        self = code.flatMap(ReplyLanguage.init(rawValue:)) ?? .spanish
    }
}
