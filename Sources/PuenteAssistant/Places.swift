import PuenteKnowledge
import PuenteText

/// The parts of regions the vocabulary names ("North Africa", «جنوب شرق آسيا»), each with
/// its names folded and the records in it, worked out once per knowledge snapshot: a
/// question that names a part looks them up.
struct Places: Sendable {
    private struct Part: Sendable {
        var place: Vocabulary.Place
        /// Each name's words, folded, every word kept ("asie du sud est").
        var whole: Set<[String]>
        /// Each name's words without its small ones ("afrique nord" for "Afrique du Nord").
        var meaningful: Set<[String]>
    }

    private let parts: [Part]
    private let records: [Vocabulary.Place: Set<String>]
    /// The records of a body a part's countries form, by part: they join its countries, listed or not.
    private let ofGroups: [Vocabulary.Place: Set<String>]
    private let analyzer: Analyzer

    init(knowledge: Knowledge, names: KnowledgeNames, analyzer: Analyzer) {
        self.analyzer = analyzer
        let meaningful = { (text: String) in
            FacetExtractor.meaningful(text, analyzer: analyzer).map { Folding.fold($0.text) }
        }
        let places = knowledge.vocabulary.terms.flatMap(\.places)
        parts = places.map { place in
            Part(place: place, whole: Set(place.names.map(names.folded)), meaningful: Set(place.names.map(meaningful)))
        }
        var records: [Vocabulary.Place: Set<String>] = [:]
        var groupRecords: [Vocabulary.Place: Set<String>] = [:]
        for place in places {
            let listing = place.countries.flatMap { names.countries.records[$0] ?? [] }
            let groups = Set(place.groups.flatMap(names.folded))
            // A record of a body its countries form (the ASEAN roadmap) is in the part, and so is
            // one the body itself leads (the ECOWAS–ECCAS accord).
            let ofGroups = knowledge.initiatives.filter { record in
                let written =
                    [record.acronym ?? ""]
                    + record.countryGroups.flatMap { group in group.languages.map { group.text(in: $0) } }
                    + record.lead.flatMap { knowledge.body($0)?.allNames ?? [] }
                return written.contains { text in !groups.isDisjoint(with: names.folded(text)) }
            }
            records[place] = Set(listing + ofGroups.map(\.id))
            groupRecords[place] = Set(ofGroups.map(\.id))
        }
        self.records = records
        ofGroups = groupRecords
    }

    /// The part a question names by one of its names; nil for a name the vocabulary gives
    /// no part. "Asie du Sud-Est" is not "Asie du Sud": a name written whole decides first,
    /// then one compared as the vocabulary's names are matched, small words left out.
    func named(_ typed: String) -> Vocabulary.Place? {
        let whole = analyzer.words(in: typed).map { Folding.fold($0.text) }
        if let part = parts.first(where: { $0.whole.contains(whole) }) { return part.place }
        let words = FacetExtractor.meaningful(typed, analyzer: analyzer).map { Folding.fold($0.text) }
        return parts.first { $0.meaningful.contains(words) }?.place
    }

    /// The records in a part: those listing one of its countries, and those of a body its
    /// countries form.
    func records(in place: Vocabulary.Place) -> Set<String> {
        records[place] ?? []
    }

    /// Whether a record of a body joins all of `codes`: the ECOWAS plan joins Nigeria and Niger,
    /// though it lists neither.
    func groupJoins(_ codes: Set<String>) -> Bool {
        parts.contains { part in codes.isSubset(of: part.place.countries) && !(ofGroups[part.place] ?? []).isEmpty }
    }
}
