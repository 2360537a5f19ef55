import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import PuenteText

extension Assistant {
    /// A statement of an initiative chosen for a guiding question.
    struct BriefPick {
        var record: Initiative
        var statement: BriefStatement
        var relevance: Double

        var texts: LocalizedText { statement.texts }
        var source: Int? { statement.source }
        var stems: Set<String> { statement.stems }
        var isDated: Bool { statement.isDated }

        /// Its regions, apart from the world as a whole, which is no region of its own.
        func regions(_ vocabulary: Vocabulary) -> Set<String> {
            Set(record.regions.filter { vocabulary.term(.region, $0)?.worldwide != true })
        }
    }

    /// How a statement's relevance to a question is made up: its initiative's
    /// match, then each vocabulary term (up to two) and each word (up to three) it
    /// shares with the question. A statement that names what the question asks
    /// about ("financiado" for "modelos de financiación") outranks another
    /// statement of a record that merely matches as a whole.
    static let briefInitiativeWeight = 0.6
    static let briefTermWeight = 0.3
    static let briefTermsThatCount = 2
    static let briefWordWeight = 0.1
    static let briefWordsThatCount = 3

    /// The points of every guiding question, in the session's order.
    ///
    /// Chosen once for all languages, by their Spanish texts, so that the briefs
    /// in each language say the same things. Each question takes the statements of
    /// the initiatives that match it best (by its words and by the themes,
    /// modalities and mechanisms it names), at most one per initiative; a statement
    /// taken by an earlier question, or close to one, is not taken again. After
    /// the first point, a question prefers initiatives of a region it lacks until
    /// it has two, and at most `briefUndatedPerQuestion` of its points lack a
    /// figure or a date.
    func briefPicks() -> [[BriefPick]] {
        let reading = briefReading()
        let vocabulary = knowledge.vocabulary
        var taken: [BriefPick] = []
        var drawnOn: [String: Int] = [:]
        return knowledge.session.questions.map { question in
            let pool = candidates(for: question, reading)
            var chosen: [BriefPick] = []
            while chosen.count < Self.briefPointsPerQuestion {
                var open = pool.filter { pick in
                    !chosen.contains { $0.record.id == pick.record.id }
                        && !taken.contains { Self.similarity($0.stems, pick.stems) >= Self.redundancyBound }
                }
                if chosen.filter({ !$0.isDated }).count >= Self.briefUndatedPerQuestion {
                    open = open.filter(\.isDated)
                }
                let regions = chosen.reduce(into: Set<String>()) { $0.formUnion($1.regions(vocabulary)) }
                if !chosen.isEmpty, regions.count < 2 {
                    let widening = open.filter { !$0.regions(vocabulary).isSubset(of: regions) }
                    if !widening.isEmpty { open = widening }
                }
                let scored = open.map { pick in
                    (pick, pick.relevance - Self.briefRepeatPenalty * Double(drawnOn[pick.record.id, default: 0]))
                }
                guard let best = scored.max(by: { $0.1 < $1.1 })?.0 else { break }
                chosen.append(best)
                taken.append(best)
            }
            for pick in chosen { drawnOn[pick.record.id, default: 0] += 1 }
            return chosen
        }
    }

    /// The concrete statements of the initiatives that best match a question,
    /// each weighed by how well its initiative matches, the terms and words it
    /// shares with the question, and whether it carries a figure or a date.
    private func candidates(for question: Session.Question, _ reading: BriefReading) -> [BriefPick] {
        let text = question.text.text(in: "es")
        let terms = reading.terms.mentions(in: text).filter {
            $0.kind != .region && !reading.sessionTerms.contains(Self.key($0))
        }
        let named = Set(terms.map(Self.key))
        // The question's words and the Spanish names of the terms it names, less
        // those too common to tell statements apart ("trabajo infantil", "país").
        let wanted = stems(of: ([text] + terms.map { $0.label("es") }).joined(separator: " "), in: .spanish)
            .subtracting(reading.common)
        let ranked = initiatives(matching: text)
        let weighed = knowledge.initiatives.map { record -> (Initiative, Double) in
            let rank = ranked.firstIndex(of: record.id).map { 1.0 / (1.0 + 0.15 * Double($0)) } ?? 0
            let tags = Set(
                [FacetKind.theme, .modality, .mechanism].flatMap { kind in
                    record.values(kind).map { "\(kind.rawValue):\($0)" }
                })
            let share = named.isEmpty ? 0 : Double(named.intersection(tags).count) / Double(named.count)
            return (record, 0.5 * rank + 0.5 * share)
        }
        let best = weighed.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(Self.briefInitiativesPerQuestion)
        return best.flatMap { record, match in
            (reading.statements[record.id] ?? []).map { statement in
                let sharedTerms = min(statement.terms.intersection(named).count, Self.briefTermsThatCount)
                let sharedWords = min(statement.stems.intersection(wanted).count, Self.briefWordsThatCount)
                let relevance =
                    Self.briefInitiativeWeight * match * statement.weight
                    + Self.briefTermWeight * Double(sharedTerms) + Self.briefWordWeight * Double(sharedWords)
                    + (statement.isDated ? Self.datedBonus : 0)
                return BriefPick(record: record, statement: statement, relevance: relevance)
            }
        }
    }

    /// A fact or talking point of an initiative, read once for all the questions.
    struct BriefStatement {
        /// In es and en.
        var texts: LocalizedText
        /// The fact's source, an index into the record's `sources`; nil for a
        /// talking point, which rests on the record's first page.
        var source: Int?
        /// 1 for a fact; less for a talking point, which frames rather than
        /// reports, so that a fact of the same match comes first.
        var weight: Double
        /// Spanish stems, for comparing statements whatever the brief's language.
        var stems: Set<String>
        /// The vocabulary terms it names, by `key`.
        var terms: Set<String>
        var isDated: Bool
    }

    /// What the brief reads statements with, made once for all its questions.
    struct BriefReading {
        /// Each initiative's concrete statements, by its id; those close to a
        /// sentence of the note are left out.
        var statements: [String: [BriefStatement]]
        /// Spanish stems too common among statements to tell them apart.
        var common: Set<String>
        var terms: MentionFinder
        /// The vocabulary terms the session's title names ("cooperación regional e
        /// interregional"), by `key`: every question is about them, so they tell
        /// no statement's subject apart.
        var sessionTerms: Set<String>
    }

    /// "theme:financing-sustainability".
    static func key(_ term: Vocabulary.Term) -> String { "\(term.kind.rawValue):\(term.id)" }

    func briefReading() -> BriefReading {
        let details = DetailFinder(knowledge)
        let note = noteStems()
        let terms = MentionFinder(knowledge.vocabulary, language: .spanish, analyzer: analyzer)
        var statements: [String: [BriefStatement]] = [:]
        var everyStatement: [Set<String>] = []
        for record in knowledge.initiatives {
            let written =
                record.facts.map { ($0.text, Optional($0.source), 1.0) }
                + record.talkingPoints.map { ($0, Int?.none, 0.8) }
            for (texts, source, weight) in written {
                guard let spanish = texts["es"] else { continue }
                let words = stems(of: spanish, in: .spanish)
                everyStatement.append(words)
                let said = details.details(in: texts)
                guard !said.isEmpty, !Self.restates(note, words) else { continue }
                statements[record.id, default: []].append(
                    BriefStatement(
                        texts: texts, source: source, weight: weight, stems: words,
                        terms: Set(terms.mentions(in: spanish).map(Self.key)),
                        isDated: !said.isDisjoint(with: [.figure, .date])))
            }
        }
        return BriefReading(
            statements: statements, common: Self.common(everyStatement), terms: terms,
            sessionTerms: Set(terms.mentions(in: knowledge.session.title.text(in: "es")).map(Self.key)))
    }

    /// Share of the knowledge's statements a word may appear in and still tell
    /// them apart: "trabajo infantil" is in nearly all, "financiación" in few.
    static let commonWordShare = 0.1

    /// What more than `commonWordShare` of the statements hold.
    private static func common(_ statements: [Set<String>]) -> Set<String> {
        var counts: [String: Int] = [:]
        for statement in statements { for item in statement { counts[item, default: 0] += 1 } }
        let bound = Double(statements.count) * commonWordShare
        return Set(counts.filter { Double($0.value) > bound }.keys)
    }

    /// Initiative ids that best match a text's words, best first.
    private func initiatives(matching text: String) -> [String] {
        let words = FacetExtractor.meaningful(text, analyzer: analyzer).map(\.text).prefix(
            SearchOptions.maximumQueryWords - 1)
        var options = SearchOptions()
        options.limit = Self.briefInitiativesPerQuestion
        options.snippets = false
        options.typoTolerance = false
        options.matching = .allRelaxing(minimumHits: Self.briefInitiativesPerQuestion)
        let query = Index.Query(
            words: words.joined(separator: " "), filters: [FacetFilter(kind: .kind, ids: [Knowledge.initiativeKind])])
        // The words come from the session and the filter from the knowledge: the index
        // can refuse them only if the knowledge holds no initiative, and then none match.
        return (try? index.search(query, options: options).hits.map(\.id)) ?? []
    }
}
