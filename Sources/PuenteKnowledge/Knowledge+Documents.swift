import PuenteIndex
import PuenteSupport
import PuenteText

extension Knowledge {
    /// Facet `kind` values: what a passage is.
    public static let initiativeKind = "initiative"
    public static let conceptNoteKind = "concept-note"

    /// The passages to index: one per concept-note paragraph, one per initiative.
    public func documents(analyzer: Analyzer = Analyzer()) -> [Document] {
        let finder = MentionFinder(vocabulary, language: .spanish, analyzer: analyzer)
        return conceptNote.passages.map { passageDocument($0, mentions: finder) } + initiatives.map(initiativeDocument)
    }

    /// Every vocabulary term's labels and synonyms as one group, so a query in any
    /// of the five languages also finds the others: "supply chains" finds
    /// "cadenas de suministro", "Sud-Sud" finds "Sur–Sur", and an Arabic label
    /// finds the Spanish one.
    public func thesaurus(analyzer: Analyzer = Analyzer()) -> Thesaurus {
        Thesaurus(groups: vocabulary.terms.map(\.names), analyzer: analyzer)
    }

    /// An index of all passages, with the vocabulary as its thesaurus.
    public func index(analyzer: Analyzer = Analyzer()) -> Index {
        Index(
            documents: documents(analyzer: analyzer), schema: .passages, thesaurus: thesaurus(analyzer: analyzer),
            analyzer: analyzer)
    }

    /// The analyzer's language for a language code of the knowledge.
    private static func language(_ code: String) -> Language {
        Language(rawValue: code) ?? .spanish
    }

    /// Names outside the language maps (other official names, synonyms) say their
    /// language by their script only: Arabic, or Spanish, the session's.
    private static func language(ofName name: String) -> Language {
        Script.isArabic(name) ? .arabic : .spanish
    }

    /// A paragraph of the note, tagged with the vocabulary terms it mentions.
    private func passageDocument(_ passage: ConceptNote.Passage, mentions finder: MentionFinder) -> Document {
        var facets: [FacetKind: [String]] = [.kind: [Self.conceptNoteKind]]
        for term in finder.mentions(in: passage.text) {
            facets[term.kind, default: []].append(term.id)
        }
        return Document(
            id: passage.id,
            texts: [
                .init(field: "tags", text: passage.section, language: .spanish),
                .init(field: "body", text: passage.text, language: .spanish),
            ], facets: facets)
    }

    /// An initiative as one passage. Every text is analysed in its own language:
    /// the Spanish and the English wording of each fact and talking point, the
    /// summary and the name in every language written, the terms' labels in all
    /// five (and their Arabic synonyms), so that a question in English reaches the
    /// English wording and an Arabic word reaches the record's themes.
    private func initiativeDocument(_ initiative: Initiative) -> Document {
        var texts: [Document.Text] = []
        func add(_ field: String, _ text: String, _ language: Language) {
            texts.append(.init(field: field, text: text, language: language))
        }
        func add(_ field: String, _ text: LocalizedText) {
            for code in text.languages { add(field, text[code]!, Self.language(code)) }
        }
        add("name", initiative.name)
        for name in initiative.otherNames { add("name", name, Self.language(ofName: name)) }
        if let acronym = initiative.acronym { add("acronym", acronym, .english) }
        // Countries by their CLDR names and bodies as sentences name them, with their
        // acronyms, in the five languages: "Costa de Marfil", "Ivory Coast" and «كوت
        // ديفوار» all reach CI. A body's full name is not indexed where an acronym says
        // it: "Organização Internacional do Trabalho" on every record the ILO takes part
        // in would answer "internacional" and "trabalho" for all of them.
        for language in Vocabulary.languages {
            for name in countries(of: initiative, in: language)
                + bodyLabels(initiative.lead + initiative.partners, in: language)
            {
                add("tags", name, Self.language(language))
            }
        }
        for acronym in (initiative.lead + initiative.partners).compactMap(body).flatMap(\.acronyms) {
            add("tags", acronym, Self.language(ofName: acronym))
        }
        for kind in Vocabulary.kinds {
            for id in initiative.values(kind) {
                guard let term = vocabulary.term(kind, id) else { continue }
                for (code, label) in term.labels.sorted(by: { $0.key < $1.key }) {
                    add("topics", label, Self.language(code))
                }
                // Latin-script synonyms reach the record through the thesaurus; Arabic
                // ones are indexed too, so that one Arabic word (stemmed) finds it.
                for synonym in term.synonyms where Script.isArabic(synonym) { add("topics", synonym, .arabic) }
            }
        }
        add("summary", initiative.summary)
        for fact in initiative.facts { add("body", fact.text) }
        for point in initiative.talkingPoints { add("body", point) }

        var facets: [FacetKind: [String]] = [.kind: [Self.initiativeKind]]
        for kind in Vocabulary.kinds { facets[kind] = initiative.values(kind) }
        return Document(id: initiative.id, texts: texts, facets: facets)
    }
}

extension Vocabulary {
    /// The terms that `text` names (see `MentionFinder`, which serves many texts faster).
    public func mentions(in text: String, language: Language, analyzer: Analyzer = Analyzer()) -> [Term] {
        MentionFinder(self, language: language, analyzer: analyzer).mentions(in: text)
    }
}
