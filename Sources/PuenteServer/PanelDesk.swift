import Foundation
import Logging
import PuenteAssistant
import PuenteProtocol
import PuenteStore
import PuenteSupport

/// The panel queue's methods, between the protocol and the store: checks what a
/// participant sent, reads it with the assistant, and keeps it in the store.
///
/// The store may be missing (a database that could not be opened): every panel method
/// then answers -32005 with the database's path, and the rest of the daemon is unaffected.
public final class PanelDesk: Sendable {
    private let store: Result<StateStore, StoreError>

    /// A desk over the database in `directory`; a database that cannot be opened is
    /// logged (with its path) and left as it is.
    public init(stateDirectory directory: URL, logger: Logger) {
        do {
            let store = try StateStore(directory: directory)
            logger.info("state database opened", metadata: ["path": "\(store.path)"])
            self.store = .success(store)
        } catch {
            logger.error(
                "state database unavailable; the panel queue is off, everything else answers",
                metadata: ["path": "\(error.path)", "reason": "\(error.reason)"])
            self.store = .failure(error)
        }
    }

    /// The database, when it could be opened: the interest counts are kept there too.
    public var database: StateStore? { try? store.get() }

    /// A desk with no database, for a daemon run without state (tests of other parts).
    public init(unavailable error: StoreError) {
        store = .failure(error)
    }

    private func opened() throws(RPCError) -> StateStore {
        switch store {
        case .success(let store): return store
        case .failure(let error): throw .stateUnavailable(path: error.path, reason: error.reason)
        }
    }

    /// Runs `body` on the store, reporting its failures as -32005 with the path.
    private func using<T>(_ body: (StateStore) throws(StoreError) -> T) throws(RPCError) -> T {
        let store = try opened()
        do {
            return try body(store)
        } catch {
            throw .stateUnavailable(path: error.path, reason: error.reason)
        }
    }

    func submit(_ params: PanelSubmitParams, _ assistant: Assistant) throws(RPCError) -> Wire.PanelSubmitResult {
        let text = params.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw .invalidParams(
                "'text' is empty; send the question, from 1 to \(MethodCatalogue.panelQuestionLength) characters")
        }
        _ = try opened()
        let reading = assistant.panelReading(of: text, language: params.lang)
        let submission = try using { store throws(StoreError) in
            try store.submit(
                text,
                reading: PanelReading(names: reading.names, words: reading.words, language: reading.language.rawValue))
        }
        return Wire.PanelSubmitResult(id: Int(submission.id), merged: submission.merged, asked: submission.asked)
    }

    func vote(_ params: PanelVoteParams) throws(RPCError) -> Wire.PanelVoteResult {
        let (id, voter) = (params.id, params.voter)
        guard !voter.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalidParams(
                "'voter' is empty; send who votes, such as the REPL's session id, up to 128 characters")
        }
        guard let vote = try using({ store throws(StoreError) in try store.vote(for: Int64(id), by: voter) }) else {
            throw Self.unknown(id)
        }
        return Wire.PanelVoteResult(id: id, votes: vote.votes, counted: vote.counted)
    }

    func mark(_ params: PanelMarkParams) throws(RPCError) -> Wire.PanelMarkResult {
        let id = params.id
        let status = PanelStatus(params.status)
        guard try using({ store throws(StoreError) in try store.mark(Int64(id), as: status) }) else {
            throw Self.unknown(id)
        }
        return Wire.PanelMarkResult(id: id, status: status.rawValue)
    }

    /// The queue, each question with the unit of `assistant`'s knowledge nearest it,
    /// read afresh so that a reload's new knowledge shows at once.
    func queue(_ params: PanelQueueParams, _ assistant: Assistant) throws(RPCError) -> Wire.PanelQueueResult {
        let status = params.status.status.map(PanelStatus.init)
        let questions = try using { store throws(StoreError) in
            try store.queue(status: status, limit: params.limit)
        }
        return Wire.PanelQueueResult(
            questions: questions.map { question in
                let language = ReplyLanguage(rawValue: question.language) ?? .spanish
                return Wire.PanelQuestion(
                    id: Int(question.id), text: question.text, lang: question.language, asked: question.asked,
                    votes: question.votes,
                    status: question.status.rawValue, firstAsked: Self.time(question.firstAsked),
                    lastAsked: Self.time(question.lastAsked),
                    related: assistant.panelRelated(to: question.text, language: language))
            })
    }

    private static func unknown(_ id: Int) -> RPCError {
        .invalidParams("no question of the panel has id \(id); panel_queue with status \"all\" lists every id")
    }

    private static func time(_ seconds: Double) -> String {
        Date(timeIntervalSince1970: seconds.rounded(.down)).ISO8601Format()
    }
}

extension PanelStatus {
    /// The store's status for the wire's: the same three words.
    init(_ status: Wire.PanelStatus) {
        switch status {
        case .open: self = .open
        case .answered: self = .answered
        case .hidden: self = .hidden
        }
    }
}

extension PanelDesk {
    /// A tally that goes on from the interest counts the database holds; from none when
    /// it could not be opened or read (a failed read is logged).
    public func restoredInterest(logger: Logger) -> InterestTally {
        guard let database else { return InterestTally() }
        do {
            return InterestTally(restoring: [InterestKey: Int](stored: try database.interestCounts()))
        } catch {
            logger.error(
                "saved interest counts unreadable; counting afresh",
                metadata: ["path": "\(error.path)", "reason": "\(error.reason)"])
            return InterestTally()
        }
    }
}
