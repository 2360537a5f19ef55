import Foundation
import PuenteKnowledge
import PuenteSupport
import PuenteText

/// A participant's question as read before anything is searched: its language,
/// what it asks for, the names it writes, and its words.
struct Question {
    var language: ReplyLanguage
    /// What the question asks for, when it asks one thing ("who funds", "when").
    var asked: Asked?
    /// What it asks for if it names an initiative: there a plural names the initiative's
    /// parts ("which countries were part of the ILO-IPEC projects?"), not a list.
    var askedOfNamed: Asked?
    /// Every word, folded, stopwords included, in the order typed.
    var words: [String]
    /// The same words as typed (lowercase).
    var typedWords: [String]
    /// The same words with the capitals they were typed with, to quote them.
    var writtenWords: [String]
    /// Names written with capitals, or as acronyms ("Unión del Magreb Árabe", "COMMIT").
    var mentions: [KnowledgeNames.Mention]
    /// Whether the question names the concept note ("según la nota conceptual").
    var namesConceptNote: Bool
    /// Whether the question asks about initiatives in the plural ("¿qué iniciativas…?", «مبادرات»).
    var asksList: Bool
    /// The words that may describe an initiative: neither stopwords nor cues, folded.
    var describingWords: [String]
    /// Every word but stopwords, folded, cues included: what tells one fact from another.
    var meaningfulWords: [String]
    /// Whether it is written as a question ("¿…?", "…?", «…؟»), not as a bare topic.
    var isWrittenAsQuestion: Bool
    /// What a "how many" question counts: things, a share ("¿qué porcentaje…?", "by how
    /// much…?", which facts give as a share) or money ("¿cuánto costó?").
    var measure: Measure
    /// The countries its words name, left to right.
    var countries: [CountryNames.Link]
    /// The positions of the words that open a sentence or clause after the first ("… labour
    /// ministry. Apart from us…"): a word there follows nothing it could be introduced by.
    var clauseStarts: Set<Int>

    init(
        _ text: String, language: ReplyLanguage, packs: LanguageWords, analyzer: Analyzer, countries names: CountryNames
    ) {
        self.language = language
        let normalized = Analyzer.normalize(text)
        let tokens = analyzer.words(inNormalized: normalized)
        words = tokens.map { Folding.fold($0.text) }
        typedWords = tokens.map(\.text)
        let scalars = Array(normalized.unicodeScalars)
        writtenWords = tokens.map { token in
            var written = String.UnicodeScalarView()
            written.append(contentsOf: scalars[token.start..<min(scalars.count, token.start + token.length)])
            return String(written)
        }
        let stems = tokens.map { analyzer.stem($0.text, in: language.analysisLanguage) }
        // "(the US-funded one and then the German one) - which countries did they cover?": an
        // aside describes; what is asked stands outside it.
        // "the UK-funded ARC programme": a word hyphened onto a word of content qualifies it; it
        // asks nothing ("qu'est-ce que" still asks: "est" is a small word).
        let outside = Self.outsideAsides(tokens, scalars).filter { index in
            !(Self.isHyphenedOn(index, tokens, scalars)
                && !analyzer.isStopword(tokens[index - 1].text, inAnyOf: Language.allCases))
        }
        let folded = words
        asked =
            packs.asked(in: outside.map { folded[$0] }, stems: outside.map { stems[$0] }, language: language.rawValue)
            ?? (outside.count < words.count ? packs.asked(in: words, stems: stems, language: language.rawValue) : nil)
        // «وفي العراق؟ أين كان أول اجتماع مع الشركاء؟»: a last question that opens on "where" or
        // "when" asks that; "partners" further on is what it is about.
        // «من يقود برنامج … الذي موّل مشاريع…؟», "who leads the programme that funded…?": a cue
        // after a word that opens a describing clause describes the noun; the question asks
        // what a cue before it asks («que», as typed, not «qué»).
        let relatives = outside.filter { $0 >= 2 && packs.relativeWords.contains(tokens[$0].text.lowercased()) }
        if let headAsks = relatives.lazy.compactMap({ relative in
            packs.asked(in: outside.filter { $0 < relative }.map { folded[$0] }, stems: [], language: nil)
        }).first {
            asked = headAsks
        }
        // "E o estudo … que está na origem dele, é de que ano?", "la de Brasil con países de
        // África y América Latina, ¿cuánta plata tenía?": a last part after a comma that asks
        // on its own asks that; what comes before says of what.
        let commas = scalars.indices.filter { scalars[$0] == "," || scalars[$0] == "،" }
        let tail = tokens.indices.filter { index in commas.last.map { tokens[index].start > $0 } ?? false }.map {
            folded[$0]
        }
        let tailAsks = tail.isEmpty ? nil : packs.asked(in: tail, stems: [], language: nil)
        if let cue = asked, [.partners, .leads].contains(cue) {
            // "Sorry, I meant the workshop. When was it held?": a sentence's full stop ends a clause
            // too ("Alliance 8.7" holds no full stop: one ends before a space).
            let marks = scalars.indices.filter { index in
                index < scalars.count - 1
                    && (["?", "؟"].contains(scalars[index]) || (scalars[index] == "." && scalars[index + 1] == " "))
            }
            let clause = tokens.indices.filter { index in marks.last.map { tokens[index].start > $0 } ?? true }
            let opening = clause.prefix(2).map { folded[$0] }
            if let opened = packs.asked(in: opening, stems: [], language: nil), [.whereAbouts, .when].contains(opened) {
                asked = opened
            } else if let last = tailAsks, [.whereAbouts, .when].contains(last) {
                asked = last
            }
        } else if let last = tailAsks, last != .what {
            asked = last
        }
        // "¿cuánta plata tenía?", "how much money did it get?": money counted asks how much, not who gave it.
        if asked == .funds, packs.mentions(.asksHowMany, in: tail.isEmpty ? words : tail),
            packs.mentions(.costs, in: tail.isEmpty ? words : tail)
        {
            asked = .howMany
        }
        // "Which Pacific island countries…?", «وش هي دول…؟»: a question word and the word
        // "countries" a few words apart ask which countries.
        // "¿en qué departamento del país…?" asks which department: "país" there qualifies another noun.
        // A small word between a content word and it says so ("departamento del país"); "Pacific island countries" asks them.
        let small = tokens.map { analyzer.isStopword($0.text, inAnyOf: Language.allCases) }
        let countryAsked = folded.indices.contains { index in
            packs.contains(.countryWords, folded[index])
                && !(index >= 2 && small[index - 1] && !small[index - 2] && !packs.isCue(folded[index - 2])
                    && !packs.contains(.listCues, folded[index - 2]))
        }
        if asked == nil, packs.mentions(.listCues, in: folded), countryAsked { asked = .countries }
        // "Which Pacific island countries take part…?": a question word that opens on the word
        // "countries" asks which, whatever verb follows (countries come before partners).
        let opensOnCountries = folded.indices.contains { index in
            packs.contains(.countryWords, folded[index])
                && folded[max(0, index - 3)..<index].contains { packs.contains(.listCues, $0) }
        }
        if opensOnCountries, countryAsked, let cue = asked, let rank = Asked.precedence.firstIndex(of: cue),
            rank > Asked.precedence.firstIndex(of: .countries)!
        {
            asked = .countries
        }
        asksList = words.contains { packs.contains(.listWords, $0) }
        // «وبأي مبلغ؟», "what was its budget?": a word of cost with no other cue, or with only
        // "what", asks how much it cost.
        if [nil, .what].contains(asked), !asksList, packs.mentions(.costs, in: words) { asked = .howMany }
        askedOfNamed = asked
        // "¿Dónde hay iniciativas sobre cacao?", "¿cuántas iniciativas…?" ask for a list;
        // "who funds the projects…" still asks who funds.
        // "Quanto dinheiro o Brasil pôs em projetos…?" still asks how much.
        let measuresMoney = packs.mentions(.costs, in: words)
        // "De quanto era a chamada de projetos…?" counts no projects: a count asks for the list
        // only when a list word follows its cue ("quantos projetos", "how many initiatives").
        let countsListed = folded.indices.contains { index in
            packs.contains(.listWords, folded[index])
                && packs.mentions(.asksHowMany, in: Array(folded[max(0, index - 3)..<index]))
        }
        if asksList, let cue = asked, [.whereAbouts, .howMany, .what, .countries].contains(cue),
            !(cue == .howMany && (measuresMoney || !countsListed))
        {
            asked = nil
        }
        // "¿Qué iniciativas involucran a la Unión Africana?", "which projects does the EU fund?":
        // what is asked for is the initiatives themselves, whatever the verb.
        if asksList && Self.asksForInitiatives(words, tokens, packs, analyzer) { asked = nil }
        mentions = Self.mentions(in: scalars, tokens: tokens, packs: packs, analyzer: analyzer)
        countries = names.links(in: words)
        clauseStarts = Set(
            tokens.indices.dropFirst().filter { index in
                Self.endsAClause(scalars[(tokens[index - 1].start + tokens[index - 1].length)..<tokens[index].start])
            }.map { tokens[$0].position })
        namesConceptNote = packs.mentions(.conceptNote, in: words)
        measure = packs.mentions(.shares, in: words) ? .share : measuresMoney ? .amount : .count
        let marks = text.trimmingCharacters(in: .whitespacesAndNewlines)
        isWrittenAsQuestion = marks.hasPrefix("¿") || marks.hasSuffix("?") || marks.hasSuffix("؟")
        let noteWords = Set(packs[.conceptNote].flatMap { $0.split(separator: " ").map(String.init) })
        let found = packs.lists(in: words)
        let wordsOf = { (lists: [LanguagePack.List]) in
            Set(lists.compactMap { found[$0] }.flatMap { $0.flatMap { $0.split(separator: " ").map(String.init) } })
        }
        // "since when", "the latest": words that order the facts stay, stopwords or not.
        let ordering = wordsOf([.earlier, .later, .until])
        // "¿cómo funciona…?": the words of the phrase that asked say what is asked, not what about.
        let asking = wordsOf(Asked.allCases.map(\.cues))
        meaningfulWords = zip(tokens, words).filter { token, word in
            !analyzer.isStopword(token.text, inAnyOf: Language.allCases) || ordering.contains(word)
        }.map(\.1)
        // "¿Cuántos países…?" asks about countries: the word says what is asked, not what about.
        // "when is it supposed to end?": the words of a phrase that asks since or until when
        // ask about time, not about a subject ("end" is no word of another record's name).
        let timing = wordsOf([.earlier, .until])
        // "the one with Ghana": words that point at a record describe none ("one").
        let pointing = wordsOf([.them])
        describingWords = meaningfulWords.filter {
            !packs.isCue($0) && !asking.contains($0) && !timing.contains($0) && !pointing.contains($0)
                && !packs.contains(.countryWords, $0) && !noteWords.contains($0)
        }
        conceptNoteWords = noteWords
        // "Où" is "where" only with its accent, "ou" is "or"; but no question ends on "or".
        let asksWhereAccented =
            typedWords.contains(where: packs.whereAccented.contains)
            || words.last.map { packs.contains(.asksWhereAccented, $0) } ?? false
        if asked == nil && asksWhereAccented && !asksList { asked = .whereAbouts }
        if asked == nil && namesConceptNote { asked = .what }
    }

    /// Whether a list cue stands right before a list word, or one small word apart
    /// ("qué iniciativas", "quais são as iniciativas", «ما هي المبادرات»).
    /// The indices of the tokens outside parentheses.
    private static func outsideAsides(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Int] {
        var depth = 0
        var position = 0
        var outside: [Int] = []
        for (index, token) in tokens.enumerated() {
            while position < min(token.start, scalars.count) {
                if scalars[position] == "(" {
                    depth += 1
                } else if scalars[position] == ")" {
                    depth = max(0, depth - 1)
                }
                position += 1
            }
            if depth == 0 { outside.append(index) }
        }
        return outside
    }

    /// Whether token `index` is written onto the one before it with a hyphen ("UK-funded").
    private static func isHyphenedOn(_ index: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0 else { return false }
        let start = tokens[index].start
        return start >= 1 && ["-", "\u{2011}"].contains(scalars[start - 1])
            && tokens[index - 1].start + tokens[index - 1].length == start - 1
    }

    private static func asksForInitiatives(
        _ words: [String], _ tokens: [Token], _ packs: LanguageWords, _ analyzer: Analyzer
    ) -> Bool {
        words.indices.contains { index in
            guard packs.contains(.listWords, words[index]) else { return false }
            let before = index - 1
            guard before >= 0 else { return false }
            if packs.contains(.listCues, words[before]) { return true }
            return before >= 1 && packs.contains(.listCues, words[before - 1])
                && analyzer.isStopword(tokens[before].text, inAnyOf: Language.allCases)
        }
    }

    /// The words of the concept note's names ("nota", "conceptual"), folded.
    private let conceptNoteWords: Set<String>

    /// Whether `word` is part of the concept note's name ("nota", "conceptual").
    func isConceptNoteWord(_ word: String) -> Bool { conceptNoteWords.contains(Folding.fold(word)) }

    /// Runs of capitalised words, joined across the small words names hold ("de",
    /// "of", "des", "do"); digits continue a run ("Alianza 8.7"). A capitalised
    /// question word or stopword ("Quién", "Which") starts no name.
    private static func mentions(
        in scalars: [Unicode.Scalar], tokens: [Token], packs: LanguageWords, analyzer: Analyzer
    ) -> [KnowledgeNames.Mention] {
        var mentions: [KnowledgeNames.Mention] = []
        var run: [Token] = []
        func close() {
            while let last = run.last, packs.contains(.nameConnectors, Folding.fold(last.text)) { run.removeLast() }
            if !run.isEmpty {
                let start = run[0].start
                let end = run[run.count - 1].start + run[run.count - 1].length
                var written = String.UnicodeScalarView()
                written.append(contentsOf: scalars[start..<end])
                mentions.append(
                    KnowledgeNames.Mention(
                        text: String(written), words: run.map { Folding.fold($0.text) }, position: run[0].position))
            }
            run = []
        }
        for token in tokens {
            let first = scalars[token.start]
            let capital = first.properties.isUppercase
            let folded = Folding.fold(token.text)
            // "Háblame de la Red Interamericana…": the words that ask about a name open no name.
            let startsName =
                capital && !packs.isCue(folded) && !packs.nameCueOpenings.contains(folded)
                && !analyzer.isStopword(token.text, inAnyOf: Language.allCases) && token.length > 1
            if let last = run.last, token.position == last.position + 1,
                !Self.endsAClause(scalars[(last.start + last.length)..<token.start]),
                startsName || capital || packs.contains(.nameConnectors, folded) || first.properties.numericType != nil
            {
                run.append(token)
            } else {
                close()
                if startsName { run = [token] }
            }
        }
        close()
        return joiningAdjectives(mentions, scalars: scalars, tokens: tokens, packs: packs, analyzer: analyzer)
    }

    /// Whether what stands between two words ends a sentence or a clause ("… Latina? Me
    /// interesa", "Brasil, Argentina"): a name runs on over a space or a dash, never over
    /// these ("Alianza 8.7" keeps its point, which no space follows).
    private static func endsAClause(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        gap.contains { "?!;,¿¡".unicodeScalars.contains($0) }
            || (gap.contains(".") && gap.contains { $0.properties.isWhitespace })
    }

    /// Capitalised runs that one name splits where its adjectives are written in lowercase:
    /// "Organisation" … "Francophonie" in "l'Organisation internationale de la Francophonie".
    /// A run headed by a body's noun takes in up to two lowercase words and the small
    /// words of names up to the next run.
    private static func joiningAdjectives(
        _ mentions: [KnowledgeNames.Mention], scalars: [Unicode.Scalar], tokens: [Token], packs: LanguageWords,
        analyzer: Analyzer
    ) -> [KnowledgeNames.Mention] {
        var joined: [KnowledgeNames.Mention] = []
        for mention in mentions {
            guard let previous = joined.last, let head = previous.words.first, packs.contains(.organisationNouns, head)
            else {
                joined.append(mention)
                continue
            }
            let gap = tokens[(previous.position + previous.words.count)..<mention.position]
            let connectors = gap.filter { packs.contains(.nameConnectors, Folding.fold($0.text)) }.count
            let adjectives = gap.filter { token in
                !packs.contains(.nameConnectors, Folding.fold(token.text))
                    && !analyzer.isStopword(token.text, inAnyOf: Language.allCases)
                    && !packs.isCue(Folding.fold(token.text))
            }.count
            guard !gap.isEmpty, adjectives >= 1, adjectives <= 2, connectors + adjectives == gap.count else {
                joined.append(mention)
                continue
            }
            let first = tokens[previous.position]
            let last = tokens[mention.position + mention.words.count - 1]
            var written = String.UnicodeScalarView()
            written.append(contentsOf: scalars[first.start..<(last.start + last.length)])
            let words = tokens[previous.position...(mention.position + mention.words.count - 1)].map {
                Folding.fold($0.text)
            }
            joined[joined.count - 1] = KnowledgeNames.Mention(
                text: String(written), words: words, position: previous.position)
        }
        return joined
    }
}

/// What a number the question asks for measures.
enum Measure: Sendable {
    /// Things counted ("24 países").
    case count
    /// A share or a change ("70 %", "fell by 40%").
    case share
    /// Money ("6.000.000 de dólares", "16.116.199 euros").
    case amount
}
