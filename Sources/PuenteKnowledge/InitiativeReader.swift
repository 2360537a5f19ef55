import Foundation
import PuenteIndex
import PuenteSupport
import PuenteText
import Yams

/// Reads one `initiatives/<id>.yaml` and checks it against the vocabulary.
struct InitiativeReader {
    static let keys = [
        "id", "name", "other_names", "acronym", "regions", "countries", "country_groups", "modalities", "mechanisms",
        "themes",
        "period", "lead", "partners", "summary", "facts", "talking_points", "sources",
    ]

    /// A record's name, summary, facts and talking points are written in the room's
    /// five languages, each saying the same: the Spanish and English texts were checked
    /// against their pages, and the others translate them.
    static let textLanguages = Vocabulary.languages

    let vocabulary: Vocabulary
    /// The ids of `bodies.yaml`, which `lead` and `partners` name.
    let bodies: Set<String>
    let log: IssueLog

    func read(_ root: Node, file: String, expectedID: String) -> Initiative? {
        guard
            let fields = FieldReader(root, file: file, log: log, what: "the initiative", keys: Self.keys, nested: false)
        else {
            return nil
        }
        let id = fields.string("id")
        if let id, id != expectedID {
            log.add(file, fields.node("id")?.mark, "id '\(id)' does not match the file name; expected '\(expectedID)'")
        }
        let name = fields.localized("name", required: Self.textLanguages)
        let sources = fields.nodes("sources", nonEmpty: true).compactMap { source(from: $0, file: file) }
        let facts = fields.nodes("facts", nonEmpty: true).compactMap {
            fact(from: $0, file: file, sourceCount: sources.count)
        }
        let summary = fields.localized("summary", required: Self.textLanguages)
        let period = fields.localized("period", required: Self.textLanguages)
        let tagged = Vocabulary.kinds.map { terms(fields, $0) }
        let points = fields.nodes("talking_points", nonEmpty: true).compactMap { node in
            FieldReader.localized(
                node, file: file, log: log, what: "a talking point", required: Self.textLanguages,
                allowed: Self.textLanguages)
        }
        // Every field is read before any verdict, so that one pass reports them all.
        let otherNames = fields.strings("other_names", required: false)
        // An unquoted "Forum (Nadi, 2015)" in a YAML list is two names, "Forum (Nadi" and "2015)".
        for name in otherNames where name.count(where: { $0 == "(" }) != name.count(where: { $0 == ")" }) {
            log.add(
                file, fields.node("other_names")?.mark,
                "the other name '\(name)' opens or closes a parenthesis it does not match; quote a name that holds a comma"
            )
        }
        let acronym = fields.string("acronym", required: false)
        let countries = checkedCountries(fields)
        let groups = fields.nodes("country_groups", required: false).compactMap { node in
            FieldReader.localized(
                node, file: file, log: log, what: "a country group", required: Self.textLanguages,
                allowed: Self.textLanguages)
        }
        if countries.isEmpty && groups.isEmpty && fields.node("countries") != nil {
            log.add(
                file, fields.node("countries")?.mark,
                "no country and no country group; give ISO codes in 'countries' or texts in 'country_groups'")
        }
        let lead = bodyIDs(fields, "lead", nonEmpty: true)
        let partners = bodyIDs(fields, "partners", nonEmpty: false)
        guard id != nil, let name, let summary, let period else { return nil }
        return Initiative(
            id: expectedID,
            name: name,
            otherNames: otherNames,
            acronym: acronym,
            regions: tagged[Vocabulary.kinds.firstIndex(of: .region)!],
            countries: countries,
            countryGroups: groups,
            modalities: tagged[Vocabulary.kinds.firstIndex(of: .modality)!],
            mechanisms: tagged[Vocabulary.kinds.firstIndex(of: .mechanism)!],
            themes: tagged[Vocabulary.kinds.firstIndex(of: .theme)!],
            period: period,
            lead: lead,
            partners: partners,
            summary: summary,
            facts: facts,
            talkingPoints: points,
            sources: sources,
            file: file)
    }

    /// The record's countries, each an ISO 3166-1 alpha-2 code CLDR names.
    private func checkedCountries(_ fields: FieldReader) -> [String] {
        fields.nodes("countries").compactMap { node in
            guard let code = node.scalar?.string, Self.countryCodes.contains(code) else {
                let typed = node.scalar?.string ?? ""
                log.add(
                    fields.file, node.mark,
                    "'\(typed)' is not a country code; expected an ISO 3166-1 alpha-2 code such as CI or BF "
                        + "(a group that is not one country goes into 'country_groups')")
                return nil
            }
            return code
        }
    }

    /// Every ISO 3166-1 alpha-2 code CLDR knows.
    static let countryCodes = Set(
        Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) })

    /// A list of body ids, each checked against `bodies.yaml`.
    private func bodyIDs(_ fields: FieldReader, _ key: String, nonEmpty: Bool) -> [String] {
        fields.nodes(key, required: nonEmpty, nonEmpty: nonEmpty).compactMap { node in
            guard let id = node.scalar?.string, !id.isEmpty else {
                log.add(fields.file, node.mark, "each entry of '\(key)' should be a body id of bodies.yaml")
                return nil
            }
            guard bodies.contains(id) else {
                let closest = Lexicon(Array(bodies)).closest(to: id).map { [$0] } ?? []
                log.add(
                    fields.file, node.mark,
                    Choices.unknown("body id", id, accepted: "see bodies.yaml", closest: closest))
                return nil
            }
            return id
        }
    }

    /// The vocabulary ids in a record's list for `kind`, each checked to exist.
    private func terms(_ fields: FieldReader, _ kind: FacetKind) -> [String] {
        let known = vocabulary.terms(kind).map(\.id)
        let nodes = fields.nodes(kind.listKey, nonEmpty: true)
        return nodes.compactMap { node in
            guard let id = node.scalar?.string else {
                log.add(fields.file, node.mark, "each entry of '\(kind.listKey)' should be a \(kind.rawValue) id")
                return nil
            }
            guard known.contains(id) else {
                let closest = Lexicon(known).closest(to: id).map { [$0] } ?? []
                log.add(
                    fields.file, node.mark,
                    Choices.unknown(
                        "\(kind.rawValue) id", id, accepted: "see \(kind.listKey) in vocabulary.yaml", closest: closest)
                )
                return nil
            }
            return id
        }
    }

    private func source(from node: Node, file: String) -> Initiative.Source? {
        guard let fields = FieldReader(node, file: file, log: log, what: "a source", keys: ["url", "title"]),
            let url = fields.string("url"), let title = fields.string("title")
        else { return nil }
        guard Formats.isWebAddress(url) else {
            log.add(
                file, fields.node("url")?.mark,
                "'\(url)' is not a web address; expected one starting with https:// or http://")
            return nil
        }
        return Initiative.Source(url: url, title: title)
    }

    /// A fact names its source by number, counting the record's sources from 1.
    private func fact(from node: Node, file: String, sourceCount: Int) -> Initiative.Fact? {
        guard let fields = FieldReader(node, file: file, log: log, what: "a fact", keys: ["date", "text", "source"])
        else { return nil }
        let text = fields.localized("text", required: Self.textLanguages, allowed: Self.textLanguages)
        var date = fields.string("date")
        if let given = date, !Formats.isPartialDate(given) {
            log.add(
                file, fields.node("date")?.mark,
                "'\(given)' is not a date; expected a year, year-month or year-month-day such as 2013, 2013-10 or 2013-10-08"
            )
            date = nil
        }
        var source: Int? = nil
        if let given = fields.string("source") {
            if let number = Int(given), (1...max(sourceCount, 1)).contains(number), sourceCount > 0 {
                source = number - 1
            } else if sourceCount == 0 {
                log.add(file, fields.node("source")?.mark, "source '\(given)' names no source: the record lists none")
            } else {
                log.add(
                    file, fields.node("source")?.mark,
                    "source '\(given)' does not name one of the record's \(sourceCount) sources; expected a number from 1 to \(sourceCount)"
                )
            }
        }
        guard let text, let date, let source else { return nil }
        return Initiative.Fact(text: text, date: date, source: source)
    }
}
