import Foundation
import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import PuenteText

/// Decides what a participant's words ask for, from the language packs' cue
/// phrases. Cues are compared folded and lowercase, as whole words.
struct IntentClassifier: Sendable {
    enum Aspect: String, Sendable { case when, duration, whereAbouts, language, what }

    enum Decision: Equatable {
        case empty, help, reset, brief, coverage
        case logistics(Aspect)
        case list(FacetKind)
        case talkingPoints
        case initiative(String)
        case search

        /// Whether the question names one initiative ("¿y la Iniciativa Regional?").
        var namesInitiative: Bool {
            if case .initiative = self { return true }
            return false
        }
    }

    let analyzer: Analyzer
    let packs: LanguageWords
    /// Acronyms as records write them ("MIRTI", "ACCEL Africa") → record id.
    let acronyms: [(acronym: String, id: String)]

    init(knowledge: Knowledge, packs: LanguageWords, analyzer: Analyzer) {
        self.analyzer = analyzer
        self.packs = packs
        // An acronym two records share ("IPEC") names neither alone: the rest of the question decides.
        let all = knowledge.initiatives.compactMap { record in record.acronym.map { (acronym: $0, id: record.id) } }
        let counts = Dictionary(all.map { ($0.acronym, 1) }, uniquingKeysWith: +)
        acronyms = all.filter { counts[$0.acronym] == 1 }.sorted { $0.acronym.count > $1.acronym.count }
    }

    /// The question's words, folded, in order.
    func words(_ text: String) -> [String] {
        analyzer.words(in: text).map { Folding.fold($0.text) }
    }

    /// - Parameter contentWords: the question's words that name neither a facet nor a cue.
    /// - Parameter hasFocus: the conversation is about one initiative: a short question
    ///   with a cue ("¿cuándo empezó?") asks about it, not about the session.
    /// - Parameter sessionInFocus: the last answer was about the session: a short
    ///   question with no subject of its own ("e em que país?", «وفي أي ساعة تنتهي؟») is too.
    /// - Parameter namesRecord: the question names an initiative: not a vocabulary list.
    /// - Parameter focusHolds: the initiative in focus writes every word the question is
    ///   about: "¿y cuándo fue la primera reunión binacional?" asks about its meeting, not the session.
    /// - Parameter describesRecord: the question describes one initiative by its name's words
    ///   ("la primera reunión binacional Panamá–Costa Rica…"): a meeting it names is that one's.
    /// - Parameter namesCountry: the question names a country ("et en Irak, dans quelle région ?").
    /// - Parameter asksInitiatives: the question asks for initiatives ("which of the initiatives
    ///   deal with cotton?"): a panel or session it mentions is the asker's own occasion.
    func classify(
        _ raw: String, contentWords: [String], hasFacets: Bool, hasFocus: Bool = false, sessionInFocus: Bool = false,
        namesRecord: Bool = false, focusHolds: Bool = false, describesRecord: Bool = false,
        asksInitiatives: Bool = false, namesCountry: Bool = false
    ) -> Decision {
        let words = words(raw)
        if words.isEmpty { return .empty }
        // One scan of the question finds every list's phrases; each test below is a lookup.
        let found = packs.lists(in: words)
        let says = { (list: LanguagePack.List) in found[list] != nil }
        let few = contentWords.count <= 2
        // Where the first of a list's phrases stands in the question.
        let firstPlace = { (list: LanguagePack.List) in
            (found[list] ?? []).compactMap { phrase in
                words.firstIndex(of: String(phrase.split(separator: " ").first ?? ""))
            }.min() ?? words.count
        }
        if says(.reset) && few { return .reset }
        if says(.help) && few && !hasFacets && acronym(in: raw) == nil { return .help }
        // "I'm preparing a briefing … In which city did they sign…?" asks where: a question that asks
        // something of many words only mentions a brief.
        if says(.brief) && (few || !Asked.allCases.contains(where: { says($0.cues) })) { return .brief }
        if says(.coverage) && few { return .coverage }
        if says(.points) { return .talkingPoints }
        if let id = acronym(in: raw) { return .initiative(id) }
        // "¿A qué hora arranca lo de cooperación regional?": only the session has hours.
        if says(.sessionHour) && !says(.sessionDuration) { return .logistics(.when) }
        // Words no phrase of the packs took, nor a frame word: what the question is about.
        let phraseWords = Set(found.values.flatMap { $0.flatMap { $0.split(separator: " ").map(String.init) } })
        let subject = contentWords.map(Folding.fold).filter {
            !phraseWords.contains($0) && !packs.contains(.frameWords, $0)
        }
        let stillSession = sessionInFocus && subject.count <= 1 && !hasFacets
        if stillSession && (says(.asksWhere) || says(.countryWords)) { return .logistics(.whereAbouts) }
        if stillSession && says(.asksWhen) { return .logistics(.when) }
        let aboutSession =
            (says(.sessionWords) && !focusHolds && !describesRecord && !(asksInitiatives && hasFacets)) || stillSession
        // "Tell me about Paraguay Okakuaa": two words that name a record are no question about the session.
        if aboutSession || (few && !hasFacets && !hasFocus && !namesRecord) {
            if aboutSession && says(.sessionLanguage) { return .logistics(.language) }
            if says(.sessionDuration) { return .logistics(.duration) }
            if says(.sessionWhen) { return .logistics(.when) }
            // «عن ماذا تتحدث الجلسة في المؤتمر؟» asks what, though "conference" may ask where:
            // of the two, the cue written first is what is asked.
            if says(.sessionWhere) && !(says(.sessionWhat) && firstPlace(.sessionWhat) < firstPlace(.sessionWhere)) {
                return .logistics(.whereAbouts)
            }
            // "¿De qué temas se hablará en la sesión?" asks the session's topics, not the vocabulary's.
            if aboutSession && says(.themeList) { return .logistics(.what) }
            if aboutSession || says(.sessionWhat) {
                if says(.sessionWhat) || contentWords.count <= 1 { return .logistics(.what) }
            }
        }
        // "et en Irak c'était dans quelle région ?", "in which region of the country?" ask where
        // within a country, not for the vocabulary's regions.
        if !hasFacets && !namesRecord && !namesCountry && !says(.countryWords) && contentWords.count <= 2
            && !says(.otherRegion)
        {
            for kind in Vocabulary.kinds where Self.list(of: kind).map(says) ?? false {
                if says(.listCues) || contentWords.count <= 1 { return .list(kind) }
            }
        }
        return .search
    }

    /// The packs' words that name the vocabulary of `kind` ("temas", "regions"); nil for `kind`, no vocabulary.
    private static func list(of kind: FacetKind) -> LanguagePack.List? {
        switch kind {
        case .theme: .themeList
        case .region: .regionList
        case .modality: .modalityList
        case .mechanism: .mechanismList
        case .kind: nil
        }
    }

    /// A record named by its acronym, written as the record writes it ("MIRTI", "ACCEL Africa").
    func acronym(in raw: String) -> String? {
        let padded =
            " " + raw.map { $0.isLetter || $0.isNumber || $0 == " " ? $0 : " " }.map(String.init).joined() + " "
        return acronyms.first { padded.includes(" " + $0.acronym + " ") }?.id
    }

    /// Whether the question asks about one thing by name ("¿qué es…?", "tell me about…").
    func asksByName(_ raw: String) -> Bool {
        packs.mentions(.nameCues, in: words(raw))
    }
}
