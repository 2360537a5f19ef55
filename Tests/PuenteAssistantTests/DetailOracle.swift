import Foundation
import PuenteKnowledge

/// What a moderator can say from a point, judged by plain string tests over the
/// knowledge, apart from the assistant's own reading: a figure or a date (a digit
/// or a month's name), a country the knowledge lists, or a named mechanism (an
/// initiative's acronym or name, or a body the vocabulary names, such as ECOWAS).
struct DetailOracle {
    private let countries: [String]
    private let names: [String]
    private let acronyms: Set<String>

    private static let months = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
        "diciembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    init(_ knowledge: Knowledge) {
        // Country entries that are a country's name, not "11 Estados miembros de la ASEAN".
        countries = Set(knowledge.initiatives.flatMap(\.countries))
            .filter { entry in
                !entry.contains(where: \.isNumber)
                    && entry.split(separator: " ").allSatisfy {
                        $0.count <= 3 || $0.first!.isUppercase || $0.contains("'")
                    }
            }
            .map(Self.fold)
        var names: [String] = []
        var acronyms: Set<String> = []
        let written =
            knowledge.initiatives.flatMap {
                [$0.acronym].compactMap { $0 } + $0.otherNames + Array($0.name.texts.values)
            }
            + knowledge.vocabulary.terms.flatMap(\.includes)
        for name in written {
            if name == name.uppercased() { acronyms.insert(name) } else { names.append(Self.fold(name)) }
        }
        self.names = names
        self.acronyms = acronyms
    }

    func hasFigureOrDate(_ text: String) -> Bool {
        text.contains(where: \.isNumber) || Self.words(Self.fold(text)).contains { Self.months.contains($0) }
    }

    func namesCountry(_ text: String) -> Bool {
        let words = " " + Self.words(Self.fold(text)).joined(separator: " ") + " "
        return countries.contains { words.contains(" " + Self.words($0).joined(separator: " ") + " ") }
    }

    func namesMechanism(_ text: String) -> Bool {
        let tokens = Set(text.components(separatedBy: CharacterSet.alphanumerics.inverted))
        if !acronyms.isDisjoint(with: tokens) { return true }
        let words = " " + Self.words(Self.fold(text)).joined(separator: " ") + " "
        return names.contains { words.contains(" " + Self.words($0).joined(separator: " ") + " ") }
    }

    /// Whether any of a point's texts (the same statement in es and en) says something concrete.
    func isConcrete(_ texts: [String]) -> Bool {
        texts.contains { hasFigureOrDate($0) || namesCountry($0) || namesMechanism($0) }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static func words(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
    }
}
