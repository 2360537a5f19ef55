import PuenteIndex
import PuenteKnowledge
import PuenteProtocol
import PuenteRendering
import PuenteSupport
import PuenteText

/// The session assistant: answers a participant's words in the context of their
/// conversation, and prepares talking points, the moderator brief and the
/// coverage view. A value over one knowledge snapshot; it does no I/O and can be
/// used from any number of threads at once.
public struct Assistant: Sendable {
    public let knowledge: Knowledge
    public let index: Index
    /// Facet and intent counts across all conversations, for the daemon's stats.
    public let interest: InterestTally
    let analyzer: Analyzer
    let extractor: FacetExtractor
    let classifier: IntentClassifier
    /// Vocabulary terms by any of their names, for moderators' parameters.
    public let terms: TermResolver
    /// Record names, and every word of the knowledge, to tell a named initiative from an absent one.
    let names: KnowledgeNames
    /// The language packs' words, folded, as the reader of questions uses them.
    let packs: LanguageWords
    /// The parts of regions and the records in each.
    let places: Places
    /// The words only one language's texts write, to tell a question's language.
    let wordLanguages: WordLanguages

    /// - Parameters:
    ///   - index: the index of `knowledge`, when the caller already built it.
    ///   - interest: counts to keep across reloads; a new tally by default.
    public init(
        knowledge: Knowledge, index: Index? = nil, interest: InterestTally = InterestTally(),
        analyzer: Analyzer = Analyzer()
    ) {
        self.knowledge = knowledge
        self.index = index ?? knowledge.index(analyzer: analyzer)
        self.interest = interest
        self.analyzer = analyzer
        let packs = LanguageWords(knowledge.languages, analyzer: analyzer)
        self.packs = packs
        self.extractor = FacetExtractor(vocabulary: knowledge.vocabulary, packs: packs, analyzer: analyzer)
        self.classifier = IntentClassifier(knowledge: knowledge, packs: packs, analyzer: analyzer)
        self.terms = TermResolver(vocabulary: knowledge.vocabulary)
        let names = KnowledgeNames(knowledge: knowledge, packs: packs, analyzer: analyzer)
        self.names = names
        self.places = Places(knowledge: knowledge, names: names, analyzer: analyzer)
        self.wordLanguages = WordLanguages(knowledge: knowledge, analyzer: analyzer)
    }

    /// Loads the dictionaries that tell a real word from a typo, once per process
    /// (0.2–0.5 s, optimised); otherwise the first question that needs them does.
    public static func loadDictionaries() {
        _ = KnownWords.shared.count
    }

    /// Answers `text` within `conversation` and returns the conversation to keep.
    ///
    /// Never fails: empty, unknown or malformed input gets a helpful reply.
    /// - Parameter language: the reply language; guessed from `text` when nil.
    public func respond(to text: String, in conversation: Conversation = Conversation(), language: ReplyLanguage? = nil)
        -> (answer: Answer, conversation: Conversation)
    {
        let (answer, next, interest) = reply(to: text, in: conversation, language: language)
        if let interest { self.interest.record(interest) }
        return (answer, next)
    }

    /// Answers `text` outside any conversation, as a one-shot ask does. The answer
    /// depends only on the text, the language and this snapshot, so a caller may keep
    /// it for the same question; it then records the returned interest again for each
    /// time it serves the answer, as this call recorded it once.
    public func respondOnce(to text: String, language: ReplyLanguage? = nil) -> (answer: Answer, interest: Interest?) {
        let (answer, _, interest) = reply(to: text, in: Conversation(), language: language)
        if let interest { self.interest.record(interest) }
        return (answer, interest)
    }

    /// The answer, the conversation to keep and what the question adds to the tally
    /// (nothing for a filter no field answers to).
    private func reply(to text: String, in conversation: Conversation, language: ReplyLanguage?) -> (
        Answer, Conversation, Interest?
    ) {
        var language =
            language
            ?? ReplyLanguage.guess(
                text, fallback: conversation.language ?? .spanish, packs: packs, analyzer: analyzer,
                written: wordLanguages)
        // A language with no pack has no sentences to say: the session's language says them.
        if !knowledge.languages.contains(where: { $0.code == language.rawValue }) { language = .spanish }
        let wording = Wording(language: language, knowledge: knowledge)
        let text = packs.writtenOut(text, in: language.rawValue)
        let explicit = ExplicitFilters(text, fieldNames: packs.filterFields)
        if let (typed, meant) = explicit.mistypedField {
            // A filter no field answers to is said so, and the conversation stays as it was.
            return (mistypedField(typed, meant: meant, wording), conversation, nil)
        }
        let extraction = extractor.extract(from: explicit.text, language: language.analysisLanguage)
        let content = extraction.rest.filter { !packs.contains(.fillerWords, Folding.fold($0)) }
        var question = Question(
            explicit.text, language: language, packs: packs, analyzer: analyzer, countries: names.countries)
        var turn = withoutStatements(
            Turn(extraction: extraction, text: explicit.text, explicit: explicit, packs: packs), explicit.text)
        turn.asksAfresh = question.asksList && !turn.continues
        // «ما هي آلية غريتا؟» names GRETA: a record's name is never a request for a vocabulary list.
        let namedRecords = recordsNamed(in: question).map(\.id)
        let namesRecord = !namedRecords.isEmpty
        let decision =
            explicit.isEmpty
            ? classifier.classify(
                text, contentWords: content, hasFacets: !extraction.matches.isEmpty,
                hasFocus: conversation.focus != nil || !conversation.listed.isEmpty,
                sessionInFocus: conversation.aboutSession, namesRecord: namesRecord,
                focusHolds: focusHolds(question, conversation),
                describesRecord: describesMeeting(question), asksInitiatives: question.asksList,
                namesCountry: !question.countries.isEmpty)
            : .search
        // "and CLEAR Cotton?", "et celui de la SADC ?" after "who funds…?", "quand a été adopté…?":
        // a follow-up that names another and asks nothing asks again what the last question
        // asked. A region alone ("and in Asia?") moves the topic instead.
        // A name written in lowercase counts as one ("and the ghana / ivory coast one?"); a
        // question that says more than the name («وفي العراق، في أي محافظة كان أول مشروع…») asks that.
        let countries = question.countries
        let namedWords = Set(countries.flatMap { question.words[$0.span] } + question.mentions.flatMap(\.words))
        let namesSomething = !question.mentions.isEmpty || namesRecord || !countries.isEmpty
        let saysMore = question.describingWords.filter { !namedWords.contains($0) }.count > Self.detailWords
        // "e a da América Central?" after "a do Mercosul foi aprovada quando?": a place picks one of the list.
        let picksListed = picksListed(question, conversation)
        // "e o plano regional?" after the MERCOSUR campaign: words of the focus's name name a part of
        // it; so do words it writes with a name ("e a mesa binacional com o Uruguai?"). Its words
        // alone ask their own question ("et leur objectif de capitalisation ?").
        let namesFocusPart =
            focusNamed(question, conversation)
            || (namesSomething && conversation.focus != nil && focusHolds(question, conversation))
        // "e o próximo (plano)?" after "o primeiro plano foi adotado quando?": a word that orders
        // the focus's facts, with none the focus does not write, asks the last question again
        // of another of them.
        let orders = { (word: String) in
            self.packs.contains(.later, word) || self.packs.contains(.earlier, word) || self.packs.ordinals[word] != nil
        }
        let ordersFocus =
            conversation.focus.flatMap { names.recordWords[$0] }.map { written in
                question.describingWords.contains(where: orders)
                    && question.describingWords.allSatisfy {
                        orders($0) || written.contains(names.withoutProclitic($0))
                    }
            } ?? false
        // "no sorry, I meant the one with Ghana" after "what's the agreement between Côte d'Ivoire
        // and Burkina Faso…?": a record pointed at instead of the focus is asked what it is, too.
        let pointsAtAnother =
            conversation.focus != nil && !question.countries.isEmpty
            && packs.mentions(.them, in: question.words.map(names.withoutProclitic))
        if question.asked == nil, turn.continues,
            turn.filters.isEmpty || namesRecord || decision.namesInitiative || picksListed || namesFocusPart
                || ordersFocus,
            namesSomething || picksListed || namesFocusPart || ordersFocus, !saysMore, !question.asksList,
            let last = conversation.lastAsked, last != .what || pointsAtAnother
        {
            question.asked = last
            question.askedOfNamed = last
        }

        var next = conversation
        next.language = language
        next.turns += 1
        var answer: Answer
        switch decision {
        case .empty: answer = help(wording, intent: .empty)
        case .help: answer = help(wording, intent: .help)
        case .reset:
            next = Conversation()
            next.language = language
            next.turns = conversation.turns + 1
            answer = reset(wording)
        case .brief: answer = plain(.brief, brief(language: language), wording)
        case .coverage: answer = plain(.coverage, coverage().markdown(wording), wording)
        case .logistics(let aspect): answer = logistics(aspect, wording)
        case .list(let kind): answer = list(kind, wording)
        case .talkingPoints:
            let topic = Turn(extraction: extraction, text: text, packs: packs)
            answer = talkingPointsAnswer(topic, wording)
        case .initiative(let id) where question.asked == nil:
            answer = initiativeAnswer(id, wording)
            next.focus = id
            // "la diferencia entre COMMIT y la convención de la SAARC": "la segunda" is the SAARC's.
            next.listed = namedRecords.count > 1 ? namedRecords : []
        case .initiative, .search:
            // A name can hold words that also name facets ("… América Latina y el Caribe …").
            let nameWords = extraction.words.filter {
                $0.match != nil || !packs.contains(.fillerWords, Folding.fold($0.text))
            }.map(\.text)
            // «بلبنان» is searched as «لبنان»: the index's stemmer keeps the one-letter words written onto a word.
            turn.words = turn.words.map { word in
                let folded = Folding.fold(word)
                let bare = names.withoutProclitic(folded)
                return bare == folded ? word : bare
            }.flatMap { countryAsWritten($0, in: wording.code) ?? [$0] }
            if explicit.isEmpty, let (first, kept) = answerFirst(question, turn, after: conversation, wording) {
                answer = first
                next = kept
                next.language = language
                next.turns = conversation.turns + 1
            } else if let id = question.asked == nil && !question.asksList ? recordNamedWhole(in: question) : nil {
                answer = initiativeAnswer(id, wording)
                next.focus = id
            } else if classifier.asksByName(text), !question.asksList,
                !(turn.namesOnlyPlaces(bodies: names) && !conversation.isEmpty),
                let id = initiativeNamed(nameWords) ?? namedRecords.first ?? recordDescribed(question)
            {
                answer = initiativeAnswer(id, wording)
                next.focus = id
            } else {
                (answer, next) = search(turn, after: conversation, wording)
                // A list has no one subject to keep: what it named is what "them" means next.
                // A list of one is that one ("y el de la Unión Europea, ¿cuánto costó?").
                next.listed = answer.hits.filter { $0.kind == .initiative }.map(\.id)
                let onlyFull = next.focus.flatMap { next.listed.contains($0) ? $0 : nil }
                next.focus = answer.total == 1 && next.listed.count == 1 ? next.listed.first : onlyFull
                next.language = language
                next.turns = conversation.turns + 1
            }
        }
        // An answer that says the knowledge lacks a name is not about the focus the
        // conversation keeps: "Understood: ACCEL Africa" under «Comunidad Andina» misleads.
        if let focus = next.focus, let record = knowledge.initiative(focus),
            !answer.notices.contains(where: { $0.kind == .absent })
        {
            answer.interpretation.focus = focus
            answer.interpretation.labels[focus] = record.acronym ?? record.name.text(in: wording.code)
        }
        // An answer that quotes hits is written by the renderer the client uses too, from
        // the fields as the wire carries them: `reply` and the screen say the same.
        let typed = Wire.AskResult(session: nil, answer: answer, sessionForgotten: false)
        if !AnswerRenderer.isDocument(typed) { answer.reply = wording.labels.reply(typed) }
        next.lastAsked = question.asked
        if case .logistics = decision {
            next.aboutSession = true
            next.focus = nil
            next.listed = []
        } else {
            next.aboutSession = false
        }
        return (
            answer, next,
            Interest(facets: extraction.matches.map { .facet($0.kind, id: $0.id) }, intent: answer.intent)
        )
    }

    /// Whether a question that says "meeting" or "conference" is about another meeting than
    /// the session: one dated in another year («la conférence régionale d'Abidjan de février
    /// 2023»), or one of an initiative the question describes by its name's words and
    /// countries ("la primera reunión binacional Panamá–Costa Rica sobre … ngäbe-buglé").
    private func describesMeeting(_ question: Question) -> Bool {
        guard packs.mentions(.sessionWords, in: question.words) else { return false }
        let sessionYear = String(knowledge.session.date.prefix(4))
        if question.words.contains(where: { $0.isYear && $0 != sessionYear }) { return true }
        return !question.countries.isEmpty && recordDescribed(question) != nil
    }

    /// An answer that is a document (the brief, the coverage view): no hits, no sources.
    func plain(_ intent: Intent, _ text: String, _ wording: Wording) -> Answer {
        Answer(
            intent: intent, language: wording.language, reply: text,
            lead: text.split(separator: "\n").first.map(String.init) ?? "",
            hits: [], sources: [], interpretation: .none, suggestions: [], total: 0)
    }
}

extension Interpretation {
    static let none = Interpretation(
        filters: [:], exclusions: [:], topicTerms: [], topic: [], corrections: [], expansions: [],
        canonicalQuery: "", followUp: false, relaxed: false)
}
