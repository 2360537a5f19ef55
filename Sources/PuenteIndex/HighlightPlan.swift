/// Which words of a stored text to highlight for one query: a word reached by a
/// single-word alternative wherever it stands, the words of a phrase only where
/// they stand together as the phrase.
struct HighlightPlan {
    /// Term → the clause that reached it, for words matched on their own.
    var singles: [UInt32: Int] = [:]
    var phrases: [Phrase] = []
    /// The words the query reached, as written, so a snippet looks up each word
    /// of a text by hashing instead of searching the whole lexicon.
    var reachedTerms: [String: UInt32] = [:]
    /// The first letters and lengths of those words: most words of a text fail
    /// one or the other, and then need no lowercased copy to be looked up.
    private var firstLetters = Set<UInt32>()
    private var lengths = Set<Int>()
    /// For each term a phrase's first word reaches, the numbers of those phrases,
    /// ascending: a text's words then meet only the phrases they can begin.
    private var phrasesStartingWith: [UInt32: [Int]] = [:]
    /// The terms already in `reachedTerms`.
    private var spelled = Set<UInt32>()

    struct Phrase {
        var clause: Int
        var words: [Set<UInt32>]
        var offsets: [Int]
    }

    /// A word of a text that the query reached, as the highlighter sees it.
    struct Word {
        var term: UInt32
        var position: Int
        var start: Int
        var length: Int
    }

    init(_ query: ParsedQuery, word: (UInt32) -> String) {
        for (number, clause) in query.clauses.enumerated() {
            for alternative in clause.alternatives {
                let termSets = alternative.words.map { Set($0.expansions.map(\.term)) }
                // A term reached again (a synonym sharing a word, a phrase word also
                // typed alone) is spelled the same: spelling it once is enough.
                for term in termSets.joined() where spelled.insert(term).inserted { reach(term, spelled: word(term)) }
                if alternative.isPhrase {
                    for term in termSets.first ?? [] { phrasesStartingWith[term, default: []].append(phrases.count) }
                    phrases.append(Phrase(clause: number, words: termSets, offsets: alternative.offsets))
                } else {
                    for term in termSets.joined() where singles[term] == nil { singles[term] = number }
                }
            }
        }
    }

    private mutating func reach(_ term: UInt32, spelled word: String) {
        reachedTerms[word] = term
        firstLetters.insert(word.unicodeScalars.first?.value ?? 0)
        lengths.insert(word.unicodeScalars.count)
    }

    /// Whether a word as written in a text could be one the query reached.
    /// Non-ASCII first letters are let through: lowercasing them needs the tables.
    func mayBeReached(_ written: ArraySlice<Unicode.Scalar>) -> Bool {
        guard lengths.contains(written.count), let first = written.first else { return false }
        guard first.isASCII else { return true }
        let lower = first.value >= 0x41 && first.value <= 0x5A ? first.value | 0x20 : first.value
        return firstLetters.contains(lower)
    }

    /// The matched words of one text, each with the clause it answers, in text order.
    /// `words` are the text's reached words, in order, with their positions.
    func marks(in words: [Word]) -> [(word: Word, clause: Int)] {
        var clauseOf: [Int: Int] = [:]
        for (number, word) in words.enumerated() {
            if let clause = singles[word.term] { clauseOf[number] = clause }
        }
        // Where a phrase may start, phrase by phrase and then in text order: the
        // order in which phrases claim words, as trying every phrase at every word would.
        var starts: [(phrase: Int, word: Int)] = []
        for (number, word) in words.enumerated() {
            for phrase in phrasesStartingWith[word.term] ?? [] { starts.append((phrase, number)) }
        }
        guard !starts.isEmpty else { return marked(words, clauseOf) }
        starts.sort { ($0.phrase, $0.word) < ($1.phrase, $1.word) }
        let byPosition = Dictionary(
            words.enumerated().map { ($1.position, $0) }, uniquingKeysWith: { first, _ in first })
        for (phraseNumber, number) in starts {
            let phrase = phrases[phraseNumber]
            let word = words[number]
            let others = phrase.offsets.indices.dropFirst().map { part -> Int? in
                guard let other = byPosition[word.position + phrase.offsets[part]],
                    phrase.words[part].contains(words[other].term)
                else { return nil }
                return other
            }
            guard others.allSatisfy({ $0 != nil }) else { continue }
            for member in [number] + others.compactMap({ $0 }) where clauseOf[member] == nil {
                clauseOf[member] = phrase.clause
            }
        }
        return marked(words, clauseOf)
    }

    private func marked(_ words: [Word], _ clauseOf: [Int: Int]) -> [(word: Word, clause: Int)] {
        clauseOf.keys.sorted().map { (words[$0], clauseOf[$0]!) }
    }
}
