@testable import PuenteIndex
import PuenteText

/// A deterministic generator (SplitMix64), so a failing case can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A passage with a name and a body in Spanish, as most tests need.
func passage(_ id: String, name: String = "", body: String = "", facets: [FacetKind: [String]] = [:]) -> Document {
    var texts: [Document.Text] = []
    if !name.isEmpty { texts.append(.init(field: "name", text: name, language: .spanish)) }
    if !body.isEmpty { texts.append(.init(field: "body", text: body, language: .spanish)) }
    return Document(id: id, texts: texts, facets: facets)
}

func ids(_ result: SearchResult) -> [String] { result.hits.map(\.id) }

func search(_ index: Index, _ query: String, configure: (inout SearchOptions) -> Void = { _ in }) throws -> SearchResult {
    var options = SearchOptions()
    configure(&options)
    return try index.search(query, options: options)
}

/// The text a highlight covers.
func highlighted(_ snippet: Snippet) -> [String] {
    let scalars = Array(snippet.text.unicodeScalars)
    return snippet.highlights.map { String(String.UnicodeScalarView(scalars[$0.start..<($0.start + $0.length)])) }
}
