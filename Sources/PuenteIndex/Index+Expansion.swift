import Foundation
import PuenteText

extension Index {
    /// How a query word may reach terms beyond itself.
    struct ExpansionRules {
        var fuzzy: Bool
        var prefix: Bool
        var languages: [Language]
    }

    /// Prefix matching keeps the most frequent completions only: a two-letter
    /// prefix can reach thousands of words, and the rare ones add noise, not recall.
    static let maximumPrefixExpansions = 50
    /// The most a near word may cost, in edits, when the typed word is itself in the index.
    static let slipCost = 0.5
    /// Longer words are not looked up fuzzily: nothing that long is a typo of a
    /// real word, and the edit-distance rows grow with the word.
    static let maximumFuzzyLength = 32

    /// Expands a lowercase query word into the terms it reaches, strongest kind per term.
    ///
    /// Exact word, then the same word folded, then words sharing a stem (the word's
    /// own stems in each query language, and the stems of the folded matches, so
    /// "cooperacion" reaches the stem of "cooperación"), then near words within the
    /// typo budget (for a word a dictionary knows, only near words none knows: see
    /// `KnownWords`), then completions when the word is the query's last.
    func expand(_ word: String, rules: ExpansionRules) -> QueryWord {
        var found: [UInt32: Expansion] = [:]
        func add(_ term: UInt32, _ kind: MatchKind, weight: Float? = nil) {
            let weight = weight ?? kind.weight
            if let existing = found[term], existing.weight >= weight { return }
            found[term] = Expansion(term: term, kind: kind, weight: weight)
        }

        let folded = Folding.fold(word)
        if let term = terms.ordinal(of: word) { add(UInt32(term), .exact) }
        var stemIDs = Set<UInt32>()
        if let form = foldedForms.ordinal(of: folded) {
            for term in foldedTerms[form] {
                add(term, .folded)
                stemIDs.formUnion(termStems[Int(term)])
            }
        }
        // The analyzer stems by script: an Arabic word has its one Arabic stem in
        // every language, and a Latin word has none in Arabic. Asking only what
        // can differ spares an Arabic word four stemmer calls and a Latin word a lookup.
        let stemming: [Language] = Script.isArabic(word) ? [.arabic] : rules.languages.filter { $0 != .arabic }
        for language in stemming {
            if let stem = stems.ordinal(of: analyzer.stem(word, in: language)) { stemIDs.insert(UInt32(stem)) }
        }
        for stem in stemIDs {
            for term in stemTerms[Int(stem)] { add(term, .stem) }
        }
        let direct = !found.isEmpty

        var correction: String? = nil
        if rules.fuzzy && folded.unicodeScalars.count <= Self.maximumFuzzyLength {
            // A word the index holds is widened only by likely slips (OCR and accent
            // confusions, a stray letter inside a long word); arbitrary edits would
            // let "cacao" reach "ação". Full edits serve to correct words it lacks.
            let ceiling = direct ? Self.slipCost : .infinity
            var near = foldedForms.fuzzyMatches(of: folded, maximumCost: ceiling).filter { $0.cost > 0 }
            // A word some dictionary knows was meant as typed: "chairs" is not "chains".
            // It reaches only near forms no dictionary knows, the text's own misspellings
            // and OCR damage ("migración" finds "migracón"), and is never called corrected.
            let meantAsTyped = !near.isEmpty && KnownWords.shared.contains(folded)
            if meantAsTyped { near.removeAll { KnownWords.shared.contains(foldedForms.word(at: $0.ordinal)) } }
            for match in near {
                // A cheaper slip ranks higher, always below every non-fuzzy kind.
                let weight = MatchKind.fuzzy.weight - Float(match.cost) * 0.1
                for term in foldedTerms[match.ordinal] { add(term, .fuzzy, weight: weight) }
            }
            if !direct, !meantAsTyped, let best = near.first {
                correction = mostFrequentTerm(in: near.prefix { $0.cost == best.cost }.map(\.ordinal))
            }
        }
        if rules.prefix {
            for form in frequentCompletions(of: folded) {
                for term in foldedTerms[form] { add(term, .prefix) }
            }
        }

        let expansions = found.values.sorted { $0.term < $1.term }
        return QueryWord(text: word, expansions: expansions, idf: idf(of: expansions), correction: correction)
    }

    /// The languages `synonymWords` are resolved for: a query's unless it narrows them.
    static let synonymLanguages = Language.allCases

    /// A thesaurus member's words as a query in `languages` reaches them, each
    /// expansion of kind `.synonym` and weighted below the word's own kinds; never
    /// fuzzy (a member is spelled as meant) nor by prefix.
    func synonymWords(of member: Thesaurus.Phrase, languages: [Language]) -> [QueryWord] {
        let rules = ExpansionRules(fuzzy: false, prefix: false, languages: languages)
        return member.words.map { word in
            var queryWord = expand(word, rules: rules)
            queryWord.expansions = queryWord.expansions.map {
                Expansion(term: $0.term, kind: .synonym, weight: $0.weight * MatchKind.synonym.weight)
            }
            return queryWord
        }
    }

    /// The word written most often among the terms of the given folded forms.
    private func mostFrequentTerm(in forms: [Int]) -> String? {
        let candidates = forms.flatMap { foldedTerms[$0] }
        let best = candidates.max { postings.documentFrequency[Int($0)] < postings.documentFrequency[Int($1)] }
        return best.map { terms.word(at: Int($0)) }
    }

    private func frequentCompletions(of prefix: String) -> [Int] {
        let range = foldedForms.ordinals(withPrefix: prefix)
        guard range.count > Self.maximumPrefixExpansions else { return Array(range) }
        let frequency = { (form: Int) in
            self.foldedTerms[form].reduce(UInt32(0)) { $0 + self.postings.documentFrequency[Int($1)] }
        }
        return Array(range.sorted { frequency($0) > frequency($1) }.prefix(Self.maximumPrefixExpansions))
    }

    /// BM25's idf, from the most frequent of the word's own forms (fuzzy and prefix
    /// matches only when it has no other), so that the kinds alone rank its expansions.
    private func idf(of expansions: [Expansion]) -> Float {
        let own = expansions.filter { $0.kind != .fuzzy && $0.kind != .prefix }
        let basis = own.isEmpty ? expansions : own
        let frequency = Double(basis.map { postings.documentFrequency[Int($0.term)] }.max() ?? 0)
        let documents = Double(documentCount)
        return Float(log(1 + (documents - frequency + 0.5) / (frequency + 0.5)))
    }
}
