import PuenteText

/// Groups of words or phrases that mean the same thing, usually across
/// languages: ["supply chains", "cadenas de suministro", "chaînes d'approvisionnement"].
///
/// A query that contains one member of a group also matches the others, as
/// phrases, ranked below the words as typed. Members are analysed like queries:
/// stopwords dropped (in any language), words compared folded.
public struct Thesaurus: Sendable {
    /// A member phrase: its words (lowercase) and their positions relative to the first.
    struct Phrase: Sendable {
        /// The member's place among all members of all groups: an index's
        /// `synonymWords` holds its words, resolved to that index's terms, here.
        var number: Int
        var text: String
        var words: [String]
        var offsets: [Int]
    }

    let groups: [[Phrase]]
    /// Every member of every group, by `Phrase.number`.
    let phrases: [Phrase]
    /// Folded words joined by a space → the groups holding a member with those words.
    let lookup: [String: [Int]]
    /// The most words any member has, which bounds the search in a query.
    let longestPhrase: Int

    public static let empty = Thesaurus(groups: [])

    public init(groups: [[String]], analyzer: Analyzer = Analyzer()) {
        var lookup: [String: [Int]] = [:]
        var longest = 0
        var phraseCount = 0
        let analysed: [[Phrase]] = groups.enumerated().map { number, members in
            members.compactMap { member -> Phrase? in
                let tokens = analyzer.words(in: member).filter {
                    !analyzer.isStopword($0.text, inAnyOf: Language.allCases)
                }
                guard let first = tokens.first else { return nil }
                let words = tokens.map(\.text)
                let key = Self.key(words)
                if lookup[key]?.contains(number) != true { lookup[key, default: []].append(number) }
                longest = max(longest, words.count)
                defer { phraseCount += 1 }
                return Phrase(
                    number: phraseCount, text: member, words: words,
                    offsets: tokens.map { $0.position - first.position })
            }
        }
        self.groups = analysed
        self.phrases = analysed.flatMap { $0 }
        self.lookup = lookup
        self.longestPhrase = longest
    }

    static func key<S: Sequence>(_ words: S) -> String where S.Element == String {
        words.map(Folding.fold).joined(separator: " ")
    }

    /// The other members of every group that holds `words`.
    func synonyms(of words: [String]) -> [Phrase] {
        let key = Self.key(words)
        guard let numbers = lookup[key] else { return [] }
        var seen: Set<String> = [key]
        return numbers.flatMap { groups[$0] }.filter { seen.insert(Self.key($0.words)).inserted }
    }
}
