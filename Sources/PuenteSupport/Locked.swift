import Foundation

/// A value behind a lock, shared between threads.
///
/// Puente uses this rather than the standard library's `Mutex`: on Linux that one
/// synchronises through uninstrumented atomics, so ThreadSanitizer reports every
/// access it guards as a race. This lock is a pthread mutex (through `NSLock`),
/// which the sanitizer understands, so a TSan run reports only real races.
package final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    package init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, holding the lock.
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
