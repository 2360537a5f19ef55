/// The one generator of "unknown … did you mean" messages: it quotes what was
/// typed, lists what is accepted and suggests the closest, always in the same
/// shape, wherever the mistake was made (a filter field or value, a param, a
/// method, a record id, a vocabulary name):
///
///     unknown region 'afrika'; expected africa, americas or arab-states (did you mean 'africa'?)
package enum Choices {
    /// The longest list a message spells out; more are counted.
    package static let shownItems = 20

    /// "unknown `what` 'typed'; `accepted` (did you mean 'closest'?)`after`".
    /// - Parameters:
    ///   - accepted: what is accepted, in words ("expected a, b or c"); see `expected(_:)`.
    ///   - closest: the suggestions, nearest first; none, one or several.
    ///   - after: more to say, such as where the full list is ("; rpc.discover lists the methods").
    package static func unknown(
        _ what: String, _ typed: String, accepted: String? = nil, closest: [String] = [], after: String = ""
    ) -> String {
        "unknown \(what) '\(typed)'" + (accepted.map { "; " + $0 } ?? "") + hint(closest) + after
    }

    /// "'limit' must be an integer from 0 to 100; got 500": a value of the wrong shape.
    package static func mismatch(_ what: String, accepted: String, got: String) -> String {
        "\(what) must be \(accepted); got \(got)"
    }

    /// "missing 'text' for ask: a string of at most 2000 characters (the participant's words)".
    package static func missing(_ what: String, for owner: String, accepted: String, summary: String) -> String {
        "missing \(what) for \(owner): \(accepted) (\(summary))"
    }

    /// "expected a, b or c", at most `shownItems` of them, then how many more.
    package static func expected(_ items: [String]) -> String {
        "expected " + listing(items)
    }

    /// "a, b or c", quoting nothing: the choices are identifiers.
    package static func listing(_ items: [String]) -> String {
        let shown = items.prefix(shownItems)
        let more = items.count > shown.count ? " (and \(items.count - shown.count) more)" : ""
        guard shown.count > 1 else { return (shown.first ?? "") + more }
        return shown.dropLast().joined(separator: ", ") + " or " + shown.last! + more
    }

    /// " (did you mean 'a'?)", " (did you mean 'a' or 'b'?)", or nothing.
    package static func hint(_ closest: [String]) -> String {
        guard !closest.isEmpty else { return "" }
        let quoted = closest.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return " (did you mean \(list)?)"
    }
}
