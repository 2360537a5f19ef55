import PuenteKnowledge
import PuenteSupport
import PuenteText

/// The names the knowledge holds: which initiative a question names, and whether
/// a name the question uses ("la Unión del Magreb Árabe", "Islandia") is anywhere
/// in the knowledge at all, so that an absent one is said to be absent.
struct KnowledgeNames: Sendable {
    /// A record's name, other name or acronym, folded into words.
    struct RecordName: Sendable {
        let words: [String]
        let id: String
        /// A one-word acronym ("LAS", "ADD", "ARC"): written in capitals when it is also a word.
        let isAcronym: Bool
        /// `words` as a set, built once: whether a mention's words all stand in the name is
        /// asked of every name for every mention.
        let wordSet: Set<String>

        init(words: [String], id: String, isAcronym: Bool = false) {
            (self.words, self.id, self.isAcronym) = (words, id, isAcronym)
            wordSet = Set(words)
        }
    }

    /// A name as the question wrote it, and where it starts among the question's words.
    struct Mention: Sendable, Hashable {
        var text: String
        var words: [String]
        var position: Int
        /// Where the mention stands among the question's words.
        var span: Range<Int> { position..<(position + words.count) }
    }

    let recordNames: [RecordName]
    /// Each record's lead bodies, folded into words ("organizacion los estados americanos oea").
    let leadBodies: [RecordName]
    /// Words in the names of many records ("trabajo", "infantil", "child"): they tell no name apart.
    let commonNameWords: Set<String>
    /// Words of one record's names only («الإنساني» of the humanitarian task force): what
    /// tells two records whose names share their other words apart.
    let distinctiveNameWords: Set<String>
    /// Every word of the knowledge (records, concept note, session, vocabulary), folded, in order.
    private let corpus: [String]
    /// Each distinct corpus word → where it occurs in `corpus`.
    private let positions: [String: [Int]]
    /// The distinct corpus words of six letters or more by their first letter: those a
    /// typo may stand for (see `alike`), looked through only when a name is not held as typed.
    private let typoCandidates: [Character: [String]]
    /// Each word that tells a record's name apart (four letters or more, in few names) →
    /// the names holding it (index into `recordNames`) and its place in them: where a
    /// name written with a typo elsewhere may start.
    private let tellingWords: [String: [(name: Int, offset: Int)]]
    private let analyzer: Analyzer
    /// The packs' small words inside names ("de", "of"), folded.
    private let connectors: Set<String>
    /// The packs' head nouns of bodies' names ("organizacion", "council", "منظمه"), folded.
    private let organisationNouns: Set<String>
    /// The packs' one-letter words written onto the next word, folded.
    private let proclitics: Set<String>
    /// The packs' definite articles written onto a word, folded.
    private let articlePrefixes: [String]
    /// Every Arabic word of the knowledge as written (folded, not stemmed).
    private let written: Set<String>
    /// Each record's id → every word it writes (names, fields, summary, facts) in every
    /// language, folded and without proclitics: what a follow-up's words are checked
    /// against, built once per snapshot rather than per question.
    let recordWords: [String: Set<String>]
    /// The packs' nouns that head an initiative's name when capitalised, folded.
    private let nameNouns: Set<String>
    /// Countries by their names in every language, and the records that list them.
    let countries: CountryNames
    /// The vocabulary's narrower names that are bodies, folded: acronyms ("cedeao")
    /// and names headed by a body's noun ("union africana"), not places ("asie centrale").
    private let bodyIncludes: Set<String>
    /// Each name of a body (bodies.yaml), folded into words → the records whose own name
    /// holds one of that body's names ("Unión Europea" in «Acción exterior de la Unión Europea…»).
    private let recordsNamedAfterBody: [[String]: Set<String>]

    init(knowledge: Knowledge, packs: LanguageWords, analyzer: Analyzer) {
        self.analyzer = analyzer
        connectors = packs[.nameConnectors]
        organisationNouns = packs[.organisationNouns]
        nameNouns = packs[.nameNouns]
        proclitics = packs[.proclitics]
        articlePrefixes = packs[.articlePrefixes].map(Folding.fold).sorted()
        let nouns = organisationNouns
        bodyIncludes = Set(
            knowledge.vocabulary.terms.flatMap(\.includes).filter { name in
                let acronym = name.filter(\.isLetter).count >= 2 && name.allSatisfy { $0.isUppercase || !$0.isLetter }
                return acronym || analyzer.words(in: name).contains { nouns.contains(Folding.fold($0.text)) }
            }.map { analyzer.words(in: $0).map { Folding.fold($0.text) }.joined(separator: " ") })
        countries = CountryNames(knowledge: knowledge, analyzer: analyzer, proclitics: proclitics)
        var names: [RecordName] = []
        var texts: [String] = []
        var recordTexts: [String: [String]] = [:]
        for record in knowledge.initiatives {
            let written =
                record.name.languages.map { record.name.text(in: $0) } + record.otherNames
                + [record.acronym].compactMap { $0 }
            for name in written {
                let words = analyzer.words(in: name).map { Folding.fold($0.text) }
                let isAcronym = words.count == 1 && name.allSatisfy { $0.isUppercase || $0.isNumber }
                if !words.isEmpty { names.append(RecordName(words: words, id: record.id, isAcronym: isAcronym)) }
            }
            let own =
                written + knowledge.fieldNames(of: record)
                + record.summary.languages.map { record.summary.text(in: $0) }
                + record.facts.flatMap { fact in fact.text.languages.map { fact.text.text(in: $0) } }
            recordTexts[record.id] = own
            texts += own + record.period.languages.map { record.period.text(in: $0) } + record.sources.map(\.title)
        }
        texts += knowledge.conceptNote.passages.flatMap { [$0.section, $0.text] }
        let session = knowledge.session
        texts +=
            [session.venue] + session.city.languages.map { session.city.text(in: $0) }
            + session.title.languages.map { session.title.text(in: $0) }
        texts += session.conference.languages.map { session.conference.text(in: $0) }
        texts += session.country.languages.map { session.country.text(in: $0) }
        texts += knowledge.vocabulary.terms.flatMap(\.names)
        recordNames = names.sorted { $0.words.count > $1.words.count }
        leadBodies = knowledge.initiatives.flatMap { record in
            record.lead.flatMap { knowledge.body($0)?.allNames ?? [] }.map {
                RecordName(words: analyzer.words(in: $0).map { Folding.fold($0.text) }, id: record.id)
            }
        }
        // Outside parentheses: "… in Egypt (WFP, ILO and UNICEF with the European Union…)"
        // names a partner, not whose action the initiative is. Read once, not once per body.
        let ownNames = knowledge.initiatives.map { record in
            (
                id: record.id,
                names: record.name.languages.map { code in
                    analyzer.words(in: Self.outsideParentheses(record.name.text(in: code))).map {
                        Folding.fold($0.text)
                    }
                }
            )
        }
        // Only the names holding a body name's first word can hold the whole of it.
        var namesWithWord: [String: [(id: String, words: [String])]] = [:]
        for record in ownNames {
            for words in record.names {
                for word in Set(words) { namesWithWord[word, default: []].append((record.id, words)) }
            }
        }
        var namedAfterBody: [[String]: Set<String>] = [:]
        for body in knowledge.bodies {
            let bodyNames = body.allNames.map { analyzer.words(in: $0).map { Folding.fold($0.text) } }.filter {
                !$0.isEmpty
            }
            let records = Set(
                bodyNames.filter { $0.count >= 2 }.flatMap { bodyName in
                    (namesWithWord[bodyName[0]] ?? []).filter { Self.holdsRun(bodyName, in: $0.words) }.map(\.id)
                })
            for bodyName in bodyNames { namedAfterBody[bodyName, default: []].formUnion(records) }
        }
        recordsNamedAfterBody = namedAfterBody
        var recordsPerWord: [String: Set<String>] = [:]
        for name in names { for word in name.words { recordsPerWord[word, default: []].insert(name.id) } }
        commonNameWords = Set(recordsPerWord.filter { $0.value.count * 4 >= knowledge.initiatives.count }.keys)
        distinctiveNameWords = Set(recordsPerWord.filter { $0.value.count == 1 }.keys)
        // Arabic words are kept as their stems: «التحالف» and «تحالف» are one name's word.
        let folded = texts.flatMap { text in analyzer.words(in: text).map { Folding.fold($0.text) } }
        corpus = folded.map { Self.key($0, analyzer) }
        written = Set(folded.filter(Script.isArabic))
        let held = written
        let proclitics = proclitics
        recordWords = recordTexts.mapValues { texts in
            Set(
                texts.flatMap { text in analyzer.words(in: text).map { Folding.fold($0.text) } }.map { word in
                    Self.withoutProclitic(word, proclitics: proclitics, written: held)
                })
        }
        var positions: [String: [Int]] = [:]
        for (offset, word) in corpus.enumerated() { positions[word, default: []].append(offset) }
        self.positions = positions
        typoCandidates = Dictionary(grouping: positions.keys.filter { $0.count >= 6 }, by: { $0.first! })
        var telling: [String: [(name: Int, offset: Int)]] = [:]
        for (index, name) in recordNames.enumerated() where name.words.count >= 2 {
            for (offset, word) in name.words.enumerated() where word.count >= 4 && !commonNameWords.contains(word) {
                telling[word, default: []].append((index, offset))
            }
        }
        tellingWords = telling
    }

    /// The words of `text`, folded.
    func folded(_ text: String) -> [String] {
        analyzer.words(in: text).map { Folding.fold($0.text) }
    }

    /// The records the question names by one of their names, in the order named;
    /// a longer name wins over a shorter one inside it, and a name several records share
    /// gives each of them, at the same position.
    /// - Parameter written: the words with their capitals: an acronym that is also a
    ///   word ("LAS" and the Spanish "las") names its record only in capitals.
    func records(namedIn words: [String], written: [String]? = nil) -> [(id: String, position: Int)] {
        var found: [(id: String, position: Int)] = []
        var taken = Set<Int>()
        // A name two records share ("IPEC") finds both; the caller tells them apart.
        var lengths: [Int: Int] = [:]
        // Where a name may stand with a typo: one of its telling words is written exactly.
        var typoStarts = Set<[Int]>()
        for (position, word) in words.enumerated() {
            for (name, offset) in tellingWords[word] ?? [] where position >= offset {
                typoStarts.insert([name, position - offset])
            }
        }
        for (index, name) in recordNames.enumerated() where name.words.count <= words.count {
            for start in 0...(words.count - name.words.count)
            where !taken.contains(start) || lengths[start] == name.words.count {
                let typed = words[start..<(start + name.words.count)]
                guard
                    typed.elementsEqual(name.words)
                        || (typoStarts.contains([index, start]) && Self.withTypo(name.words, typed))
                else { continue }
                // One- and two-letter words ("8", "de") are not names on their own.
                if name.words.count == 1 && name.words[0].count < 3 { continue }
                if name.isAcronym, let written, KnownWords.shared.contains(name.words[0]),
                    !written[start].allSatisfy({ $0.isUppercase || $0.isNumber })
                {
                    continue
                }
                if !found.contains(where: { $0.id == name.id }) { found.append((name.id, start)) }
                taken.formUnion(start..<(start + name.words.count))
                lengths[start] = lengths[start] ?? name.words.count
            }
        }
        for (id, start, length) in partialRuns(in: words) where !found.contains(where: { $0.id == id }) {
            guard taken.isDisjoint(with: start..<(start + length)) else { continue }
            found.append((id, start))
            taken.formUnion(start..<(start + length))
        }
        return found.sorted { $0.position < $1.position }
    }

    /// Names the question writes most of, word for word, without their head or an article
    /// ("la campagne « Villes africaines sans enfants en situation de rue »" for «Campagne
    /// des villes africaines…»): a run of at least four of the name's words, two thirds of
    /// it, through one of its telling words, to the name's end; what it leaves out is only
    /// head nouns and small words ("Programa Regional … na Ásia" is not named by "… na Ásia
    /// Central"). The longest run for each record.
    private func partialRuns(in words: [String]) -> [(id: String, start: Int, length: Int)] {
        var best: [String: (start: Int, length: Int)] = [:]
        for (position, word) in words.enumerated() {
            for (index, offset) in tellingWords[word] ?? [] {
                let name = recordNames[index].words
                var before = 0
                while before < min(position, offset), words[position - before - 1] == name[offset - before - 1] {
                    before += 1
                }
                var after = 0
                while position + after + 1 < words.count, offset + after + 1 < name.count,
                    words[position + after + 1] == name[offset + after + 1]
                { after += 1 }
                let length = before + 1 + after
                let start = position - before
                // "Força-Tarefa Global sobre Trabalho Infantil e Educação para Todos" for «Grupo de
                // Trabalho Mundial sobre…»: the head put in words the knowledge has nowhere, before
                // half the name or more, is that name's head translated.
                let omitted = offset - before
                let translatedHead =
                    length >= Self.longTail && length * 2 >= name.count && start > 0
                    && words[max(0, start - min(omitted, Self.headReach))..<start].contains(where: isUnknown)
                guard length >= 4, length * 3 >= name.count * 2 || translatedHead, length < name.count,
                    offset + after + 1 == name.count,
                    translatedHead || name[..<omitted].allSatisfy({ connectors.contains($0) || isHeadNoun($0) })
                else { continue }
                let id = recordNames[index].id
                if length > best[id]?.length ?? 0 { best[id] = (position - before, length) }
            }
        }
        return best.map { (id: $0.key, start: $0.value.start, length: $0.value.length) }.sorted { $0.start < $1.start }
    }

    /// The fewest words of a name's end that, after a head the knowledge lacks, name it.
    static let longTail = 5
    /// How many words right before such an end the translated head is looked for in.
    static let headReach = 2

    /// The records other than `id` whose acronym or name of two words or more stands whole in `words`.
    func recordsNamedWithin(_ words: [String], besides id: String) -> [String] {
        recordNames.filter {
            $0.id != id && ($0.words.count >= 2 || $0.isAcronym) && Self.holdsRun($0.words, in: words)
        }.map(\.id)
    }

    /// Whether `typed` writes the record name `name` with a typo in a long word
    /// ("Paraguai Okakuaa", "Harkin-Engle"); the caller knows a telling word is exact.
    private static func withTypo(_ name: [String], _ typed: ArraySlice<String>) -> Bool {
        zip(name, typed).allSatisfy { known, written in
            known == written || alike(written, known) || swapped(written, known)
        }
    }

    /// `text` without its parenthesised asides.
    private static func outsideParentheses(_ text: String) -> String {
        var depth = 0
        return String(
            text.filter { character in
                if character == "(" {
                    depth += 1
                } else if character == ")" {
                    depth = max(0, depth - 1)
                    return false
                }
                return depth == 0
            })
    }

    /// Whether `run` stands word for word inside `words`.
    private static func holdsRun(_ run: [String], in words: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { words[$0..<($0 + run.count)].elementsEqual(run) }
    }

    /// The one record whose own name holds the body a mention names ("the European
    /// Union" is the EU's external action); nil when none or several do.
    func recordNamed(after mention: Mention) -> String? {
        let records = recordsNamedAfterBody[mention.words] ?? []
        return records.count == 1 ? records.first : nil
    }

    /// Whether a mention is a name of a body of the knowledge ("PMA", "European Union").
    func isBodyName(_ mention: Mention) -> Bool {
        recordsNamedAfterBody[mention.words] != nil
    }

    /// The one record whose lead body a name of several words is ("la Organización de
    /// Estados Americanos" leads the RIAL); nil when none or several are.
    func recordLed(by mention: Mention) -> String? {
        let words = Set(mention.words.filter { !connectors.contains($0) })
        guard words.count >= 2 else { return nil }
        // A record's own name holding every word names that record, a few words left out,
        // not one it leads (see `holds`).
        if recordNames.contains(where: { words.isSubset(of: $0.wordSet) }) { return nil }
        let led = Set(leadBodies.filter { words.isSubset(of: $0.wordSet) }.map(\.id))
        return led.count == 1 ? led.first : nil
    }

    /// Whether `word` (folded) heads the name of a body or an initiative ("programa", "union").
    func isHeadNoun(_ word: String) -> Bool { isOrganisationNoun(word) || nameNouns.contains(word) }

    /// A word without the one-letter word written onto it (the packs' `proclitics`:
    /// «لأمريكا» → «أمريكا», «وبرنامج» → «برنامج») when the knowledge holds it
    /// without; any other word as it is («وزارة» stays: «زارة» is no word of it).
    /// The stemmer keeps these prefixes.
    func withoutProclitic(_ word: String) -> String {
        Self.withoutProclitic(word, proclitics: proclitics, articles: articlePrefixes, written: written)
    }

    /// - Parameter articles: the packs' article prefixes, folded: a proclitic before an article
    ///   that opens with the same letter drops the article's first letter («للزراعة» is «ل» +
    ///   «الزراعة»), so the word is also read with the article whole.
    private static func withoutProclitic(
        _ word: String, proclitics: Set<String>, articles: [String] = [], written: Set<String>
    ) -> String {
        guard word.count >= 5, let first = word.first, proclitics.contains(String(first)) else { return word }
        let rest = String(word.dropFirst())
        if written.contains(rest) { return rest }
        for article in articles where article.count >= 2 && rest.hasPrefix(article.dropFirst()) {
            let whole = article + rest.dropFirst(article.count - 1)
            if written.contains(whole) { return whole }
        }
        return word
    }

    /// Whether a run written without capitals describes rather than names: no word of
    /// «منظمة إغاثية» ("a relief organisation") carries the article a body's name does,
    /// behind a proclitic or not. A script with no article written onto words says nothing here.
    func isDescription(_ mention: Mention) -> Bool {
        guard !articlePrefixes.isEmpty, mention.words.allSatisfy(Script.isArabic) else { return false }
        return !mention.words.contains { word in
            let bare = word.first.map { proclitics.contains(String($0)) } == true ? String(word.dropFirst()) : word
            return articlePrefixes.contains { word.hasPrefix($0) || bare.hasPrefix($0) }
        }
    }

    /// Whether no text of the knowledge has `word` (folded), as written.
    func isUnknown(_ word: String) -> Bool { !holdsExactly(word) }

    /// Whether `folded` (words joined by spaces) is one of the vocabulary's bodies.
    func isBody(_ folded: String) -> Bool { bodyIncludes.contains(folded) }

    /// Whether a name written with capitals names something that could be absent:
    /// an acronym ("OTAN", "SCREAM"), or a run of two words or more holding a head
    /// noun of bodies' or initiatives' names ("Comunidad Andina", "Nordic Council",
    /// "Iniciativa Nórdica"). A capitalised word at a sentence's start, a demonym
    /// ("Turkish") or a place ("Costa de Marfil") is not.
    func isNameLike(_ mention: Mention) -> Bool {
        let first = mention.text.split(separator: " ").first ?? ""
        let acronym =
            first.filter(\.isLetter).count >= 2 && first.allSatisfy { $0.isUppercase || $0.isNumber || !$0.isLetter }
        let headed =
            mention.words.count >= 2 && mention.words.contains { isOrganisationNoun($0) || nameNouns.contains($0) }
        return acronym || headed
    }

    /// Whether `word` (folded) is a head noun of bodies' names, with or without
    /// an Arabic article or conjunction ("المنظمة", "ومنظمة").
    func isOrganisationNoun(_ word: String) -> Bool {
        // «ومنظمة», «بالمنظمة»: one letter written onto the noun, then its article. A stem
        // would also take «لجني» ("for harvesting") for «لجنة» ("committee").
        if organisationNouns.contains(word) { return true }
        guard Script.isArabic(word), let first = word.first, proclitics.contains(String(first)) else { return false }
        return organisationNouns.contains(String(word.dropFirst()))
    }

    /// The countries a question names that the knowledge holds nothing on: no record
    /// lists them and no text of the knowledge names them in any language.
    func absentCountries(in words: [String]) -> [CountryNames.Link] {
        countries.links(in: words).filter { link in
            // One word alone is held only as written: "Iceland" is not a typo of "Ireland".
            countries.records[link.code] == nil
                && !(countries.allNames[link.code] ?? []).contains { name in
                    name.count == 1 ? holdsExactly(name[0]) : holds(name)
                }
        }
    }

    /// Whether the knowledge holds a name: its words one after another, or each part
    /// between its small words ("Sul-Sul" and "Brasil" in "Sul-Sul do Brasil").
    func holds(_ mention: Mention) -> Bool {
        // One word alone is a place or a body: "Iceland" is not a typo of "Ireland".
        if mention.words.count == 1 { return holdsExactly(mention.words[0]) }
        if holds(mention.words) { return true }
        // An acronym the knowledge has opens the name of its initiative ("CLEAR Coton").
        if let first = mention.text.split(separator: " ").first, first.count >= 3, first.allSatisfy(\.isUppercase),
            holdsExactly(mention.words[0])
        {
            return true
        }
        // A record's own name with a few words left out ("Regional Initiative Latin America
        // Free of Child Labour", without "and the Caribbean").
        let own = Set(mention.words.filter { !connectors.contains($0) })
        if own.count >= 3 && recordNames.contains(where: { own.isSubset(of: $0.wordSet) }) { return true }
        let parts = mention.words.split(whereSeparator: connectors.contains).map(Array.init)
        if parts.count > 1 && parts.allSatisfy(holds) { return true }
        // Without its head nouns, a name of two words or more is what tells it apart:
        // "Déclaration d'Abu Dhabi" is held where "Abu Dhabi Declaration" is. One word
        // left is often a place the knowledge names for other reasons ("Unión del
        // Magreb", «اتحاد المغرب»), so it does not make the name held.
        let telling = mention.words.filter {
            !isOrganisationNoun($0) && !nameNouns.contains($0) && !connectors.contains($0)
        }
        return telling.count >= 2 && telling.count < mention.words.count && holds(telling)
    }

    /// Whether the knowledge has `words` one after another, each as written or
    /// within a typo of it ("Magreb" for "Magrebh").
    func holds(_ words: [String]) -> Bool {
        let words = words.map { Self.key($0, analyzer) }
        guard let first = words.first else { return true }
        let follows = { (start: Int) in
            start + words.count <= corpus.count
                && words.indices.dropFirst().allSatisfy {
                    Self.alike(words[$0], corpus[start + $0]) || Self.swapped(words[$0], corpus[start + $0])
                }
        }
        if (positions[first] ?? []).contains(where: follows) { return true }
        // The first word may be the typo, or another language's spelling of a name's
        // word ("Paraguai" where the name writes "Paraguay").
        guard let initial = first.first else { return false }
        return (typoCandidates[initial] ?? []).lazy.filter { $0 != first && Self.alike(first, $0) }.contains {
            (positions[$0] ?? []).contains(where: follows)
        }
    }

    /// Whether the knowledge has `word` (folded) exactly as written.
    private func holdsExactly(_ word: String) -> Bool {
        positions[Self.key(word, analyzer)] != nil
    }

    /// A folded word as the corpus keeps it: an Arabic word as its stem, without the
    /// article and the prefixes a name takes in a sentence.
    private static func key(_ word: String, _ analyzer: Analyzer) -> String {
        Script.isArabic(word) ? analyzer.stem(word, in: .arabic) : word
    }

    /// Whether `typed` is `known` with two neighbouring letters swapped ("Engle" for
    /// "Engel"): inside a name whose first word matched, a common slip at any length.
    static func swapped(_ typed: String, _ known: String) -> Bool {
        let (a, b) = (Array(typed), Array(known))
        guard a.count == b.count, a.count >= 4 else { return false }
        let differing = a.indices.filter { a[$0] != b[$0] }
        return differing.count == 2 && differing[1] == differing[0] + 1 && a[differing[0]] == b[differing[1]]
            && a[differing[1]] == b[differing[0]]
    }

    /// The same word, or a typo of it when both are long enough for a typo to be told from another word.
    static func alike(_ typed: String, _ known: String) -> Bool {
        if typed == known { return true }
        let length = typed.count
        guard length >= 6, abs(length - known.count) <= 1, typed.first == known.first else { return false }
        return EditDistance.distance(typed, known) <= (length >= 9 ? 2 : 1)
    }
}
