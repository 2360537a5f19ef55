import PuenteSupport
import PuenteText

@testable import PuenteIndex

/// A passage with a name and a body in Spanish, as most tests need.
func passage(_ id: String, name: String = "", body: String = "", facets: [FacetKind: [String]] = [:]) -> Document {
    var texts: [Document.Text] = []
    if !name.isEmpty { texts.append(.init(field: "name", text: name, language: .spanish)) }
    if !body.isEmpty { texts.append(.init(field: "body", text: body, language: .spanish)) }
    return Document(id: id, texts: texts, facets: facets)
}

func ids(_ result: SearchResult) -> [String] { result.hits.map(\.id) }

func search(_ index: Index, _ query: String, configure: (inout SearchOptions) -> Void = { _ in }) throws -> SearchResult
{
    var options = SearchOptions()
    configure(&options)
    return try index.search(query, options: options)
}

/// The text a highlight covers.
func highlighted(_ snippet: Snippet) -> [String] {
    let scalars = Array(snippet.text.unicodeScalars)
    return snippet.highlights.map { String(String.UnicodeScalarView(scalars[$0.start..<($0.start + $0.length)])) }
}
