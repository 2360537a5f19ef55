/// Plain Levenshtein distance, for "did you mean" among a handful of names
/// (method, parameter, command and vocabulary names). The search engine's own
/// typo tolerance lives in PuenteText; this module needs nothing.
package enum EditDistance {
    package static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The closest name within half the typed name's length in edits (at least 1, at most 3).
    package static func closest(to typed: String, among names: [String]) -> String? {
        let allowed = min(3, max(1, typed.count / 2))
        return names.map { ($0, distance(typed.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= allowed && $0.1 > 0 }
            .min { $0.1 < $1.1 }?.0
    }
}
