import PuenteKnowledge
import PuenteText

/// Finds what a moderator can say from a sentence: a figure, a date, a country,
/// or a named mechanism.
///
/// Countries are those the knowledge lists for its initiatives; named mechanisms
/// are the initiatives' names, acronyms and other names, and the bodies and
/// sub-regions the vocabulary names ("CEDEAO", "Mekong"). Names are compared word
/// by word, case and diacritics folded, except acronyms, which must match
/// exactly ("ADD" is an acronym, "add" a word). Countries are listed in Spanish,
/// so a statement is judged on all its texts at once (`details(in:)`).
/// Build one per knowledge snapshot; a finder costs a pass over the records.
struct DetailFinder: Sendable {
    enum Kind: Sendable, Hashable {
        /// A number other than a year: "47 delegados", "US$13 million", "meta 8.7".
        case figure
        /// A year or a month: "en 2023", "in March".
        case date
        case country
        case mechanism
    }

    /// Folded multi-word names by their first word.
    private let names: [String: [(words: [String], kind: Kind)]]
    private let acronyms: Set<String>

    /// Each pack's month names, folded, by language: "março" folds to the Spanish
    /// "marco" (framework), so a text's months are those of its own language.
    private let months: [String: Set<String>]

    init(_ knowledge: Knowledge) {
        var names: [String: [(words: [String], kind: Kind)]] = [:]
        var acronyms: Set<String> = []
        func add(_ name: String, _ kind: Kind) {
            if Self.isAcronym(name) {
                acronyms.insert(name)
                return
            }
            let words = Self.words(in: name).map(Folding.fold)
            if let first = words.first { names[first, default: []].append((words, kind)) }
        }
        for code in Set(knowledge.initiatives.flatMap(\.countries)) {
            for language in Vocabulary.languages { add(knowledge.countryName(code, in: language), .country) }
        }
        for record in knowledge.initiatives {
            for name in [record.acronym].compactMap({ $0 }) + record.otherNames + record.name.texts.values {
                add(name, .mechanism)
            }
        }
        for term in knowledge.vocabulary.terms { for name in term.includes { add(name, .mechanism) } }
        self.names = names
        self.acronyms = acronyms
        months = Dictionary(
            knowledge.languages.map { ($0.code, Set($0.monthWords.joined().map(Folding.fold))) },
            uniquingKeysWith: { $0.union($1) })
    }

    /// What a statement says, in any of its languages, that a moderator can repeat;
    /// empty when nothing concrete.
    func details(in texts: LocalizedText) -> Set<Kind> {
        var found: Set<Kind> = []
        for (language, text) in texts.texts {
            let months = self.months[language] ?? []
            let words = Self.words(in: text)
            let folded = words.map(Folding.fold)
            for (index, word) in words.enumerated() {
                if word.first?.isNumber == true {
                    found.insert(word.isYear ? .date : .figure)
                } else if months.contains(folded[index]) {
                    found.insert(.date)
                } else if acronyms.contains(word) {
                    found.insert(.mechanism)
                }
                for name in names[folded[index]] ?? [] where folded[index...].starts(with: name.words) {
                    found.insert(name.kind)
                }
            }
        }
        return found
    }

    /// Letters and digits, split at everything else ("d'Ivoire" is "d", "Ivoire";
    /// "8.7" is "8", "7"), the same way for names and for texts.
    static func words(in text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// "ECOWAS", "3RP": two or more letters, all capitals.
    private static func isAcronym(_ name: String) -> Bool {
        name.filter(\.isLetter).count >= 2 && name.allSatisfy { $0.isUppercase || $0.isNumber }
    }
}
