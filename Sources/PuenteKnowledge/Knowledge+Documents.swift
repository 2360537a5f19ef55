import PuenteIndex
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
    /// of the four languages also finds the others: "supply chains" finds
    /// "cadenas de suministro", "Sud-Sud" finds "Sur–Sur".
    public func thesaurus(analyzer: Analyzer = Analyzer()) -> Thesaurus {
        Thesaurus(groups: vocabulary.terms.map(\.names), analyzer: analyzer)
    }

    /// An index of all passages, with the vocabulary as its thesaurus.
    public func index(analyzer: Analyzer = Analyzer()) -> Index {
        Index(documents: documents(analyzer: analyzer), schema: .passages, thesaurus: thesaurus(analyzer: analyzer), analyzer: analyzer)
    }

    /// Texts by language code, Spanish (the session's language) first, then the
    /// others alphabetically: a snippet that matches nothing quotes the first.
    private static func sessionLanguageFirst(_ texts: [String: String]) -> [(key: String, value: String)] {
        texts.sorted { ($0.key == "es" ? "" : $0.key) < ($1.key == "es" ? "" : $1.key) }
    }

    /// A paragraph of the note, tagged with the vocabulary terms it mentions.
    private func passageDocument(_ passage: ConceptNote.Passage, mentions finder: MentionFinder) -> Document {
        var facets: [String: [String]] = ["kind": [Self.conceptNoteKind]]
        for term in finder.mentions(in: passage.text) {
            facets[term.kind.rawValue, default: []].append(term.id)
        }
        return Document(id: passage.id, texts: [
            .init(field: "tags", text: passage.section, language: .spanish),
            .init(field: "body", text: passage.text, language: .spanish),
        ], facets: facets)
    }

    private func initiativeDocument(_ initiative: Initiative) -> Document {
        var texts: [Document.Text] = []
        func add(_ field: String, _ text: String, _ language: Language) {
            texts.append(.init(field: field, text: text, language: language))
        }
        for (code, name) in Self.sessionLanguageFirst(initiative.name) {
            add("name", name, Language(rawValue: code) ?? .spanish)
        }
        for name in initiative.otherNames { add("name", name, .spanish) }
        if let acronym = initiative.acronym { add("acronym", acronym, .english) }
        for tag in initiative.countries + initiative.lead + initiative.partners { add("tags", tag, .spanish) }
        for kind in Vocabulary.Kind.allCases {
            for id in initiative.values(kind) {
                guard let term = vocabulary.term(kind, id) else { continue }
                for (code, label) in term.labels.sorted(by: { $0.key < $1.key }) {
                    add("topics", label, Language(rawValue: code) ?? .spanish)
                }
            }
        }
        for (code, summary) in Self.sessionLanguageFirst(initiative.summary) {
            add("summary", summary, Language(rawValue: code) ?? .spanish)
        }
        for fact in initiative.facts { add("body", fact.text, .spanish) }
        for point in initiative.talkingPoints { add("body", point, .spanish) }

        var facets: [String: [String]] = ["kind": [Self.initiativeKind]]
        for kind in Vocabulary.Kind.allCases { facets[kind.rawValue] = initiative.values(kind) }
        return Document(id: initiative.id, texts: texts, facets: facets)
    }
}

extension Vocabulary {
    /// The terms that `text` names (see `MentionFinder`, which serves many texts faster).
    public func mentions(in text: String, language: Language, analyzer: Analyzer = Analyzer()) -> [Term] {
        MentionFinder(self, language: language, analyzer: analyzer).mentions(in: text)
    }
}
