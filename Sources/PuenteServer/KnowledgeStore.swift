import Foundation
import PuenteAssistant
import PuenteSupport

/// The knowledge the daemon serves, swapped atomically on reload.
///
/// A request takes the current snapshot once and works on it to the end, so a
/// reload never changes the ground under a query in flight; the old snapshot is
/// freed when its last query finishes.
public final class KnowledgeStore: Sendable {
    /// A class, so that taking the current snapshot costs one reference count, not
    /// one for each of the index's arrays: most requests take it, from every event
    /// loop at once.
    public final class Snapshot: Sendable {
        public let assistant: Assistant
        public let loadedAt: Date
        /// `loadedAt` as `stats` reports it, written once: a formatter costs about a
        /// third of a `stats` request.
        public let loadedAtText: String
        public let loadDuration: Duration
        /// The brief and coverage of this snapshot, once composed.
        public let documents = SnapshotDocuments()
        /// Searches and one-shot asks this snapshot has answered, for the next identical request.
        public let responses: ResponseCache

        init(
            assistant: Assistant, loadedAt: Date, loadedAtText: String, loadDuration: Duration, responses: ResponseCache
        ) {
            self.assistant = assistant
            self.loadedAt = loadedAt
            self.loadedAtText = loadedAtText
            self.loadDuration = loadDuration
            self.responses = responses
        }
    }

    public let directory: URL
    /// How many responses each snapshot keeps (see `ResponseCache`).
    public let responseCacheCapacity: Int
    /// Facet counts survive reloads: they describe the room, not the knowledge.
    public let interest: InterestTally
    private let current: Locked<Snapshot>
    /// One reload at a time; a second waits for the first.
    private let reloading = Locked<Void>(())

    /// The responses a snapshot keeps unless told otherwise: a search's response is a
    /// few kilobytes, an answer's up to about ten, so a full cache holds a few megabytes.
    public static let defaultResponseCacheCapacity = 512

    /// Opens when the dictionaries that tell a real word from a typo are loaded (see
    /// `Assistant.loadDictionaries`). A request that reads words waits here first:
    /// reaching the dictionaries while they load would block its thread of the
    /// concurrency pool in their initialiser, and a few early questions would hold
    /// every thread of the pool.
    package let dictionaries: Latch

    /// Runs each time the current snapshot is taken, after it is taken: a test puts a
    /// reload there to land between a request's start and its handling.
    package let snapshotTaken = Locked<(@Sendable () -> Void)?>(nil)

    /// The process's dictionaries: open once they are loaded (see `startLoadingDictionaries`).
    private static let processDictionaries = Latch()

    /// Loads the process's dictionaries, once, on a thread of their own (not one of the
    /// concurrency pool's); the first store starts it once its knowledge is indexed, so
    /// that the daemon answers first, and a question asked before they are in waits.
    private static let startLoadingDictionaries: Void = {
        Thread.detachNewThread {
            Assistant.loadDictionaries()
            processDictionaries.open()
        }
    }()

    /// Loads the folder for the first time.
    /// - Parameter interest: the counts to go on from (those a previous run saved); none by default.
    /// - Throws: `KnowledgeProblems` with every problem found.
    public convenience init(
        directory: URL, responseCacheCapacity: Int = defaultResponseCacheCapacity,
        interest: InterestTally = InterestTally()
    ) throws(KnowledgeProblems) {
        try self.init(
            directory: directory, responseCacheCapacity: responseCacheCapacity, dictionaries: Self.processDictionaries,
            interest: interest)
        Self.startLoadingDictionaries
    }

    /// Loads the folder for the first time, with requests that read words waiting for `dictionaries`.
    package init(
        directory: URL, responseCacheCapacity: Int = defaultResponseCacheCapacity, dictionaries: Latch,
        interest: InterestTally = InterestTally()
    ) throws(KnowledgeProblems) {
        self.directory = directory
        self.interest = interest
        self.responseCacheCapacity = responseCacheCapacity
        self.dictionaries = dictionaries
        current = Locked(try Self.load(directory, interest: interest, responseCacheCapacity: responseCacheCapacity))
    }

    /// The current snapshot. A request takes it once and hands it down to everything it
    /// does, so that all of it sees one knowledge even when a reload lands meanwhile.
    public var snapshot: Snapshot {
        let taken = current.withLock { $0 }
        snapshotTaken.withLock { $0 }?()
        return taken
    }

    /// Loads, validates and indexes the folder again and swaps it in; on failure
    /// the current snapshot stays. Blocks the calling thread while it builds.
    public func reload() -> Result<Snapshot, KnowledgeProblems> {
        reloading.withLock { _ in
            do throws(KnowledgeProblems) {
                let fresh = try Self.load(directory, interest: interest, responseCacheCapacity: responseCacheCapacity)
                current.withLock { $0 = fresh }
                return .success(fresh)
            } catch {
                return .failure(error)
            }
        }
    }

    private static func load(_ directory: URL, interest: InterestTally, responseCacheCapacity: Int)
        throws(KnowledgeProblems) -> Snapshot
    {
        let clock = ContinuousClock()
        let start = clock.now
        let assistant = try Assistant.loading(from: directory, interest: interest)
        let loadedAt = Date()
        return Snapshot(
            assistant: assistant, loadedAt: loadedAt, loadedAtText: ISO8601DateFormatter().string(from: loadedAt),
            loadDuration: clock.now - start, responses: ResponseCache(capacity: responseCacheCapacity))
    }
}
