import PuenteIndex
import PuenteKnowledge
import PuenteSupport
import PuenteText

/// The language packs as the reader of questions uses them: each list folded
/// (lowercase, no diacritics, Arabic letters normalised) and merged across the
/// packs, since a participant may write one language's cue inside another's
/// sentence; and each pack's own lists where a language must be told apart.
///
/// Built once per knowledge snapshot. Holds no words itself: they all come from
/// `Knowledge/languages/*.yaml`.
struct LanguageWords: Sendable {
    /// Each list's entries in every pack, folded.
    private let merged: [LanguagePack.List: Set<String>]
    /// Each pack's lists, folded, by language code.
    private let byLanguage: [String: [LanguagePack.List: Set<String>]]
    /// Each folded phrase of the lists that are phrases → the lists that hold it.
    private let phraseLists: [String: Set<LanguagePack.List>]
    /// The most words in a phrase of any list.
    let longestPhrase: Int
    /// Every pack's number words, folded → value.
    let numbers: [String: Int]
    /// Every pack's ordinal words, folded, and the place they name (-1 for the last).
    let ordinals: [String: Int]
    /// Every pack's month names, folded → month (1–12).
    let months: [String: Int]
    /// Each language → its chat shorthand, folded → the words written out.
    private let shorthand: [String: [String: String]]
    /// Every pack's names of filter fields, folded → the field ("región" → region).
    let filterFields: [String: FacetKind]
    /// The packs, in the knowledge's order.
    let packs: [LanguagePack]
    /// Every word of the phrases that ask what a question asks for, folded.
    let cueWordSet: Set<String>
    /// The same words by their first letter, for reading a typo of one.
    let cueWordsByInitial: [Character: [String]]
    /// Each language → the stems of its one-word cues of five letters or more → the
    /// lists that hold them: "bankrolling" meets "bankrolls" by its stem.
    let cueStems: [String: [String: Set<LanguagePack.List>]]
    /// The first word of every phrase of the lists, folded.
    private let phraseStarts: Set<String>
    /// Every pack's words that ask where only with their accent, lowercased as typed ("où").
    let whereAccented: Set<String>
    /// Every pack's words that open a describing clause, lowercased as written: «que», not «qué».
    let relativeWords: Set<String>
    /// The first word of every phrase that asks about a name ("háblame" of "háblame de"), folded.
    let nameCueOpenings: Set<String>
    /// Every pack's one-letter words written onto the next word (Arabic و، ف), folded.
    private let proclitics: [String]

    init(_ packs: [LanguagePack], analyzer: Analyzer = Analyzer()) {
        self.packs = packs
        var merged: [LanguagePack.List: Set<String>] = [:]
        var byLanguage: [String: [LanguagePack.List: Set<String>]] = [:]
        var phraseLists: [String: Set<LanguagePack.List>] = [:]
        var numbers: [String: Int] = [:]
        var ordinals: [String: Int] = [:]
        var months: [String: Int] = [:]
        var shorthand: [String: [String: String]] = [:]
        var filterFields: [String: FacetKind] = [:]
        for pack in packs {
            for list in LanguagePack.List.allCases {
                let folded = Set(pack[list].map(Self.fold))
                merged[list, default: []].formUnion(folded)
                byLanguage[pack.code, default: [:]][list] = folded
                for phrase in folded { phraseLists[phrase, default: []].insert(list) }
            }
            for (word, value) in pack.numbers { numbers[Self.fold(word)] = value }
            for (word, value) in pack.ordinals { ordinals[Self.fold(word)] = value }
            for (name, field) in pack.filterFields { filterFields[Folding.fold(name)] = FacetKind(named: field) }
            shorthand[pack.code] = Dictionary(
                pack.shorthand.map { (Self.fold($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
            for (offset, words) in pack.monthWords.enumerated() {
                for word in words { months[Self.fold(word)] = offset + 1 }
            }
        }
        self.merged = merged
        self.byLanguage = byLanguage
        self.phraseLists = phraseLists
        self.numbers = numbers
        self.ordinals = ordinals
        self.months = months
        self.shorthand = shorthand
        self.filterFields = filterFields
        longestPhrase = phraseLists.keys.map { $0.split(separator: " ").count }.max() ?? 1
        phraseStarts = Set(phraseLists.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        whereAccented = Set(packs.flatMap { $0[.asksWhereAccented].map { $0.lowercased() } })
        relativeWords = Set(packs.flatMap { $0[.relativeWords].map { $0.lowercased() } })
        nameCueOpenings = Set((merged[.nameCues] ?? []).compactMap { $0.split(separator: " ").first.map(String.init) })
        proclitics = Array(merged[.proclitics] ?? [])
        let asks: [LanguagePack.List] = [
            .asksFunds, .asksLeads, .asksPartners, .asksWhen, .asksWhere, .asksCountries, .asksHowMany, .asksWhat,
        ]
        var cueStems: [String: [String: Set<LanguagePack.List>]] = [:]
        for pack in packs {
            let language = Language(rawValue: pack.code) ?? .english
            for list in asks {
                for cue in pack[list] where !cue.contains(" ") && cue.count >= 5 {
                    cueStems[pack.code, default: [:]][analyzer.stem(cue.lowercased(), in: language), default: []]
                        .insert(list)
                }
            }
        }
        self.cueStems = cueStems
        let phrases: [String] = asks.flatMap { Array(merged[$0] ?? []) }
        cueWordSet = Set(phrases.flatMap { phrase in phrase.split(separator: " ").map(String.init) })
        cueWordsByInitial = Dictionary(grouping: cueWordSet.sorted(), by: { $0.first! })
    }

    /// An entry folded as questions are: its words lowercased, without diacritics,
    /// joined by single spaces ("qu'est-ce que" → "qu est ce que").
    static func fold(_ entry: String) -> String {
        Analyzer().words(in: entry).map { Folding.fold($0.text) }.joined(separator: " ")
    }

    /// `text` with `language`'s chat shorthand written out ("en q países" → "en qué países"),
    /// so every reader of the question meets the words the lists hold. Each language its
    /// own: "q" is "qué" in Spanish, nothing in English.
    func writtenOut(_ text: String, in language: String) -> String {
        guard let table = shorthand[language], !table.isEmpty else { return text }
        var written = ""
        var word = ""
        let flush = {
            written += table[Folding.fold(word)] ?? word
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                flush()
                written.append(character)
            }
        }
        flush()
        return written
    }

    /// Every pack's entries of `list`, folded.
    subscript(list: LanguagePack.List) -> Set<String> { merged[list] ?? [] }

    /// `language`'s own entries of `list`, folded.
    func entries(_ list: LanguagePack.List, in language: String) -> Set<String> {
        byLanguage[language]?[list] ?? []
    }

    /// Whether `folded` (a word or phrase, folded) is an entry of `list` in any pack.
    func contains(_ list: LanguagePack.List, _ folded: String) -> Bool {
        merged[list]?.contains(folded) ?? false
    }

    /// The lists whose phrases stand in `words` (folded, in order): each run of
    /// words up to the longest phrase, looked up whole.
    ///
    /// A phrase of two words also stands with one word between them, as questions
    /// qualify what they ask about: "which island countries", "qué otros países".
    func lists(in words: [String]) -> [LanguagePack.List: Set<String>] {
        var found: [LanguagePack.List: Set<String>] = [:]
        for start in words.indices {
            for first in openings(words[start]) {
                var phrase = first
                for end in start..<min(words.count, start + longestPhrase) {
                    if end > start { phrase += " " + words[end] }
                    for list in phraseLists[phrase] ?? [] { found[list, default: []].insert(phrase) }
                }
            }
            if start + 2 < words.count {
                let spread = words[start] + " " + words[start + 2]
                for list in phraseLists[spread] ?? [] where Self.spreadable.contains(list) {
                    found[list, default: []].insert(spread)
                }
            }
        }
        return found
    }

    /// The lists whose two-word phrases stand apart: what a question asks for about
    /// an initiative. Commands and session cues stay whole.
    private static let spreadable: Set<LanguagePack.List> = [
        .asksFunds, .asksLeads, .asksPartners, .asksWhen, .asksWhere, .asksCountries, .asksHowMany,
    ]

    /// Whether any phrase of `list` stands in `words` (folded, in order).
    func mentions(_ list: LanguagePack.List, in words: [String]) -> Bool {
        let phrases = self[list]
        for start in words.indices {
            for first in openings(words[start]) {
                var phrase = first
                for end in start..<min(words.count, start + longestPhrase) {
                    if end > start { phrase += " " + words[end] }
                    if phrases.contains(phrase) { return true }
                }
            }
        }
        return false
    }

    /// A word as a phrase may open with it: as written, and without a proclitic when
    /// a phrase opens with the rest («وفي أي ساعة» opens «في أي ساعة»).
    private func openings(_ word: String) -> [String] {
        for proclitic in proclitics where word.count > proclitic.count + 1 && word.hasPrefix(proclitic) {
            let rest = String(word.dropFirst(proclitic.count))
            if phraseStarts.contains(rest) { return [word, rest] }
        }
        return [word]
    }
}
