import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import PuenteText

extension Assistant {
    /// The answer-first reply, when the question names what the knowledge lacks or
    /// asks one thing about one initiative (or about a notion of the concept note);
    /// nil when it is a list or search question, answered by `search`.
    func answerFirst(_ question: Question, _ turn: Turn, after conversation: Conversation, _ wording: Wording) -> (
        Answer, Conversation
    )? {
        var named = recordsNamed(in: question)
        // "South Asian countries" names a part of a region, not the South Asian Association that leads a record.
        if named.isEmpty,
            let id = question.mentions.lazy.filter({ self.places.named($0.text) == nil }).compactMap(
                names.recordLed(by:)
            ).first
        {
            named = [(id, 0)]
        }
        let words = turn.words.filter { !packs.isCue(Folding.fold($0)) }
        if named.isEmpty, let listed = listedAskedAbout(question, turn, conversation) {
            return listFollowUp(question.asked, listed, question, turn, words: words, after: conversation, wording)
        }
        // "What does the European Union do…?": the one record named after the body. A list question
        // ("¿qué proyectos financia la UE?") asks for more, and a second body ("el proyecto de la UE
        // con el PMA") describes another record.
        // Arabic writes no capitals: its bodies are read as runs around a head noun («الاتحاد الأفريقي»).
        // A body the focus's own texts name qualifies the focus: «منحة الاتحاد الأوروبي» after
        // the Egypt project is the EU's grant to it.
        let focus = conversation.focus.flatMap(knowledge.initiative)
        // So is one after a list, when the question asks a detail («كم قيمة مشروع الاتحاد الأوروبي؟»
        // after the WFP projects in Egypt): "what does the EU do?" still asks about the EU's own record.
        let listed = [nil, .what].contains(question.asked) ? [] : conversation.listed.compactMap(knowledge.initiative)
        let context = focus.map { [$0] } ?? listed
        let bodies = (question.mentions + bodySpans(question).map(\.core)).filter(names.isBodyName)
            .filter { body in !context.contains { holds($0, body.words.map(names.withoutProclitic)) } }
        // A question that describes another record by its own name's words is about that one:
        // «الدراسة العربية … في مقر الجامعة العربية» is the League's study, not its joint action.
        // Which records the question describes is searched once (it is most of what a question costs).
        var describedOnce: [Initiative]?
        let described = { () -> [Initiative] in
            if let found = describedOnce { return found }
            let found = describedRecords(question, turn.filters).filter { inPartsNamed($0.id, by: turn) }
            describedOnce = found
            return found
        }
        // "et la Tunisie est devenue pays pionnier de l'Alliance 8.7 en quelle année ?" after
        // PROTECTE, whose own name says «la Tunisie, pays pionnier de l'Alliance 8.7»: the
        // focus is what the question asks about, when it writes every word of it.
        if let focus, named.count == 1, named[0].id != focus.id, namesInOwnName(focus).contains(named[0].id),
            holds(focus, question.describingWords.map(names.withoutProclitic))
        {
            named = [(focus.id, named[0].position)]
        }
        // "El examen entre pares de Kirguistán y Tayikistán, el primero de la CEI": the record
        // named ("CEI") stands in the name of the one the question describes.
        // Not when the record named holds as many of the question's words ("how many pathfinder
        // countries did Alliance 8.7 start out with?" is the Alliance's, not Tunisia's as its pathfinder).
        let writes = { (id: String) in
            self.wordsWritten(question.describingWords.map(self.names.withoutProclitic), by: id)
        }
        if named.count == 1, let id = recordDescribed(question, among: described()), id != named[0].id,
            let record = knowledge.initiative(id), namesInOwnName(record).contains(named[0].id),
            writes(id) > writes(named[0].id)
        {
            named = [(id, named[0].position)]
        }
        if named.isEmpty, !question.asksList, bodies.count == 1, let id = names.recordNamed(after: bodies[0]),
            [nil, id].contains(recordDescribed(question, among: described()))
        {
            named = [(id, 0)]
        }
        // "what about West Africa?" moves the conversation's topic there: a search, not a name.
        // A question that asks something ("¿quién lidera la iniciativa regional de América Latina?") is no such move.
        // "e a da América Central?" after a list points back at one of it: no move.
        // "and on cocoa?" after one record moves the topic as a place does.
        let moves = turn.namesOnlyPlaces(bodies: names) || (turn.continues && turn.namesOnlyThemes)
        if [nil, .what].contains(question.asked) && moves && !conversation.isEmpty
            && !picksListed(question, conversation)
        {
            return nil
        }
        if named.isEmpty {
            let absent = absentNames(question, turn)
            if !absent.isEmpty { return absentAnswer(absent, turn, after: conversation, wording) }
            if let apart = countriesNeverJoined(question) {
                return absentAnswer([apart], turn, after: conversation, between: true, wording)
            }
        }
        // "qual é o orçamento dele?": a short question about the focus asks for the detail it names.
        // "qual é o orçamento dele?", "y el presupuesto": asked as a question or a follow-up;
        // "cadenas de suministro" alone is a new topic.
        let detail =
            question.asked == nil && turn.filters.isEmpty && (turn.continues || question.isWrittenAsQuestion)
            && asksAboutFocus(question, conversation)
        // "Is the Global March an actual organisation or just a march?": a question about a named
        // record that asks for nothing the packs know asks what it is.
        let aboutNamed = !named.isEmpty && question.isWrittenAsQuestion && !question.asksList
        guard
            let asked = question.asked ?? (named.isEmpty ? nil : question.askedOfNamed)
                ?? (detail || aboutNamed ? .what : nil)
        else { return nil }
        var (next, followUp) = conversation.next(with: turn)
        // A question about one thing asks about it: its words are no topic for the searches that
        // follow ("e quem a apoiou no início?", then "iniciativas … na África" is not about «apoiou início»).
        (next.topic, next.topicTerms) = (conversation.topic, conversation.topicTerms)
        // "¿Qué es la cooperación triangular?": only vocabulary words, so a notion of the concept note.
        let asksNotion = asked == .what && named.isEmpty && words.isEmpty && !turn.matches.isEmpty
        if question.namesConceptNote || asksNotion,
            let answer = conceptNoteAnswer(turn, words: words.filter { !question.isConceptNoteWord($0) }, wording)
        {
            return (answer, next)
        }
        let candidates =
            named.first.flatMap { knowledge.initiative($0.id) }.map { [$0] }
            ?? (namesSomethingElse(question) ? [] : focused(described(), question, turn, conversation))
        guard !candidates.isEmpty else {
            guard asked == .what, !namesSomethingElse(question),
                let answer = conceptNoteAnswer(turn, words: words, wording)
            else { return nil }
            return (answer, next)
        }
        // "¿y cuándo?" says nothing of its own: it asks about what the last question did.
        let own = question.meaningfulWords.filter { word in !Asked.allCases.contains { packs.contains($0.cues, word) } }
        let ellipsis =
            named.isEmpty && question.describingWords.isEmpty && conversation.focus != nil && question.mentions.isEmpty
        // "¿cuándo se firmó?" says what it asks of the focus ("firmó"): "¿y dónde?" then asks where
        // it was signed. "¿quiénes participan?" asks about the record, whatever event came before.
        let isEvent = { (word: String) in FactMarks.events.contains { self.packs.contains($0, word) } }
        let carried =
            [.when, .whereAbouts].contains(asked) ? conversation.asking : conversation.asking.filter { !isEvent($0) }
        // A question that describes nothing but names its event ("¿cuándo se firmó?", «متى أطلقت؟»)
        // asks about that event, not about what was asked before; the words of what it asks
        // ("co-chairs") are kept for nothing: "since when?" then asks since when the record is.
        let ownEvents = own.filter(isEvent)
        let asking = ellipsis ? (ownEvents.isEmpty ? carried : ownEvents) : own
        // "¿y en qué ciudad?" after the signing was quoted: where that signing was.
        // Words carried from the last question ("el primer encuentro") pick the fact themselves.
        let quoted = ellipsis && ownEvents.isEmpty && carried.allSatisfy(isEvent) ? conversation.quoted : nil
        let (record, unit) = bestUnit(
            asked, among: candidates, question, wording, words: question.meaningfulWords + (ellipsis ? asking : []),
            detail: detail,
            quoted: quoted)
        next.focus = record.id
        next.asking = asking
        next.quoted = Conversation.QuotedFact(record, unit)
        // "¿Qué diferencia hay entre COMMIT y la convención de la SAARC?": "la segunda" is the SAARC's.
        next.listed = named.count > 1 ? named.map(\.id) : []
        if asked == .what && (!detail || unit.origin == .summary) {
            // What an initiative is: its summary leads its whole card.
            let name = record.name.text(in: wording.code)
            return (initiativeAnswer(record.id, wording, lead: wording.lead(unit, name: name, citation: 1)), next)
        }
        var answer = recordAnswer(record, unit: unit, wording)
        answer.interpretation = understood(turn, words: words, followUp: followUp, wording)
        if !named.isEmpty {
            // A record asked about by name was not searched for: its name is the query that finds it.
            answer.interpretation.filters = [:]
            answer.interpretation.canonicalQuery =
                Index.Query(parts: [.phrase(record.name["es"] ?? record.id)]).description
        }
        let others =
            (try? run(
                Index.Query(
                    words: words.joined(separator: " "),
                    filters: turn.filters.map { FacetFilter(kind: $0.key, ids: $0.value) }), limit: 3,
                in: wording.language))?
            .hits.filter { $0.id != record.id } ?? []
        append(others.prefix(2), to: &answer, wording)
        return (answer, next)
    }

    /// Whether a name opens with words the vocabulary knows ("Asie du Sud-Est" is a
    /// part of a region): such a name is the vocabulary's, not an absent body.
    private func startsWithVocabulary(_ mention: KnowledgeNames.Mention, _ typed: [String]) -> Bool {
        typed.contains { $0.split(separator: " ").first.map(String.init) == mention.words.first }
    }

    /// What the question names that the knowledge lacks: a body's name (a run around
    /// a head noun of bodies' names, capitalised or not, in any script) whose core the
    /// knowledge does not hold, a name-like mention (an acronym, or a capitalised run
    /// holding such a noun) it does not hold, and a country no record lists and no
    /// text names. Anything else unknown is searched for, never said absent.
    private func absentNames(_ question: Question, _ turn: Turn) -> [KnowledgeNames.Mention] {
        // A part of a region the vocabulary includes ("Asie du Sud-Est") is a place it knows.
        let vocabulary = turn.matches.filter(\.viaInclude).map { Folding.fold($0.typed) }
        var absent: [KnowledgeNames.Mention] = []
        func add(_ mention: KnowledgeNames.Mention) {
            let overlaps = absent.contains {
                $0.position < mention.position + mention.words.count && mention.position < $0.position + $0.words.count
            }
            if !overlaps && !startsWithVocabulary(mention, vocabulary) { absent.append(mention) }
        }
        // A capitalised name the knowledge holds word for word is held, whatever follows it.
        // A country the knowledge lists is held, however it is written ("PNG"); one it lacks is added below.
        let countries = question.countries.map(\.span)
        for typed in question.mentions
        where (typed.words.count < 2 || !names.holds(typed.words)) && !countries.contains(where: typed.span.overlaps) {
            // A lone capitalised head noun is named by the words that end it ("Conseil nordique").
            let mention = completed(typed, question)
            // "el programa Bolsa Família": a name its head noun introduces in lowercase; never
            // across a sentence's end ("… labour ministry. Apart from us…").
            let introduced =
                typed.position > 0 && !question.clauseStarts.contains(typed.position)
                && names.isHeadNoun(question.words[typed.position - 1])
            let nameLike =
                names.isNameLike(typed) || introduced || foreignName(typed, question)
                || (mention.words.count > typed.words.count && typed.words.contains(where: names.isOrganisationNoun))
            if nameLike && !names.holds(mention) { add(mention) }
        }
        // Without capitals, a Latin-script run around "fund" or "union" may describe as well
        // as name: it is absent only when a word of it is nowhere in the knowledge
        // ("comunidad andina", not "pooled education fund"). Arabic has no capitals to tell.
        for (name, core) in bodySpans(question) where !names.holds(core) {
            // "ministère turc du travail": without the unknown word ("turc", a demonym) the name
            // is one the knowledge holds, so the word qualifies a body it has.
            let known = name.words.filter { !names.isUnknown($0) }
            let qualifies = known.count >= 3 && known.count < name.words.count && names.holds(known)
            guard !names.isDescription(name) else { continue }
            if Script.isArabic(name.words[0]) || (name.words.contains(where: names.isUnknown) && !qualifies) {
                add(name)
            }
        }
        for link in names.absentCountries(in: question.words) {
            add(
                KnowledgeNames.Mention(
                    text: question.writtenWords[link.span].joined(separator: " "),
                    words: Array(question.words[link.span]), position: link.span.lowerBound))
        }
        return absent.sorted { $0.position < $1.position }
    }

    /// The countries a question asks about together ("¿Existe algún convenio entre Bolivia y
    /// Argentina…?") when no record lists them together and no body's record joins them:
    /// the knowledge may hold each, but nothing between them. Nil otherwise.
    private func countriesNeverJoined(_ question: Question) -> KnowledgeNames.Mention? {
        guard
            let between = question.words.firstIndex(where: { packs.contains(.betweenWords, names.withoutProclitic($0)) }
            )
        else { return nil }
        // The two countries that follow "between", the second close behind the first ("entre Bolivia y Argentina").
        let links = question.countries.filter { $0.span.lowerBound > between }.prefix(2)
        guard links.count == 2, let first = links.first, let second = links.last, first.code != second.code,
            first.span.lowerBound - between <= Self.betweenReach,
            second.span.lowerBound - first.span.upperBound <= Self.betweenReach
        else { return nil }
        let codes: Set = [first.code, second.code]
        guard !knowledge.initiatives.contains(where: { codes.isSubset(of: $0.countries) }), !places.groupJoins(codes)
        else { return nil }
        let span = first.span.lowerBound..<second.span.upperBound
        return KnowledgeNames.Mention(
            text: question.writtenWords[span].joined(separator: " "), words: Array(question.words[span]),
            position: span.lowerBound)
    }

    /// How many words may stand between "between" and a country, or between the two countries.
    static let betweenReach = 3

    /// A capitalised name with the lowercase words that end it in languages that put
    /// adjectives after the noun ("Union du Maghreb" + "arabe", "Conseil" + "nordique");
    /// a name of several words that ends on its head noun ("Arab Maghreb Union") is complete.
    private func completed(_ mention: KnowledgeNames.Mention, _ question: Question) -> KnowledgeNames.Mention {
        guard let last = mention.words.last, mention.words.count == 1 || !names.isOrganisationNoun(last) else {
            return mention
        }
        var end = mention.position + mention.words.count - 1
        let typedEnd = end
        while end + 1 < question.words.count, end - typedEnd < Self.longestNameEnding,
            !packs.isCue(question.words[end + 1]), !packs.contains(.nameConnectors, question.words[end + 1]),
            !analyzer.isStopword(question.typedWords[end + 1], inAnyOf: Language.allCases),
            question.writtenWords[end + 1].first?.isLowercase == true
        {
            end += 1
        }
        let range = mention.position...end
        return KnowledgeNames.Mention(
            text: question.writtenWords[range].joined(separator: " "), words: Array(question.words[range]),
            position: mention.position)
    }

    /// The names around each head noun of bodies' names, as typed, and their cores:
    /// the noun and the word it governs. A name runs on over open words and the small
    /// words inside names ("union du maghreb arabe", «اتحاد المغرب العربي»), or back
    /// when the noun ends it ("shanghai cooperation organisation"); stopwords and
    /// cues bound it. The core is what must be held: "الاتحاد الأفريقي" in «خطة عمل
    /// الاتحاد الأفريقي العشرية» is the African Union, whatever follows it.
    private func bodySpans(_ question: Question) -> [(name: KnowledgeNames.Mention, core: KnowledgeNames.Mention)] {
        let words = question.words
        // "programas", «برامج»: what the question asks the body for ends its name.
        // "tem algum fundo…?": a word of the asking frame or a filler ("algum") is no part of a name.
        let open = { (index: Int) in
            words.indices.contains(index) && !packs.isCue(words[index])
                && !([.listWords, .fillerWords, .frameWords] as [LanguagePack.List]).contains {
                    packs.contains($0, words[index])
                }
                && !analyzer.isStopword(question.typedWords[index], inAnyOf: Language.allCases)
        }
        // A name runs on within its clause: "… labour ministry. Apart from us…" names no ministry.
        let forward = { (index: Int) in open(index) && !question.clauseStarts.contains(index) }
        let backward = { (index: Int) in open(index) && !question.clauseStarts.contains(index + 1) }
        // A connector or a head noun may be two words ("من أجل", «السوق المشتركة»).
        let phraseLength = { (list: LanguagePack.List, index: Int) -> Int in
            guard words.indices.contains(index) else { return 0 }
            if words.indices.contains(index + 1), packs.contains(list, words[index] + " " + words[index + 1]) {
                return 2
            }
            return packs.contains(list, words[index]) ? 1 : 0
        }
        let joining = { (index: Int) in phraseLength(.nameConnectors, index) }
        func mention(_ range: ClosedRange<Int>) -> KnowledgeNames.Mention {
            KnowledgeNames.Mention(
                text: question.writtenWords[range].joined(separator: " "), words: Array(words[range]),
                position: range.lowerBound)
        }
        var spans: [(name: KnowledgeNames.Mention, core: KnowledgeNames.Mention)] = []
        // A capitalised name is read whole (see `completed`); these are the others.
        let capitalised = Set(question.mentions.flatMap { $0.position..<($0.position + $0.words.count) })
        for index in words.indices where !capitalised.contains(index) {
            let head =
                phraseLength(.organisationNouns, index) == 2 ? 2 : (names.isOrganisationNoun(words[index]) ? 1 : 0)
            guard head > 0 else { continue }
            // "qual agência cuida disso?", "which agency…": a head noun a question word opens asks for a body, it names none.
            // A question word is a list cue, or a small word of the asking frame ("qual"); «مبادرات» is a frame word that names.
            if index > 0,
                packs.contains(.listCues, names.withoutProclitic(words[index - 1]))
                    || (packs.contains(.frameWords, words[index - 1])
                        && analyzer.isStopword(question.typedWords[index - 1], inAnyOf: Language.allCases))
            {
                continue
            }
            let last = index + head - 1
            // «صندوق لتمويل التعليم», "a fund for financing education": a preposition written
            // onto the next word makes a description of a one-word head; a name goes on with
            // a genitive or an adjective («السوق المشتركة لشرق وجنوب أفريقيا» is a name's head).
            if head == 1, Script.isArabic(words[index]), words.indices.contains(index + 1),
                names.withoutProclitic(words[index + 1]) != words[index + 1]
            {
                continue
            }
            if forward(last + 1) || (joining(last + 1) > 0 && forward(last + 1 + joining(last + 1))) {
                var end = last
                while end - last < Self.longestBodyName {
                    let join = joining(end + 1)
                    if forward(end + 1) {
                        end += 1
                    } else if join > 0 && forward(end + 1 + join) {
                        end += 1 + join
                    } else {
                        break
                    }
                }
                spans.append(
                    (
                        mention(index...end),
                        mention(index...(forward(last + 1) ? last + 1 : last + 1 + joining(last + 1)))
                    ))
            } else if backward(index - 1) {
                var start = index - 1
                while index - start < Self.longestBodyName && backward(start - 1) { start -= 1 }
                spans.append((mention(start...last), mention((index - 1)...last)))
            }
            // A head noun alone ("la organización") names no body in particular.
        }
        return spans
    }

    /// The most words a body's name is taken to run over after its head noun.
    static let longestBodyName = 4
    /// The most lowercase words taken to end a capitalised name ("arabe").
    static let longestNameEnding = 2

    /// The unit that answers `asked` among the records the question may describe.
    ///
    /// The best fact of a later candidate wins when it meets the question by more than
    /// the earlier one's lead in the order described (a word's worth per place). Words
    /// of the first candidate's name say which record is meant, not what about it, so
    /// they count for no candidate's facts.
    private func bestUnit(
        _ asked: Asked, among candidates: [Initiative], _ question: Question, _ wording: Wording, words: [String],
        detail: Bool = false,
        quoted: Conversation.QuotedFact? = nil
    ) -> (Initiative, AnswerUnit) {
        let naming = Set(
            candidates.first.map { record in record.name.languages.flatMap { names.folded(record.name.text(in: $0)) } }
                ?? [])
        var best: (record: Initiative, unit: AnswerUnit, score: Int)?
        // "What is X?" asks about the record best described by its name, never about another
        // whose facts happen to repeat more of the words (they name X to tell their own story).
        for (rank, record) in (asked == .what ? Array(candidates.prefix(1)) : candidates).enumerated() {
            let preferring = quoted.flatMap {
                $0.record == record.id && record.facts.indices.contains($0.index) ? record.facts[$0.index] : nil
            }
            let unit = self.unit(
                asked, in: record, words: words, naming: naming, detail: detail, measure: question.measure,
                preferring: preferring, wording)
            let score = unit.evidence - Self.rankCost * rank
            if best == nil || score > best!.score { best = (record, unit, score) }
        }
        return (best!.record, best!.unit)
    }

    /// The records a question may be about, the conversation's focus first when the
    /// question names nothing and describes no record by its name's words: "¿Quién la
    /// financia?" after ACCEL Africa asks about ACCEL Africa. A capitalised name, or a
    /// record described by more than one word of its name, is a new subject.
    private func focused(
        _ described: [Initiative], _ question: Question, _ turn: Turn, _ conversation: Conversation
    ) -> [Initiative] {
        let words = question.describingWords.map(names.withoutProclitic)
        // "sorry, I meant the one with Ghana" after Côte d'Ivoire's agreement with Burkina Faso: the
        // one pointed at is like the focus; of the records the question describes, the one whose
        // name shares most of the focus's comes first (Ghana's trafficking accord, not cocoa's).
        if let focus = conversation.focus.flatMap(knowledge.initiative), !mentionsOnly(focus, question, turn),
            packs.mentions(.them, in: question.words.map(names.withoutProclitic))
        {
            let focusName = Array(Set(focus.name.languages.flatMap { names.folded(focus.name.text(in: $0)) }))
            let likeness = Dictionary(
                described.map { ($0.id, nameOverlap($0.id, focusName)) }, uniquingKeysWith: { first, _ in first })
            return described.enumerated().sorted { a, b in
                let (likeA, likeB) = (likeness[a.element.id] ?? 0, likeness[b.element.id] ?? 0)
                return likeA != likeB ? likeA > likeB : a.offset < b.offset
            }.map(\.element).filter { $0.id != focus.id }
        }
        guard let focus = conversation.focus.flatMap(knowledge.initiative), mentionsOnly(focus, question, turn) else {
            // "¿y quién lo ejecutaba sobre el terreno?" after a list: one of those listed, unless the
            // question names another or describes it by its name's words.
            let listed = conversation.listed.compactMap(knowledge.initiative)
            guard conversation.focus == nil, !listed.isEmpty, question.mentions.isEmpty else { return described }
            let holding = listed.filter { holds($0, words) }
            if !holding.isEmpty {
                return holding + described.filter { record in !holding.contains { $0.id == record.id } }
            }
            if let top = described.first, !listed.contains(where: { $0.id == top.id }), nameOverlap(top.id, words) >= 2
            {
                return described
            }
            // «مين بيموّل الدراسة الإقليمية؟» after a list: the listed record the words name best comes first.
            let overlaps = listed.map { nameOverlap($0.id, words) }
            let ranked = listed.indices.sorted { overlaps[$0] != overlaps[$1] ? overlaps[$0] > overlaps[$1] : $0 < $1 }
                .map { listed[$0] }
            return ranked + described.filter { record in !listed.contains { $0.id == record.id } }
        }
        // "¿y quién lo elaboró junto con la OIT?": every word of it is the focus's own; another
        // record's fact that repeats more of them is not what was asked about.
        if holds(focus, words) { return [focus] }
        // "…segundo esse plano?" after the AU's ten-year plan: another record is described only
        // when its name fits the words better than the focus's own name does. A region the focus
        // is in names none ("how many working children in Africa according to it?").
        let ownRegions = placeWords(of: focus, in: turn)
        let describing = words.filter { !ownRegions.contains($0) }
        // Nor one that writes fewer of the words than the focus does ("¿en qué ciudad hicieron su
        // conferencia regional de intercambio de conocimientos?" after ACCEL Africa).
        let held = { (record: Initiative) in self.wordsWritten(describing, by: record.id) }
        if let top = described.first, top.id != focus.id, nameOverlap(top.id, describing) >= 2,
            nameOverlap(top.id, describing) > nameOverlap(focus.id, describing), held(top) > held(focus)
        {
            return described
        }
        return [focus] + described.filter { $0.id != focus.id }
    }

    /// Whether every capitalised name in the question is the focus's own ("Brasil" after
    /// the Brazil–ILO programme): any other ("the CIS agreement") is a new subject.
    /// - Parameter turn: its regions the focus is in are the focus's own too: "et en Asie, il a
    ///   financé quel pays ?" after Brazil's programme, which works in Asia, asks about it there.
    private func mentionsOnly(_ focus: Initiative, _ question: Question, _ turn: Turn? = nil) -> Bool {
        let own = recordWords(focus).union(turn.map { placeWords(of: focus, in: $0) } ?? [])
        // "EE. UU." after Paraguay Okakuaa: a country the focus lists, however it is written.
        let links = question.countries
        let ownCountries = links.filter { focus.countries.contains($0.code) }
        let ownCountry = { (mention: KnowledgeNames.Mention) in ownCountries.contains { $0.span.overlaps(mention.span) }
        }
        // "and the ghana / ivory coast one?": a country written in lowercase that the focus
        // neither lists nor writes is a new subject as a capitalised one is.
        let otherCountry = links.contains { link in
            !focus.countries.contains(link.code) && !question.words[link.span].allSatisfy(own.contains)
        }
        return !otherCountry
            && question.mentions.allSatisfy { mention in
                mention.words.allSatisfy { own.contains(names.withoutProclitic($0)) } || ownCountry(mention)
            }
    }

    /// The other records a record's own name names ("… pays pionnier de l'Alliance 8.7").
    private func namesInOwnName(_ record: Initiative) -> Set<String> {
        Set(
            record.name.languages.flatMap {
                names.recordsNamedWithin(names.folded(record.name.text(in: $0)), besides: record.id)
            })
    }

    /// Whether the record's own texts hold every one of `words` (the memorandum the
    /// focus signed is the focus's, though another record's name says "memorandum").
    private func holds(_ record: Initiative, _ words: [String]) -> Bool {
        let own = recordWords(record)
        return !words.isEmpty && words.allSatisfy(own.contains)
    }

    /// The words of the places a turn names that the record is in: a region it works in
    /// ("Asie" for Brazil's programme), a part of one only when the record is in that part
    /// ("e a da América Central?" after MERCOSUR's plan names another place).
    private func placeWords(of record: Initiative, in turn: Turn) -> Set<String> {
        let own = turn.matches.filter { match in
            guard match.kind == .region, record.regions.contains(match.id) else { return false }
            guard match.viaInclude, let part = places.named(match.typed) else { return true }
            return places.records(in: part).contains(record.id)
        }
        return Set(own.flatMap { names.folded($0.typed) })
    }

    /// How many of `words` (folded) the record writes anywhere.
    private func wordsWritten(_ words: [String], by id: String) -> Int {
        let written = names.recordWords[id] ?? []
        return words.filter(written.contains).count
    }

    /// Every word the record writes, in every language, folded (see `KnowledgeNames.recordWords`).
    private func recordWords(_ record: Initiative) -> Set<String> {
        names.recordWords[record.id] ?? []
    }

    /// Whether a question with no cue of what it asks is about the focus: it names
    /// nothing else and describes little ("qual é o orçamento dele?", «وكم ميزانيته؟»).
    private func asksAboutFocus(_ question: Question, _ conversation: Conversation) -> Bool {
        guard let focus = conversation.focus.flatMap(knowledge.initiative), !question.asksList,
            mentionsOnly(focus, question)
        else { return false }
        // "¿en qué departamento de Paraguay se centraba?" after Paraguay Okakuaa: a country the
        // focus lists says which, not what.
        let ownCountries = Set(
            question.countries.filter { focus.countries.contains($0.code) }.flatMap { question.words[$0.span] })
        let describing = question.describingWords.filter {
            !packs.contains(.frameWords, $0) && !packs.contains(.fillerWords, $0) && !ownCountries.contains($0)
        }
        // A longer one is about the focus when the focus writes all of it: «وفي أي قطاع كان
        // المشروع التجريبي في مراكش؟» after IPEC-Morocco asks about its pilot project.
        return !describing.isEmpty
            && (describing.count <= Self.detailWords || holds(focus, describing.map(names.withoutProclitic)))
    }

    /// The most words a short question about the focus names: more is a new question.
    static let detailWords = 2

    /// The initiatives the last list named, when the question asks about them: it names
    /// nothing and describes little else ("¿quién las financia?", "¿y cuándo empezaron?"),
    /// or points back at them ("which of them…", «أي منها»). Nil after anything but a list.
    private func listedAskedAbout(_ question: Question, _ turn: Turn, _ conversation: Conversation) -> (
        records: [Initiative], narrowed: Bool
    )? {
        let records = conversation.listed.compactMap(knowledge.initiative)
        // "¿y el segundo?", "when did they adopt the first one?": a place in the list shown,
        // even after one of them was asked about.
        // "et le nouvel accord ?" after Côte d'Ivoire–Burkina Faso, whose own texts tell of a
        // "nouvel accord", or «et le deuxième ?» after ECOWAS's first plan, whose texts tell of
        // its «deuxième plan»: the word picks within the focus, not a place in the list.
        let withinFocus = { (word: String) in
            conversation.focus.flatMap(knowledge.initiative).map { holds($0, [word]) } ?? false
        }
        if question.mentions.isEmpty,
            let place = question.words.lazy.compactMap({ word in
                self.packs.ordinals[word].flatMap { withinFocus(word) ? nil : $0 }
            }).first
        {
            let index = place < 0 ? records.count - 1 : place - 1
            if records.indices.contains(index) { return ([records[index]], true) }
        }
        // "the one in Uzbekistan - who does the monitoring?": the one listed record that lists
        // a country the question names, when it asks something of it or points back at them
        // ("which one of them is in Central Asia?").
        let pointsBack = packs.mentions(.them, in: question.words.map(names.withoutProclitic))
        if question.asked != nil || pointsBack, let picked = listedByCountry(question, turn, records) {
            return ([picked], true)
        }
        guard conversation.focus == nil, !records.isEmpty else { return nil }
        // "each one", "either of them": every word of a pointing phrase points, none describes.
        let pointing = Set(packs[.them].flatMap { $0.split(separator: " ").map(String.init) })
        let describing = question.describingWords.filter { word in
            !pointing.contains(word) && ![.frameWords, .fillerWords, .listWords].contains { packs.contains($0, word) }
        }.map(names.withoutProclitic)
        if pointsBack && !describing.isEmpty {
            // "¿Cuál de ellas cofinancia la Unión Europea?": those of them that hold most of the words.
            // Arabic compares stems: «وجبات مدرسية» asks for what a text writes «الوجبات المدرسية».
            let held = { (words: Set<String>) in
                let stems = Set(words.filter(Script.isArabic).map { self.analyzer.stem($0, in: .arabic) })
                return describing.filter {
                    words.contains($0) || (Script.isArabic($0) && stems.contains(self.analyzer.stem($0, in: .arabic)))
                }.count
            }
            // "Qual delas foi lançada pelos Países Baixos?": the words held together in one of
            // its texts tell first (the launch by the Netherlands), then those held anywhere
            // in it (another that the Netherlands only co-fund).
            let shares = records.map { record in
                let texts = [record.summary] + record.facts.map(\.text)
                let together =
                    texts.map { text in held(Set(text.languages.flatMap { names.folded(text.text(in: $0)) })) }.max()
                    ?? 0
                return (record, together, held(recordWords(record)))
            }
            guard let most = shares.map(\.2).max(), most > 0 else { return nil }
            let holding = shares.filter { $0.2 == most }
            let closest = holding.map(\.1).max() ?? 0
            return (holding.filter { $0.1 == closest }.map(\.0), true)
        }
        // "e qual foi o orçamento?": a detail with no cue of what is asked, said as a follow-up,
        // is about those listed that write it; "cadenas de suministro" alone is a new topic.
        if question.asked == nil, turn.continues, question.mentions.isEmpty, turn.filters.isEmpty, !describing.isEmpty,
            describing.count <= Self.detailWords
        {
            let holding = records.filter { holds($0, describing) }
            if !holding.isEmpty { return (holding, true) }
        }
        // One word more is a verb or a detail of the question ("empezaron"), not a new subject.
        // A region or modality ("what about triangular?") narrows the list by searching again.
        guard question.mentions.isEmpty, let asked = question.asked, asked != .what, turn.filters.isEmpty,
            describing.count <= 1, !records.isEmpty
        else { return nil }
        return (records, false)
    }

    /// The one record of `records` that lists a country the question names, when every
    /// name the question writes is a country's, or that is in the part of a region it
    /// names ("Central Asia"); nil when none or several do.
    private func listedByCountry(_ question: Question, _ turn: Turn, _ records: [Initiative]) -> Initiative? {
        let inPlaces = Set(
            turn.matches.filter(\.viaInclude).compactMap { places.named($0.typed) }.flatMap { places.records(in: $0) })
        if !inPlaces.isEmpty {
            let inPlace = records.filter { inPlaces.contains($0.id) }
            return inPlace.count == 1 ? inPlace[0] : nil
        }
        let links = question.countries
        guard !links.isEmpty,
            question.mentions.allSatisfy({ mention in links.contains { $0.span.overlaps(mention.span) } })
        else { return nil }
        let codes = Set(links.map(\.code))
        let listing = records.filter { !codes.isDisjoint(with: $0.countries) }
        return listing.count == 1 ? listing[0] : nil
    }

    /// The answer about the listed initiatives, or about those of them the question
    /// picked: one picked becomes the focus ("¿y en qué países trabaja?" is about it).
    private func listFollowUp(
        _ asked: Asked?, _ listed: (records: [Initiative], narrowed: Bool), _ question: Question, _ turn: Turn,
        words: [String],
        after conversation: Conversation, _ wording: Wording
    ) -> (Answer, Conversation) {
        // The list stays what the conversation is about: "which of them…" narrows it next.
        var next = conversation
        var answer: Answer
        if listed.narrowed, listed.records.count == 1, let record = listed.records.first {
            next.focus = record.id
            // "la deuxième" picked the record; it says nothing of which of its facts. Nor do the words
            // that picked it («البرنامج اللي تموله بريطانيا، متى بدأ؟»): they only break ties.
            let picking = asked == nil ? [] : Set(question.describingWords)
            let unit = self.unit(
                asked ?? .what, in: record, words: question.meaningfulWords.filter { packs.ordinals[$0] == nil },
                naming: picking,
                detail: asked == nil, measure: question.measure, wording)
            next.quoted = Conversation.QuotedFact(record, unit)
            answer =
                asked == nil || asked == .what
                ? initiativeAnswer(
                    record.id, wording, lead: wording.lead(unit, name: listedName(record, wording), citation: 1))
                : recordAnswer(record, unit: unit, wording)
        } else {
            answer = listAnswer(asked ?? .what, for: listed.records, question, detail: asked == nil, wording)
        }
        answer.interpretation = understood(turn, words: words, followUp: true, wording)
        return (answer, next)
    }

    /// One unit per listed initiative, each with its own citation: "ACCEL Africa: … [1];
    /// CLEAR Cotton: … [2]".
    private func listAnswer(
        _ asked: Asked, for records: [Initiative], _ question: Question, detail: Bool = false, _ wording: Wording
    ) -> Answer {
        var leads: [String] = []
        var hits: [AnswerHit] = []
        var sources: [Citation] = []
        for (offset, record) in records.enumerated() {
            let unit = self.unit(
                asked, in: record, words: question.meaningfulWords, detail: detail, measure: question.measure, wording)
            let single = recordAnswer(record, unit: unit, wording)
            let number = offset + 1
            leads.append(
                wording.lead(unit, name: record.acronym ?? record.name.text(in: wording.code), citation: number))
            hits += single.hits.map { hit in
                var hit = hit
                hit.citation = number
                return hit
            }
            sources += single.sources.map { source in
                var source = source
                source.number = number
                return source
            }
        }
        return Answer(
            intent: .answer, language: wording.language, reply: "", lead: leads.joined(separator: "; "),
            hits: hits, sources: sources, interpretation: .none, suggestions: [], total: records.count)
    }

    /// The unit of `record` that answers `asked`, in the reader's language.
    private func unit(
        _ asked: Asked, in record: Initiative, words: [String], naming: Set<String> = [], detail: Bool = false,
        measure: Measure,
        preferring: Initiative.Fact? = nil, _ wording: Wording
    ) -> AnswerUnit {
        AnswerUnit.answering(
            asked, in: record, words: words, naming: naming, language: wording.language, packs: packs,
            analyzer: analyzer,
            detail: detail, measure: measure, preferring: preferring, knowledge: knowledge)
    }

    /// Whether a record is in the parts of regions a turn names, when it names any: "what about
    /// child domestic work in the Pacific islands?" describes no record elsewhere in Asia.
    func inPartsNamed(_ id: String, by turn: Turn) -> Bool {
        let parts = turn.matches.filter(\.viaInclude).compactMap { places.named($0.typed) }
        return parts.isEmpty || parts.contains { places.records(in: $0).contains(id) }
    }

    /// What a candidate's place in `describedRecords` costs its evidence: one shared word.
    static let rankCost = 10

    /// The initiatives the question may describe, best first: those holding at least
    /// half the words, ranked by how much of their own name the words hold, then by
    /// how many of the countries it names they list, then by the words they hold. The question's region and modality narrow the search
    /// only while the match under them is as good as without: a filter never hides
    /// the initiative described.
    func describedRecords(_ question: Question, _ filters: [FacetKind: [String]], limit: Int = 3) -> [Initiative] {
        // A country the question names is searched as the knowledge writes it ("Costa de
        // Marfil" as "Côte d'Ivoire"), and a record that lists it is the likelier one.
        let links = question.countries
        let linkedWords = Set(links.flatMap { question.words[$0.span] })
        let written = links.flatMap { names.countries.written[$0.code] ?? [] }.flatMap(names.folded)
        let words = question.describingWords.filter { !linkedWords.contains($0) }.map(names.withoutProclitic) + written
        let countries = Set(links.map(\.code))
        let listing = { (id: String) in countries.filter { names.countries.records[$0]?.contains(id) == true }.count }
        guard !words.isEmpty else { return [] }
        let kind = FacetFilter(kind: .kind, ids: [Knowledge.initiativeKind])
        let facets = filters.map { FacetFilter(kind: $0.key, ids: $0.value) }
        var candidates: [Hit] = []
        for filters in [facets + [kind], [kind]] {
            guard
                let result = try? run(
                    Index.Query(words: words.joined(separator: " "), filters: filters), limit: 5, snippets: false)
            else { continue }
            candidates += result.hits.filter { $0.matchedWords * 2 >= result.queryWords }
        }
        // One record alone holding every word may hold one only by chance («عمالة»): the
        // records holding all but one are weighed too.
        if Set(candidates.map(\.id)).count == 1, words.count >= 4,
            let result = try? run(
                Index.Query(words: words.joined(separator: " "), filters: [kind]), limit: 5, snippets: false,
                minimumHits: 2)
        {
            candidates += result.hits.filter { $0.matchedWords + 1 >= result.queryWords }
        }
        // «غانا وكوت ديفوار»: the one record that lists every country of two or more named
        // is the one described, whatever words of a shared description ("cross-border
        // trafficking") others' names repeat. Then the one whose own name holds the most of
        // the words; then the best match.
        let listsAll = { (id: String) in countries.count >= 2 && listing(id) == countries.count }
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0.id).inserted }
        // Each candidate's overlap once, not in every comparison.
        let overlaps = Dictionary(
            unique.map { ($0.id, nameOverlap($0.id, words, weighingDistinctive: true)) },
            uniquingKeysWith: { first, _ in first })
        let ranked = unique.sorted { a, b in
            if listsAll(a.id) != listsAll(b.id) { return listsAll(a.id) }
            let (overlapA, overlapB) = (overlaps[a.id] ?? 0, overlaps[b.id] ?? 0)
            if overlapA != overlapB { return overlapA > overlapB }
            let (countriesA, countriesB) = (listing(a.id), listing(b.id))
            if countriesA != countriesB { return countriesA > countriesB }
            if a.matchedWords != b.matchedWords { return a.matchedWords > b.matchedWords }
            // Of two names holding the same words, the shorter is the one named ("Alliance 8.7").
            return nameLength(a.id) < nameLength(b.id)
        }
        return ranked.prefix(limit).compactMap { knowledge.initiative($0.id) }
    }

    private func nameLength(_ id: String) -> Int {
        knowledge.initiative(id).map { names.folded($0.name.text(in: "en")).count } ?? .max
    }

    /// How many of `words` a record's own names (not its other names) hold, typos forgiven.
    /// The one record a "tell me about …" describes by words of its name when it writes
    /// no name whole ("el proyecto del PMA contra el trabajo infantil en Egipto"): its name
    /// holds two of the question's telling words, and more than any other candidate's.
    /// - Parameter described: the records `describedRecords` found, when the caller has them.
    func recordDescribed(_ question: Question, among described: [Initiative]? = nil) -> String? {
        let described = described ?? describedRecords(question, [:])
        let words = question.describingWords.map(names.withoutProclitic)
        guard let top = described.first, !namesSomethingElse(question) else { return nil }
        let overlap = nameOverlap(top.id, words)
        let runnerUp = described.dropFirst().map { nameOverlap($0.id, words) }.max() ?? 0
        return overlap >= 2 && overlap > runnerUp ? top.id : nil
    }

    /// Whether the question writes a name of two words or more with a word the knowledge
    /// has nowhere, not even within a typo: "World Vision" is not described by the
    /// World Bank's programme, whatever else the question's words match.
    private func namesSomethingElse(_ question: Question) -> Bool {
        question.mentions.contains { foreignName($0, question) }
    }

    /// Whether a capitalised name of two words or more, not a country's, holds a word the
    /// knowledge has nowhere and is not held within a typo: no record can be it.
    private func foreignName(_ mention: KnowledgeNames.Mention, _ question: Question) -> Bool {
        return mention.words.count >= 2 && !question.countries.contains { $0.span.overlaps(mention.span) }
            && mention.words.contains(where: names.isUnknown) && !names.holds(mention)
    }

    /// - Parameter weighingDistinctive: a word only this record's names write counts twice
    ///   («فرقة العمل … في العمل الإنساني» is the humanitarian task force, not the other task force).
    private func nameOverlap(_ id: String, _ words: [String], weighingDistinctive: Bool = false) -> Int {
        guard let record = knowledge.initiative(id) else { return 0 }
        // «العمل المشترك لجامعة الدول العربية ومنظمة…» names «جامعة» and «منظمة» behind their proclitics.
        let written =
            record.name.languages.flatMap { names.folded(record.name.text(in: $0)) }
            + names.folded(record.acronym ?? "")
        let named = written.map(names.withoutProclitic)
        let distinctive =
            weighingDistinctive
            ? Set(written.filter(names.distinctiveNameWords.contains).map(names.withoutProclitic)) : []
        return words.map(Folding.fold).reduce(0) { total, word in
            guard !names.commonNameWords.contains(word), named.contains(where: { KnowledgeNames.alike(word, $0) })
            else { return total }
            return total + (distinctive.contains(word) ? 2 : 1)
        }
    }

    /// One record's unit as the lead, cited [1] with the source of that unit.
    private func recordAnswer(_ record: Initiative, unit: AnswerUnit, _ wording: Wording) -> Answer {
        let name = record.name.text(in: wording.code)
        let source = record.sources.indices.contains(unit.source) ? record.sources[unit.source] : record.sources.first
        let hit = AnswerHit(
            citation: 1, id: record.id, kind: .initiative, title: name, snippet: unit.text, highlights: [], score: 1)
        let citation = Citation(number: 1, id: record.id, title: source?.title ?? name, url: source?.url)
        return Answer(
            intent: .answer, language: wording.language, reply: "", lead: wording.lead(unit, name: name, citation: 1),
            hits: [hit], sources: [citation], interpretation: .none,
            suggestions: [wording.pointsFor(record.acronym ?? name)], total: 1)
    }

    /// "¿Qué es la cooperación triangular?": the concept note's sentence that says it.
    private func conceptNoteAnswer(_ turn: Turn, words: [String], _ wording: Wording) -> Answer? {
        let terms = turn.matches.compactMap { match in
            Vocabulary.kind(match.kind).flatMap { knowledge.vocabulary.term($0, match.id) }
        }
        let termWords = terms.flatMap { [$0.label("es"), $0.label("en")] }
        let soughtText = (words + termWords).joined(separator: " ")
        guard !soughtText.isEmpty else { return nil }
        let query = Index.Query(
            words: soughtText, filters: [FacetFilter(kind: .kind, ids: [Knowledge.conceptNoteKind])])
        guard let top = (try? run(query, limit: 1, snippets: false))?.hits.first,
            let passage = knowledge.conceptNote.passage(top.id)
        else { return nil }
        let sought = stems(of: soughtText, in: .spanish)
        let sentence =
            Self.sentences(passage.text).max { a, b in
                stems(of: a, in: .spanish).intersection(sought).count
                    < stems(of: b, in: .spanish).intersection(sought).count
            } ?? passage.text
        let title = "\(wording.conceptNote) — \(passage.section)"
        let hit = AnswerHit(
            citation: 1, id: passage.id, kind: .conceptNote, title: title, snippet: sentence, highlights: [],
            score: top.score)
        return Answer(
            intent: .answer, language: wording.language, reply: "",
            lead: wording.conceptNoteLead(sentence, citation: 1),
            hits: [hit], sources: [Citation(number: 1, id: passage.id, title: title, url: nil)],
            interpretation: understood(turn, words: words, followUp: false, wording), suggestions: [], total: 1)
    }

    /// The names the knowledge lacks said first, then what comes closest, offered as such.
    /// - Parameter between: `absent` is countries no record joins, though each may be held.
    private func absentAnswer(
        _ absent: [KnowledgeNames.Mention], _ turn: Turn, after conversation: Conversation, between: Bool = false,
        _ wording: Wording
    ) -> (Answer, Conversation) {
        let absentWords = Set(absent.flatMap(\.words))
        let words = turn.words.filter { word in
            let folded = Folding.fold(word)
            return !packs.isCue(folded) && !absentWords.contains(folded)
        }
        let filters = turn.filters.map { FacetFilter(kind: $0.key, ids: $0.value) }
        let closest =
            words.isEmpty && filters.isEmpty
            ? nil
            : try? run(
                Index.Query(words: words.joined(separator: " "), filters: filters), limit: 3, in: wording.language)
        let hits = closest?.hits ?? []
        var answer = Answer(
            intent: .search, language: wording.language, reply: "",
            lead: between
                ? wording.absentBetween(absent.map(\.text).joined(separator: " "), closestFollows: !hits.isEmpty)
                : wording.absent(absent.map(\.text), closestFollows: !hits.isEmpty), hits: [], sources: [],
            interpretation: understood(turn, words: words, followUp: false, wording), suggestions: [],
            total: closest?.total ?? 0,
            notices: [Notice(kind: .absent, ids: absent.map(\.text))])
        append(hits.prefix(3), to: &answer, wording)
        // With no hits the lead is the whole reply; with hits the renderer writes it (`Assistant.reply`).
        if hits.isEmpty { answer.reply = answer.lead + "." }
        // What the knowledge lacks is not kept as a topic to refine.
        return (answer, conversation)
    }

    /// Adds hits under the answer's, numbered after its citations.
    private func append(_ hits: some Sequence<Hit>, to answer: inout Answer, _ wording: Wording) {
        let (cited, sources) = citedHits(Array(hits), wording)
        let offset = answer.sources.count
        answer.hits += cited.map { hit in
            var hit = hit
            hit.citation += offset
            return hit
        }
        answer.sources += sources.map { source in
            var source = source
            source.number += offset
            return source
        }
    }

    /// How the question was understood: its filters, themes, words and corrections.
    private func understood(_ turn: Turn, words: [String], followUp: Bool, _ wording: Wording) -> Interpretation {
        var conversation = Conversation()
        conversation.filters = turn.filters
        conversation.topicTerms = turn.topicTerms
        conversation.topic = words
        var interpretation = Interpretation(
            filters: turn.filters, exclusions: [:], topicTerms: turn.topicTerms, topic: words,
            corrections: turn.corrections,
            expansions: [], canonicalQuery: conversation.query.description, followUp: followUp, relaxed: false)
        interpretation.labels = labels(of: conversation, wording)
        return interpretation
    }
}
