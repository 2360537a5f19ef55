import ArgumentParser
import Foundation

/// `--timeout SECONDS`: a number of seconds, whole or not. Help shows a whole
/// default as people write it ("60", not "60.0").
struct Seconds: ExpressibleByArgument {
    var value: TimeInterval

    init(_ value: TimeInterval) { self.value = value }

    init?(argument: String) {
        guard let value = TimeInterval(argument) else { return nil }
        self.value = value
    }

    var defaultValueDescription: String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
