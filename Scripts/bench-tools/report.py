#!/usr/bin/env python3
"""Prints Scripts/bench's results (results.json) as Markdown tables.

Usage: report.py RESULTS_JSON
"""
import json, statistics, sys

ENGINES = ["Puente", "SQLite FTS5", "Tantivy"]
MODES = [("AND", False), ("AND", True), ("OR", False), ("OR", True)]


def mode_name(mode, snippets):
    return mode + (" + snippets" if snippets else "")


def in_process(figures):
    sizes = list(dict.fromkeys(f["size"] for f in figures if "build_ms" in f))
    for size in sizes:
        builds = {f["engine"]: f for f in figures if f.get("size") == size and "build_ms" in f}
        speeds = {(f["engine"], f["mode"], f["snippets"]): f for f in figures if f.get("size") == size and "qps" in f}
        text = builds["Puente"]["text_bytes"]
        print(f"\n**In process, {builds['Puente']['passages']:,} passages ({text / 1e6:.1f} MB of text)**; "
              "queries per second, then p50 / p99 in µs\n")
        print("| engine | build (ms) | index memory (MB; ÷ text) | " + " | ".join(mode_name(*m) for m in MODES) + " |")
        print("|---|---:|---:|" + "---:|" * len(MODES))
        for engine in ENGINES:
            build = builds[engine]
            cells = [f"{speeds[(engine, *m)]['qps']:,.0f}; {speeds[(engine, *m)]['p50_us']:,.0f} / {speeds[(engine, *m)]['p99_us']:,.0f}" for m in MODES]
            print(f"| {engine} | {build['build_ms']:,.0f} | {build['memory_bytes'] / 1e6:.1f}; {build['memory_bytes'] / text:.2f} | " + " | ".join(cells) + " |")
        for peer in ENGINES[1:]:
            ratios = [speeds[("Puente", *m)]["qps"] / speeds[(peer, *m)]["qps"] for m in MODES]
            print(f"| Puente ÷ {peer} | {builds['Puente']['build_ms'] / builds[peer]['build_ms']:.2f} | "
                  f"{builds['Puente']['memory_bytes'] / max(builds[peer]['memory_bytes'], 1):.2f} | "
                  + " | ".join(f"{r:.2f}×" for r in ratios) + " |")
        agreement = next((f for f in figures if f.get("agreement") and f["size"] == size), None)
        if agreement:
            print(f"\nAND hit counts: the three engines agree on {agreement['agreeing']} of the {agreement['comparable']} "
                  "plain queries whose words Puente reaches only as written or folded (no stem, typo or synonym).")


def over_the_socket(figures):
    loads = [f for f in figures if "rps" in f]
    if not loads:
        return
    targets = list(dict.fromkeys(f["target"] for f in loads))
    connection_counts = sorted({f["connections"] for f in loads})
    rounds = len({f.get("round", 0) for f in loads})
    print("\n**Over the Unix socket** (rpcload, one request in flight per connection); requests per second, "
          "p50 / p99 / p999 in µs, and the share of the redis PING floor measured in the same round"
          + (f" (medians of {rounds} interleaved rounds)" if rounds > 1 else "") + "\n")
    print("| target | " + " | ".join(f"{c} connection{'s' if c > 1 else ''}" for c in connection_counts) + " |")
    print("|---|" + "---:|" * len(connection_counts))
    for target in targets:
        cells = []
        for connections in connection_counts:
            runs = [f for f in loads if f["target"] == target and f["connections"] == connections]
            if not runs:
                cells.append("—")
                continue
            def median(key):
                return statistics.median(f[key] for f in runs)
            cells.append(f"{median('rps'):,.0f}; {median('p50_us'):,.0f} / {median('p99_us'):,.0f} / {median('p999_us'):,.0f}; "
                         f"{median('share'):.0%}" + (" (errors!)" if any(f["errors"] or f["failed"] for f in runs) else ""))
        print(f"| {target} | " + " | ".join(cells) + " |")


def start_up(figures):
    if not any("ready_ms" in f or "wall_ms" in f or "rss_kb" in f for f in figures):
        return
    print("\n**Start-up and one-shot**\n")
    print("| measure | value |")
    print("|---|---:|")
    for f in figures:
        if "ready_ms" in f:
            print(f"| daemon start to first answer, {f['target'].split(', ', 1)[1]} | {f['ready_ms']:,.0f} ms |")
        elif "wall_ms" in f:
            print(f"| `puente ask` wall time, warm daemon (median of 15) | {f['wall_ms']:,.1f} ms |")
        elif "rss_kb" in f:
            print(f"| daemon RSS, {f['target']} | {f['rss_kb'] / 1024:,.1f} MB |")


def cost_curve(figures):
    builds = [f for f in figures if f.get("engine") == "Puente" and "build_ms" in f]
    if not builds:
        return
    speeds = {f["size"]: f for f in figures if f.get("engine") == "Puente" and f.get("mode") == "AND" and not f["snippets"]}
    print("\n**Puente's cost curve**\n")
    print("| passages | build (ms) | index memory (MB) | AND p50 (µs) |")
    print("|---:|---:|---:|---:|")
    for f in builds:
        print(f"| {f['passages']:,} | {f['build_ms']:,.0f} | {f['memory_bytes'] / 1e6:.1f} | {speeds[f['size']]['p50_us']:,.0f} |")


def sessions(figures):
    line = next((f for f in figures if f.get("target") == "session-less asks"), None)
    if not line:
        return
    windows, held = line["windows"], line["sessions"]
    first, last = windows[0], windows[-1]
    span = lambda w: f"{w['first']:,}–{w['first'] + w['requests'] - 1:,}"
    print(f"\n**{line['answered']:,} `ask`s without a session on one connection** (rpcload, one in flight); "
          f"asks per second, p50 / p99 in µs\n")
    print(f"| asks | {span(first)} | {span(last)} | last ÷ first |")
    print("|---|---:|---:|---:|")
    print(f"| per second | {first['rps']:,.0f} | {last['rps']:,.0f} | {line['last_to_first']:.2f} "
          f"({'flat: within 10%' if line['flat'] else 'NOT flat: more than 10% slower'}) |")
    print(f"| p50 / p99 µs | {first['p50_us']:,.0f} / {first['p99_us']:,.0f} | {last['p50_us']:,.0f} / {last['p99_us']:,.0f} | |")
    print(f"\nEvery {line['window']:,}: " + ", ".join(f"{w['rps']:,.0f}" for w in windows) + " asks per second. "
          f"Then the daemon held {held['live']:,} conversations ({held['provisional']:,} provisional) of {held['capacity']:,}, "
          f"had evicted {held['evicted']:,} and let {held['expired']:,} expire; its RSS went from "
          f"{line['rss_kb_before'] / 1024:,.1f} MB to {line['rss_kb_after'] / 1024:,.1f} MB"
          + ("." if line["counts_right"] and not line["errors"] else " (counts wrong or errors!)."))


def main(path):
    with open(path, encoding="utf-8") as source:
        results = json.load(source)
    machine = results["machine"]
    print(f"Machine: {machine['cores']} cores, {machine['cpu']}; the run took {machine['minutes']} minutes.")
    figures = results["figures"]
    in_process(figures)
    cost_curve(figures)
    over_the_socket(figures)
    start_up(figures)
    sessions(figures)


if __name__ == "__main__":
    main(sys.argv[1])
