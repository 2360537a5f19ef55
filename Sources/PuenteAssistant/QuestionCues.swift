import PuenteKnowledge
import PuenteSupport
import PuenteText

/// What a question asks for, when it asks for one thing about one initiative.
enum Asked: String, Sendable, CaseIterable, Codable {
    case funds
    case leads
    case partners
    case when
    case whereAbouts = "where"
    case countries
    case howMany = "how_many"
    case what

    /// The packs' list of the phrases that ask this.
    var cues: LanguagePack.List {
        switch self {
        case .funds: .asksFunds
        case .leads: .asksLeads
        case .partners: .asksPartners
        case .when: .asksWhen
        case .whereAbouts: .asksWhere
        case .countries: .asksCountries
        case .howMany: .asksHowMany
        case .what: .asksWhat
        }
    }

    /// The kinds in the order they are tried: "¿cuántos países…?" asks how many,
    /// not which countries; "¿qué países financian…?" asks who funds.
    static let precedence: [Asked] = [.howMany, .funds, .countries, .leads, .partners, .when, .whereAbouts, .what]
}

extension LanguageWords {
    /// What `words` (the question's words, folded, in order) ask for, if one of the
    /// packs' cue phrases stands in them; a long one-word cue is still read through
    /// a typo ("qien finansia"), but a word a dictionary knows is meant as typed
    /// ("chains" is not "chairs").
    /// - Parameter stems: the question's words stemmed in its language, to meet a
    ///   cue in another inflection ("bankrolling", "financiaron").
    func asked(in words: [String], stems: [String] = [], language: String? = nil) -> Asked? {
        if let exact = cue(in: words) { return exact }
        // «وأي بلد…؟», «فمتى…؟»: a conjunction written onto the first word opens the question.
        if let first = words.first, first.count >= 3, let letter = first.first,
            self[.proclitics].contains(String(letter)),
            let exact = cue(in: [String(first.dropFirst())] + words.dropFirst())
        {
            return exact
        }
        if let language, let byStem = cueStems[language] {
            let lists = Set(stems.flatMap { byStem[$0] ?? [] })
            if let inflected = Asked.precedence.first(where: { lists.contains($0.cues) }) { return inflected }
        }
        let long = words.filter { $0.count >= 6 && !KnownWords.shared.contains($0) }
        guard !long.isEmpty else { return nil }
        return Asked.precedence.first { asked in
            self[asked.cues].contains { cue in
                cue.count >= 6 && !cue.contains(" ") && long.contains { KnowledgeNames.alike($0, cue) }
            }
        }
    }

    /// The kind of question one of the packs' cue phrases in `words` asks, in precedence order.
    /// A phrase that another kind's longer phrase holds gives way to it: "who does the ILO
    /// implement it with?" asks for partners ("implement it with"), not who implements.
    private func cue(in words: [String]) -> Asked? {
        let found = lists(in: words.map(cueMeant))
        let phrases = Asked.precedence.flatMap { asked in (found[asked.cues] ?? []).map { (asked, $0) } }
        let held = { (asked: Asked, phrase: String) in
            phrases.contains { other, longer in
                other != asked && longer.count > phrase.count && " \(longer) ".contains(" \(phrase) ")
            }
        }
        return Asked.precedence.first { asked in (found[asked.cues] ?? []).contains { !held(asked, $0) } }
    }

    /// The cue word a word no dictionary knows was typed for, when exactly one is a
    /// letter away, or exactly one is that word with a letter put back ("wich" is
    /// "which", not "with"; "qien" is "quien"); else the word itself.
    func cueMeant(_ word: String) -> String {
        guard word.count >= 4, !cueWordSet.contains(word), !KnownWords.shared.contains(word) else { return word }
        let near = (cueWordsByInitial[word.first!] ?? []).filter { cue in
            abs(cue.count - word.count) <= 1 && EditDistance.distance(cue, word) == 1
        }
        if near.count == 1 { return near[0] }
        // "wich" is one letter from "which" and from "with": a letter left out is the likelier slip.
        let missingOne = near.filter { $0.count == word.count + 1 }
        return missingOne.count == 1 ? missingOne[0] : word
    }

    /// Whether `word` (folded) says what is asked for rather than what about: a
    /// one-word cue or a frame word. Words of longer cues ("trata" in "de qué trata")
    /// stay content words.
    func isCue(_ word: String) -> Bool {
        contains(.frameWords, word) || Asked.allCases.contains { contains($0.cues, word) }
    }
}
