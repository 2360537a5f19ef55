import Testing
@testable import PuenteText

@Suite struct LexiconTests {
    let lexicon = Lexicon([
        "cacao", "cadena", "cadenas", "cooperacion", "educacion", "laboral", "mina", "minas",
        "migracion", "migraciones", "regional", "trabajo", "suministro", "triangular",
    ])

    private func matches(_ typed: String) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: lexicon.fuzzyMatches(of: typed).map { (lexicon.word(at: $0.ordinal), $0.cost) })
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
        #expect(matches("regionl")["regional"] == 1)       // 7 letters typed, one deletion
        #expect(matches("regionnal")["regional"] != nil)   // 9 letters typed: two edits allowed
        #expect(matches("trinagular")["triangular"] == 1)  // transposition
        #expect(matches("rejiomal")["regional"] == nil)    // 8 letters, two substitutions
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
        #expect(matches("rnigracion")["migracion"] == 0.5)   // rn for m
        #expect(matches("eclucacion")["educacion"] == 0.5)   // cl for d
        #expect(matches("1aboral")["laboral"] == 0.5)        // 1 for l
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
    @Test func spelledOutSlipsFindWhatTheWalkFinds() {
        // Every word one substitution, insertion or deletion away from a base,
        // with letters that take part in the confusions and letters that do not.
        let letters = Array("abcdeilmnorstuvw105".unicodeScalars.map(\.value))
        let bases = ["cooperacion", "migraciones", "rnodelos", "elucidar", "nnmuestra", "vvinos", "aprendizaje", "s0brio"]
        var words = Set<String>()
        func insert(_ scalars: [UInt32]) {
            words.insert(String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))))
        }
        for base in bases {
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
        let lexicon = Lexicon(words)
        let tolerance = TypoTolerance.standard
        for typed in words.sorted().enumerated().filter({ $0.offset % 5 == 0 }).map(\.element) + bases {
            let query = Array(typed.unicodeScalars.map(\.value))
            let search = FuzzySearch(query: query, tolerance: tolerance, depth: lexicon.longestWord, maximumCost: 0.5)
            let walked = Set(lexicon.walkMatches(search))
            let spelled = Set(lexicon.slipMatches(of: query, tolerance: tolerance, budget: search.budget))
            #expect(walked == spelled, "\(typed)")
        }
        #expect(self.lexicon.fuzzyMatches(of: "rnigracion", maximumCost: 0.5).map { self.lexicon.word(at: $0.ordinal) } == ["migracion"])
    }

    @Test func typoBudgetFollowsWordLength() {
        let tolerance = TypoTolerance.standard
        #expect([4, 5, 8, 9, 20].map(tolerance.maxEdits(forLength:)) == [0, 1, 1, 2, 2])
    }
}
