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
        /// Countries the question names, of several the record lists, that the fact names:
        /// which of the record's facts is meant, never which record (it is not `shared`).
        var namedCountries = 0
        /// Whether the date or place asked for follows the event the question names
        /// ("firmaron en Cotonú, el 9 de junio de 2005"): the last tie-breaker.
        var afterEvent = false
        /// Question stems the fact holds that the record's summary does not: what it
        /// tells beyond what the record is.
        var beyondSummary = 0
        /// Whether the fact names the event the question names ("signed", "lancé").
        var namesEvent = false
        var score: Int { 10 * (shared + 3 * mark) + 5 * namedCountries + 2 * named + (afterEvent ? 1 : 0) }
    }

    /// The best-scored fact, the first on a tie (facts are in the record's order); for a
    /// count, the latest of those that count nearly as well.
    let best: Scored?
    /// Question stems the record's summary holds, counted as a fact's `shared` is.
    let summaryShared: Int
    /// The fact that holds the most question stems the summary lacks ("target
    /// capitalisation" beside a description of the fund), nil when none holds one.
    let beyondSummary: Scored?
    /// How plainly the record's summary says who funds it ("a project financially supported
    /// by the US Department of Labor"), read only when the question asks who funds.
    let summaryFundingMark: Int
    /// Whether the summary says who funds more plainly than any fact: a fact that gives an
    /// amount in dirhams tells less than "financially supported by"; a fact as plain ("financé
    /// par le FCDO") names the funder more exactly than the summary.
    var summaryFunds: Bool {
        summaryFundingMark > (best?.mark ?? 0)
    }
    /// Whether the summary says who leads in the question's own verb ("¿quién lo ejecutaba?",
    /// "…ejecutado por Partners of the Americas"): it names who does what is asked, where
    /// the record's lead bodies may be those who commissioned it.
    let summaryLeadsAsAsked: Bool
    /// Whether the question names the event that started the initiative ("¿qué países
    /// impulsaron su creación?", "qui l'a lancé ?"): a few of its members may have.
    let asksWhoStarted: Bool
    /// Whether the question counts countries ("¿cuántos países…?", «في كم بلدًا»),
    /// the counted word in any inflection its language gives it.
    let countsCountries: Bool

    /// - Parameter code: the reader's language. Every fact is written in the five
    ///   languages, so the question's words meet each fact in its own language's
    ///   words and stems; its marks are read in that text and in English.
    /// - Parameter preferring: the fact the last answer quoted, when the question says
    ///   nothing of its own ("¿y en qué ciudad?"): it answers when it carries what is asked.
    init(
        _ asked: Asked, record: Initiative, words: [String], naming: Set<String> = [], measure: Measure = .count,
        preferring: Initiative.Fact? = nil,
        code: String, packs: LanguageWords, analyzer: Analyzer, knowledge: Knowledge
    ) {
        // A body that is the initiative itself (the Global March) names it, not who leads it.
        let ownNames = Set(record.name.languages.map { Folding.fold(record.name.text(in: $0)) })
        let leadNames = record.lead.flatMap { knowledge.body($0)?.allNames ?? [] }
        let fields = Marks.Fields(
            leadNames: leadNames.contains { ownNames.contains(Folding.fold($0)) } ? [] : leadNames,
            countryNames: knowledge.countries(of: record, in: code))
        let language = Language(rawValue: code) ?? .english
        // "the one with Senegal": a country the record's name lists tells which of its facts is meant.
        // A short name it goes by says which record, not what of it («أكسل أفريقيا», carried into
        // "since when?", is no reason to quote the fact that writes it). A long other name is
        // a part's title ("Enhancing Access of Children to Education…"): its words tell which part.
        let shortNames = [record.acronym].compactMap { $0 } + record.otherNames
        let nameWords = naming.union(
            record.name.languages.flatMap { analyzer.words(in: record.name.text(in: $0)).map { Folding.fold($0.text) } }
                + shortNames.map { analyzer.words(in: $0).map { Folding.fold($0.text) } }.filter { $0.count <= 2 }
                .joined())
        // "the one with Senegal", among Mali's agreements with three neighbours: a country of several
        // the record lists, named in the question, tells which of its facts is meant (one or two
        // countries are in most of a record's facts). By ISO code only: a group is no one country.
        let tellingCountries =
            record.countries.count < Self.countriesThatTell
            ? []
            : record.countries
                .map { analyzer.words(in: knowledge.countryName($0, in: code)).map { Folding.fold($0.text) } }
                .filter { name in !name.isEmpty && name.allSatisfy(words.contains) }
        let stemsOf = { (word: String) in [analyzer.stem(word, in: language)] }
        let countryWords = packs[.countryWords]
        let countryStems = Set(countryWords.flatMap(stemsOf))
        let isCountryWord = { (word: String) in
            countryWords.contains(word) || countryStems.contains(analyzer.stem(word, in: language))
        }
        // An event the question names ("firmó", "signed") is met by the same event in the fact's
        // words, as the pack writes them: a stem would let "fundado" meet "Fundo" (a fund).
        var events = Self.events.filter { event in words.contains { packs.contains(event, $0) } }
        // Who launched it is who founded it ("qui l'a lancé ?" … "fondé sous l'impulsion de…").
        asksWhoStarted = events.contains(where: Self.starting.contains)
        if [.leads, .partners, .countries].contains(asked), asksWhoStarted {
            events = Self.events.filter { events.contains($0) || Self.starting.contains($0) }
        }
        let eventWords = Set(events.flatMap { packs.entries($0, in: code) }.map(Folding.fold))
        // "since when", "the second": words that order the facts, not what they are about.
        // "the one with Senegal": words that point at a record say nothing of its facts.
        let ordering = Set(
            packs[.earlier].union(packs[.later]).union(packs[.them]).flatMap {
                $0.split(separator: " ").map(String.init)
            })
        let questionStems = Set(
            words.filter {
                !nameWords.contains($0) && !isCountryWord($0) && !eventWords.contains($0) && !ordering.contains($0)
            }
            .flatMap(stemsOf))
        let namedStems = Set(words.filter(nameWords.contains).flatMap(stemsOf))
        // Countries are counted in the knowledge's words, whatever the question's language.
        // What is counted is a word, never a number or a year the question gives ("en 2023").
        // "la de Brasil con países de África…, ¿cuánta plata tenía?" counts money: the countries describe.
        countsCountries = measure == .count && words.contains(where: isCountryWord)
        let countedStems: Set<String> =
            countsCountries
            ? countryStems : questionStems.filter { !$0.allSatisfy(\.isNumber) }
        let questionWords = Set(words)
        let summaryStems = Set(
            analyzer.words(in: record.summary.text(in: code)).map { analyzer.stem($0.text, in: language) })
        // How strongly a text carries what is asked, and the marks read in the reader's words.
        let marked = { (localized: LocalizedText) -> (mark: Int, marks: Marks) in
            let text = localized.text(in: code)
            let tokens = analyzer.words(in: text)
            let stems = tokens.map { analyzer.stem($0.text, in: language) }
            let marks = Marks(
                text: text, tokens: tokens, stems: stems, fields: fields, questionWords: questionWords, packs: packs,
                events: eventWords,
                measure: measure)
            var mark = marks.mark(for: asked, counted: countedStems)
            // Only who funds, leads or takes part is worded differently enough in a translation
            // to be missed; a date or a list of countries reads the same in any. A place is read
            // by its capital, which a script without capitals (Arabic) cannot show: there the English text marks it.
            if code != "en" && mark < 2
                && ([.funds, .leads, .partners].contains(asked)
                    || (asked == .whereAbouts && !text.contains(where: \.isUppercase)))
            {
                // The knowledge's checked English text marks what a translation may word
                // otherwise; a count is marked beside the counted word, in the reader's text.
                let english = localized.text(in: "en")
                let englishTokens = analyzer.words(in: english)
                let englishStems = englishTokens.map { analyzer.stem($0.text, in: .english) }
                mark = max(
                    mark,
                    Marks(
                        text: english, tokens: englishTokens, stems: englishStems, fields: fields,
                        questionWords: questionWords, packs: packs
                    )
                    .mark(for: asked, counted: []))
            }
            return (mark, marks)
        }
        // "le deuxième, il a été signé où ?": a fact that itself calls its subject "the second of
        // its kind" is the one meant; the ordinal is no word of content otherwise.
        let ordinalsTyped = Set(words.filter { packs.ordinals[$0] != nil })
        // "in which region of the country?": a fact that names a part of a country ("the department
        // of Guairá", «محافظة نينوى») is where, not one that names the city of a signing.
        let asksArea = asked == .whereAbouts && words.contains { packs.contains(.areaWords, $0) }
        let scored = record.facts.map { fact in
            let (mark, marks) = marked(fact.text)
            let tokens = marks.tokens
            let factStems = Set(marks.stems)
            let namesEvent = tokens.contains { eventWords.contains(Folding.fold($0.text)) }
            let writesOrdinal =
                !ordinalsTyped.isEmpty && tokens.contains { ordinalsTyped.contains(Folding.fold($0.text)) }
            let namesArea = asksArea && tokens.contains { packs.contains(.areaWords, Folding.fold($0.text)) }
            let folded = tellingCountries.isEmpty ? [] : Set(tokens.map { Folding.fold($0.text) })
            return Scored(
                fact: fact,
                shared: factStems.intersection(questionStems).count + (namesEvent ? 1 : 0) + (writesOrdinal ? 1 : 0)
                    + (namesArea ? 2 : 0),
                mark: mark,
                named: factStems.intersection(namedStems).count,
                namedCountries: tellingCountries.filter { $0.allSatisfy(folded.contains) }.count,
                afterEvent: marks.afterEvent(asked),
                beyondSummary: factStems.intersection(questionStems).subtracting(summaryStems).count,
                namesEvent: namesEvent)
        }
        var best = scored.reduce(nil as Scored?) { best, next in best.map { next.score > $0.score ? next : $0 } ?? next
        }
        if let top = best, asked == .when, packs.mentions(.earlier, in: words) {
            // "¿desde cuándo existe?": of the facts that answer as well, the earliest, even after
            // "the second one" picked the record from a list.
            best = scored.filter { $0.score == top.score }.min { $0.fact.date < $1.fact.date } ?? top
        } else if let top = best, words.contains(where: { packs.contains(.later, $0) }) {
            // "and the second one, when was it adopted?": of the facts that answer as well, the latest.
            best = scored.filter { $0.score == top.score }.max { $0.fact.date < $1.fact.date } ?? top
        }
        if asked == .howMany, let top = best {
            // Counts change: of the facts that count nearly as well, the latest holds today's figure.
            // A number beside no counted word may count anything: only a fact as close to the
            // question may replace it.
            let slack = top.mark == 2 ? 1 : 0
            best =
                scored.filter { $0.mark == top.mark && $0.shared + 3 * $0.mark >= top.shared + 3 * top.mark - slack }
                .max { $0.fact.date < $1.fact.date } ?? top
        }
        if [.when, .whereAbouts].contains(asked), let preferring,
            let again = scored.first(where: { $0.fact == preferring }), again.mark > 0
        {
            best = again
        }
        self.best = best
        summaryShared = summaryStems.intersection(questionStems).count
        summaryFundingMark = asked == .funds ? marked(record.summary).mark : 0
        let leadingStems = packs[.leadingStems]
        let leadingVerbs = { (stems: Set<String>) in
            Set(
                leadingStems.filter { verb in
                    stems.contains { Script.isArabic($0) ? $0.contains(verb) : $0.hasPrefix(verb) }
                })
        }
        // The summary must say who with a phrase of the pack ("ejecutado por", "implemented by"):
        // «un projet pilote» shares the stem of "qui la pilote ?" and names no one.
        let summaryText = Folding.fold(record.summary.text(in: code).lowercased())
        let saysWho = packs.entries(.asksLeads, in: code).map { Folding.fold($0.lowercased()) }.contains {
            $0.contains(" ") && summaryText.includes($0)
        }
        summaryLeadsAsAsked =
            asked == .leads && saysWho && !leadingVerbs(questionStems).isDisjoint(with: leadingVerbs(summaryStems))
        beyondSummary = scored.filter { $0.beyondSummary > 0 }
            .reduce(nil as Scored?) { most, next in
                most.map { next.beyondSummary > $0.beyondSummary ? next : $0 } ?? next
            }
    }

    /// The countries a record lists at least for the one a question names to tell its facts apart.
    static let countriesThatTell = 3

    /// The events a date answers; a question and a fact that name the same one agree.
    static let events: [LanguagePack.List] = [.launched, .signed, .adopted, .created]
    /// The events that start an initiative, one for who started it.
    static let starting: [LanguagePack.List] = [.launched, .created]
}

/// What one fact's text carries.
private struct Marks {
    let text: String
    let tokens: [Token]
    let stems: [String]
    /// What the record's lead bodies and countries are called.
    struct Fields {
        /// Every name of every lead body, in every language.
        var leadNames: [String]
        /// The countries and country groups in the reader's language.
        var countryNames: [String]
    }
    let fields: Fields
    /// The question's words, folded: a place it names itself is not the answer to "where".
    let questionWords: Set<String>
    let packs: LanguageWords
    /// The words of the event the question names ("firmó", folded): a date or a place just
    /// after it in the fact is that event's ("firmaron en Cotonú, el 9 de junio de 2005").
    var events: Set<String> = []
    /// What the number asked for measures: a share ("¿qué porcentaje…?"), money ("¿cuánto costó?") or things.
    var measure = Measure.count
    /// `text` lowercased and folded, for plain byte scans (Foundation's case-insensitive
    /// search bridged every fact of every candidate record through NSString).
    var folded: String { Folding.fold(text.lowercased()) }

    func mark(for asked: Asked, counted: Set<String>) -> Int {
        switch asked {
        case .howMany: count(of: counted)
        case .funds: funding
        case .leads: leading
        case .partners: stems.contains { stem in packs[.partnerStems].contains { stem.hasPrefix($0) } } ? 1 : 0
        case .countries: countryList
        case .when: years.isEmpty ? 0 : 1
        case .whereAbouts: placeIndices.isEmpty ? 0 : 1
        case .what: 0
        }
    }

    /// A number that is neither a year nor a day of a month; 2 beside a counted word ("24 países").
    /// A share ("70 %", "23 percent") answers only a question that asks for one.
    private func count(of counted: Set<String>) -> Int {
        var mark = 0
        // "24 países", and "tres millones de personas" in words; "un", "une", "uma" are
        // articles far more often than counts ("en virtud de un acuerdo").
        let isNumber = { (token: Token) in
            (token.text.allSatisfy(\.isNumber) && !token.text.isYear)
                || (packs.numbers[Folding.fold(token.text)] ?? 1) > 1
        }
        let scalars = Array(Analyzer.normalize(text).unicodeScalars)
        for (offset, token) in tokens.enumerated()
        where isNumber(token) && isShare(offset, scalars) == (measure == .share) {
            let around = tokens[max(0, offset - 1)...min(tokens.count - 1, offset + 1)].map { Folding.fold($0.text) }
            if around.contains(where: { packs.months[$0] != nil }) { continue }
            // "les 13 et 14 février 2019": the first day of a range of days is no count either.
            let isMonth = { (index: Int) in
                tokens.indices.contains(index) && packs.months[Folding.fold(tokens[index].text)] != nil
            }
            if (offset + 1...offset + 2).contains(where: { next in
                tokens.indices.contains(next) && tokens[next].text.contains(where: \.isNumber) && isMonth(next + 1)
            }) {
                continue
            }
            let near = stems[max(0, offset - 3)...min(stems.count - 1, offset + 3)]
            if measure == .amount {
                // What it cost is a number written with its currency ("6.000.000 de dólares", "US$ 2").
                mark = max(mark, isAmount(offset, scalars) ? 2 : 0)
            } else {
                mark = max(mark, near.contains(where: counted.contains) ? 2 : 1)
            }
        }
        return mark
    }

    /// Whether the number at `offset` has a currency beside it: a sign ("$", "€") or, within
    /// three words, a word of the pack's currencies ("millones de dólares").
    private func isAmount(_ offset: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let start = tokens[max(0, offset - 1)].start
        let end = min(scalars.count, tokens[offset].start + tokens[offset].length + 2)
        if scalars[min(start, end)..<end].contains(where: { $0.properties.generalCategory == .currencySymbol }) {
            return true
        }
        let near = tokens[max(0, offset - 3)...min(tokens.count - 1, offset + 3)].map { Folding.fold($0.text) }
        return near.contains { packs.contains(.currencies, $0) }
    }

    /// Whether the number at `offset` is followed by "%" or by a word of the pack's shares.
    private func isShare(_ offset: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let end = tokens[offset].start + tokens[offset].length
        if let sign = scalars[min(end, scalars.count)...].first(where: { !$0.properties.isWhitespace }),
            sign == "%" || sign == "٪"
        {
            return true
        }
        let next = tokens[(offset + 1)...].prefix(2).map { Folding.fold($0.text) }
        return next.indices.contains { packs.contains(.shares, next[...$0].joined(separator: " ")) }
    }

    private var funding: Int {
        let folded = Folding.fold(text.lowercased())
        let scalars = Array(Analyzer.normalize(text).unicodeScalars)
        if packs[.fundingPhrases].contains(where: folded.includes) { return 2 }
        // An amount alone ("2 millones de dírhams") says there was money, not who gave it.
        let says = { (list: LanguagePack.List) in
            stems.contains { stem in packs[list].contains { stem.hasPrefix($0) } }
        }
        if says(.fundingStems) { return 1 }
        // "Brasil aportó más de 25 millones de dólares" funds; «… y aportó insumos para la hoja de ruta» does not.
        return says(.givingStems)
            && tokens.indices.contains { tokens[$0].text.first?.isNumber == true && isAmount($0, scalars) } ? 1 : 0
    }

    /// Best when it names a body the record gives as its lead ("La OIT actúa como secretaría").
    private var leading: Int {
        // A stem opens with the pack's stem ("anim" is not in "unanimously"); an Arabic
        // stem may keep a prefix before it («بقيادة»).
        guard
            stems.contains(where: { stem in
                packs[.leadingStems].contains { Script.isArabic(stem) ? stem.contains($0) : stem.hasPrefix($0) }
            })
        else { return 0 }
        let folded = self.folded
        let namesLead = fields.leadNames.contains { name in folded.includes(Folding.fold(name.lowercased())) }
        return namesLead ? 2 : 1
    }

    /// 2 when the fact lists countries: two of the record's, or three capitalised names in a row of commas.
    private var countryList: Int {
        let folded = self.folded
        let named = fields.countryNames.filter { folded.includes(Folding.fold($0.lowercased())) }.count
        let items = text.components(separatedBy: ", ").dropFirst().filter { $0.first?.isUppercase == true }.count
        return named >= 2 || items >= 3 ? 2 : 0
    }

    /// Whether a date (for "when") or a place (for "where") stands within a few words
    /// after one of the `events`.
    func afterEvent(_ asked: Asked) -> Bool {
        let indices = asked == .when ? years : asked == .whereAbouts ? placeIndices : []
        guard !indices.isEmpty else { return false }
        let scalars = Array(Analyzer.normalize(text).unicodeScalars)
        // "signed … in Cotonou on 9 June 2005", not "… at the Seme border …, under a memorandum
        // signed on 14 August": the event is looked for back to the sentence's start.
        let breaks = { (before: Int) -> Bool in
            let gap = scalars[
                min(
                    scalars.count, tokens[before].start + tokens[before].length)..<min(
                        scalars.count, tokens[before + 1].start)]
            let text = String(String.UnicodeScalarView(gap))
            return text.contains(";") || text.contains("؛") || text.contains(". ")
        }
        return indices.contains { index in
            var earlier = index - 1
            while earlier >= max(0, index - Self.eventReach), !breaks(earlier) {
                if events.contains(Folding.fold(tokens[earlier].text)) { return true }
                earlier -= 1
            }
            return false
        }
    }

    private var years: [Int] { tokens.indices.filter { tokens[$0].text.isYear } }

    /// How many words after its event, in its sentence, a date or place is taken to be that event's.
    private static let eventReach = 20

    /// The tokens that are places the question does not name: "… en Lima", "… in
    /// Abidjan", "… à Brasilia", "… em Maputo", "(Lima)".
    private var placeIndices: [Int] {
        let scalars = Array(Analyzer.normalize(text).unicodeScalars)
        let isPlace = { (token: Token) -> Bool in
            scalars.indices.contains(token.start) && scalars[token.start].properties.isUppercase
                && !token.text.isYear && !questionWords.contains(Folding.fold(token.text))
        }
        return tokens.indices.filter { index in
            guard isPlace(tokens[index]) else { return false }
            let start = tokens[index].start
            if start > 0 && scalars[start - 1] == "(" { return true }
            return index > 0 && packs.contains(.placeWords, Folding.fold(tokens[index - 1].text))
        }
    }
}
