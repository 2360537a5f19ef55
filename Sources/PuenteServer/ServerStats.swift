import Foundation
import Histogram
import PuenteSupport

/// The daemon's counters: connections, requests and errors by method, latency.
public final class ServerStats: Sendable {
    private struct Counters {
        var openConnections = 0
        var totalConnections = 0
        var requests: [String: Int] = [:]
        var errors: [String: Int] = [:]
        /// Microseconds, 1 µs to 60 s, three significant digits.
        var latency = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    }

    private let counters = Locked(Counters())
    public let started = ContinuousClock.now

    public init() {}

    /// Counts a new connection; false when it would exceed `limit` (it is then not counted).
    public func openConnection(limit: Int) -> Bool {
        counters.withLock { counters in
            guard counters.openConnections < limit else { return false }
            counters.openConnections += 1
            counters.totalConnections += 1
            return true
        }
    }

    public func closeConnection() {
        counters.withLock { $0.openConnections -= 1 }
    }

    public func record(method: String, duration: Duration, failed: Bool) {
        let microseconds = UInt64(
            max(1, duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000))
        counters.withLock { counters in
            counters.requests[method, default: 0] += 1
            if failed { counters.errors[method, default: 0] += 1 }
            _ = counters.latency.record(min(microseconds, 60_000_000))
        }
    }

    public struct Snapshot: Sendable {
        public var openConnections: Int
        public var totalConnections: Int
        public var requests: [String: Int]
        public var errors: [String: Int]
        public var p50: Int
        public var p99: Int
        public var p999: Int
        public var count: Int
        public var uptimeSeconds: Int
    }

    public var snapshot: Snapshot {
        let uptime = Int((ContinuousClock.now - started).components.seconds)
        return counters.withLock { counters in
            Snapshot(
                openConnections: counters.openConnections, totalConnections: counters.totalConnections,
                requests: counters.requests, errors: counters.errors,
                p50: Int(counters.latency.valueAtPercentile(50)), p99: Int(counters.latency.valueAtPercentile(99)),
                p999: Int(counters.latency.valueAtPercentile(99.9)), count: Int(counters.latency.totalCount),
                uptimeSeconds: uptime)
        }
    }
}
