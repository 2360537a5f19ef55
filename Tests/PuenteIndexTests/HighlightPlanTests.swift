import PuenteSupport
import Testing

@testable import PuenteIndex

/// The highlight plan's marks against trying every phrase at every word, on
/// generated queries and texts with overlapping phrases of different clauses.
@Suite struct HighlightPlanTests {
    static func word(_ terms: [UInt32]) -> QueryWord {
        QueryWord(
            text: "w", expansions: terms.map { Expansion(term: $0, kind: .exact, weight: 1) }, idf: 1, correction: nil)
    }

    /// What `marks(in:)` did before it looked phrases up by their first word.
    static func bruteForceMarks(_ plan: HighlightPlan, _ words: [HighlightPlan.Word]) -> [(Int, Int)] {
        var clauseOf: [Int: Int] = [:]
        for (number, word) in words.enumerated() {
            if let clause = plan.singles[word.term] { clauseOf[number] = clause }
        }
        let byPosition = Dictionary(
            words.enumerated().map { ($1.position, $0) }, uniquingKeysWith: { first, _ in first })
        for phrase in plan.phrases {
            for (number, word) in words.enumerated() {
                guard phrase.words[0].contains(word.term) else { continue }
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
        }
        return clauseOf.keys.sorted().map { ($0, clauseOf[$0]!) }
    }

    @Test(arguments: 1...200)
    func marksAgreeWithTryingEveryPhraseEverywhere(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let vocabulary = UInt32(Int.random(in: 3...8, using: &generator))
        var query = ParsedQuery()
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let alternatives = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                let length = Int.random(in: 1...3, using: &generator)
                let words = (0..<length).map { _ in
                    Self.word(
                        (0..<Int.random(in: 1...2, using: &generator)).map { _ in
                            UInt32.random(in: 0..<vocabulary, using: &generator)
                        })
                }
                var offset = 0
                let offsets = (0..<length).map { _ in
                    defer { offset += Int.random(in: 1...2, using: &generator) }
                    return offset
                }
                return Alternative(words: words, offsets: offsets, isPhrase: length > 1, label: "")
            }
            query.clauses.append(Clause(text: "", alternatives: alternatives, wordCount: 1))
        }
        let plan = HighlightPlan(query) { "t\($0)" }
        var position = 0
        let words = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
            position += Int.random(in: 1...2, using: &generator)
            return HighlightPlan.Word(
                term: UInt32.random(in: 0..<vocabulary, using: &generator), position: position, start: position,
                length: 1)
        }
        let marks = plan.marks(in: words)
        let expected = Self.bruteForceMarks(plan, words)
        #expect(marks.map { "\($0.word.position):\($0.clause)" } == expected.map { "\(words[$0.0].position):\($0.1)" })
    }
}
