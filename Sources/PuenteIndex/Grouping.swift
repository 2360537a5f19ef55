/// A list of integer lists in two contiguous arrays (compressed sparse rows):
/// group `i` is `members[starts[i]..<starts[i + 1]]`.
struct Grouping: Sendable {
    private(set) var starts: [UInt32] = [0]
    private(set) var members: [UInt32] = []

    init() {}

    /// Builds groups from (group, member) pairs; members keep their order within a group.
    init(groupCount: Int, pairs: [(group: Int, member: UInt32)]) {
        var counts = Array(repeating: UInt32(0), count: groupCount + 1)
        for pair in pairs { counts[pair.group + 1] += 1 }
        for i in 0..<groupCount { counts[i + 1] += counts[i] }
        var next = counts
        var members = Array(repeating: UInt32(0), count: pairs.count)
        for pair in pairs {
            members[Int(next[pair.group])] = pair.member
            next[pair.group] += 1
        }
        self.starts = counts
        self.members = members
    }

    var count: Int { starts.count - 1 }

    mutating func append<S: Sequence>(_ group: S) where S.Element == UInt32 {
        members.append(contentsOf: group)
        starts.append(UInt32(members.count))
    }

    subscript(group: Int) -> ArraySlice<UInt32> {
        members[Int(starts[group])..<Int(starts[group + 1])]
    }
}
