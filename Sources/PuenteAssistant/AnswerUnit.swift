import Foundation
import PuenteKnowledge
import PuenteSupport
import PuenteText

/// What an answer quotes from a record: one fact, one field, or the summary.
struct AnswerUnit {
    enum Origin: Equatable {
        case fact
        case lead
        case partners
        case countries
        case summary
        /// The record's period, for "since when?" when it starts before any dated fact.
        case period
        /// The record has nothing on what was asked; the lead says so and gives the record's lead bodies.
        case lacking
    }

    var origin: Origin
    /// In the reader's language where the knowledge writes it (else English), or the
    /// field as the record writes it.
    var text: String
    /// Index into the record's sources.
    var source: Int
    /// How many items `text` lists, when the question asked how many.
    var count: Int? = nil
    /// The fact's date (ISO), when the lead must say it: a "when" answered by a fact whose
    /// text writes no year ("…firmaron un protocolo…", dated 2013).
    var date: String? = nil
    /// How many of the question's words the record's best fact holds, ten points each:
    /// what tells one candidate record's answer from another's. What is asked (a
    /// number, a body) chooses among one record's facts, never between records: every
    /// record has some body and some number.
    var evidence: Int = 0
    /// The fact quoted, when a fact is: "¿y en qué ciudad?" next asks where it happened.
    var fact: Initiative.Fact? = nil

    /// The unit of `record` that answers `asked`.
    ///
    /// Facts are scored by the question's words they share (the initiative's own
    /// name aside: it is in most of them) and by the mark of what is asked: a number
    /// beside a counted word for "how many", a list of countries, a place after "in",
    /// a funding word, a body the record gives as its lead. A field of the record
    /// answers when no fact carries the mark, or when it is the answer as such.
    /// - Parameter words: the question's meaningful words, folded, cue words included
    ///   ("firmó" tells the signing from the other dated facts).
    /// - Parameters:
    ///   - naming: question words that name the record meant, counted for no fact.
    ///   - measure: what a count the question asks for measures: things, a share or money.
    ///   - countryName: a record's country in the reader's language; nil for an entry
    ///     that is no country's name ("31 países de América Latina y el Caribe").
    static func answering(
        _ asked: Asked, in record: Initiative, words: [String], naming: Set<String> = [], language: ReplyLanguage,
        packs: LanguageWords, analyzer: Analyzer,
        detail: Bool = false, measure: Measure = .count, preferring: Initiative.Fact? = nil, knowledge: Knowledge
    ) -> AnswerUnit {
        // "who does the ILO implement it with?": a question that names who leads asks who else.
        if asked == .leads, namesLead(of: record, words, knowledge) {
            return answering(
                .partners, in: record, words: words, naming: naming, language: language, packs: packs,
                analyzer: analyzer,
                detail: detail, measure: measure, preferring: preferring, knowledge: knowledge)
        }
        let marks = FactMarks(
            asked, record: record, words: words, naming: naming, measure: measure, preferring: preferring,
            code: language.rawValue,
            packs: packs, analyzer: analyzer,
            knowledge: knowledge)
        let best = marks.best
        var unit = choose(
            asked, in: record, marks: marks, sinceWhen: packs.mentions(.earlier, in: words),
            untilWhen: packs.mentions(.until, in: words),
            language: language, knowledge: knowledge)
        // "O que é a declaração IBSA…?": what is asked about is a fact of the record, not
        // the record itself, when a fact holds more of the question than the summary.
        // A short question about a record already in focus asks for the detail it names: one word tells.
        // So is a fact that holds two words of the question its summary lacks: "…the fund
        // for schooling in the cocoa areas: what's its target capitalisation?".
        if asked == .what, let best, best.shared >= (detail ? 1 : 2), best.shared > marks.summaryShared {
            unit = AnswerUnit(
                origin: .fact, text: best.fact.text(in: language.rawValue), source: best.fact.source, fact: best.fact)
        } else if asked == .what, let beyond = marks.beyondSummary, beyond.beyondSummary >= 2 {
            unit = AnswerUnit(
                origin: .fact, text: beyond.fact.text(in: language.rawValue), source: beyond.fact.source,
                fact: beyond.fact)
        }
        unit.evidence = 10 * (best?.shared ?? 0)
        return unit
    }

    private static func choose(
        _ asked: Asked, in record: Initiative, marks: FactMarks, sinceWhen: Bool, untilWhen: Bool,
        language: ReplyLanguage, knowledge: Knowledge
    ) -> AnswerUnit {
        let best = marks.best
        let summary = AnswerUnit(origin: .summary, text: record.summary.text(in: language.rawValue), source: 0)
        if asked == .what { return summary }
        let code = language.rawValue
        let quoted = { (scored: FactMarks.Scored) in
            AnswerUnit(origin: .fact, text: scored.fact.text(in: code), source: scored.fact.source, fact: scored.fact)
        }
        // The record's fields are ids and codes, named in the reader's language.
        let lead = knowledge.bodyLabels(record.lead, in: code)
        let people = lead + knowledge.bodyLabels(record.partners, in: code)
        switch asked {
        case .howMany:
            if let best, best.mark == 2, !marks.countsCountries || best.shared > 0 { return quoted(best) }
            if marks.countsCountries, let field = countries(of: record, counted: true, in: language, knowledge) {
                return field
            }
            return best.map(quoted) ?? summary
        case .countries:
            // "¿Qué países impulsaron la creación del Proceso de Rabat?": those that started it, a
            // few of its members; who signed or adopted it are all of them, the record's field.
            if marks.asksWhoStarted, let best, best.namesEvent { return quoted(best) }
            if let field = countries(of: record, counted: false, in: language, knowledge) { return field }
            return best.map(quoted) ?? summary
        case .partners:
            // "Who signed it?", "qui l'a lancé ?": those the fact of that event names, not every partner.
            if let best, best.namesEvent { return quoted(best) }
            if !people.isEmpty {
                return AnswerUnit(origin: .partners, text: list(people, language, knowledge), source: 0)
            }
            return best.map(quoted) ?? summary
        case .leads:
            // An initiative that is its own body (the Global March) is not led "by itself":
            // who founded or heads it is in its facts.
            let ownNames = Set(record.name.languages.map { Folding.fold(record.name.text(in: $0)) })
            let leadIDs = record.lead.filter { id in
                !(knowledge.body(id)?.allNames.contains { ownNames.contains(Folding.fold($0)) } ?? false)
            }
            let lead = knowledge.bodyLabels(leadIDs, in: code)
            // A lead that is no one body ("participating States") is said better by a fact naming who.
            let bodies = leadIDs.compactMap(knowledge.body).filter { $0.kind != .group }
            if let best, best.namesEvent { return quoted(best) }
            if marks.summaryLeadsAsAsked { return summary }
            // "Qual universidade dirigiu a avaliação do projeto-piloto…?": who led one thing of the
            // record, a fact that says who led and two words of the question its summary lacks.
            if let best, best.mark > 0, best.shared >= 2, best.shared > marks.summaryShared { return quoted(best) }
            if !bodies.isEmpty { return AnswerUnit(origin: .lead, text: list(lead, language, knowledge), source: 0) }
            if let best, best.mark > 0 { return quoted(best) }
            if !lead.isEmpty { return AnswerUnit(origin: .lead, text: list(lead, language, knowledge), source: 0) }
            return best.map(quoted) ?? summary
        case .funds:
            if marks.summaryFunds { return summary }
            if let best, best.mark > 0 { return quoted(best) }
            return AnswerUnit(origin: .lacking, text: list(people, language, knowledge), source: 0)
        case .when:
            // «ومتى أطلقوا أول دليل…؟» asks the first of a thing a fact names, not since when the record is.
            if sinceWhen, (best?.shared ?? 0) == 0, let period = startingEarlier(record, than: best, in: code) {
                return period
            }
            // "¿hasta cuándo duró?": the end of a period that runs from one year to another.
            if untilWhen, Set(years(in: record.period.text(in: code))).count >= 2 {
                return AnswerUnit(origin: .period, text: record.period.text(in: code), source: 0)
            }
            // "when did Kyrgyzstan and Tajikistan do the peer review of each other's policies?":
            // words the summary holds as well as any fact describe the record, not one event of
            // it; a fact that writes only a background year ("active since 2005"), not its own,
            // does not date it. The record's period does.
            if let best, !best.namesEvent, best.shared > 0, marks.summaryShared >= best.shared,
                !best.fact.text(in: code).contains(best.fact.date.prefix(4)), !record.period.text(in: code).isEmpty
            {
                return AnswerUnit(origin: .period, text: record.period.text(in: code), source: 0)
            }
            guard let best else { return summary }
            var unit = quoted(best)
            if !best.fact.date.isEmpty, !best.fact.text(in: code).contains(best.fact.date.prefix(4)) {
                unit.date = best.fact.date
            }
            return unit
        case .whereAbouts, .what:
            return best.map(quoted) ?? summary
        }
    }

    /// Whether `words` (folded) write a name of a body the record gives as its lead, whole,
    /// where the record's own name does not ("ILO-IPEC" names the ILO as part of itself).
    private static func namesLead(of record: Initiative, _ words: [String], _ knowledge: Knowledge) -> Bool {
        let written = Set(words)
        let ownName = Set(
            record.name.languages.flatMap {
                LanguageWords.fold(record.name.text(in: $0)).split(separator: " ").map(String.init)
            })
        return record.lead.compactMap(knowledge.body).contains { body in
            body.allNames.contains { name in
                let nameWords = LanguageWords.fold(name).split(separator: " ").map(String.init)
                return !nameWords.isEmpty && nameWords.allSatisfy { written.contains($0) && !ownName.contains($0) }
            }
        }
    }

    /// "¿Desde cuándo existe?": the record's period when a year of it comes before the
    /// year of every fact that answers ("fase I 2018–2023; …" where the facts are of 2023).
    private static func startingEarlier(_ record: Initiative, than best: FactMarks.Scored?, in code: String)
        -> AnswerUnit?
    {
        let text = record.period.text(in: code)
        guard let start = years(in: text).min() else { return nil }
        if let best, let year = Int(best.fact.date.prefix(4)), year <= start { return nil }
        return AnswerUnit(origin: .period, text: text, source: 0)
    }

    /// The years a text writes ("noviembre de 2015 – septiembre de 2021": 2015, 2021).
    private static func years(in text: String) -> [Int] {
        text.split { !$0.isNumber }.compactMap { Int($0) }.filter { (1900...2100).contains($0) }
    }

    /// The record's countries in the reader's language: all of them, with their number
    /// when the question counts and they are all countries, or a group that counts
    /// them as written ("31 países de…").
    private static func countries(
        of record: Initiative, counted: Bool, in language: ReplyLanguage, _ knowledge: Knowledge
    ) -> AnswerUnit? {
        let items = knowledge.countries(of: record, in: language.rawValue)
        let onlyCountries = record.countryGroups.isEmpty
        if items.count >= 2 {
            return AnswerUnit(
                origin: .countries, text: list(items, language, knowledge), source: 0,
                count: counted && onlyCountries ? items.count : nil)
        }
        guard let only = items.first, !counted || only.first?.isNumber == true else { return nil }
        return AnswerUnit(origin: .countries, text: only, source: 0)
    }

    /// "a, b y c", «أ، ب وج»: a field's items as a sentence in the reader's language lists them.
    private static func list(_ items: [String], _ language: ReplyLanguage, _ knowledge: Knowledge) -> String {
        Wording(language: language, knowledge: knowledge).join(items)
    }
}
