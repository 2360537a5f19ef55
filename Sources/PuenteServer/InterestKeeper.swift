import Logging
import PuenteAssistant
import PuenteStore
import ServiceLifecycle

/// Keeps the interest counts (what participants ask about, as `stats` shows it) in the
/// state database, so that a restart does not forget what the room asked: saved every
/// `interval` when they changed, and once more at shutdown.
///
/// Counts are not acknowledged to anyone, so they are saved in batches rather than at
/// each question: a crash loses at most the last `interval` of them, and a question
/// never waits for the disk.
public struct InterestKeeper: Service {
    let tally: InterestTally
    let store: StateStore
    let logger: Logger
    let interval: Duration

    public init(tally: InterestTally, store: StateStore, logger: Logger, interval: Duration = .seconds(5)) {
        self.tally = tally
        self.store = store
        self.logger = logger
        self.interval = interval
    }

    public func run() async throws {
        var saved = tally.snapshot()
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let interval = self.interval
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            saved = save(unless: saved)
        }
    }

    /// Saves the counts when they differ from `saved`; returns what is saved now.
    private func save(unless saved: [InterestKey: Int]) -> [InterestKey: Int] {
        let counts = tally.snapshot()
        guard counts != saved else { return saved }
        do {
            try store.saveInterest(counts.stored)
            return counts
        } catch {
            logger.error("interest counts not saved", metadata: ["path": "\(error.path)", "reason": "\(error.reason)"])
            return saved
        }
    }
}
