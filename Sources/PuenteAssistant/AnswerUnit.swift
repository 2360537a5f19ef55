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
    /// Facts are scored by the question's words they share (the initiative's own
    /// name aside: it is in most of them) and by the mark of what is asked: a number
    /// beside a counted word for "how many", a list of countries, a place after "in",
    /// a funding word, a body the record gives as its lead. A field of the record
    /// answers when no fact carries the mark, or when it is the answer as such.
    /// - Parameter words: the question's meaningful words, folded, cue words included
    ///   ("firmó" tells the signing from the other dated facts).
    static func answering(_ asked: Asked, in record: Initiative, words: [String], language: ReplyLanguage, analyzer: Analyzer) -> AnswerUnit {
        let summary = AnswerUnit(origin: .summary, text: record.summary.text(in: language.rawValue), source: 0)
        if asked == .what { return summary }
        let code = language.knowledgeCode
        let best = FactMarks(asked, record: record, words: words, code: code, analyzer: analyzer).best
        let quoted = { (scored: FactMarks.Scored) in AnswerUnit(origin: .fact, text: scored.fact.text(in: code), source: scored.fact.source) }
        let people = record.lead + record.partners
        switch asked {
        case .howMany:
            let countsCountries = words.contains(where: FactMarks.countryWords.contains)
            if let best, best.mark == 2, !countsCountries || best.shared > 0 { return quoted(best) }
            if countsCountries, let field = countries(of: record, counted: true) { return field }
            return best.map(quoted) ?? summary
        case .countries:
            if code == "es", let field = countries(of: record, counted: false) { return field }
            if let best, best.mark == 2 { return quoted(best) }
            return countries(of: record, counted: false) ?? best.map(quoted) ?? summary
        case .partners:
            if !people.isEmpty { return AnswerUnit(origin: .partners, text: list(people), source: 0) }
            return best.map(quoted) ?? summary
        case .leads:
            // The record's own field is in Spanish: other languages take a fact that says it.
            if code == "es" && !record.lead.isEmpty { return AnswerUnit(origin: .lead, text: list(record.lead), source: 0) }
            if let best, best.mark > 0 { return quoted(best) }
            if !record.lead.isEmpty { return AnswerUnit(origin: .lead, text: list(record.lead), source: 0) }
            return best.map(quoted) ?? summary
        case .funds:
            if let best, best.mark > 0 { return quoted(best) }
            return AnswerUnit(origin: .lacking, text: list(people), source: 0)
        case .when, .whereAbouts, .what:
            return best.map(quoted) ?? summary
        }
    }

    /// The record's countries: all of them with their number when the question
    /// counts, or a field that counts them as written ("31 países de…").
    private static func countries(of record: Initiative, counted: Bool) -> AnswerUnit? {
        let items = record.countries
        if items.count >= 2 { return AnswerUnit(origin: .countries, text: list(items), source: 0, count: counted ? items.count : nil) }
        guard let only = items.first, !counted || only.first?.isNumber == true else { return nil }
        return AnswerUnit(origin: .countries, text: only, source: 0)
    }

    private static func list(_ items: [String]) -> String { items.joined(separator: ", ") }
}
