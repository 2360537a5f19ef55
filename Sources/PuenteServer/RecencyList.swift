/// Values by key, in the order they were last stored: finding, storing (which makes a
/// key the most recent), removing any key and removing the least recent are all O(1).
///
/// A doubly linked list threaded through an array of slots, with a dictionary from key
/// to slot; freed slots are reused, so the array never outgrows the most keys held at
/// once. swift-collections' `OrderedDictionary` keeps an order too, but removing any
/// element other than its last shifts every element after it (O(count)), and a cache
/// removes from the front and the middle on every use.
struct RecencyList<Key: Hashable, Value> {
    private struct Node {
        var key: Key
        var value: Value
        var older: Int?
        var newer: Int?
    }

    /// Slots; nil when free. A slot's index never changes while its key is held.
    private var nodes: [Node?] = []
    private var free: [Int] = []
    private var slots: [Key: Int] = [:]
    private var oldestSlot: Int?
    private var newestSlot: Int?

    init() {}

    var count: Int { slots.count }
    var isEmpty: Bool { slots.isEmpty }

    /// The value stored under `key`; its place in the order does not change.
    subscript(key: Key) -> Value? {
        slots[key].map { nodes[$0]!.value }
    }

    /// The least recently stored key and its value.
    var oldest: (key: Key, value: Value)? {
        oldestSlot.map { (nodes[$0]!.key, nodes[$0]!.value) }
    }

    /// Stores `value` under `key` and makes `key` the most recent.
    mutating func updateValue(_ value: Value, forKey key: Key) {
        if let slot = slots[key] {
            nodes[slot]!.value = value
            unlink(slot)
            append(slot)
            return
        }
        let node = Node(key: key, value: value, older: nil, newer: nil)
        let slot: Int
        if let reused = free.popLast() {
            nodes[reused] = node
            slot = reused
        } else {
            nodes.append(node)
            slot = nodes.count - 1
        }
        slots[key] = slot
        append(slot)
    }

    /// Removes `key` and returns its value, or nil when it is not held.
    @discardableResult
    mutating func removeValue(forKey key: Key) -> Value? {
        guard let slot = slots.removeValue(forKey: key) else { return nil }
        unlink(slot)
        let value = nodes[slot]!.value
        nodes[slot] = nil
        free.append(slot)
        return value
    }

    /// Removes the least recently stored key and returns it with its value.
    @discardableResult
    mutating func removeOldest() -> (key: Key, value: Value)? {
        guard let oldest else { return nil }
        removeValue(forKey: oldest.key)
        return oldest
    }

    /// The keys, least recent first. O(count): for tests and logs, never per request.
    var keysOldestFirst: [Key] {
        var keys: [Key] = []
        var slot = oldestSlot
        while let current = slot {
            keys.append(nodes[current]!.key)
            slot = nodes[current]!.newer
        }
        return keys
    }

    /// Takes `slot` out of the order (it stays allocated).
    private mutating func unlink(_ slot: Int) {
        let older = nodes[slot]!.older
        let newer = nodes[slot]!.newer
        if let older { nodes[older]!.newer = newer } else { oldestSlot = newer }
        if let newer { nodes[newer]!.older = older } else { newestSlot = older }
        nodes[slot]!.older = nil
        nodes[slot]!.newer = nil
    }

    /// Puts `slot` at the most recent end of the order.
    private mutating func append(_ slot: Int) {
        nodes[slot]!.older = newestSlot
        if let newest = newestSlot { nodes[newest]!.newer = slot } else { oldestSlot = slot }
        newestSlot = slot
    }
}
