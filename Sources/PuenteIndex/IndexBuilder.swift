import PuenteText

/// Collects documents and lays them out as an `Index`.
struct IndexBuilder {
    let schema: Schema
    let analyzer: Analyzer

    /// Gap left between two texts of the same field, so no phrase spans them.
    static let positionGap: UInt32 = 100

    private var termNumbers: [String: Int] = [:]
    private var termTexts: [String] = []
    private var termStemSets: [Set<String>] = []
    /// Per term, a bit for each language whose stem it already has: words recur,
    /// and a recurring word needs no second stemming.
    private var termStemmedIn: [UInt8] = []
    private var termPostings: [TermPostings] = []

    private var documentIDs: [String] = []
    private var fieldLengths: [UInt32] = []
    private var storedTexts: [Index.StoredText] = []
    private var documentTexts = Grouping()
    private var facetValues: [Index.FacetValue] = []
    private var facetLookup: [String: UInt32] = [:]
    private var documentFacets = Grouping()

    private struct TermPostings {
        var documents: [UInt32] = []
        var fields: [UInt8] = []
        var positionCounts: [UInt32] = []
        var positions: [UInt32] = []
    }

    init(schema: Schema, analyzer: Analyzer) {
        self.schema = schema
        self.analyzer = analyzer
    }

    mutating func add(_ document: Document) {
        let number = UInt32(documentIDs.count)
        documentIDs.append(document.id)
        var lengths = Array(repeating: UInt32(0), count: schema.fields.count)
        var nextPosition = Array(repeating: UInt32(0), count: schema.fields.count)
        // (term, field) → positions in this document, gathered before appending postings
        // so that each term's entries come out sorted by document, then field.
        var occurrences: [Int: [UInt32]] = [:]
        let firstText = storedTexts.count

        for text in document.texts {
            guard let field = schema.fieldIndex(named: text.field) else { continue }
            let normalized = Analyzer.normalize(text.text)
            let tokens = analyzer.tokens(in: normalized, language: text.language)
            let base = nextPosition[field]
            storedTexts.append(
                Index.StoredText(field: UInt8(field), language: text.language, text: normalized, firstPosition: base))
            var last = base
            for token in tokens {
                let term = termNumber(token.text, language: text.language)
                let position = base + UInt32(token.position)
                occurrences[term * schema.fields.count + field, default: []].append(position)
                last = position
            }
            lengths[field] += UInt32(tokens.count)
            nextPosition[field] = last + Self.positionGap
        }
        for key in occurrences.keys.sorted() {
            let term = key / schema.fields.count
            let field = key % schema.fields.count
            let positions = occurrences[key]!
            termPostings[term].documents.append(number)
            termPostings[term].fields.append(UInt8(field))
            termPostings[term].positionCounts.append(UInt32(positions.count))
            termPostings[term].positions.append(contentsOf: positions)
        }
        fieldLengths.append(contentsOf: lengths)
        documentTexts.append(UInt32(firstText)..<UInt32(storedTexts.count))
        documentFacets.append(facetValueIDs(of: document))
    }

    private mutating func termNumber(_ word: String, language: Language) -> Int {
        let number: Int
        if let known = termNumbers[word] {
            number = known
        } else {
            number = termTexts.count
            termNumbers[word] = number
            termTexts.append(word)
            termStemSets.append([])
            termStemmedIn.append(0)
            termPostings.append(TermPostings())
        }
        let bit = UInt8(1) << language.ordinal
        if termStemmedIn[number] & bit == 0 {
            termStemmedIn[number] |= bit
            termStemSets[number].insert(analyzer.stem(word, in: language))
        }
        return number
    }

    private mutating func facetValueIDs(of document: Document) -> [UInt32] {
        var ids: [UInt32] = []
        for (kind, values) in document.facets {
            guard let facet = schema.facetIndex(of: kind) else { continue }
            for value in values {
                let name = value.lowercased()
                let key = Index.facetKey(facet, name)
                let id: UInt32
                if let known = facetLookup[key] {
                    id = known
                } else {
                    id = UInt32(facetValues.count)
                    facetValues.append(Index.FacetValue(facet: UInt8(facet), name: name))
                    facetLookup[key] = id
                }
                if !ids.contains(id) { ids.append(id) }
            }
        }
        return ids.sorted()
    }

    func build(thesaurus: Thesaurus) -> Index {
        let terms = Lexicon(termTexts)
        // Builder numbers follow first appearance; the index numbers terms by their
        // rank in the lexicon, so a term id is found by binary search.
        let idOfNumber = termTexts.map { UInt32(terms.ordinal(of: $0)!) }
        var numberOfID = Array(repeating: 0, count: termTexts.count)
        for (number, id) in idOfNumber.enumerated() { numberOfID[Int(id)] = number }

        let foldedForms = Lexicon(termTexts.map(Folding.fold))
        var termFolded: [UInt32] = []
        var foldedPairs: [(group: Int, member: UInt32)] = []
        let stems = Lexicon(termStemSets.joined())
        var stemPairs: [(group: Int, member: UInt32)] = []
        var termStems = Grouping()
        var postings = Postings()
        reserveExactly(&postings)

        for id in 0..<terms.count {
            let number = numberOfID[id]
            let folded = foldedForms.ordinal(of: Folding.fold(termTexts[number]))!
            termFolded.append(UInt32(folded))
            foldedPairs.append((folded, UInt32(id)))
            let stemIDs = termStemSets[number].map { UInt32(stems.ordinal(of: $0)!) }.sorted()
            termStems.append(stemIDs)
            for stem in stemIDs { stemPairs.append((Int(stem), UInt32(id))) }
            append(termPostings[number], to: &postings)
        }

        let documentCount = documentIDs.count
        let fieldCount = schema.fields.count
        let averages = (0..<fieldCount).map { field in
            documentCount == 0
                ? 0
                : Double((0..<documentCount).reduce(0) { $0 + Int(fieldLengths[$1 * fieldCount + field]) })
                    / Double(documentCount)
        }

        return Index(
            schema: schema, analyzer: analyzer, thesaurus: thesaurus,
            terms: terms, foldedForms: foldedForms, termFolded: termFolded,
            foldedTerms: Grouping(groupCount: foldedForms.count, pairs: foldedPairs),
            stems: stems, termStems: termStems,
            stemTerms: Grouping(groupCount: stems.count, pairs: stemPairs),
            postings: postings,
            documentIDs: documentIDs, fieldLengths: fieldLengths, averageFieldLengths: averages,
            storedTexts: storedTexts, documentTexts: documentTexts,
            facetValues: facetValues, documentFacets: documentFacets, facetLookup: facetLookup
        )
    }

    /// Sizes the flat arrays to what the terms hold: grown by appending they would
    /// keep up to twice that, which at 100k passages was a sixth of the index.
    private func reserveExactly(_ postings: inout Postings) {
        let entries = termPostings.reduce(0) { $0 + $1.documents.count }
        let positions = termPostings.reduce(0) { $0 + $1.positions.count }
        postings.documents.reserveCapacity(entries)
        postings.fields.reserveCapacity(entries)
        postings.positionStarts.reserveCapacity(entries + 1)
        postings.positions.reserveCapacity(positions)
        postings.termStarts.reserveCapacity(termPostings.count + 1)
        postings.documentFrequency.reserveCapacity(termPostings.count)
    }

    private func append(_ term: TermPostings, to postings: inout Postings) {
        postings.documents.append(contentsOf: term.documents)
        postings.fields.append(contentsOf: term.fields)
        for count in term.positionCounts {
            postings.positionStarts.append(postings.positionStarts.last! + count)
        }
        postings.positions.append(contentsOf: term.positions)
        postings.termStarts.append(UInt32(postings.documents.count))
        var distinct: UInt32 = 0
        var previous: UInt32? = nil
        for document in term.documents where document != previous {
            distinct += 1
            previous = document
        }
        postings.documentFrequency.append(distinct)
    }
}
