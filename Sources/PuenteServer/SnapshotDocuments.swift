import Foundation

import PuenteSupport

/// Responses that depend only on the knowledge snapshot and the language (the
/// brief, the coverage view), encoded once and then served as they are: a brief
/// costs a few hundred milliseconds to compose and changes only with a reload.
///
/// Bounded: one entry per (method, language), a handful in all.
public final class SnapshotDocuments: Sendable {
    private let encoded = Locked<[String: Data]>([:])

    public init() {}

    /// The response for `method` in `language`, composed by `make` the first time.
    /// Two requests racing for the first may both compose it; one result is kept.
    func response(_ method: String, language: String, _ make: () throws -> Data) rethrows -> Data {
        let key = method + "/" + language
        if let known = encoded.withLock({ $0[key] }) { return known }
        let fresh = try make()
        encoded.withLock { $0[key] = $0[key] ?? fresh }
        return fresh
    }
}
