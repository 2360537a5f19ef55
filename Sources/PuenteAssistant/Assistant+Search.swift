import PuenteIndex
import PuenteKnowledge
import PuenteProtocol
import PuenteSupport
import PuenteText

extension Assistant {
    /// Passages quoted in an answer.
    static let shownHits = 5
    static let snippetLength = 180
    /// Fewer hits than this for a part of a region's name are widened to the region.
    static let fewHits = 3
    /// Initiatives a lead names when none holds every word of the question.
    static let closestNamed = 2

    func search(_ turn: Turn, after conversation: Conversation, _ wording: Wording) -> (Answer, Conversation) {
        let (next, followUp) = conversation.next(with: turn)
        guard !next.isEmpty else { return (help(wording, intent: .search), conversation) }

        var asked = next
        var result: SearchResult?
        do {
            result = try run(asked.query, in: wording.language)
        } catch {
            return (refused(error, wording), conversation)
        }
        if let first = result, first.requiredWords < first.queryWords,
            let (focused, again) = withoutOccasionWords(asked, turn, wording)
        {
            asked = focused
            result = again
        }
        // A part of a region ("Asie du Sud-Est") is searched as words too, for the bodies
        // such names are ("CEDEAO"); when no passage holds them all, or only a few do
        // (few records about Central Asia say "Asie centrale"), its region says it.
        if let first = result, first.requiredWords < first.queryWords || first.total < Self.fewHits {
            let relaxed = first.requiredWords < first.queryWords
            // A body ("CEDEAO", "Unión Africana") keeps its words when it has a few hits: they are about it.
            let parts = turn.matches.filter { $0.viaInclude && (relaxed || !names.isBody(Folding.fold($0.typed))) }
            let partWords = Set(parts.flatMap { $0.typed.split(separator: " ").map { Folding.fold(String($0)) } })
            var narrower = asked
            narrower.topic.removeAll { partWords.contains(Folding.fold($0)) }
            if narrower.topic.count < asked.topic.count, !narrower.topic.isEmpty,
                let again = try? run(narrower.query, in: wording.language),
                again.total > (relaxed ? 0 : first.total)
            {
                asked = narrower
                // The region says it, but those that name the part ("Mekong") come first.
                let naming = parts.map { part in
                    Set(
                        (try? run(
                            Index.Query(parts: [.phrase(part.typed)]), limit: knowledge.initiatives.count,
                            snippets: false))?.hits.map(\.id) ?? [])
                }
                let holders = again.hits.filter { hit in naming.allSatisfy { $0.contains(hit.id) } }
                let holderIDs = Set(holders.map(\.id))
                result = again
                result?.hits = holders + again.hits.filter { !holderIDs.contains($0.id) }
            }
        }
        // A part named by its countries ("North Africa", «شمال أفريقيا») holds every record that
        // lists one of them, whether its texts name the part or not: those come first, of all
        // the region's hits, not only of the first page.
        // Its words are no topic then: "Quelles initiatives existent en Afrique du Nord ?" asks for
        // the part's records, not for the one that happens to write "nord".
        var inNamedPart = false
        // "and in North Africa?" after cocoa: the part named holds none of the topic; that is said
        // first, and what holds it in the region follows.
        var partsLacking: [String] = []
        let namedParts = turn.matches.filter(\.viaInclude).compactMap { match in
            places.named(match.typed).map { (match, $0) }
        }
        let placeRecords = Set(namedParts.flatMap { places.records(in: $0.1) })
        if !placeRecords.isEmpty, result != nil {
            let placeWords = Set(
                namedParts.flatMap {
                    FacetExtractor.meaningful($0.0.typed, analyzer: analyzer).map { Folding.fold($0.text) }
                })
            var placeless = asked
            placeless.topic.removeAll { placeWords.contains(Folding.fold($0)) }
            // "¿Y en el sudeste asiático tienen algo parecido?" after South Asia's plan: when only records
            // elsewhere hold every word of the topic, the part's nearest are what is asked for.
            let strict = try? run(placeless.query, limit: knowledge.initiatives.count, in: wording.language)
            // A search that kept no word of the topic holds none of it, whatever records it found.
            let holdsNone =
                strict.map { found in
                    (found.requiredWords == 0 && found.queryWords > 0)
                        || !found.hits.contains { placeRecords.contains($0.id) }
                } ?? true
            let lacksTopic = holdsNone && !placeless.topic.isEmpty && !holdsTellingWord(placeless, placeRecords)
            let found =
                holdsNone && !placeless.topic.isEmpty
                ? try? run(
                    placeless.query, limit: knowledge.initiatives.count, in: wording.language,
                    minimumHits: Self.shownHits) : strict
            if lacksTopic {
                partsLacking = namedParts.map(\.0.written)
                asked = placeless
                result = strict.map { found in
                    var shown = found
                    shown.hits = Array(found.hits.prefix(Self.shownHits))
                    return shown
                }
            } else if let all = found {
                // "entre l'Afrique de l'Ouest et l'Afrique centrale": those in every part named come first.
                let inEvery = namedParts.map { places.records(in: $0.1) }.reduce(placeRecords) { $0.intersection($1) }
                let inPlace =
                    all.hits.filter { inEvery.contains($0.id) }
                    + all.hits.filter { placeRecords.contains($0.id) && !inEvery.contains($0.id) }
                if !inPlace.isEmpty {
                    inNamedPart = true
                    asked = placeless
                    result = all
                    // With nothing else asked, the part's records are the answer; with a topic, they lead it.
                    result?.hits = Array(
                        (placeless.topic.isEmpty
                            ? inPlace : inPlace + all.hits.filter { !placeRecords.contains($0.id) }).prefix(
                                Self.shownHits))
                    if placeless.topic.isEmpty {
                        // "3 initiatives in Africa: …", counting the part's, as the list names them.
                        result?.total = inPlace.count
                        result?.facets = all.facets.map { count in
                            var count = count
                            if count.facet == .kind && count.value == Knowledge.initiativeKind {
                                count.count = inPlace.count
                            }
                            return count
                        }
                    }
                }
            }
        }
        var dropped: [Notice] = []
        // Nothing in the place or modality named holds the topic (no hit, or hits that hold
        // none of its telling words): say so and show what holds it elsewhere. "and in
        // Asia?" after cocoa is not answered with Asia's child labour programmes.
        // So is a modality that made the search give up words of the topic a wider search holds:
        // "cross-border or regional initiatives on cocoa in West Africa" is about cocoa first. A
        // place is asked for as such: "and in Africa?" after peer reviews wants Africa's nearest.
        let empty = (result?.total ?? 0) == 0
        // A region named only by a body («الاتحاد الأوروبي», "la Unión Europea") is where the body
        // sits, not where it works: the EU's project in Egypt is asked for, whatever region Egypt is in.
        let regionNamedByBodies =
            turn.filters[.region] != nil
            && turn.matches.filter { $0.kind == .region }.allSatisfy {
                $0.viaInclude && names.isBody(Folding.fold($0.typed))
            }
        for facet in [FacetKind.region, .modality] where !asked.topic.isEmpty {
            guard let ids = asked.filters[facet] else { continue }
            let relaxed = result.map { $0.requiredWords < $0.queryWords } ?? false
            guard empty || relaxed else { continue }
            var wider = asked
            wider.filters[facet] = nil
            guard let broader = try? run(wider.query, in: wording.language), broader.total > 0 else { continue }
            // The part of a region named is asked for as such: a wider search answers only with its records.
            if inNamedPart && !broader.hits.contains(where: { placeRecords.contains($0.id) }) { continue }
            let namedByBodies = facet == .region && regionNamedByBodies
            let holdsMore =
                (facet == .modality || namedByBodies) && broader.requiredWords > (result?.requiredWords ?? 0)
            if empty || holdsMore || (lacksTellingWords(asked, result) && !lacksTellingWords(wider, broader)) {
                // Nobody asked about the body's own region: the answer does not open on it.
                if !namedByBodies { dropped.append(Notice(kind: .filtersDropped, facet: facet, ids: ids)) }
                asked = wider
                result = broader
            }
        }
        let near = result.map { nearlyHolding(asked, besides: $0, wording) } ?? []
        // "Avec quels pays le Mali a-t-il signé des accords… ?": one record holds every word and
        // others come close: that one is the focus ("le deuxième" then orders its facts).
        let onlyFull = near.isEmpty ? nil : result?.hits.first?.id
        result?.hits += near
        var answer = compose(
            result, asked: asked, turn: turn, followUp: followUp,
            widenedFrom: dropped.first { $0.facet == .region }?.ids ?? [], partsLacking: partsLacking, near: near,
            wording)
        answer.notices = dropped + answer.notices
        // A dropped filter is named by its label, as the kept ones are.
        for notice in dropped {
            guard let kind = notice.facet.flatMap(Vocabulary.kind) else { continue }
            for id in notice.ids { answer.interpretation.labels[id] = wording.label(kind, id) }
        }
        var kept = next
        kept.focus = onlyFull
        return (answer, kept)
    }

    /// The initiatives that hold nearly every word of a question only one initiative
    /// holds in full: "are there any initiatives on cocoa supply chains across borders
    /// in West Africa?" is asked of several, and the one that says every word is not the
    /// only one about cocoa. Nearly is all but a third of the words, at least two, among
    /// them the word fewest initiatives hold ("cocoa", "Malí": what the question is about).
    private func nearlyHolding(_ asked: Conversation, besides result: SearchResult, _ wording: Wording) -> [Hit] {
        guard result.total == 1, result.requiredWords == result.queryWords, result.queryWords > 2,
            let only = result.hits.first, knowledge.initiative(only.id) != nil,
            let wider = try? run(
                asked.query, explain: true, snippets: false, in: wording.language, minimumHits: Self.fewHits),
            wider.requiredWords >= 2, wider.requiredWords * 3 >= result.queryWords * 2
        else { return [] }
        let initiatives = [FacetFilter(kind: .kind, ids: [Knowledge.initiativeKind])]
        let holders = { (word: String) in
            (try? run(Index.Query(words: word, filters: initiatives), limit: 1, snippets: false))?.total ?? 0
        }
        guard let rarest = result.words.filter({ !$0.excluded }).map(\.text).min(by: { holders($0) < holders($1) })
        else { return [] }
        // By score, not by words held: the rare word weighs more than two common ones.
        let others = wider.hits.filter { hit in
            hit.id != only.id && knowledge.initiative(hit.id) != nil
                && (hit.explanation ?? []).contains { $0.queryWord == rarest }
        }
        return Array(others.sorted { $0.score > $1.score }.prefix(Self.closestNamed))
    }

    /// Whether a record of a part of a region holds one of the topic's telling words (those
    /// fewer than half of the initiatives hold): Southeast Asia's roadmap holds "forms" of a
    /// South Asian plan "to end all forms of child labour"; no record of North Africa holds "cocoa".
    private func holdsTellingWord(_ asked: Conversation, _ records: Set<String>) -> Bool {
        let all = knowledge.initiatives.count
        return asked.topic.contains { word in
            var alone = Conversation()
            alone.topic = [word]
            guard let holders = try? run(alone.query, limit: all, snippets: false), holders.total < all / 2 else {
                return false
            }
            return holders.hits.contains { records.contains($0.id) }
        }
    }

    /// Whether a relaxed result holds none of the topic's telling words (those fewer than
    /// half of the initiatives hold) under the conversation's filters: its hits then
    /// share only what every record says ("child labour"), not what was asked about.
    private func lacksTellingWords(_ asked: Conversation, _ result: SearchResult?) -> Bool {
        guard let result, result.requiredWords < result.queryWords else { return false }
        let count = { (conversation: Conversation) in
            (try? run(conversation.query, limit: 1, snippets: false))?.total ?? 0
        }
        let telling = asked.topic.filter { word in
            var alone = Conversation()
            alone.topic = [word]
            return count(alone) < knowledge.initiatives.count / 2
        }
        return !telling.isEmpty
            && telling.allSatisfy { word in
                var narrowed = asked
                narrowed.topic = [word]
                return count(narrowed) == 0
            }
    }

    /// Runs an index query. A question longer than the index accepts keeps its
    /// first words (a participant's long question is still a question).
    /// - Parameter snippets: false when only the hits' ids, scores or the total are
    ///   read: snippets are half of what a search costs.
    /// - Parameter language: the reader's, whose wording of a passage is quoted first.
    /// - Parameter minimumHits: how many passages the words must find before fewer words
    ///   are required of each.
    /// - Throws: `QueryError` when the index refuses the query.
    func run(
        _ query: Index.Query, limit: Int = Assistant.shownHits, explain: Bool = false, snippets: Bool = true,
        in language: ReplyLanguage? = nil, minimumHits: Int = 1
    ) throws(QueryError) -> SearchResult {
        var options = SearchOptions()
        options.snippetLanguage = language.flatMap { Language(rawValue: $0.rawValue) }
        options.limit = limit
        options.snippets = snippets
        options.snippetLength = Self.snippetLength
        options.explain = explain
        options.matching = .allRelaxing(minimumHits: minimumHits)
        return try index.search(Self.trimmed(query), options: options)
    }

    /// At most the index's word limit of bare words, the first ones kept.
    static func trimmed(_ query: Index.Query) -> Index.Query {
        var budget = SearchOptions.maximumQueryWords
        var trimmed = query
        trimmed.parts = query.parts.compactMap { part in
            guard case .words(let text, let excluded) = part else {
                budget -= 1
                return part
            }
            let kept = text.split(whereSeparator: \.isWhitespace).prefix(max(0, budget))
            budget -= kept.count
            return kept.isEmpty ? nil : .words(kept.joined(separator: " "), excluded: excluded)
        }
        return trimmed
    }

    /// The answer when the index refused the question (a mistyped filter): what
    /// was wrong and the closest accepted value, claiming nothing about what was
    /// typed; the caller leaves the conversation as it was.
    func refused(_ error: QueryError, _ wording: Wording) -> Answer {
        let lead: String
        var suggestions: [Suggestion] = []
        if error.kind == .unknownFilterValue, let facet = error.facet, let typed = error.typed {
            lead = wording.unknownFilterValue(facet, typed, closest: error.closest)
            if let closest = error.closest {
                suggestions.append(
                    Suggestion(text: "\(facet.rawValue):\(closest)", input: "\(facet.rawValue):\(closest)"))
            }
        } else {
            lead = error.description
        }
        let reply = ([lead, wording.filterSyntaxHelp]).joined(separator: "\n")
        return Answer(
            intent: .search, language: wording.language, reply: reply, lead: lead, hits: [], sources: [],
            interpretation: .none, suggestions: suggestions, total: 0)
    }

    /// The answer to a `name:value` token whose name is no filter field (`regoin:africa`).
    func mistypedField(_ typed: String, meant: String, _ wording: Wording) -> Answer {
        let lead = wording.unknownFilterField(typed, closest: meant)
        return Answer(
            intent: .search, language: wording.language,
            reply: [lead, wording.filterSyntaxHelp].joined(separator: "\n"),
            lead: lead, hits: [], sources: [], interpretation: .none, suggestions: [], total: 0)
    }

    private func compose(
        _ result: SearchResult?, asked: Conversation, turn: Turn, followUp: Bool, widenedFrom: [String],
        partsLacking: [String], near: [Hit], _ wording: Wording
    ) -> Answer {
        let topicLabel = topicDescription(asked, wording)
        var interpretation = Interpretation(
            filters: asked.filters, exclusions: asked.exclusions, topicTerms: asked.topicTerms, topic: asked.topic,
            corrections: corrections(turn, result), expansions: expansions(result),
            canonicalQuery: asked.query.description, followUp: followUp, relaxed: false)
        guard let result, result.total > 0 else {
            return nothingFound(asked, interpretation: interpretation, result: result, wording)
        }
        interpretation.relaxed = result.requiredWords < result.queryWords
        interpretation.labels = labels(of: asked, wording)
        let counts = Dictionary(
            result.facets.filter { $0.facet == .kind }.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        var lead = wording.lead(
            initiatives: counts[Knowledge.initiativeKind] ?? 0, passages: counts[Knowledge.conceptNoteKind] ?? 0,
            modalities: asked.filters[.modality] ?? [], regions: asked.filters[.region] ?? [], topic: topicLabel)
        // A list names what it counts, by the names the reader reads, and how many more there are.
        let nearIDs = Set(near.map(\.id))
        let initiatives = result.hits.filter { !nearIDs.contains($0.id) }.compactMap { knowledge.initiative($0.id) }
        let counted = counts[Knowledge.initiativeKind] ?? 0
        if counted > 0 && !initiatives.isEmpty && (counts[Knowledge.conceptNoteKind] ?? 0) == 0 {
            let rest = counted - initiatives.count
            lead +=
                ": "
                + wording.join(initiatives.map { listedName($0, wording) } + (rest > 0 ? [wording.more(rest)] : []))
        }
        let nearNames = near.compactMap { knowledge.initiative($0.id).map { listedName($0, wording) } }
        if !nearNames.isEmpty { lead += wording.alsoClose(nearNames) }
        // Relaxed hits each lack some of the words: none is counted as being about them all.
        // A question in the index's syntax is told which words no source holds together;
        // a question in words is told what comes closest, by name.
        if interpretation.relaxed {
            lead =
                turn.explicit.isEmpty && !initiatives.isEmpty
                ? wording.closest(initiatives.prefix(Self.closestNamed).map { $0.name.text(in: wording.code) })
                : wording.partialMatches(result.total, words: asked.topic)
        }
        // The part named, when it is what holds nothing, else the region dropped.
        if !partsLacking.isEmpty {
            lead =
                wording.nothingIn(parts: partsLacking, modalities: asked.filters[.modality] ?? [], topic: topicLabel)
                + " " + lead
        } else if !widenedFrom.isEmpty {
            lead =
                wording.nothingIn(regions: widenedFrom, modalities: asked.filters[.modality] ?? [], topic: topicLabel)
                + " " + lead
        }
        let (hits, sources) = citedHits(result.hits, wording)
        return Answer(
            intent: .search, language: wording.language, reply: "", lead: lead, hits: hits, sources: sources,
            interpretation: interpretation, suggestions: suggestions(result, asked: asked, topic: topicLabel, wording),
            total: result.total + near.count, notices: interpretation.relaxed ? [Notice(kind: .relaxed)] : [])
    }

    /// A record as a list names it: its name in the reader's language, and its acronym
    /// when the name does not hold it ("… Asia Meridional 2016–2021 (SAIEVAC)").
    func listedName(_ record: Initiative, _ wording: Wording) -> String {
        let name = record.name.text(in: wording.code)
        guard let acronym = record.acronym, !name.includes(acronym) else { return name }
        return "\(name) (\(acronym))"
    }

    /// The label of every vocabulary id the conversation holds, in the reply's language.
    func labels(of conversation: Conversation, _ wording: Wording) -> [String: String] {
        var labels: [String: String] = [:]
        for (facet, ids) in conversation.filters.merging(conversation.exclusions, uniquingKeysWith: +) {
            guard let kind = Vocabulary.kind(facet) else { continue }
            for id in ids { labels[id] = wording.label(kind, id) }
        }
        for id in conversation.topicTerms {
            if let term = knowledge.vocabulary.term(.theme, id) ?? knowledge.vocabulary.term(.mechanism, id) {
                labels[id] = term.label(wording.code)
            }
        }
        return labels
    }

    /// The theme labels the topic names, else its words in quotes.
    func topicDescription(_ conversation: Conversation, _ wording: Wording) -> String? {
        let themes = conversation.topicTerms.compactMap { id in
            knowledge.vocabulary.term(.theme, id) ?? knowledge.vocabulary.term(.mechanism, id)
        }
        if !themes.isEmpty { return wording.join(themes.map { $0.label(wording.code) }) }
        guard !conversation.topic.isEmpty else { return nil }
        let words = conversation.topic.joined(separator: " ")
        return wording.quoted(words)
    }

    func citedHits(_ hits: [Hit], _ wording: Wording) -> ([AnswerHit], [Citation]) {
        var answerHits: [AnswerHit] = []
        var sources: [Citation] = []
        for (number, hit) in hits.prefix(Self.shownHits).enumerated() {
            let citation = number + 1
            let (title, url, kind) = describe(hit.id, wording)
            answerHits.append(
                AnswerHit(
                    citation: citation, id: hit.id, kind: kind, title: title,
                    snippet: hit.snippet?.text ?? "", highlights: hit.snippet?.highlights ?? [], score: hit.score))
            sources.append(Citation(number: citation, id: hit.id, title: title, url: url))
        }
        return (answerHits, sources)
    }

    /// A passage's title, its first source and its kind.
    func describe(_ id: String, _ wording: Wording) -> (title: String, url: String?, kind: Wire.PassageKind) {
        if let record = knowledge.initiative(id) {
            return (record.name.text(in: wording.code), record.sources.first?.url, .initiative)
        }
        let section = knowledge.conceptNote.passage(id)?.section ?? ""
        return ("\(wording.conceptNote) — \(section)", nil, .conceptNote)
    }

    private func corrections(_ turn: Turn, _ result: SearchResult?) -> [Correction] {
        var seen = Set<String>()
        let fromIndex = (result?.corrections ?? []).map { Correction(typed: $0.typed, corrected: $0.corrected) }
        return (fromIndex + turn.corrections).filter { seen.insert($0.typed.lowercased()).inserted }
    }

    private func expansions(_ result: SearchResult?) -> [String] {
        Array((result?.words ?? []).flatMap(\.synonyms).prefix(4))
    }

    private func suggestions(_ result: SearchResult, asked: Conversation, topic: String?, _ wording: Wording)
        -> [Suggestion]
    {
        var suggestions: [Suggestion] = []
        if asked.filters[.region] == nil,
            let region = result.facets.first(where: {
                $0.facet == .region && knowledge.vocabulary.term(.region, $0.value)?.worldwide != true
                    && !(asked.exclusions[.region] ?? []).contains($0.value)
            })
        {
            suggestions.append(wording.andIn(region: region.value, count: region.count))
        } else if asked.filters[.modality] == nil,
            let modality = result.facets.first(where: {
                $0.facet == .modality && ["south-south", "triangular", "interregional", "regional"].contains($0.value)
            })
        {
            suggestions.append(wording.only(modality: modality.value, count: modality.count))
        } else {
            suggestions.append(wording.outsideRegion())
        }
        let pointsTopic =
            asked.topicTerms.first.flatMap { knowledge.vocabulary.term(.theme, $0)?.label(wording.code) }
            ?? asked.topic.joined(separator: " ")
        if !pointsTopic.isEmpty { suggestions.append(wording.pointsFor(pointsTopic)) }
        return suggestions
    }

    private func nothingFound(
        _ asked: Conversation, interpretation: Interpretation, result: SearchResult?, _ wording: Wording
    ) -> Answer {
        let words = asked.topic.joined(separator: " ")
        var lines = [wording.nothingFound(words.isEmpty ? asked.query.description : words)]
        if let correction = result?.corrections.first { lines.append(wording.didYouMean(correction.corrected)) }
        lines.append(wording.tryInstead(example: knowledge.session.examples.first?.text(in: wording.code)))
        var answer = Answer(
            intent: .search, language: wording.language, reply: "", lead: lines[0], hits: [], sources: [],
            interpretation: interpretation, suggestions: [], total: 0)
        answer.reply = (lines + [""] + wording.labels.interpretationLines(Wire.Interpretation(interpretation))).joined(
            separator: "\n")
        return answer
    }
}
