#!/usr/bin/env python3
"""Tantivy, through its official Python bindings, on the benchmark corpus.

Usage: tantivy_bench.py FOLDER SIZE [RUNS] [COUNTS_FILE]

Prints the same JSON lines as puente-bench. The index is in memory; words are lowercased
and folded like FTS5's `unicode61 remove_diacritics 2` (simple tokenizer, lowercase,
ascii_fold), and each query is built from term queries (MUST for AND, SHOULD for OR),
top 10 by BM25 without counting. Every figure includes the Python call overhead.
"""
import json, os, resource, statistics, sys, time, unicodedata

import tantivy

MODES = {"AND": tantivy.Occur.Must, "OR": tantivy.Occur.Should}


def fold(word):
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def resident_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def load(folder, size):
    with open(os.path.join(folder, f"passages-{size}.tsv"), encoding="utf-8") as passages:
        texts = [line.rstrip("\n").split("\t", 1)[1] for line in passages]
    with open(os.path.join(folder, "queries.tsv"), encoding="utf-8") as queries:
        lines = [line.rstrip("\n").split("\t", 1) for line in queries]
    return texts, [(kind, words) for kind, words in lines]


def build(texts):
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=True, tokenizer_name="folded")
    schema = builder.build()
    index = tantivy.Index(schema)
    analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.ascii_fold()).build())
    index.register_tokenizer("folded", analyzer)
    writer = index.writer()
    for text in texts:
        writer.add_document(tantivy.Document(body=text))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index, schema


def query_of(schema, words, mode):
    terms = [tantivy.Query.term_query(schema, "body", fold(word)) for word in words.split()]
    return tantivy.Query.boolean_query([(MODES[mode], term) for term in terms])


def search(index, schema, searcher, words, mode, snippets):
    query = query_of(schema, words, mode)
    hits = searcher.search(query, 10, count=False).hits
    if not snippets:
        return len(hits)
    generator = tantivy.SnippetGenerator.create(searcher, query, schema, "body")
    return sum(1 + len(generator.snippet_from_doc(searcher.doc(address)).fragment()) for _, address in hits)


def throughput(queries, runs, body):
    latencies, rates = [], []
    for _ in range(runs):
        start = time.perf_counter_ns()
        for _, words in queries:
            before = time.perf_counter_ns()
            body(words)
            latencies.append(time.perf_counter_ns() - before)
        rates.append(len(queries) / ((time.perf_counter_ns() - start) / 1e9))
    latencies.sort()
    return statistics.median(rates), latencies[len(latencies) // 2] / 1000, latencies[len(latencies) * 99 // 100] / 1000


def main(folder, size, runs=3, counts_file=None):
    texts, queries = load(folder, size)
    before = resident_bytes()
    start = time.perf_counter_ns()
    index, schema = build(texts)
    build_ms = (time.perf_counter_ns() - start) / 1e6
    print(json.dumps({"engine": "Tantivy", "size": size, "passages": len(texts),
                      "text_bytes": sum(len(t.encode()) for t in texts), "build_ms": build_ms,
                      "memory_bytes": resident_bytes() - before}, sort_keys=True), flush=True)
    searcher = index.searcher()
    for mode in MODES:
        for snippets in (False, True):
            body = lambda words: search(index, schema, searcher, words, mode, snippets)
            throughput(queries, 1, body)
            qps, p50, p99 = throughput(queries, runs, body)
            print(json.dumps({"engine": "Tantivy", "size": size, "mode": mode, "snippets": snippets,
                              "qps": qps, "p50_us": p50, "p99_us": p99}, sort_keys=True), flush=True)
    if counts_file:
        with open(counts_file, "w", encoding="utf-8") as out:
            for kind, words in queries:
                count = searcher.search(query_of(schema, words, "AND"), 1, count=True).count
                out.write(f"{kind}\t1\t{count}\t{words}\n")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if len(arguments) < 2:
        sys.exit("usage: tantivy_bench.py FOLDER SIZE [RUNS] [COUNTS_FILE]")
    main(arguments[0], arguments[1], int(arguments[2]) if len(arguments) > 2 else 3,
         arguments[3] if len(arguments) > 3 else None)
