import PuenteKnowledge
import PuenteSupport
import PuenteText

/// A vocabulary term named in a question.
public struct FacetMatch: Sendable, Hashable, Codable {
    public var kind: FacetKind
    public var id: String
    /// The words as the participant typed them.
    public var typed: String
    /// The span as written, small words and capitals kept ("norte de África"): what a reply
    /// quotes back.
    public var written: String
    /// Whether it was named by a narrower body or sub-region ("CEDEAO" for Africa).
    public var viaInclude: Bool
}

/// Finds vocabulary terms in free text: multi-word ("cadenas de suministro",
/// "Asia y el Pacífico"), in any of the four languages, through labels, synonyms
/// and narrower names, with stems ("plataformas regionales") and typos
/// ("cooperacion sur sur", "migrasion laboral") forgiven, but never a real word
/// taken for a typo (see `KnownWords`). The longest match wins and matches never overlap.
struct FacetExtractor: Sendable {
    struct Name: Sendable {
        var term: Vocabulary.Term
        var words: [String]
        var isInclude: Bool
        /// The first word's stem in each language, in `Language.allCases` order.
        var firstWordStems: [String] = []
    }

    /// A question word: its folded form, its stem, and the vocabulary words it is near.
    struct Word {
        var token: Token
        var folded: String
        /// Its stem in the question's language, the only one names are compared in.
        var stem: String
        var near: [String: Double]
    }

    struct Extraction {
        var matches: [FacetMatch] = []
        /// Question words left over after the matches, stopwords dropped, as typed.
        var rest: [String] = []
        /// Every meaningful question word in order, with the match that took it.
        var words: [(text: String, match: FacetMatch?)] = []
        /// Typos the match forgave: (typed, vocabulary word).
        var corrections: [(typed: String, corrected: String)] = []
        /// Whether any match came through a body or sub-region name.
        var includes: [FacetMatch] { matches.filter(\.viaInclude) }
    }

    let names: [Name]
    let lexicon: Lexicon
    let nameStems: [String: [String]]
    /// Folded vocabulary word → the word as a label writes it, accents and all.
    let surfaces: [String: String]
    let analyzer: Analyzer
    let packs: LanguageWords

    init(vocabulary: Vocabulary, packs: LanguageWords, analyzer: Analyzer) {
        self.analyzer = analyzer
        self.packs = packs
        var names: [Name] = []
        var surfaces: [String: String] = [:]
        for term in vocabulary.terms {
            for (name, isInclude) in term.names.map({ ($0, false) }) + term.includes.map({ ($0, true) }) {
                let tokens = Self.meaningful(name, analyzer: analyzer)
                for token in tokens where surfaces[token.folded] == nil { surfaces[token.folded] = token.text }
                let words = tokens.map(\.folded)
                if !words.isEmpty { names.append(Name(term: term, words: words, isInclude: isInclude)) }
            }
        }
        self.surfaces = surfaces
        let allWords = Set(names.flatMap(\.words))
        self.lexicon = Lexicon(allWords)
        let nameStems = Dictionary(uniqueKeysWithValues: allWords.map { ($0, Self.stems(of: $0, analyzer: analyzer)) })
        self.nameStems = nameStems
        for index in names.indices { names[index].firstWordStems = nameStems[names[index].words[0]] ?? [] }
        // Longest names first, so "cooperación Sur–Sur" is tried before "Sur–Sur".
        self.names = names.sorted { $0.words.count > $1.words.count }
    }

    static let shortestCorrectable = 6

    static func meaningful(_ text: String, analyzer: Analyzer) -> [Token] {
        analyzer.words(in: text).filter { !analyzer.isStopword($0.text, inAnyOf: Language.allCases) }
    }

    /// A word's stem in each language, in `Language.allCases` order.
    static func stems(of word: String, analyzer: Analyzer) -> [String] {
        Language.allCases.map { analyzer.stem(word, in: $0) }
    }

    /// - Parameter language: the question's language: words agree by stem only in it,
    ///   since a stemmer applied to another language's word can conflate
    ///   (English stems Spanish "regional" to "region", leaving "región" alone).
    func extract(from text: String, language: Language = .spanish) -> Extraction {
        let slot = Language.allCases.firstIndex(of: language)!
        let scalars = Array(Analyzer.normalize(text).unicodeScalars)
        let words = Self.meaningful(text, analyzer: analyzer).map { token in
            let folded = Folding.fold(token.text)
            // A word some dictionary knows was meant as typed: "apicultura" is not a
            // typo of "agricultura", nor French "américaines" of "Américas". Most
            // question words are known, and the typo walk is then skipped.
            let near =
                KnownWords.shared.contains(folded)
                ? [:]
                : Dictionary(
                    lexicon.fuzzyMatches(of: folded).map { (lexicon.word(at: $0.ordinal), $0.cost) },
                    uniquingKeysWith: min)
            return Word(token: token, folded: folded, stem: analyzer.stem(token.text, in: language), near: near)
        }
        var owner: [FacetMatch?] = Array(repeating: nil, count: words.count)
        var extraction = Extraction()
        var found: [(start: Int, match: FacetMatch)] = []
        // A name can stand only where a question word reaches its first word (as
        // written, by stem or as a near word): the other names, most of them, are
        // not tried word by word.
        let reached = Set(words.flatMap { [$0.folded] + $0.near.keys })
        let stemsHere = Set(words.map(\.stem))
        // By index: `for name in names where …` copied every name (its term and all)
        // before asking.
        for number in names.indices
        where reached.contains(names[number].words[0]) || stemsHere.contains(names[number].firstWordStems[slot]) {
            let name = names[number]
            var start = 0
            while start + name.words.count <= words.count {
                let span = start..<(start + name.words.count)
                if owner[span].allSatisfy({ $0 == nil }), let fixes = match(name, words[span], slot: slot) {
                    let typed = words[span].map(\.token.text).joined(separator: " ")
                    let first = words[span.lowerBound].token
                    let last = words[span.upperBound - 1].token
                    var written = String.UnicodeScalarView()
                    written.append(contentsOf: scalars[first.start..<min(scalars.count, last.start + last.length)])
                    let facet = FacetMatch(
                        kind: name.term.kind, id: name.term.id, typed: typed, written: String(written),
                        viaInclude: name.isInclude)
                    for index in span { owner[index] = facet }
                    found.append((start, facet))
                    extraction.corrections += fixes
                    start = span.upperBound
                } else {
                    start += 1
                }
            }
        }
        // One match per term, but each part of a region named by an include ("entre l'Afrique de
        // l'Ouest et l'Afrique centrale" names two parts of Africa), so that each is read as a place.
        var seen = Set<String>()
        extraction.matches = found.sorted { $0.start < $1.start }.map(\.match).filter { match in
            seen.insert(
                "\(match.kind.rawValue):\(match.id)" + (match.viaInclude ? ":" + Folding.fold(match.typed) : "")
            ).inserted
        }
        extraction.rest = words.indices.filter { owner[$0] == nil }.map { words[$0].token.text }
        extraction.words = words.indices.map { (words[$0].token.text, owner[$0]) }
        return extraction
    }

    /// Whether the question words spell the name; the typos forgiven when they do.
    private func match(_ name: Name, _ words: ArraySlice<Word>, slot: Int) -> [(typed: String, corrected: String)]? {
        // Words of the question's frame ("región", "another") never name a facet on
        // their own, however close a one-word name is: English stems "region" and
        // "regional" alike.
        if name.words.count == 1, let word = words.first, packs.contains(.fillerWords, word.folded),
            word.folded != name.words[0]
        {
            return nil
        }
        var fixes: [(typed: String, corrected: String)] = []
        for (word, wanted) in zip(words, name.words) {
            if word.folded == wanted { continue }
            if let stems = nameStems[wanted], stems[slot] == word.stem { continue }
            // Short vocabulary words are too close to ordinary ones ("trata", "tratan")
            // for a typo to be told from another word.
            guard wanted.count >= Self.shortestCorrectable, word.near[wanted] != nil else { return nil }
            fixes.append((word.token.text, surfaces[wanted] ?? wanted))
        }
        return fixes
    }
}
