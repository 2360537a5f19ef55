import Foundation
import PuenteKnowledge
import PuenteText

/// Countries by their names in every pack's language, from CLDR (Foundation's
/// `Locale.localizedString(forRegionCode:)`), and by the other names the packs give
/// (`country_names`: "Costa de Marfil" for CI); and the records that list each.
///
/// A question's "Costa de Marfil", "Ivory Coast" and «ساحل العاج» all link to CI,
/// and so to the records that list Côte d'Ivoire, however a record spells it.
struct CountryNames: Sendable {
    /// A country's name, folded into words.
    private struct Name: Sendable {
        var words: [String]
        var code: String
    }

    /// Names by their first word, longest first.
    private let names: [String: [Name]]
    /// The names' first words by their first letter, for reading a typo of one.
    private let firstWordsByInitial: [Character: [String]]
    /// Each ISO code → the records whose `countries` list it.
    let records: [String: [String]]
    /// Each ISO code → its names in Spanish and English, as the index holds them.
    let written: [String: [String]]
    /// Each ISO code → every name it has in the packs' languages, folded into words.
    let allNames: [String: [[String]]]
    /// The one-letter words written onto the next one («وكوت ديفوار» is "and Côte d'Ivoire").
    private let proclitics: Set<String>

    /// - Parameter proclitics: the packs' proclitics, folded.
    init(knowledge: Knowledge, analyzer: Analyzer, proclitics: Set<String> = []) {
        self.proclitics = proclitics
        var names: [String: [Name]] = [:]
        let fold = { (text: String) in analyzer.words(in: text).map { Folding.fold($0.text) } }
        func add(_ name: String, _ code: String) {
            let words = fold(name)
            guard let first = words.first else { return }
            names[first, default: []].append(Name(words: words, code: code))
        }
        let codes = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
        for pack in knowledge.languages {
            let locale = Locale(identifier: pack.code)
            for code in codes {
                guard let name = locale.localizedString(forRegionCode: code) else { continue }
                add(name, code)
                // "Myanmar (Birmania)" is also plain "Myanmar".
                if let plain = Knowledge.withoutQualifier(name) { add(plain, code) }
            }
            for (code, name) in pack.countryDisplay { add(name, code) }
            for (name, code) in pack.countryNames { add(name, code) }
        }
        var records: [String: [String]] = [:]
        var written: [String: [String]] = [:]
        for record in knowledge.initiatives {
            for code in record.countries {
                records[code, default: []].append(record.id)
                if written[code] == nil {
                    written[code] = Array(Set(["es", "en"].map { knowledge.countryName(code, in: $0) })).sorted()
                }
            }
        }
        self.names = names.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        firstWordsByInitial = Dictionary(grouping: names.keys.filter { !$0.isEmpty }.sorted(), by: { $0.first! })
        allNames = Dictionary(grouping: names.values.flatMap { $0 }, by: \.code).mapValues { $0.map(\.words) }
        self.records = records
        self.written = written
    }

    /// A country named in a question: its code and the span of words that names it.
    struct Link: Sendable, Hashable {
        var code: String
        var span: Range<Int>
    }

    /// The countries `words` (folded, in order) name, left to right, the longest name
    /// at each place; a long word may carry a typo ("Bangladeh").
    func links(in words: [String]) -> [Link] {
        var links: [Link] = []
        var start = 0
        while start < words.count {
            // A name's first word may carry a proclitic, however short the rest («وكوت»).
            // A name's first word may carry a proclitic, however short the rest («وكوت»); «كوت»
            // itself opens with a letter that can be one.
            let bare =
                names[words[start]] == nil && words[start].first.map { proclitics.contains(String($0)) } == true
                ? String(words[start].dropFirst()) : nil
            let first = bare.flatMap { names[$0] == nil ? nil : $0 } ?? words[start]
            let candidates = names[first] ?? nearNames(words[start])
            let found = candidates.first { name in
                start + name.words.count <= words.count
                    && zip(name.words, [first] + words[(start + 1)...]).allSatisfy { KnowledgeNames.alike($1, $0) }
            }
            if let found {
                links.append(Link(code: found.code, span: start..<(start + found.words.count)))
                start += found.words.count
            } else {
                start += 1
            }
        }
        return links
    }

    /// Names whose first word is within a typo of `word`: only for words long enough
    /// to tell a typo from another word.
    /// A word a dictionary knows is meant as typed: "island" is not "Islande".
    private func nearNames(_ word: String) -> [Name] {
        guard word.count >= 6, let initial = word.first, !KnownWords.shared.contains(word) else { return [] }
        return (firstWordsByInitial[initial] ?? []).filter { KnowledgeNames.alike(word, $0) }.flatMap {
            names[$0] ?? []
        }
    }
}
