import Foundation
import PuenteKnowledge
import PuenteProtocol

/// Why a knowledge folder could not be served: every problem, as `file:line:column: message`.
public struct KnowledgeProblems: Error, Sendable, RPCErrorConvertible {
    public var issues: [String]

    public var rpcError: RPCError { .knowledgeInvalid(issues) }
}

extension Assistant {
    /// Loads, validates and indexes a knowledge folder.
    /// - Parameter interest: the room's tally, kept across reloads.
    /// - Throws: `KnowledgeProblems` with every problem found.
    public static func loading(from directory: URL, interest: InterestTally = InterestTally()) throws(KnowledgeProblems)
        -> Assistant
    {
        do {
            return Assistant(knowledge: try KnowledgeLoader.load(from: directory), interest: interest)
        } catch {
            throw KnowledgeProblems(issues: error.issues.map(\.description))
        }
    }
}
