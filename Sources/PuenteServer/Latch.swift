import PuenteSupport

/// A gate that opens once and stays open: requests wait at it for something being
/// prepared (the dictionaries), suspended rather than holding a thread.
///
/// Waiting costs a continuation, not a thread of the concurrency pool, so any number
/// of requests can wait while the pool goes on running the others.
package final class Latch: Sendable {
    private struct State {
        var isOpen = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Locked<State>

    /// A latch that is closed, or open from the start when `open` is true.
    package init(open: Bool = false) {
        state = Locked(State(isOpen: open))
    }

    /// Whether the latch has opened.
    package var isOpen: Bool { state.withLock { $0.isOpen } }

    /// Opens the latch and resumes every waiter; opening it again does nothing.
    package func open() {
        let waiting = state.withLock { state in
            state.isOpen = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for waiter in waiting { waiter.resume() }
    }

    /// Returns once the latch is open, at once when it is.
    package func wait() async {
        if isOpen { return }
        await withCheckedContinuation { continuation in
            let isOpen = state.withLock { state in
                if !state.isOpen { state.waiting.append(continuation) }
                return state.isOpen
            }
            if isOpen { continuation.resume() }
        }
    }
}
