import PuenteIndex
import PuenteSupport
import Yams

/// Reads `vocabulary.yaml`: four lists of terms, each with an id, labels in the
/// five languages (the Arabic one in Arabic script) and synonyms in any language.
enum VocabularyReader {
    static func read(_ root: Node, file: String, log: IssueLog) -> Vocabulary {
        let lists = Vocabulary.kinds.map(\.listKey)
        guard let fields = FieldReader(root, file: file, log: log, what: "the vocabulary", keys: lists, nested: false)
        else {
            return Vocabulary(terms: [])
        }
        var terms: [Vocabulary.Term] = []
        for kind in Vocabulary.kinds {
            var seen: Set<String> = []
            for node in fields.nodes(kind.listKey, nonEmpty: true) {
                guard let term = term(from: node, kind: kind, file: file, log: log) else { continue }
                if !seen.insert(term.id).inserted {
                    log.add(file, node.mark, "duplicate \(kind.rawValue) id '\(term.id)'")
                    continue
                }
                terms.append(term)
            }
        }
        return Vocabulary(terms: terms)
    }

    /// A part of a region: `names` (any language), `countries` (ISO 3166-1 alpha-2) and,
    /// optionally, `groups` (acronyms of the bodies its countries form).
    private static func place(from node: Node, file: String, log: IssueLog) -> Vocabulary.Place? {
        guard
            let fields = FieldReader(
                node, file: file, log: log, what: "a place", keys: ["names", "countries", "groups"])
        else { return nil }
        let names = fields.strings("names", nonEmpty: true)
        let countries = fields.strings("countries", nonEmpty: true)
        let groups = fields.strings("groups", required: false)
        let unknown = countries.filter { !InitiativeReader.countryCodes.contains($0) }
        for code in unknown {
            log.add(
                file, fields.node("countries")?.mark,
                "'\(code)' is not a country code; expected an ISO 3166-1 alpha-2 code such as MA or EG")
        }
        guard !names.isEmpty, !countries.isEmpty, unknown.isEmpty else { return nil }
        return Vocabulary.Place(names: names, countries: countries, groups: groups)
    }

    private static func term(from node: Node, kind: FacetKind, file: String, log: IssueLog) -> Vocabulary.Term? {
        guard
            let fields = FieldReader(
                node, file: file, log: log, what: "a \(kind.rawValue)",
                keys: ["id", "labels", "synonyms", "includes", "places", "worldwide"]),
            let id = fields.string("id")
        else { return nil }
        guard Formats.isIdentifier(id) else {
            log.add(file, fields.node("id")?.mark, "'\(id)' is not a valid id; expected \(Formats.identifierRule)")
            return nil
        }
        let labels = fields.localized("labels", required: Vocabulary.languages)
        let synonyms = fields.strings("synonyms", required: false)
        let includes = fields.strings("includes", required: false)
        // A term with faulty labels keeps its id (the load fails on the labels
        // anyway), so records using it are not also told that the id is unknown.
        let places = fields.nodes("places", required: false).compactMap { place(from: $0, file: file, log: log) }
        var term = Vocabulary.Term(
            id: id, kind: kind, labels: labels?.texts ?? [:], synonyms: synonyms,
            includes: includes + places.flatMap(\.names))
        term.places = places
        if let worldwide = fields.string("worldwide", required: false) {
            guard worldwide == "true" || worldwide == "false" else {
                log.add(
                    file, fields.node("worldwide")?.mark,
                    "'\(worldwide)' is not a valid worldwide; expected true or false")
                return term
            }
            term.worldwide = worldwide == "true"
        }
        return term
    }
}
