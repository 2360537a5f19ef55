import Foundation
import PuenteSupport

/// Responses that depend only on the knowledge snapshot and the language (the
/// brief, the coverage view, the vocabulary, the session, the OpenRPC document),
/// encoded once and then served as they are, on the event loop: a brief costs a few
/// hundred milliseconds to compose and changes only with a reload.
///
/// Bounded: one entry per (method, language), a few dozen in all.
public final class SnapshotDocuments: Sendable {
    /// Kept as bytes, not `Data`: LeakSanitizer cannot follow `Data`'s tagged storage
    /// pointers and would report every kept response as a leak.
    private let encoded = Locked<[String: [UInt8]]>([:])

    public init() {}

    /// Whether the response for `method` in `language` is composed already (and so
    /// costs a lookup).
    func isComposed(_ method: String, language: String) -> Bool {
        let key = method + "/" + language
        return encoded.withLock { $0[key] != nil }
    }

    /// The response for `method` in `language`, composed by `make` the first time.
    /// Two requests racing for the first may both compose it; one result is kept.
    func response(_ method: String, language: String, _ make: () throws -> Data) rethrows -> Data {
        let key = method + "/" + language
        if let known = encoded.withLock({ $0[key] }) { return Data(known) }
        let fresh = try make()
        encoded.withLock { $0[key] = $0[key] ?? Array(fresh) }
        return fresh
    }
}
