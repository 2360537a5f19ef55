import PuenteSupport
import PuenteText
import Testing

@testable import PuenteIndex

/// The index against a brute-force scan, on thousands of generated passages.
@Suite struct MatchingPropertyTests {
    static let regions = ["africa", "americas", "arab-states", "asia-pacific", "europe-central-asia"]
    static let modalities = ["regional", "interregional", "south-south", "triangular"]

    /// Four-letter made-up words (under the typo threshold) whose folded forms and
    /// stems in every language are all distinct and which are no stopword: for
    /// these, "the index matches" must mean exactly "the passage has the word".
    static let vocabulary: [String] = {
        let analyzer = Analyzer()
        var generator = SeededGenerator(seed: 7)
        let consonants = Array("bdfgklmnprstvz")
        let vowels = Array("aeiou")
        var words: [String] = []
        var claimed = Set<String>()
        while words.count < 60 {
            let word = String([consonants, vowels, consonants, vowels].map { $0.randomElement(using: &generator)! })
            let keys = [word] + Language.allCases.map { analyzer.stem(word, in: $0) }
            guard !analyzer.isStopword(word, inAnyOf: Language.allCases), claimed.isDisjoint(with: keys) else {
                continue
            }
            claimed.formUnion(keys)
            words.append(word)
        }
        return words
    }()

    struct Generated {
        var words: [Set<String>]
        var region: [String]
        var modality: [[String]]
        var documents: [Document]
    }

    static func generate(count: Int, seed: UInt64) -> Generated {
        var generator = SeededGenerator(seed: seed)
        var generated = Generated(words: [], region: [], modality: [], documents: [])
        for number in 0..<count {
            let length = Int.random(in: 1...12, using: &generator)
            let words = (0..<length).map { _ in vocabulary.randomElement(using: &generator)! }
            let region = regions.randomElement(using: &generator)!
            let modality = Array(
                Set(
                    (0..<Int.random(in: 1...2, using: &generator)).map { _ in
                        modalities.randomElement(using: &generator)!
                    }))
            generated.words.append(Set(words))
            generated.region.append(region)
            generated.modality.append(modality)
            let field = number % 3 == 0 ? "name" : "body"
            generated.documents.append(
                Document(
                    id: "d\(number)",
                    texts: [.init(field: field, text: words.joined(separator: " "), language: .spanish)],
                    facets: [.region: [region], .modality: modality]))
        }
        return generated
    }

    static let corpus = generate(count: 3000, seed: 42)
    static let index = Index(documents: corpus.documents)

    /// Every hit of a query, paging past the per-request limit.
    static func allHits(_ query: String, matching: Matching) throws -> (ids: Set<String>, result: SearchResult) {
        var hits = Set<String>()
        var offset = 0
        var first: SearchResult? = nil
        repeat {
            var options = SearchOptions()
            options.limit = SearchOptions.maximumLimit
            options.offset = offset
            options.matching = matching
            options.snippets = false
            let result = try index.search(query, options: options)
            first = first ?? result
            hits.formUnion(result.hits.map(\.id))
            offset += options.limit
        } while offset < first!.total
        return (hits, first!)
    }

    @Test(arguments: 0..<150)
    func andQueriesAndFiltersMatchABruteForceScan(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let words = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
            Self.vocabulary.randomElement(using: &generator)!
        }
        let region = Bool.random(using: &generator) ? Self.regions.randomElement(using: &generator) : nil
        let excluded = seed % 4 == 0 ? Self.vocabulary.randomElement(using: &generator) : nil
        var query = words.joined(separator: " ")
        if let region { query += " region:\(region)" }
        if let excluded { query += " -\(excluded)" }

        let corpus = Self.corpus
        let expected = Set(
            corpus.documents.indices.filter { number in
                words.allSatisfy(corpus.words[number].contains)
                    && (region.map { corpus.region[number] == $0 } ?? true)
                    && !(excluded.map(corpus.words[number].contains) ?? false)
            }.map { "d\($0)" })

        let (found, result) = try Self.allHits(query, matching: .all)
        #expect(found == expected, "query: \(query)")
        #expect(result.total == expected.count, "query: \(query)")

        var regionCounts: [String: Int] = [:]
        var modalityCounts: [String: Int] = [:]
        for id in expected {
            let number = Int(id.dropFirst())!
            regionCounts[corpus.region[number], default: 0] += 1
            for modality in corpus.modality[number] { modalityCounts[modality, default: 0] += 1 }
        }
        let facets = result.facets
        #expect(
            Dictionary(uniqueKeysWithValues: facets.filter { $0.facet == .region }.map { ($0.value, $0.count) })
                == regionCounts)
        #expect(
            Dictionary(uniqueKeysWithValues: facets.filter { $0.facet == .modality }.map { ($0.value, $0.count) })
                == modalityCounts)
    }

    @Test(arguments: 0..<40)
    func anyQueriesMatchABruteForceScanAndRankByMatchedWords(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(1000 + seed))
        let words = (0..<Int.random(in: 2...3, using: &generator)).map { _ in
            Self.vocabulary.randomElement(using: &generator)!
        }
        let corpus = Self.corpus
        let expected = Set(
            corpus.documents.indices.filter { number in words.contains(where: corpus.words[number].contains) }.map {
                "d\($0)"
            })
        let (found, _) = try Self.allHits(words.joined(separator: " "), matching: .any)
        #expect(found == expected)

        let top = try Self.index.search(
            words.joined(separator: " "),
            options: {
                var o = SearchOptions()
                o.matching = .any
                o.limit = 200
                return o
            }())
        let matched = top.hits.map(\.matchedWords)
        #expect(matched == matched.sorted(by: >))
    }

    @Test func filterValuesOfOneFacetAreAlternatives() throws {
        let (found, _) = try Self.allHits("region:africa,europe-central-asia -modality:triangular", matching: .all)
        let corpus = Self.corpus
        let expected = Set(
            corpus.documents.indices.filter { number in
                ["africa", "europe-central-asia"].contains(corpus.region[number])
                    && !corpus.modality[number].contains("triangular")
            }.map { "d\($0)" })
        #expect(found == expected)
    }
    /// Sorted document lists of very different lengths intersect as sets do, whether
    /// the lists are walked together or the short one gallops through the long one.
    @Test(arguments: [(3, 5), (4, 400), (40, 9_000), (700, 900), (1, 20_000)])
    func intersectionsAgreeWithSets(_ lengths: (Int, Int)) {
        var generator = SeededGenerator(seed: UInt64(lengths.0 * 31 + lengths.1))
        func list(_ count: Int) -> ScoredDocuments {
            var result = ScoredDocuments()
            for document in Set((0..<count).map { _ in UInt32.random(in: 0..<30_000, using: &generator) }).sorted() {
                result.append(document, Float(document % 7))
            }
            return result
        }
        let short = list(lengths.0)
        let long = list(lengths.1)
        let expected = Set(short.documents).intersection(long.documents).sorted()
        for both in [short.intersection(long), long.intersection(short)] {
            #expect(both.documents == expected)
            #expect(zip(both.documents, both.scores).allSatisfy { $1 == 2 * Float($0 % 7) })
        }
    }
    /// A prefix reaches many words: their postings are gathered (beyond a few) or
    /// merged (a few); either way each passage holding one comes back once, ranked
    /// by its best word, exactly as a scan finds them.
    /// (words reached, percent of words in the passages that are one of them): few
    /// passages matching are read back sorted, many from the bits.
    @Test(arguments: [(3, 50), (40, 50), (40, 1)])
    func aWordReachingManyTermsFindsEachPassageOnce(_ wordCount: Int, _ percent: Int) throws {
        let stems = ["mar", "marz", "mare", "mari", "maro"]
        let words = (0..<wordCount).map {
            "\(stems[$0 % stems.count])\(String(repeating: "a", count: $0 / stems.count + 1))x"
        }
        var generator = SeededGenerator(seed: UInt64(wordCount))
        let documents = (0..<600).map { number in
            passage(
                "d\(number)",
                body: (0..<4).map { _ in
                    Int.random(in: 0..<100, using: &generator) < percent
                        ? words.randomElement(using: &generator)! : "zzzz"
                }.joined(separator: " "))
        }
        let index = Index(documents: documents)
        let expected = Set(documents.filter { $0.texts.contains { $0.text.contains("mar") } }.map(\.id))
        let result = try search(index, "mar") { options in
            options.prefixLastWord = true
            options.limit = 1_000
            options.snippets = false
        }
        #expect(result.total == expected.count)
        #expect(Set(result.hits.map(\.id)) == expected)
        #expect(result.hits.count == Set(result.hits.map(\.id)).count)
        #expect(!expected.isEmpty)
        // Ten is as many matches as a report lists: more than are ever merged.
        let present = Set(
            documents.flatMap { $0.texts.flatMap { $0.text.split(separator: " ") } }.filter { $0.hasPrefix("mar") })
        #expect(result.words.first?.matches.count == min(present.count, 10))
    }
    /// Requiring every word (passages found by probing each word's postings) gives
    /// the passages, and the scores, that taking any word gives to the passages
    /// holding them all: words here reach their folded, plural and stemmed forms.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func everyWordFindsAndScoresWhatAnyWordDoesForPassagesHoldingAll(_ seed: UInt64) throws {
        let families = [
            ["canción", "cancion", "canciones", "cancionero"], ["niño", "nino", "niños", "niñez"],
            ["mundo", "mundos", "mundial"],
        ]
        var generator = SeededGenerator(seed: seed)
        let documents = (0..<400).map { number in
            let words =
                families.flatMap { family in
                    (0..<Int.random(in: 0...2, using: &generator)).map { _ in family.randomElement(using: &generator)! }
                } + ["zzzz", "relleno"]
            return passage("d\(number)", body: words.shuffled(using: &generator).joined(separator: " "))
        }
        let index = Index(documents: documents)
        for query in ["cancion nino", "canciones mundo nino", "niño mundial", "mundo mundo"] {
            func run(_ matching: Matching) throws -> SearchResult {
                try search(index, query) { options in
                    options.matching = matching
                    options.limit = 1_000
                    options.snippets = false
                }
            }
            let every = try run(.all)
            let any = try run(.any)
            let holdingAll = any.hits.filter { $0.matchedWords == any.queryWords }
            #expect(every.total == holdingAll.count, "\(query)")
            let scores = Dictionary(uniqueKeysWithValues: holdingAll.map { ($0.id, $0.score) })
            for hit in every.hits {
                let expected = try #require(scores[hit.id], "\(query): \(hit.id)")
                #expect(abs(hit.score - expected) <= 1e-5 * max(1, expected), "\(query): \(hit.id)")
            }
        }
    }
}
