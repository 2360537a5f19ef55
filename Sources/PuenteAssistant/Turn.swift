import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import PuenteText

/// One question's parts: the facets it filters by, the themes it names, the
/// words it searches for, and the cues that tie it to the previous question.
struct Turn {
    /// Region and modality ids named in the question.
    var filters: [FacetKind: [String]] = [:]
    /// Theme and mechanism ids named in the question.
    var topicTerms: [String] = []
    /// The words to search for: content words, and the words that named a theme,
    /// a mechanism or a body ("CEDEAO"), as typed.
    var words: [String] = []
    var corrections: [Correction] = []
    var matches: [FacetMatch] = []
    /// Facets typed in the index's syntax.
    var explicit = ExplicitFilters("")
    /// "otra región", "another region": leave the current region.
    var wantsOtherRegion = false
    /// "¿y…?", "what about…", "solo…": a continuation of the previous question.
    var continues = false
    /// A whole question that asks for initiatives ("Quelles initiatives régionales existent en
    /// Afrique australe ?"): its places are no refinement of the last topic.
    var asksAfresh = false
    /// Whether the question names only places ("what about West Africa?", "¿y en África?"),
    /// not a body a region includes ("la Unión Europea").
    func namesOnlyPlaces(bodies names: KnowledgeNames) -> Bool {
        let places = matches.filter { $0.viaInclude && !names.isBody(Folding.fold($0.typed)) }
        // A modality alone is no place: "¿Qué es la cooperación triangular?" after an answer asks the notion.
        if filters[.region] != nil
            && words.allSatisfy({ word in places.contains { $0.typed.localizedCaseInsensitiveContains(word) } })
        {
            return true
        }
        // «وماذا عن الأردن؟», "¿y en Jordania?": a country alone is a place too.
        let folded = words.map { names.withoutProclitic(Folding.fold($0)) }
        let countries = names.countries.links(in: folded)
        return !folded.isEmpty && !countries.isEmpty
            && folded.indices.allSatisfy { index in countries.contains { $0.span.contains(index) } }
    }

    /// Whether the question names only themes ("and on cocoa?", "¿y sobre trata?"), no place.
    var namesOnlyThemes: Bool {
        let themes = matches.filter { !Self.filterKinds.contains($0.kind) }
        return !themes.isEmpty && filters.isEmpty
            && words.allSatisfy { word in themes.contains { $0.typed.localizedCaseInsensitiveContains(word) } }
    }

    static let filterKinds: Set<FacetKind> = [.region, .modality]

    /// - Parameter text: the question as typed, for the continuation cues.
    init(
        extraction: FacetExtractor.Extraction, text: String = "", explicit: ExplicitFilters = ExplicitFilters(""),
        packs: LanguageWords
    ) {
        self.explicit = explicit
        matches = extraction.matches
        corrections = extraction.corrections.map { Correction(typed: $0.typed, corrected: $0.corrected) }
        for match in extraction.matches {
            if Self.filterKinds.contains(match.kind) {
                if !(filters[match.kind]?.contains(match.id) ?? false) {
                    filters[match.kind, default: []].append(match.id)
                }
            } else if !topicTerms.contains(match.id) {
                topicTerms.append(match.id)
            }
        }
        for (kind, ids) in explicit.filters { filters[kind] = ids }
        // The words to search, in the order typed: a region or modality named by its
        // own name is a filter, not a word; a body ("CEDEAO") stays a word too.
        let fixed = Dictionary(
            extraction.corrections.map { ($0.typed, $0.corrected) }, uniquingKeysWith: { first, _ in first })
        words = extraction.words.compactMap { word in
            guard let match = word.match else {
                let folded = Folding.fold(word.text)
                // Cue, frame and filler words say what is asked, not what about: they are
                // never words a passage must contain.
                // "¿Qué acuerdos…?", «ما هي اتفاقات…؟»: the kind of record a list asks for is what every
                // record is; as a word it only misses plurals a stemmer keeps apart («اتفاقات», «اتفاق»).
                // "between West African countries": the countries a record covers are a field, not its words.
                let frames: [LanguagePack.List] = [.fillerWords, .listWords, .countryWords]
                return packs.isCue(folded) || frames.contains { packs.contains($0, folded) } ? nil : word.text
            }
            if Self.filterKinds.contains(match.kind) && !match.viaInclude { return nil }
            // A typo the vocabulary forgave is searched as the word it meant.
            return fixed[word.text] ?? word.text
        }
        let folded = Analyzer().words(in: text).map { Folding.fold($0.text) }
        wantsOtherRegion = packs.mentions(.otherRegion, in: folded)
        // A continuation cue opens the question ("¿y en África?", "what about…").
        // So does a correction, wherever it stands ("sorry, I meant the regional plan").
        continues =
            packs[.continues].contains { cue in folded.starts(with: cue.split(separator: " ").map(String.init)) }
            || packs.mentions(.corrects, in: folded)
    }
}

extension Conversation {
    /// The conversation after `turn`, and whether the turn refined the previous question.
    ///
    /// - Facets alone ("¿Y en África?", "solo Sur–Sur") replace the facets of the
    ///   same kind and keep the topic, unless a whole question asks for initiatives.
    /// - "otra región" drops the region and excludes it, keeping the topic.
    /// - A continuation cue with new words ("¿y sobre cadenas de suministro?")
    ///   replaces the topic and keeps the other filters.
    /// - Anything else with words starts afresh.
    func next(with turn: Turn) -> (Conversation, followUp: Bool) {
        var next = self
        let hasHistory = !isEmpty
        if turn.wantsOtherRegion && hasHistory {
            let previous = filters[.region] ?? []
            next.filters[.region] = nil
            if !previous.isEmpty { next.exclusions[.region] = previous }
            next.apply(turn.filters)
            if !turn.words.isEmpty { next.setTopic(turn) }
            return (next, true)
        }
        if !turn.explicit.isEmpty {
            // A query in the index's syntax says exactly what it wants: take it as a whole.
            var exact = Conversation()
            exact.language = language
            exact.turns = turns
            exact.apply(turn.filters)
            exact.exclusions = turn.explicit.exclusions
            exact.typedFilters = turn.explicit.passThrough
            exact.setTopic(turn)
            return (exact, false)
        }
        // "what about West Africa?": a place within a region is a facet too, searched as words.
        let newPlace = Self.placeWords(of: turn)
        let ownWords = turn.words.filter { !newPlace.contains(Folding.fold($0)) }
        if ownWords.isEmpty && !turn.filters.isEmpty && hasHistory && !turn.asksAfresh {
            if turn.filters[.region] != nil {
                // The old region's place is no topic in the new one; the new place is.
                let place = Set(placeWords)
                next.topic.removeAll { place.contains(Folding.fold($0)) }
                next.topic += turn.words
                next.placeWords = newPlace
            }
            next.apply(turn.filters)
            return (next, true)
        }
        if turn.continues && hasHistory {
            next.apply(turn.filters)
            if !turn.words.isEmpty { next.setTopic(turn) }
            return (next, true)
        }
        var fresh = Conversation()
        fresh.language = language
        fresh.turns = turns
        fresh.apply(turn.filters)
        fresh.setTopic(turn)
        return (fresh, false)
    }

    private mutating func apply(_ turnFilters: [FacetKind: [String]]) {
        for (kind, ids) in turnFilters {
            filters[kind] = ids
            exclusions[kind] = nil
        }
    }

    private mutating func setTopic(_ turn: Turn) {
        topic = turn.words
        topicTerms = turn.topicTerms
        placeWords = Self.placeWords(of: turn)
    }

    /// The words that named a place within a region ("West Africa"), folded.
    private static func placeWords(of turn: Turn) -> [String] {
        turn.matches.filter { $0.viaInclude && $0.kind == .region }
            .flatMap { Analyzer().words(in: $0.typed).map { Folding.fold($0.text) } }
    }
}
