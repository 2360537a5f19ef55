import CFuzzer
import PuenteIndex
import PuenteText

// The query parser and the analyzer over a small index: any text as a query,
// with every option that changes parsing.
let index = Index(
    documents: [
        Document(
            id: "a",
            texts: [
                .init(
                    field: "body", text: "La cooperación Sur–Sur y triangular en África, l'enfant, 🌍 niños",
                    language: .spanish)
            ],
            facets: [.region: ["africa"], .kind: ["initiative"]]),
        Document(
            id: "b",
            texts: [
                .init(field: "name", text: "Cadenas de suministro del cacao", language: .spanish),
                .init(field: "summary", text: "supply chains of cocoa and cotton", language: .english),
            ],
            facets: [.region: ["americas"], .modality: ["south-south"]]),
    ], thesaurus: Thesaurus(groups: [["supply chains", "cadenas de suministro"], ["Sur-Sur", "South-South"]]))
let analyzer = Analyzer()

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = analyzer.tokens(in: text, language: .spanish)
    var options = SearchOptions()
    options.prefixLastWord = size % 2 == 0
    options.explain = true
    options.matching = size % 3 == 0 ? .any : .allRelaxing(minimumHits: 2)
    if let result = try? index.search(text, options: options) {
        for hit in result.hits {
            let scalars = hit.snippet?.text.unicodeScalars.count ?? 0
            for highlight in hit.snippet?.highlights ?? [] {
                precondition(
                    highlight.start >= 0 && highlight.start + highlight.length <= scalars,
                    "highlight outside its snippet")
            }
        }
    }
    _ = index.completions(of: text)
    return 0
}
