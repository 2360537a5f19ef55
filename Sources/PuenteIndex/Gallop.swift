extension Array where Element == UInt32 {
    /// The first index in `start..<end` whose value is not below `value` (`end` if
    /// none), for sorted values: steps of doubling length, then a binary search,
    /// so a probe costs the log of how far it moves, not of the whole array.
    func gallop(to value: UInt32, from start: Int, before end: Int) -> Int {
        guard start < end, self[start] < value else { return start }
        // Below: self[low] < value, and self[high] >= value unless high is `end`.
        var low = start
        var step = 1
        while low + step < end && self[low + step] < value {
            low += step
            step *= 2
        }
        var high = Swift.min(low + step, end)
        while low + 1 < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle } else { high = middle }
        }
        return high
    }
}
