import PuenteText

/// An immutable, `Sendable` inverted index over passages.
///
/// Terms are words as written (lowercase, accents kept). Each term also knows
/// its folded form and its stems, so a query word can reach the same word
/// without accents, other words of the same stem, and near misses, each ranked
/// below the word as typed. Everything on the query path is integer ids and
/// contiguous arrays; string lookups happen once per query word, by binary
/// search. A new snapshot is built for new documents; a snapshot never changes.
public struct Index: Sendable {
    public let schema: Schema
    let analyzer: Analyzer
    let thesaurus: Thesaurus

    /// Surface forms; a term's id is its ordinal here.
    let terms: Lexicon
    let foldedForms: Lexicon
    let termFolded: [UInt32]
    let foldedTerms: Grouping
    let stems: Lexicon
    let termStems: Grouping
    let stemTerms: Grouping
    let postings: Postings

    /// The callers' ids, by document number.
    let documentIDs: [String]
    /// What one occurrence weighs per document and field (`document * fieldCount +
    /// field`): the field's boost over BM25F's length norm, worked out once here
    /// rather than for every posting a query reads.
    let occurrenceWeights: [Float]
    let storedTexts: [StoredText]
    let documentTexts: Grouping

    let facetValues: [FacetValue]
    let documentFacets: Grouping
    /// "facet\u{0}value" → value id, for parsing filters.
    let facetLookup: [String: UInt32]
    let scratchPool: ScratchPool
    /// The words of every thesaurus member (by `Thesaurus.Phrase.number`) as a
    /// query in `synonymLanguages` expands them, weighted as synonyms: resolved
    /// here once, so that a query meeting a group of a dozen members in five
    /// languages reads them instead of analysing each word again.
    private(set) var synonymWords: [[QueryWord]]

    /// A document's text as indexed: NFC, with the field and language it was analysed in.
    struct StoredText: Sendable {
        var field: UInt8
        var language: Language
        var text: String
        var firstPosition: UInt32
    }

    struct FacetValue: Sendable {
        var facet: UInt8
        var name: String
    }

    /// Builds an index of `documents`.
    ///
    /// Facet names a document uses must be in `schema.facets` and field names in
    /// `schema.fields`; others are ignored. Cost: one analysis per text, one
    /// stemmer call per distinct word and language.
    public init(
        documents: [Document],
        schema: Schema = .passages,
        thesaurus: Thesaurus = .empty,
        analyzer: Analyzer = Analyzer()
    ) {
        var builder = IndexBuilder(schema: schema, analyzer: analyzer)
        for document in documents { builder.add(document) }
        self = builder.build(thesaurus: thesaurus)
    }

    init(
        schema: Schema, analyzer: Analyzer, thesaurus: Thesaurus,
        terms: Lexicon, foldedForms: Lexicon, termFolded: [UInt32], foldedTerms: Grouping,
        stems: Lexicon, termStems: Grouping, stemTerms: Grouping, postings: Postings,
        documentIDs: [String], fieldLengths: [UInt32], averageFieldLengths: [Double],
        storedTexts: [StoredText], documentTexts: Grouping,
        facetValues: [FacetValue], documentFacets: Grouping, facetLookup: [String: UInt32]
    ) {
        self.schema = schema
        self.analyzer = analyzer
        self.thesaurus = thesaurus
        self.terms = terms
        self.foldedForms = foldedForms
        self.termFolded = termFolded
        self.foldedTerms = foldedTerms
        self.stems = stems
        self.termStems = termStems
        self.stemTerms = stemTerms
        self.postings = postings
        self.documentIDs = documentIDs
        self.occurrenceWeights = Self.occurrenceWeights(
            schema: schema, fieldLengths: fieldLengths, averages: averageFieldLengths)
        self.storedTexts = storedTexts
        self.documentTexts = documentTexts
        self.facetValues = facetValues
        self.documentFacets = documentFacets
        self.facetLookup = facetLookup
        self.scratchPool = ScratchPool(documentCount: documentIDs.count)
        self.synonymWords = []
        self.synonymWords = thesaurus.phrases.map { self.synonymWords(of: $0, languages: Self.synonymLanguages) }
    }

    /// The number of documents.
    public var documentCount: Int { documentIDs.count }

    /// The number of distinct words (as written) in the index.
    public var termCount: Int { terms.count }

    static func facetKey(_ facet: Int, _ value: String) -> String {
        "\(facet)\u{0}\(value)"
    }
}
