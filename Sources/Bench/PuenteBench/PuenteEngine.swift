import PuenteIndex
import PuenteText

/// Puente's own index, with one Spanish field, as the daemon searches it
/// (typo tolerance on; stems, folded forms and near words all reached).
struct PuenteEngine: Engine {
    let name = "Puente"
    private var index = Index(documents: [])
    private static let schema = Schema(fields: [Schema.Field("body", boost: 1.0)], facets: [])

    mutating func build(_ passages: [Corpus.Passage]) {
        let documents = passages.map { passage in
            Document(id: passage.id, texts: [.init(field: "body", text: passage.text, language: .spanish)])
        }
        index = Index(documents: documents, schema: Self.schema)
    }

    func search(_ query: Corpus.Query, mode: Mode, snippets: Bool) -> Int {
        guard let result = try? index.search(query.text, options: options(mode, snippets: snippets)) else { return 0 }
        return result.hits.reduce(0) { $0 + 1 + ($1.snippet?.text.utf8.count ?? 0) }
    }

    func countAll(_ query: Corpus.Query) -> Int {
        (try? index.search(query.text, options: options(.all, snippets: false)).total) ?? 0
    }

    func analyzersAgree(on query: Corpus.Query) -> Bool {
        guard let result = try? index.search(query.text, options: options(.all, snippets: false)) else { return false }
        return result.ignoredWords.isEmpty
            && result.words.allSatisfy { report in
                report.correction == nil && report.synonyms.isEmpty
                    && report.matches.allSatisfy { $0.kind == .exact || $0.kind == .folded }
            }
    }

    private func options(_ mode: Mode, snippets: Bool) -> SearchOptions {
        var options = SearchOptions()
        options.limit = 10
        options.matching = mode == .all ? .all : .any
        options.snippets = snippets
        options.languages = [.spanish]
        return options
    }
}
