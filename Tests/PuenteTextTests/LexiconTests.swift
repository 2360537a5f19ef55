import Testing

@testable import PuenteText

@Suite struct LexiconTests {
    let lexicon = Lexicon([
        "cacao", "cadena", "cadenas", "cooperacion", "educacion", "laboral", "mina", "minas",
        "migracion", "migraciones", "regional", "trabajo", "suministro", "triangular",
    ])

    private func matches(_ typed: String) -> [String: Double] {
        Dictionary(
            uniqueKeysWithValues: lexicon.fuzzyMatches(of: typed).map { (lexicon.word(at: $0.ordinal), $0.cost) })
    }

    @Test func wordsComeBackAsGivenInEveryScript() {
        let words = ["", "a", "año", "coopération", "cooperação", "الأطفال", "ſtraße", "日本語", "𝔘nicode", "x🙂y"]
        let lexicon = Lexicon(words)
        #expect(Set((0..<lexicon.count).map(lexicon.word(at:))) == Set(words))
        for ordinal in 0..<lexicon.count {
            let word = lexicon.word(at: ordinal)
            #expect(word.unicodeScalars.map(\.value) == Array(lexicon.scalars(at: ordinal)))
        }
    }

    @Test func exactLookupAndOrdinalsRoundTrip() {
        for ordinal in 0..<lexicon.count {
            #expect(lexicon.ordinal(of: lexicon.word(at: ordinal)) == ordinal)
        }
        #expect(lexicon.ordinal(of: "trabajos") == nil)
    }

    @Test func prefixRangeHoldsEveryWordWithThePrefix() {
        let range = lexicon.ordinals(withPrefix: "ca")
        #expect(range.map(lexicon.word(at:)) == ["cacao", "cadena", "cadenas"])
        #expect(lexicon.ordinals(withPrefix: "zz").isEmpty)
        #expect(lexicon.ordinals(withPrefix: "migracion").map(lexicon.word(at:)) == ["migracion", "migraciones"])
    }

    @Test func wordsUnderFiveLettersMustBeExact() {
        // "mnia" is 4 letters: a transposition away from "mina", but below the budget.
        #expect(matches("mnia").isEmpty)
        #expect(matches("mina") == ["mina": 0])
    }

    @Test func fiveLetterWordsAllowOneEdit() {
        #expect(matches("cacoa")["cacao"] == 1)
        #expect(matches("kakau")["cacao"] == nil)
    }

    @Test func eightLetterWordsAllowOneEditButNotTwo() {
        #expect(matches("regionl")["regional"] == 1)  // 7 letters typed, one deletion
        #expect(matches("regionnal")["regional"] != nil)  // 9 letters typed: two edits allowed
        #expect(matches("trinagular")["triangular"] == 1)  // transposition
        #expect(matches("rejiomal")["regional"] == nil)  // 8 letters, two substitutions
    }

    @Test func nineLetterWordsAllowTwoEdits() {
        #expect(matches("migrasoin")["migracion"] == 2)
        #expect(matches("migrasxon")["migracion"] == 2)
        #expect(matches("mxgrasxon")["migracion"] == nil)
    }

    @Test func adjacentTranspositionCostsOneEdit() {
        #expect(matches("migarcion")["migracion"] == 1)
        #expect(matches("suminsitro")["suministro"] == 1)
    }

    @Test func ocrAndAccentConfusionsCostLessThanAnEdit() {
        #expect(matches("rnigracion")["migracion"] == 0.5)  // rn for m
        #expect(matches("eclucacion")["educacion"] == 0.5)  // cl for d
        #expect(matches("1aboral")["laboral"] == 0.5)  // 1 for l
        #expect(Lexicon(["cooperación"]).fuzzyMatches(of: "cooperacion").first?.cost == 0.5)
    }

    @Test func aStrayLetterInsideALongWordCostsLessThanAtItsEnd() {
        #expect(matches("cooperacxion")["cooperacion"] == 0.5)
        #expect(matches("cooperacionx")["cooperacion"] == 1)
    }

    @Test func matchesComeCheapestFirst() {
        let costs = lexicon.fuzzyMatches(of: "migracione").map(\.cost)
        #expect(costs == costs.sorted())
        #expect(costs.first == 0.5 || costs.first == 1)
    }

    /// Within a budget of one confusion the lexicon spells slips out instead of
    /// walking; both must find the same words at the same costs.
    static let nearBases = [
        "cooperacion", "migraciones", "rnodelos", "elucidar", "nnmuestra", "vvinos", "aprendizaje", "s0brio",
    ]

    /// Every word one substitution, insertion or deletion away from a base, with
    /// letters that take part in the confusions and letters that do not.
    static let nearWords: Set<String> = {
        let letters = Array("abcdeilmnorstuvw105".unicodeScalars.map(\.value))
        var words = Set<String>()
        func insert(_ scalars: [UInt32]) {
            words.insert(String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))))
        }
        for base in nearBases {
            let scalars = Array(base.unicodeScalars.map(\.value))
            insert(scalars)
            for index in scalars.indices {
                insert(Array(scalars[..<index] + scalars[(index + 1)...]))
                for letter in letters {
                    var changed = scalars
                    changed[index] = letter
                    insert(changed)
                    changed.insert(letter, at: index)
                    insert(changed)
                }
            }
        }
        return words
    }()

    /// One typed word in `share`, and the bases, for lookups against `nearWords`.
    static func typedSample(everyNth share: Int) -> [String] {
        nearWords.sorted().enumerated().filter { $0.offset % share == 0 }.map(\.element) + nearBases
    }

    /// Within a budget of one confusion the lexicon spells slips out instead of
    /// walking; both must find the same words at the same costs.
    @Test func spelledOutSlipsFindWhatTheWalkFinds() {
        let lexicon = Lexicon(Self.nearWords)
        let tolerance = TypoTolerance.standard
        for typed in Self.typedSample(everyNth: 5) {
            let query = Array(typed.unicodeScalars.map(\.value))
            let search = FuzzySearch(query: query, tolerance: tolerance, depth: lexicon.longestWord, maximumCost: 0.5)
            let walked = Set(lexicon.walkMatches(search))
            let spelled = Set(lexicon.slipMatches(of: query, tolerance: tolerance, budget: search.budget))
            #expect(walked == spelled, "\(typed)")
        }
        #expect(
            self.lexicon.fuzzyMatches(of: "rnigracion", maximumCost: 0.5).map { self.lexicon.word(at: $0.ordinal) } == [
                "migracion"
            ])
    }

    /// The walk prunes prefixes and computes only a band of each row; it must find
    /// exactly the words, at exactly the costs, that the whole table gives.
    @Test func theWalkFindsWhatTheWholeTableFinds() {
        // Pairs exactly at the band's edges: as many letters longer or shorter as the
        // budget, each difference at the cheapest (a stray inside letter; "m" for "rn").
        let edges = [
            ("eluxxcixxdar", "elucidar"), ("mamamamar", "rnarnarnarnar"), ("mamar", "rnarnar"),
            ("cooperxaciox", "cooperacion"),
        ]
        let words = (Self.nearWords.union(edges.map(\.1))).sorted()
        let lexicon = Lexicon(words)
        let tolerance = TypoTolerance.standard
        for (typed, word) in edges {
            #expect(
                lexicon.fuzzyMatches(of: typed).contains { lexicon.word(at: $0.ordinal) == word }, "\(typed) → \(word)")
        }
        for typed in Self.typedSample(everyNth: 600) + edges.map(\.0) {
            let query = Array(typed.unicodeScalars.map(\.value))
            let budget = tolerance.budget(forLength: query.count)
            var expected: [String: Double] = [:]
            for word in words {
                let cost = Self.wholeTableCost(query, Array(word.unicodeScalars.map(\.value)), tolerance)
                if cost <= budget { expected[word] = Double(cost) / Double(TypoTolerance.editCost) }
            }
            let found = Dictionary(
                uniqueKeysWithValues: lexicon.fuzzyMatches(of: typed).map { (lexicon.word(at: $0.ordinal), $0.cost) })
            #expect(found == expected, "\(typed)")
        }
    }

    /// The cost model as a plain table, every cell computed: the reference the walk must match.
    static func wholeTableCost(_ typed: [UInt32], _ word: [UInt32], _ tolerance: TypoTolerance) -> Int {
        let edit = TypoTolerance.editCost
        let width = typed.count + 1
        var cost = [Int](repeating: 0, count: (word.count + 1) * width)
        for i in stride(from: 1, through: typed.count, by: 1) {
            cost[i] = cost[i - 1] + tolerance.strayLetterCost(at: i - 1, typedLength: typed.count)
        }
        for j in stride(from: 1, through: word.count, by: 1) {
            cost[j * width] = cost[(j - 1) * width] + edit
            for i in stride(from: 1, through: typed.count, by: 1) {
                var best = cost[(j - 1) * width + i - 1] + tolerance.substitutionCost(typed[i - 1], word[j - 1])
                best = min(
                    best, cost[j * width + i - 1] + tolerance.strayLetterCost(at: i - 1, typedLength: typed.count))
                best = min(best, cost[(j - 1) * width + i] + edit)
                if i >= 2, j >= 2, typed[i - 1] == word[j - 2], typed[i - 2] == word[j - 1], typed[i - 1] != word[j - 1]
                {
                    best = min(best, cost[(j - 2) * width + i - 2] + edit)
                }
                for (from, to) in tolerance.cheapReplacements
                where i >= from.count && j >= to.count
                    && typed[(i - from.count)..<i].elementsEqual(from) && word[(j - to.count)..<j].elementsEqual(to)
                {
                    best = min(best, cost[(j - to.count) * width + i - from.count] + TypoTolerance.confusionCost)
                }
                cost[j * width + i] = best
            }
        }
        return cost[word.count * width + typed.count]
    }

    @Test func typoBudgetFollowsWordLength() {
        let tolerance = TypoTolerance.standard
        #expect([4, 5, 8, 9, 20].map(tolerance.maxEdits(forLength:)) == [0, 1, 1, 2, 2])
    }
}
