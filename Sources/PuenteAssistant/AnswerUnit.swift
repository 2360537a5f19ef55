import Foundation
import PuenteKnowledge
import PuenteText

/// What an answer quotes from a record: one fact, one field, or the summary.
struct AnswerUnit {
    enum Origin: Equatable {
        case fact
        case lead
        case partners
        case countries
        case summary
        /// The record has nothing on what was asked; the lead says so and gives the record's lead bodies.
        case lacking
    }

    var origin: Origin
    /// In the language the answer quotes (see `ReplyLanguage.knowledgeCode`), or the
    /// field as the record writes it.
    var text: String
    /// Index into the record's sources.
    var source: Int
    /// How many items `text` lists, when the question asked how many.
    var count: Int? = nil

    /// The unit of `record` that answers `asked`.
    ///
    /// A fact is scored by the question words it shares and by the mark of what is
    /// asked: a number beside a counted word for "how many", a place after "in" for
    /// "where", a funding word for "who funds", and so on. A field answers when no
    /// fact carries that mark.
    static func answering(_ asked: Asked, in record: Initiative, words: [String], language: ReplyLanguage, analyzer: Analyzer) -> AnswerUnit {
        let code = asked == .what ? language.rawValue : language.knowledgeCode
        if asked == .what { return AnswerUnit(origin: .summary, text: record.summary.text(in: code), source: 0) }
        // The initiative's own name is in most of its facts: it tells none of them apart.
        let nameWords = Set(record.name.languages.flatMap { analyzer.words(in: record.name.text(in: $0)).map { Folding.fold($0.text) } }
            + (record.acronym.map { analyzer.words(in: $0).map { Folding.fold($0.text) } } ?? []))
        var questionStems = Set(words.filter { !nameWords.contains($0) }.flatMap { word in [Language.spanish, .english].map { analyzer.stem(word, in: $0) } })
        // Countries are counted in the knowledge's words, whatever the question's language.
        if words.contains(where: countryWords.contains) { questionStems.formUnion(["countri", "pais"]) }
        var best: (fact: Initiative.Fact, score: Int, marked: Bool)?
        for fact in record.facts {
            let text = fact.text(in: code)
            let tokens = analyzer.words(in: text)
            let stems = tokens.map { analyzer.stem($0.text, in: code == "es" ? .spanish : .english) }
            let shared = Set(stems).intersection(questionStems).count
            let mark = Self.mark(asked, text: text, tokens: tokens, stems: stems, questionStems: questionStems, record: record)
            let score = shared + 3 * mark
            if best == nil || score > best!.score { best = (fact, score, mark > 0) }
        }
        // "How many countries…?" that no fact counts is answered by naming them.
        let countsCountries = asked == .howMany && words.contains(where: countryWords.contains)
        // A field that counts them ("31 países de América Latina y el Caribe") answers as written.
        if countsCountries, record.countries.count == 1, record.countries[0].first?.isNumber == true {
            return AnswerUnit(origin: .countries, text: record.countries[0], source: 0)
        }
        // Who takes part is the record's own list of its bodies, before any fact.
        if asked == .partners && !(record.lead + record.partners).isEmpty {
            return AnswerUnit(origin: .partners, text: list(record.lead + record.partners), source: 0)
        }
        if countsCountries && record.countries.count >= 2 {
            return AnswerUnit(origin: .countries, text: list(record.countries), source: 0, count: record.countries.count)
        }
        if countsCountries && (best?.score ?? 0) < 6 { return answering(.countries, in: record, words: words, language: language, analyzer: analyzer) }
        if let best, best.marked || [.when, .whereAbouts].contains(asked) {
            return AnswerUnit(origin: .fact, text: best.fact.text(in: code), source: best.fact.source)
        }
        switch asked {
        case .countries where !record.countries.isEmpty:
            return AnswerUnit(origin: .countries, text: list(record.countries), source: 0)
        case .partners where !record.partners.isEmpty:
            return AnswerUnit(origin: .partners, text: list(record.lead + record.partners), source: 0)
        case .leads where !record.lead.isEmpty:
            return AnswerUnit(origin: .lead, text: list(record.lead), source: 0)
        case .funds:
            return AnswerUnit(origin: .lacking, text: list(record.lead + record.partners), source: 0)
        default:
            if let best { return AnswerUnit(origin: .fact, text: best.fact.text(in: code), source: best.fact.source) }
            return AnswerUnit(origin: .summary, text: record.summary.text(in: language.rawValue), source: 0)
        }
    }

    private static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    /// How strongly a fact carries what `asked` asks for: 0 when not at all.
    private static func mark(_ asked: Asked, text: String, tokens: [Token], stems: [String], questionStems: Set<String>, record: Initiative) -> Int {
        switch asked {
        case .howMany:
            // A number that is not a year, best beside a word of the question ("24 países").
            var mark = 0
            for (offset, token) in tokens.enumerated() where token.text.first?.isNumber == true && !isYear(token.text) {
                let near = stems[max(0, offset - 3)...min(stems.count - 1, offset + 3)]
                mark = max(mark, near.contains(where: questionStems.contains) ? 2 : 1)
            }
            return mark
        case .funds:
            let folded = Folding.fold(text.lowercased())
            if fundingPhrases.contains(where: folded.contains) { return 2 }
            return stems.contains { stem in fundingStems.contains { stem.hasPrefix($0) } } || text.contains("€") || text.contains("$") ? 1 : 0
        case .leads:
            guard stems.contains(where: { stem in leadingStems.contains { stem.contains($0) } }) else { return 0 }
            // Best when it names a body the record gives as its lead ("La OIT actúa como secretaría").
            return record.lead.contains { body in text.localizedCaseInsensitiveContains(body.split(separator: " ").first.map(String.init) ?? body) } ? 2 : 1
        case .partners:
            return stems.contains { stem in partnerStems.contains { stem.hasPrefix($0) } } ? 1 : 0
        case .countries:
            let named = record.countries.filter { text.localizedCaseInsensitiveContains($0) }.count
            let capitals = text.split(separator: " ").dropFirst().filter { $0.first?.isUppercase == true }.count
            return named >= 2 || capitals >= 4 ? 1 : 0
        case .when:
            return tokens.contains { isYear($0.text) } ? 1 : 0
        case .whereAbouts:
            return placeAfterPreposition(text) ? 1 : 0
        case .what:
            return 0
        }
    }

    static func isYear(_ word: String) -> Bool {
        word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")) && word.allSatisfy(\.isNumber)
    }

    /// "… en Lima", "… in Abidjan", "… à Brasilia", "… em Maputo".
    private static func placeAfterPreposition(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        return zip(words, words.dropFirst()).contains { preposition, word in
            ["en", "in", "à", "em", "at"].contains(preposition.lowercased()) && word.first?.isUppercase == true
                && !isYear(String(word))
        }
    }

    /// "Countries" in the five languages, folded.
    private static let countryWords: Set<String> = ["paises", "pais", "countries", "country", "pays", "estados", "states", "دول", "الدول", "بلدان", "البلدان"]
    private static let fundingPhrases = ["development partner", "socio para el desarrollo", "socio de desarrollo", "funded by", "financiado por", "financiada por", "con fondos de"]
    private static let fundingStems = ["financ", "fund", "donor", "donant", "aport", "contribu", "million", "millon", "grant", "subvenc"]
    private static let leadingStems = ["lider", "dirig", "coordin", "secret", "led", "lead", "chair", "presid", "ejecut", "implement", "run", "host", "acog", "taskforc", "impuls", "promot", "promov"]
    private static let partnerStems = ["soci", "partner", "miembr", "member", "particip", "integr", "join", "reun", "bring"]
}
