import Foundation
import PuenteAssistant
import PuenteProtocol
import PuenteSupport

/// Responses to requests a snapshot answers the same way every time (a `search`, a
/// one-shot `ask`), kept for the next identical request: a hall asks the same few
/// questions again and again, and a kept response is served on the event loop for
/// the cost of a lookup instead of a search (about 0.7 ms) or an answer (about 1 ms).
///
/// Keyed by the method and its decoded params, so neither the order of their keys nor
/// a default sent or left out makes two requests differ. Bounded:
/// past `capacity`, the least recently served response goes. A reload starts an
/// empty cache with the new snapshot, so nothing is served from older knowledge.
public final class ResponseCache: Sendable {
    /// A request as the cache tells requests apart.
    struct Key: Sendable, Hashable {
        let method: Method
        /// The params as the client sends them: defaults left out, keys unordered.
        let params: JSONValue?

        init<Params: MethodParams>(_ params: Params) {
            method = Params.method
            self.params = params.encoded
        }
    }

    public struct Entry: Sendable {
        /// Kept as bytes, not `Data`, as in `SnapshotDocuments`.
        let bytes: [UInt8]
        /// What the question added to the interest tally, added again each time the
        /// response is served (nil for a search, which the tally does not count).
        let interest: Interest?
    }

    /// The most responses kept; 0 keeps none.
    public let capacity: Int
    private let entries = Locked(RecencyList<Key, Entry>())

    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Whether a response to `key` is kept (and so costs a lookup).
    func holds(_ key: Key) -> Bool {
        entries.withLock { $0[key] != nil }
    }

    /// The response kept for `key`, made the most recent, or the one `make` builds,
    /// then kept. `served` says which, so that the caller counts a kept answer's interest.
    func response(for key: Key, _ make: () throws -> (Data, Interest?)) rethrows -> (bytes: Data, served: Entry?) {
        if let kept = entries.withLock({ list -> Entry? in
            guard let entry = list[key] else { return nil }
            list.updateValue(entry, forKey: key)
            return entry
        }) {
            return (Data(kept.bytes), kept)
        }
        let (bytes, interest) = try make()
        guard capacity > 0 else { return (bytes, nil) }
        entries.withLock { list in
            list.updateValue(Entry(bytes: Array(bytes), interest: interest), forKey: key)
            if list.count > capacity { list.removeOldest() }
        }
        return (bytes, nil)
    }

    /// How many responses are kept.
    var count: Int { entries.withLock { $0.count } }
}
