import Foundation

// puente-bench FOLDER SIZE ENGINE [RUNS] [COUNTS_FILE]
// Builds ENGINE (puente or fts5) over the corpus's SIZE passages (1k, 10k, 100k), then
// times the 1,000 queries in AND and OR modes, with and without snippets, top 10.
// Prints JSON lines; with COUNTS_FILE, writes each query's AND hit count there.
let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: puente-bench FOLDER SIZE puente|fts5 [RUNS] [COUNTS_FILE]\n".utf8))
    exit(2)
}
let (folder, size, engineName) = (arguments[1], arguments[2], arguments[3])
let runs = arguments.count > 4 ? Int(arguments[4]) ?? 3 : 3
// Index memory is the heap the engine holds once the corpus's own copy of the
// passages is gone (an engine may share their strings rather than copy them);
// the 1,000 queries, a few tens of kB, stay in the figure.
let heapEmpty = heapInUse()
var corpus = try Corpus(folder: folder, size: size)
let textBytes = corpus.textBytes
let passageCount = corpus.passages.count

var engine: any Engine
switch engineName {
case "puente": engine = PuenteEngine()
case "fts5": engine = FTS5Engine()
default:
    FileHandle.standardError.write(Data("puente-bench: unknown engine '\(engineName)'; expected puente or fts5\n".utf8))
    exit(2)
}

let buildStart = nanoseconds()
engine.build(corpus.passages)
let buildMilliseconds = Double(nanoseconds() - buildStart) / 1e6
corpus.passages = []
report([
    "engine": engine.name, "size": size, "passages": passageCount, "text_bytes": textBytes,
    "build_ms": buildMilliseconds, "memory_bytes": heapInUse() - heapEmpty,
])

// PUENTE_BENCH_ONLY="AND+snippets" (or "OR", …) times one mode alone, for profiling.
let only = ProcessInfo.processInfo.environment["PUENTE_BENCH_ONLY"]
for mode in Mode.allCases {
    for snippets in [false, true] where only == nil || only == mode.rawValue + (snippets ? "+snippets" : "") {
        _ = Throughput(queries: corpus.queries, runs: 1) { engine.search($0, mode: mode, snippets: snippets) }
        let measured = Throughput(queries: corpus.queries, runs: runs) {
            engine.search($0, mode: mode, snippets: snippets)
        }
        report([
            "engine": engine.name, "size": size, "mode": mode.rawValue, "snippets": snippets,
            "qps": measured.queriesPerSecond, "p50_us": measured.p50, "p99_us": measured.p99,
        ])
    }
}

if arguments.count > 5 {
    let lines = corpus.queries.map { query in
        "\(query.kind)\t\(engine.analyzersAgree(on: query) ? 1 : 0)\t\(engine.countAll(query))\t\(query.text)"
    }
    try lines.joined(separator: "\n").appending("\n").write(toFile: arguments[5], atomically: true, encoding: .utf8)
}
