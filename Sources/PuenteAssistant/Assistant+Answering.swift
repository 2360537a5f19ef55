import PuenteIndex
import PuenteKnowledge
import PuenteText

extension Assistant {
    /// The answer-first reply, when the question names what the knowledge lacks or
    /// asks one thing about one initiative (or about a notion of the concept note);
    /// nil when it is a list or search question, answered by `search`.
    func answerFirst(_ question: Question, _ turn: Turn, after conversation: Conversation, _ wording: Wording) -> (Answer, Conversation)? {
        var named = names.records(namedIn: question.words)
        if named.isEmpty, let id = question.mentions.lazy.compactMap(names.recordLed(by:)).first { named = [(id, 0)] }
        if named.isEmpty {
            // A part of a region the vocabulary includes ("Asie du Sud-Est") is a place it knows.
            let vocabulary = turn.matches.filter(\.viaInclude).map { Folding.fold($0.typed) }
            let absent = question.mentions.filter { !names.holds($0) && !startsWithVocabulary($0, vocabulary) } + arabicAbsence(question, turn)
            if !absent.isEmpty { return absentAnswer(absent, turn, after: conversation, wording) }
        }
        guard let asked = question.asked else { return nil }
        let words = turn.words.filter { !Question.isCue(Folding.fold($0)) }
        let (next, followUp) = conversation.next(with: turn)
        // "¿Qué es la cooperación triangular?": only vocabulary words, so a notion of the concept note.
        let asksNotion = asked == .what && named.isEmpty && words.isEmpty && !turn.matches.isEmpty
        if question.namesConceptNote || asksNotion, let answer = conceptNoteAnswer(turn, words: words.filter { !question.isConceptNoteWord($0) }, wording) {
            return (answer, next)
        }
        guard let record = named.first.flatMap({ knowledge.initiative($0.id) }) ?? describedRecord(question.describingWords, turn.filters) else {
            guard asked == .what, let answer = conceptNoteAnswer(turn, words: words, wording) else { return nil }
            return (answer, next)
        }
        let unit = AnswerUnit.answering(asked, in: record, words: question.meaningfulWords, language: wording.language, analyzer: analyzer)
        if asked == .what {
            // What an initiative is: its summary leads its whole card.
            let name = record.name[wording.code] ?? record.name.text(in: wording.language.knowledgeCode)
            return (initiativeAnswer(record.id, wording, lead: wording.lead(unit, name: name, citation: 1)), next)
        }
        var answer = recordAnswer(record, unit: unit, wording)
        answer.interpretation = understood(turn, words: words, followUp: followUp, wording)
        if !named.isEmpty {
            // A record asked about by name was not searched for: its name is the query that finds it.
            answer.interpretation.filters = [:]
            answer.interpretation.canonicalQuery = Index.Query(parts: [.phrase(record.name["es"] ?? record.id)]).description
        }
        let others = (try? run(Index.Query(words: words.joined(separator: " "), filters: turn.filters.map { FacetFilter(kind: $0.key, ids: $0.value) }), limit: 3))?
            .hits.filter { $0.id != record.id } ?? []
        append(others.prefix(2), to: &answer, wording)
        answer.reply = render(answer, wording)
        return (answer, next)
    }

    /// Whether a name opens with words the vocabulary knows ("Asie du Sud-Est" is a
    /// part of a region): such a name is the vocabulary's, not an absent body.
    private func startsWithVocabulary(_ mention: KnowledgeNames.Mention, _ typed: [String]) -> Bool {
        typed.contains { $0.split(separator: " ").first.map(String.init) == mention.words.first }
    }

    /// Arabic has no capitals to mark a name: an Arabic question names something
    /// absent when most of its words outside the vocabulary are nowhere in the index.
    private func arabicAbsence(_ question: Question, _ turn: Turn) -> [KnowledgeNames.Mention] {
        guard question.language == .arabic else { return [] }
        let covered = Set(turn.matches.flatMap { $0.typed.split(separator: " ").map { Folding.fold(String($0)) } })
        let words = question.describingWords.filter { word in !covered.contains(word) && word.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        let totals = words.map { word in (try? run(Index.Query(words: word), limit: 1, snippets: false))?.total ?? 0 }
        let unknown = zip(words, totals).filter { $0.1 == 0 }.map(\.0)
        // Words in a fifth of all passages ("عمل", "الأطفال": child labour) are the session's
        // own subject and say nothing of what is named.
        let telling = totals.filter { $0 * 5 < index.documentCount }.count
        guard !unknown.isEmpty, unknown.count * 2 >= telling else { return [] }
        return question.arabicName(around: unknown).map { [$0] } ?? []
    }

    /// The initiative the question describes ("the Mekong anti-trafficking process"):
    /// the best match among initiatives holding at least half the words. The
    /// question's region and modality narrow the search only while the match under
    /// them is as good as without: a filter never hides the initiative described.
    func describedRecord(_ words: [String], _ filters: [FacetKind: [String]]) -> Initiative? {
        guard !words.isEmpty else { return nil }
        let kind = FacetFilter(kind: .kind, ids: [Knowledge.initiativeKind])
        let facets = filters.map { FacetFilter(kind: $0.key, ids: $0.value) }
        var candidates: [Hit] = []
        for filters in [facets + [kind], [kind]] {
            guard let result = try? run(Index.Query(words: words.joined(separator: " "), filters: filters), limit: 5, snippets: false) else { continue }
            candidates += result.hits.filter { $0.matchedWords * 2 >= result.queryWords }
        }
        // The one whose own name holds the most of the words is the one described; then the best match.
        let best = candidates.max { a, b in
            let (overlapA, overlapB) = (nameOverlap(a.id, words), nameOverlap(b.id, words))
            if overlapA != overlapB { return overlapA < overlapB }
            if a.matchedWords != b.matchedWords { return a.matchedWords < b.matchedWords }
            // Of two names holding the same words, the shorter is the one named ("Alliance 8.7").
            return nameLength(a.id) > nameLength(b.id)
        }
        return best.flatMap { knowledge.initiative($0.id) }
    }

    private func nameLength(_ id: String) -> Int {
        knowledge.initiative(id).map { names.folded($0.name.text(in: "en")).count } ?? .max
    }

    /// How many of `words` a record's own names (not its other names) hold, typos forgiven.
    private func nameOverlap(_ id: String, _ words: [String]) -> Int {
        guard let record = knowledge.initiative(id) else { return 0 }
        let named = record.name.languages.flatMap { names.folded(record.name.text(in: $0)) } + names.folded(record.acronym ?? "")
        return words.map(Folding.fold).filter { word in
            !names.commonNameWords.contains(word) && named.contains { KnowledgeNames.alike(word, $0) }
        }.count
    }

    /// One record's unit as the lead, cited [1] with the source of that unit.
    private func recordAnswer(_ record: Initiative, unit: AnswerUnit, _ wording: Wording) -> Answer {
        let name = record.name[wording.code] ?? record.name.text(in: wording.language.knowledgeCode)
        let source = record.sources.indices.contains(unit.source) ? record.sources[unit.source] : record.sources.first
        let hit = AnswerHit(citation: 1, id: record.id, kind: Knowledge.initiativeKind, title: name, snippet: unit.text, highlights: [], score: 1)
        let citation = Citation(number: 1, id: record.id, title: source?.title ?? name, url: source?.url)
        return Answer(intent: .answer, language: wording.language, reply: "", lead: wording.lead(unit, name: name, citation: 1),
                      hits: [hit], sources: [citation], interpretation: .none, suggestions: [wording.pointsFor(record.acronym ?? name)], total: 1)
    }

    /// "¿Qué es la cooperación triangular?": the concept note's sentence that says it.
    private func conceptNoteAnswer(_ turn: Turn, words: [String], _ wording: Wording) -> Answer? {
        let terms = turn.matches.compactMap { match in Vocabulary.Kind(rawValue: match.kind).flatMap { knowledge.vocabulary.term($0, match.id) } }
        let termWords = terms.flatMap { [$0.label("es"), $0.label("en")] }
        let soughtText = (words + termWords).joined(separator: " ")
        guard !soughtText.isEmpty else { return nil }
        let query = Index.Query(words: soughtText, filters: [FacetFilter(kind: .kind, ids: [Knowledge.conceptNoteKind])])
        guard let top = (try? run(query, limit: 1, snippets: false))?.hits.first, let passage = knowledge.conceptNote.passage(top.id) else { return nil }
        let sought = stems(of: soughtText, in: .spanish)
        let sentence = Self.sentences(passage.text).max { a, b in
            stems(of: a, in: .spanish).intersection(sought).count < stems(of: b, in: .spanish).intersection(sought).count
        } ?? passage.text
        let title = "\(wording.conceptNote) — \(passage.section)"
        let hit = AnswerHit(citation: 1, id: passage.id, kind: Knowledge.conceptNoteKind, title: title, snippet: sentence, highlights: [], score: top.score)
        var answer = Answer(intent: .answer, language: wording.language, reply: "", lead: wording.conceptNoteLead(sentence, citation: 1),
                            hits: [hit], sources: [Citation(number: 1, id: passage.id, title: title, url: nil)],
                            interpretation: understood(turn, words: words, followUp: false, wording), suggestions: [], total: 1)
        answer.reply = render(answer, wording)
        return answer
    }

    /// The names the knowledge lacks said first, then what comes closest, offered as such.
    private func absentAnswer(_ absent: [KnowledgeNames.Mention], _ turn: Turn, after conversation: Conversation, _ wording: Wording) -> (Answer, Conversation) {
        let absentWords = Set(absent.flatMap(\.words))
        let words = turn.words.filter { word in let folded = Folding.fold(word); return !Question.isCue(folded) && !absentWords.contains(folded) }
        let filters = turn.filters.map { FacetFilter(kind: $0.key, ids: $0.value) }
        let closest = words.isEmpty && filters.isEmpty ? nil : try? run(Index.Query(words: words.joined(separator: " "), filters: filters), limit: 3)
        let hits = closest?.hits ?? []
        var answer = Answer(intent: .search, language: wording.language, reply: "",
                            lead: wording.absent(absent.map(\.text), closestFollows: !hits.isEmpty), hits: [], sources: [],
                            interpretation: understood(turn, words: words, followUp: false, wording), suggestions: [], total: closest?.total ?? 0)
        append(hits.prefix(3), to: &answer, wording)
        answer.reply = hits.isEmpty ? answer.lead + "." : render(answer, wording)
        // What the knowledge lacks is not kept as a topic to refine.
        return (answer, conversation)
    }

    /// Adds hits under the answer's, numbered after its citations.
    private func append(_ hits: some Sequence<Hit>, to answer: inout Answer, _ wording: Wording) {
        let (cited, sources) = citedHits(Array(hits), wording)
        let offset = answer.sources.count
        answer.hits += cited.map { hit in var hit = hit; hit.citation += offset; return hit }
        answer.sources += sources.map { source in var source = source; source.number += offset; return source }
    }

    /// How the question was understood: its filters, themes, words and corrections.
    private func understood(_ turn: Turn, words: [String], followUp: Bool, _ wording: Wording) -> Interpretation {
        var conversation = Conversation()
        conversation.filters = turn.filters
        conversation.topicTerms = turn.topicTerms
        conversation.topic = words
        var interpretation = Interpretation(
            filters: turn.filters, exclusions: [:], topicTerms: turn.topicTerms, topic: words, corrections: turn.corrections,
            expansions: [], canonicalQuery: conversation.query.description, followUp: followUp, relaxed: false)
        interpretation.labels = labels(of: conversation, wording)
        return interpretation
    }
}
