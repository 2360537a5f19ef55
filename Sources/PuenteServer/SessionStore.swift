import Foundation
import PuenteAssistant

import PuenteSupport

/// Chat sessions: one `Conversation` per session id, forgotten after 30 idle
/// minutes, at most `capacity` of them (the least recently used goes first).
public final class SessionStore: Sendable {
    public static let idleLifetime: Duration = .seconds(30 * 60)

    private struct Entry {
        var conversation: Conversation
        var lastUsed: ContinuousClock.Instant
    }

    private let entries = Locked<[String: Entry]>([:])
    public let capacity: Int
    private let clock = ContinuousClock()

    public init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The conversation for `id`, or a fresh one when `id` is unknown or expired (under
    /// that id) or nil (under a new id); `held` says whether `id`'s conversation was found.
    public func conversation(for id: String?) -> (id: String, conversation: Conversation, held: Bool) {
        let now = clock.now
        return entries.withLock { entries in
            if let id, let entry = entries[id], now - entry.lastUsed < Self.idleLifetime {
                return (id, entry.conversation, true)
            }
            return (id ?? Self.newID(), Conversation(), false)
        }
    }

    /// Stores the conversation after a turn, evicting expired and, past capacity, the oldest sessions.
    public func save(_ conversation: Conversation, for id: String) {
        let now = clock.now
        entries.withLock { entries in
            entries[id] = Entry(conversation: conversation, lastUsed: now)
            guard entries.count > capacity else { return }
            entries = entries.filter { now - $0.value.lastUsed < Self.idleLifetime }
            while entries.count > capacity, let oldest = entries.min(by: { $0.value.lastUsed < $1.value.lastUsed }) {
                entries[oldest.key] = nil
            }
        }
    }

    /// Sessions held now (expired ones included until the next eviction).
    public var count: Int { entries.withLock { $0.count } }

    static func newID() -> String {
        "s-" + UUID().uuidString.lowercased().prefix(13).replacingOccurrences(of: "-", with: "")
    }
}
