import CBench
import Foundation

/// Bytes the C heap holds now: small blocks plus memory-mapped large ones.
func heapInUse() -> Int {
    let info = mallinfo2()
    return Int(info.uordblks + info.hblkhd)
}

func nanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

/// Queries per second (median of the runs) and latency percentiles (over all runs).
struct Throughput {
    var queriesPerSecond: Double
    var p50: Double
    var p99: Double

    /// Runs every query `runs` times through `body`, timing each call.
    init(queries: [Corpus.Query], runs: Int, _ body: (Corpus.Query) -> Int) {
        var latencies: [UInt64] = []
        latencies.reserveCapacity(queries.count * runs)
        var rates: [Double] = []
        var sink = 0
        for _ in 0..<runs {
            let start = nanoseconds()
            for query in queries {
                let before = nanoseconds()
                sink &+= body(query)
                latencies.append(nanoseconds() - before)
            }
            rates.append(Double(queries.count) / (Double(nanoseconds() - start) / 1e9))
        }
        precondition(sink >= 0)
        latencies.sort()
        queriesPerSecond = rates.sorted()[rates.count / 2]
        p50 = Double(latencies[latencies.count / 2]) / 1000
        p99 = Double(latencies[latencies.count * 99 / 100]) / 1000
    }
}

/// One JSON object per line, for Scripts/bench to gather.
func report(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}
