import PuenteSupport
import PuenteText

/// Which vocabulary facets and intents participants' questions touch, as counts
/// only: no question text is kept. Shared by every conversation; safe from any thread.
public final class InterestTally: Sendable {
    private let counts = Locked<[String: Int]>([:])

    public init() {}

    /// A tally that goes on from `counts` (keyed "kind:id", as `snapshot` gives them):
    /// what a previous run of the daemon counted and saved.
    public init(restoring counts: [String: Int]) {
        self.counts.withLock { $0 = counts }
    }

    /// Counts one question touching `interest.facets` ("theme:labour-migration") with its intent.
    public func record(_ interest: Interest) {
        counts.withLock { counts in
            counts["intent:\(interest.intent.rawValue)", default: 0] += 1
            for facet in Set(interest.facets) { counts[facet, default: 0] += 1 }
        }
    }

    /// The most asked-about facets of `kind` ("theme", "region", …), largest first.
    public func top(_ kind: String, limit: Int = 10) -> [(id: String, count: Int)] {
        let prefix = kind + ":"
        return counts.withLock { counts in
            counts.filter { $0.key.hasPrefix(prefix) }
                .map { (String($0.key.dropFirst(prefix.count)), $0.value) }
                .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
                .prefix(limit)
                .map { $0 }
        }
    }

    /// All counts, keyed "kind:id".
    public func snapshot() -> [String: Int] {
        counts.withLock { $0 }
    }
}

/// What one question adds to the tally: the facets it touched and its intent.
public struct Interest: Sendable, Hashable {
    let facets: [String]
    let intent: Intent
}
