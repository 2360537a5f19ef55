import PuenteSupport
import PuenteText

/// Which vocabulary facets and intents participants' questions touch, as counts
/// only: no question text is kept. Shared by every conversation; safe from any thread.
public final class InterestTally: Sendable {
    private let counts = Locked<[InterestKey: Int]>([:])

    public init() {}

    /// A tally that goes on from `counts`: what a previous run of the daemon counted and saved.
    public init(restoring counts: [InterestKey: Int]) {
        self.counts.withLock { $0 = counts }
    }

    /// Counts one question touching `interest.facets` with its intent.
    public func record(_ interest: Interest) {
        counts.withLock { counts in
            counts[.intent(interest.intent), default: 0] += 1
            for facet in Set(interest.facets) { counts[facet, default: 0] += 1 }
        }
    }

    /// The most asked-about values of `kind`, largest first (ties by id).
    public func top(_ kind: FacetKind, limit: Int = 10) -> [(id: String, count: Int)] {
        let values = counts.withLock { counts in
            counts.compactMap { key, count -> (id: String, count: Int)? in
                guard case .facet(kind, let id) = key else { return nil }
                return (id, count)
            }
        }
        return Array(values.sorted { ($1.count, $0.id) < ($0.count, $1.id) }.prefix(limit))
    }

    /// All counts.
    public func snapshot() -> [InterestKey: Int] {
        counts.withLock { $0 }
    }
}

/// What one count of the tally is of: a value of a facet, or an intent.
public enum InterestKey: Sendable, Hashable {
    case facet(FacetKind, id: String)
    case intent(Intent)
}

/// What one question adds to the tally: the facets it touched and its intent.
public struct Interest: Sendable, Hashable {
    let facets: [InterestKey]
    let intent: Intent
}
