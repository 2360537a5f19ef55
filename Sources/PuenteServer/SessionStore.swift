import Foundation
import PuenteAssistant
import PuenteSupport

/// Chat sessions: one `Conversation` per session id, forgotten after `idleLifetime`
/// (30 minutes by default), at most `capacity` of them.
///
/// A conversation is kept, or kept provisionally: provisionally when an `ask` named no
/// session and did not ask to keep one (a one-shot client may never send the id back),
/// kept when the client named it or asked to keep it. A provisional conversation that
/// gets a second turn is kept from then on. When room runs out, the least recently used
/// provisional conversation goes first; a kept one goes only when the provisional ones
/// are down to `provisionalReserve`, so a flood of one-shot questions cannot push out the
/// conversations people are having, and newcomers still find room.
///
/// Every call holds the lock for O(1) work: each list is in order of last use, so the
/// oldest is always at hand and evicting it costs the same at any size. Idle
/// conversations are dropped from the old end, two per save at most (so the expired
/// never pile up under steady use), or when they are looked up; `statistics` drops the
/// rest first, which costs once per conversation, not per request.
public final class SessionStore: Sendable {
    /// How long an idle conversation is kept by default.
    public static let defaultIdleLifetime: Duration = .seconds(30 * 60)

    /// How a conversation is kept after a turn.
    public enum Keeping: Sendable {
        /// The client sends the id back (it named the session or asked to keep it).
        case kept
        /// Nothing says the client will come back: the first to go when room runs out.
        case provisional
    }

    /// What the store holds and has let go, for `stats`.
    public struct Statistics: Sendable, Hashable {
        /// Conversations held and not expired, provisional ones included.
        public var live: Int
        /// Of those, the ones kept provisionally.
        public var provisional: Int
        /// Conversations held at most.
        public var capacity: Int
        /// Conversations dropped to make room while they were still live.
        public var evicted: Int
        /// Conversations dropped after `idleLifetime` without a turn.
        public var expired: Int
    }

    private struct Entry {
        var conversation: Conversation
        var lastUsed: ContinuousClock.Instant
    }

    private struct State {
        var kept = RecencyList<String, Entry>()
        var provisional = RecencyList<String, Entry>()
        var evicted = 0
        var expired = 0

        var count: Int { kept.count + provisional.count }

        mutating func remove(_ id: String) {
            if kept.removeValue(forKey: id) == nil { provisional.removeValue(forKey: id) }
        }
    }

    private let state = Locked(State())
    /// The sessions with a turn under way, each with the turns waiting for it, oldest
    /// first: as many entries as turns in flight, none once they are done.
    private let turns = Locked<[String: [CheckedContinuation<Void, Never>]]>([:])
    private let clock = ContinuousClock()
    /// Conversations held at most, kept and provisional together.
    public let capacity: Int
    /// Provisional conversations that keep their room even when kept ones need it.
    public let provisionalReserve: Int
    /// How long a conversation without a turn is kept.
    public let idleLifetime: Duration

    /// - Parameters:
    ///   - capacity: conversations held at most (at least 1).
    ///   - provisionalReserve: places provisional conversations keep; a tenth of
    ///     `capacity` when nil.
    public init(
        capacity: Int = 10_000, provisionalReserve: Int? = nil,
        idleLifetime: Duration = SessionStore.defaultIdleLifetime
    ) {
        precondition(capacity >= 1, "a session store holds at least one conversation")
        self.capacity = capacity
        self.provisionalReserve = min(provisionalReserve ?? capacity / 10, capacity)
        self.idleLifetime = idleLifetime
    }

    /// The conversation for `id`, or a fresh one when `id` is unknown or expired (under
    /// that id) or nil (under a new id); `held` says whether `id`'s conversation was found.
    public func conversation(for id: String?) -> (id: String, conversation: Conversation, held: Bool) {
        guard let id else { return (Self.newID(), Conversation(), false) }
        return state.withLock { state in
            let now = clock.now
            if let entry = state.kept[id] ?? state.provisional[id] {
                if now - entry.lastUsed < idleLifetime { return (id, entry.conversation, true) }
                state.remove(id)
                state.expired += 1
            }
            return (id, Conversation(), false)
        }
    }

    /// Stores the conversation after a turn as the most recently used; a provisional one
    /// saved as kept moves to the kept ones. Evicts one conversation when past capacity.
    public func save(_ conversation: Conversation, for id: String, keeping: Keeping) {
        state.withLock { state in
            let now = clock.now
            let entry = Entry(conversation: conversation, lastUsed: now)
            switch keeping {
            case .kept:
                state.provisional.removeValue(forKey: id)
                state.kept.updateValue(entry, forKey: id)
            case .provisional where state.kept[id] != nil:
                // Already kept: a turn never demotes it.
                state.kept.updateValue(entry, forKey: id)
            case .provisional:
                state.provisional.updateValue(entry, forKey: id)
            }
            dropExpired(&state, now: now, atMost: 2)
            while state.count > capacity, evictOne(&state, sparing: id, now: now) {}
        }
    }

    /// Runs `body`, a turn of session `id`, when no other turn of `id` is under way:
    /// turns of one session run one at a time, in the order they arrive, so a turn
    /// that reads the conversation (`conversation(for:)`) and saves it (`save`) loses
    /// no other turn's update, whichever connections they come from. Waiting holds no
    /// thread; turns of other sessions never wait.
    public func withTurn<Result>(of id: String, _ body: () throws -> Result) async rethrows -> Result {
        await beginTurn(of: id)
        defer { endTurn(of: id) }
        return try body()
    }

    /// Takes `id`'s turn, after the turns already under way or waiting for it.
    private func beginTurn(of id: String) async {
        await withCheckedContinuation { continuation in
            let free = turns.withLock { turns in
                guard turns[id] != nil else {
                    turns[id] = []
                    return true
                }
                turns[id]?.append(continuation)
                return false
            }
            if free { continuation.resume() }
        }
    }

    /// Hands the turn to the oldest waiting one, or frees it.
    private func endTurn(of id: String) {
        let next = turns.withLock { turns -> CheckedContinuation<Void, Never>? in
            guard var waiting = turns[id], !waiting.isEmpty else {
                turns[id] = nil
                return nil
            }
            let next = waiting.removeFirst()
            turns[id] = waiting
            return next
        }
        next?.resume()
    }

    /// Forgets `id`'s conversation, if it is held.
    public func forget(_ id: String) {
        state.withLock { state in state.remove(id) }
    }

    /// Live conversations and what has been let go; drops the expired ones first.
    public var statistics: Statistics {
        state.withLock { state in
            dropExpired(&state, now: clock.now, atMost: .max)
            return Statistics(
                live: state.count, provisional: state.provisional.count, capacity: capacity,
                evicted: state.evicted, expired: state.expired)
        }
    }

    /// Drops up to `limit` conversations idle past their lifetime, oldest first.
    private func dropExpired(_ state: inout State, now: ContinuousClock.Instant, atMost limit: Int) {
        var dropped = 0
        while dropped < limit {
            if let oldest = state.provisional.oldest, now - oldest.value.lastUsed >= idleLifetime {
                state.provisional.removeOldest()
            } else if let oldest = state.kept.oldest, now - oldest.value.lastUsed >= idleLifetime {
                state.kept.removeOldest()
            } else {
                break
            }
            dropped += 1
        }
        state.expired += dropped
    }

    /// Evicts the least recently used provisional conversation, or the least recently used
    /// kept one when the provisional ones are down to their reserve; never `saved`, the
    /// conversation just stored. False when there was nothing to evict.
    private func evictOne(_ state: inout State, sparing saved: String, now: ContinuousClock.Instant) -> Bool {
        var fromProvisional = state.provisional.count > provisionalReserve || state.kept.isEmpty
        let candidate = fromProvisional ? state.provisional.oldest : state.kept.oldest
        // A list whose only conversation is the one just saved gives way to the other
        // (which is not empty, since the store is past a capacity of at least one).
        if candidate?.key == saved { fromProvisional.toggle() }
        guard let victim = fromProvisional ? state.provisional.removeOldest() : state.kept.removeOldest() else {
            return false
        }
        if now - victim.value.lastUsed >= idleLifetime { state.expired += 1 } else { state.evicted += 1 }
        return true
    }

    static func newID() -> String {
        "s-" + UUID().uuidString.lowercased().prefix(13).replacingOccurrences(of: "-", with: "")
    }
}
