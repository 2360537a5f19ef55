import PuenteKnowledge
import PuenteSupport
import PuenteText

/// The names the knowledge holds: which initiative a question names, and whether
/// a name the question uses ("la Unión del Magreb Árabe", "Islandia") is anywhere
/// in the knowledge at all, so that an absent one is said to be absent.
struct KnowledgeNames: Sendable {
    /// A record's name, other name or acronym, folded into words.
    struct RecordName: Sendable {
        var words: [String]
        var id: String
    }

    /// A name as the question wrote it, and where it starts among the question's words.
    struct Mention: Sendable, Hashable {
        var text: String
        var words: [String]
        var position: Int
    }

    let recordNames: [RecordName]
    /// Each record's lead bodies, folded into words ("organizacion los estados americanos oea").
    let leadBodies: [RecordName]
    /// Words in the names of many records ("trabajo", "infantil", "child"): they tell no name apart.
    let commonNameWords: Set<String>
    /// Every word of the knowledge (records, concept note, session, vocabulary), folded, in order.
    private let corpus: [String]
    /// Each distinct corpus word → where it occurs in `corpus`.
    private let positions: [String: [Int]]
    private let analyzer: Analyzer

    init(knowledge: Knowledge, analyzer: Analyzer) {
        self.analyzer = analyzer
        var names: [RecordName] = []
        var texts: [String] = []
        for record in knowledge.initiatives {
            let written = record.name.languages.map { record.name.text(in: $0) } + record.otherNames + [record.acronym].compactMap { $0 }
            for name in written {
                let words = analyzer.words(in: name).map { Folding.fold($0.text) }
                if !words.isEmpty { names.append(RecordName(words: words, id: record.id)) }
            }
            texts += written + [record.period] + record.countries + record.lead + record.partners
            texts += record.summary.languages.map { record.summary.text(in: $0) }
            texts += record.facts.flatMap { fact in fact.text.languages.map { fact.text.text(in: $0) } }
            texts += record.sources.map(\.title)
        }
        texts += knowledge.conceptNote.passages.flatMap { [$0.section, $0.text] }
        let session = knowledge.session
        texts += [session.city, session.venue] + session.title.languages.map { session.title.text(in: $0) }
        texts += session.conference.languages.map { session.conference.text(in: $0) }
        texts += session.country.languages.map { session.country.text(in: $0) }
        texts += knowledge.vocabulary.terms.flatMap(\.names)
        recordNames = names.sorted { $0.words.count > $1.words.count }
        leadBodies = knowledge.initiatives.flatMap { record in
            record.lead.map { RecordName(words: analyzer.words(in: $0).map { Folding.fold($0.text) }, id: record.id) }
        }
        var recordsPerWord: [String: Set<String>] = [:]
        for name in names { for word in name.words { recordsPerWord[word, default: []].insert(name.id) } }
        commonNameWords = Set(recordsPerWord.filter { $0.value.count * 4 >= knowledge.initiatives.count }.keys)
        corpus = texts.flatMap { text in analyzer.words(in: text).map { Folding.fold($0.text) } }
        var positions: [String: [Int]] = [:]
        for (offset, word) in corpus.enumerated() { positions[word, default: []].append(offset) }
        self.positions = positions
    }

    /// The words of `text`, folded.
    func folded(_ text: String) -> [String] {
        analyzer.words(in: text).map { Folding.fold($0.text) }
    }

    /// The records the question names by one of their names, in the order named;
    /// a longer name wins over a shorter one inside it.
    func records(namedIn words: [String]) -> [(id: String, position: Int)] {
        var found: [(id: String, position: Int)] = []
        var taken = Set<Int>()
        for name in recordNames where name.words.count <= words.count {
            for start in 0...(words.count - name.words.count) where !taken.contains(start) {
                guard Array(words[start..<(start + name.words.count)]) == name.words else { continue }
                // One- and two-letter words ("8", "de") are not names on their own.
                if name.words.count == 1 && name.words[0].count < 3 { continue }
                if !found.contains(where: { $0.id == name.id }) { found.append((name.id, start)) }
                taken.formUnion(start..<(start + name.words.count))
            }
        }
        return found.sorted { $0.position < $1.position }
    }

    /// The one record whose lead body a name of several words is ("la Organización de
    /// Estados Americanos" leads the RIAL); nil when none or several are.
    func recordLed(by mention: Mention) -> String? {
        let words = Set(mention.words.filter { !Question.connectors.contains($0) })
        guard words.count >= 2 else { return nil }
        let led = Set(leadBodies.filter { words.isSubset(of: Set($0.words)) }.map(\.id))
        return led.count == 1 ? led.first : nil
    }

    /// Whether the knowledge holds a name: its words one after another, or each part
    /// between its small words ("Sul-Sul" and "Brasil" in "Sul-Sul do Brasil").
    func holds(_ mention: Mention) -> Bool {
        // One word alone is a place or a body: "Iceland" is not a typo of "Ireland".
        if mention.words.count == 1 { return positions[mention.words[0]] != nil }
        if holds(mention.words) { return true }
        // An acronym the knowledge has opens the name of its initiative ("CLEAR Coton").
        if let first = mention.text.split(separator: " ").first, first.count >= 3, first.allSatisfy(\.isUppercase),
           positions[mention.words[0]] != nil { return true }
        let parts = mention.words.split(whereSeparator: Question.connectors.contains).map(Array.init)
        return parts.count > 1 && parts.allSatisfy(holds)
    }

    /// Whether the knowledge has `words` one after another, each as written or
    /// within a typo of it ("Magreb" for "Magrebh").
    func holds(_ words: [String]) -> Bool {
        guard let first = words.first else { return true }
        for start in near(first).flatMap({ positions[$0] ?? [] }) {
            guard start + words.count <= corpus.count else { continue }
            if words.indices.dropFirst().allSatisfy({ Self.alike(words[$0], corpus[start + $0]) }) { return true }
        }
        return false
    }

    /// The corpus words `word` may stand for: itself, else those within a typo.
    private func near(_ word: String) -> [String] {
        if positions[word] != nil { return [word] }
        return positions.keys.filter { Self.alike(word, $0) }
    }

    /// The same word, or a typo of it when both are long enough for a typo to be told from another word.
    static func alike(_ typed: String, _ known: String) -> Bool {
        if typed == known { return true }
        let length = typed.count
        guard length >= 6, abs(length - known.count) <= 1, typed.first == known.first else { return false }
        return EditDistance.distance(typed, known) <= (length >= 9 ? 2 : 1)
    }
}
