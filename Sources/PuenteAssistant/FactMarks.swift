import Foundation
import PuenteKnowledge
import PuenteText

/// A record's facts scored for one question: the words they share with it and how
/// strongly each carries what is asked for.
struct FactMarks {
    struct Scored {
        var fact: Initiative.Fact
        /// Question stems the fact holds, the initiative's name and "countries" aside.
        var shared: Int
        /// 0 when the fact does not carry what is asked; 2 when it plainly does.
        var mark: Int
        /// Words of the initiative's name the question used and the fact holds: a tie-breaker.
        var named: Int
        var score: Int { 10 * (shared + 3 * mark) + named }
    }

    /// The best-scored fact, the first on a tie (facts are in the record's order); for a
    /// count, the latest of those that count nearly as well.
    let best: Scored?

    init(_ asked: Asked, record: Initiative, words: [String], code: String, analyzer: Analyzer) {
        let language: Language = code == "es" ? .spanish : .english
        let nameWords = Set(record.name.languages.flatMap { analyzer.words(in: record.name.text(in: $0)).map { Folding.fold($0.text) } }
            + (record.acronym.map { analyzer.words(in: $0).map { Folding.fold($0.text) } } ?? []))
        let stemsOf = { (word: String) in [analyzer.stem(word, in: .spanish), analyzer.stem(word, in: .english)] }
        let questionStems = Set(words.filter { !nameWords.contains($0) && !Self.countryWords.contains($0) }.flatMap(stemsOf))
            .union(words.compactMap { Self.events[$0] }.flatMap { $0 })
        let namedStems = Set(words.filter(nameWords.contains).flatMap(stemsOf))
        // Countries are counted in the knowledge's words, whatever the question's language.
        let countedStems: Set<String> = words.contains(where: Self.countryWords.contains) ? ["countri", "pais"] : questionStems
        let scored = record.facts.map { fact in
            let text = fact.text(in: code)
            let tokens = analyzer.words(in: text)
            let stems = tokens.map { analyzer.stem($0.text, in: language) }
            let marks = Marks(text: text, tokens: tokens, stems: stems, record: record, questionWords: Set(words))
            return Scored(fact: fact, shared: Set(stems).intersection(questionStems).count,
                          mark: marks.mark(for: asked, counted: countedStems), named: Set(stems).intersection(namedStems).count)
        }
        var best = scored.reduce(nil as Scored?) { best, next in best.map { next.score > $0.score ? next : $0 } ?? next }
        if asked == .howMany, let top = best {
            // Counts change: of the facts that count nearly as well, the latest holds today's figure.
            best = scored.filter { $0.mark == top.mark && $0.shared + 3 * $0.mark >= top.shared + 3 * top.mark - 1 }
                .max { $0.fact.date < $1.fact.date } ?? top
        }
        self.best = best
    }

    /// Verbs of the events a date or place answers, in the five languages, folded → the
    /// stems of the knowledge's Spanish and English for them.
    static let events: [String: [String]] = {
        let groups: [([String], [String])] = [
            (["lance", "lancee", "lances", "lancada", "lancado", "lancou", "lanzo", "lanzada", "lanzado", "launched", "اطلق", "اطلقت", "اطلاق"], ["launch", "lanz"]),
            (["signe", "signee", "assinado", "assinada", "assinou", "firmo", "firmaron", "firmado", "firmada", "signed", "وقع", "وقعت", "توقيع"], ["sign", "firm"]),
            (["adopte", "adoptee", "adotado", "adotada", "adotou", "adopto", "adoptaron", "adoptado", "adoptada", "adopted", "اعتمد", "اعتمدت", "اعتماد"], ["adopt"]),
            (["cree", "creee", "criado", "criada", "criou", "creo", "creado", "creada", "created", "established", "انشئ", "انشات"], ["creat", "cre", "establish"]),
        ]
        var events: [String: [String]] = [:]
        for (words, stems) in groups { for word in words { events[Folding.fold(word)] = stems } }
        return events
    }()

    /// "Countries" in the five languages, folded.
    static let countryWords: Set<String> = ["paises", "pais", "countries", "country", "pays", "estados", "states", "دول", "الدول", "بلدان", "البلدان"]
}

/// What one fact's text carries.
private struct Marks {
    let text: String
    let tokens: [Token]
    let stems: [String]
    let record: Initiative
    /// The question's words, folded: a place it names itself is not the answer to "where".
    let questionWords: Set<String>

    func mark(for asked: Asked, counted: Set<String>) -> Int {
        switch asked {
        case .howMany: count(of: counted)
        case .funds: funding
        case .leads: leading
        case .partners: stems.contains { stem in Self.partnerStems.contains { stem.hasPrefix($0) } } ? 1 : 0
        case .countries: countryList
        case .when: tokens.contains { Self.isYear($0.text) } ? 1 : 0
        case .whereAbouts: placeAfterPreposition ? 1 : 0
        case .what: 0
        }
    }

    /// A number that is neither a year nor a day of a month; 2 beside a counted word ("24 países").
    private func count(of counted: Set<String>) -> Int {
        var mark = 0
        for (offset, token) in tokens.enumerated() where token.text.allSatisfy(\.isNumber) && !Self.isYear(token.text) {
            let around = tokens[max(0, offset - 1)...min(tokens.count - 1, offset + 1)].map { Folding.fold($0.text) }
            if around.contains(where: Self.months.contains) { continue }
            let near = stems[max(0, offset - 3)...min(stems.count - 1, offset + 3)]
            mark = max(mark, near.contains(where: counted.contains) ? 2 : 1)
        }
        return mark
    }

    private var funding: Int {
        let folded = Folding.fold(text.lowercased())
        if Self.fundingPhrases.contains(where: folded.includes) { return 2 }
        return stems.contains { stem in Self.fundingStems.contains { stem.hasPrefix($0) } } || text.includes("€") || text.includes("$") ? 1 : 0
    }

    /// Best when it names a body the record gives as its lead ("La OIT actúa como secretaría").
    private var leading: Int {
        guard stems.contains(where: { stem in Self.leadingStems.contains { stem.contains($0) } }) else { return 0 }
        let namesLead = record.lead.contains { body in text.localizedCaseInsensitiveContains(body.split(separator: " ").first.map(String.init) ?? body) }
        return namesLead ? 2 : 1
    }

    /// 2 when the fact lists countries: two of the record's, or three capitalised names in a row of commas.
    private var countryList: Int {
        let named = record.countries.filter { text.localizedCaseInsensitiveContains($0) }.count
        let items = text.components(separatedBy: ", ").dropFirst().filter { $0.first?.isUppercase == true }.count
        return named >= 2 || items >= 3 ? 2 : 0
    }

    /// "… en Lima", "… in Abidjan", "… à Brasilia", "… em Maputo", "(Lima)": a place the question does not name.
    private var placeAfterPreposition: Bool {
        let words = text.split(separator: " ")
        let isPlace = { (word: Substring) -> Bool in
            let name = word.trimmingCharacters(in: .punctuationCharacters)
            return name.first?.isUppercase == true && !Self.isYear(name) && !questionWords.contains(Folding.fold(name.lowercased()))
        }
        let afterParenthesis = words.contains { $0.hasPrefix("(") && isPlace($0) }
        return afterParenthesis || zip(words, words.dropFirst()).contains { preposition, word in
            ["en", "in", "à", "em", "at"].contains(preposition.lowercased()) && isPlace(word)
        }
    }

    static func isYear(_ word: String) -> Bool {
        word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")) && word.allSatisfy(\.isNumber)
    }

    private static let months: Set<String> = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    private static let fundingPhrases = [
        "development partner", "socio para el desarrollo", "socio de desarrollo", "funded by", "financiado por", "financiada por",
        "con fondos de", "apoyo financiero", "financial support", "funding from", "financiacion de", "financed by", "con financiacion"]
    private static let fundingStems = ["financ", "fund", "donor", "donant", "aport", "contribu", "million", "millon", "grant", "subvenc"]
    private static let leadingStems = ["lider", "dirig", "coordin", "secret", "led", "lead", "chair", "presid", "ejecut", "implement", "run", "host", "acog", "taskforc", "impuls", "promot", "promov"]
    private static let partnerStems = ["soci", "partner", "miembr", "member", "particip", "integr", "join", "reun", "bring"]
}
