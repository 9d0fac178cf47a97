/// A least-recently-used map bounded by the total cost of its values (bytes, for the page cache), not by
/// their count: a few large pages and many small ones take what they weigh.
///
/// Not thread-safe: its owner keeps it behind a lock. Every operation is O(1) (a dictionary and a doubly
/// linked list threaded through an array of nodes, with a free list for reuse).
struct LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var key: Key
        var value: Value
        var cost: Int
        var newer: Int?
        var older: Int?
    }

    let maximumCost: Int
    private(set) var totalCost = 0
    private var index: [Key: Int] = [:]
    private var nodes: [Node?] = []
    private var free: [Int] = []
    private var newest: Int?
    private var oldest: Int?

    init(maximumCost: Int) { self.maximumCost = maximumCost }

    var count: Int { index.count }

    /// The value for `key`, marked as just used.
    mutating func value(for key: Key) -> Value? {
        guard let slot = index[key], let node = nodes[slot] else { return nil }
        moveToFront(slot)
        return node.value
    }

    /// Stores `value`, evicting the least recently used entries until the total fits. A value costing
    /// more than the whole budget is not kept.
    mutating func set(_ value: Value, for key: Key, cost: Int) {
        remove(key)
        guard cost <= maximumCost else { return }
        while totalCost + cost > maximumCost, let last = oldest, let node = nodes[last] {
            remove(node.key)
        }
        let node = Node(key: key, value: value, cost: cost, newer: nil, older: newest)
        let slot: Int
        if let reused = free.popLast() {
            nodes[reused] = node
            slot = reused
        } else {
            nodes.append(node)
            slot = nodes.count - 1
        }
        if let first = newest { nodes[first]?.newer = slot }
        newest = slot
        if oldest == nil { oldest = slot }
        index[key] = slot
        totalCost += cost
    }

    /// Forgets `key` if present.
    mutating func remove(_ key: Key) {
        guard let slot = index.removeValue(forKey: key), let node = nodes[slot] else { return }
        unlink(slot, node)
        nodes[slot] = nil
        free.append(slot)
        totalCost -= node.cost
    }

    mutating func removeAll() { self = LRUCache(maximumCost: maximumCost) }

    private mutating func moveToFront(_ slot: Int) {
        guard newest != slot, let node = nodes[slot] else { return }
        unlink(slot, node)
        nodes[slot]?.older = newest
        nodes[slot]?.newer = nil
        if let first = newest { nodes[first]?.newer = slot }
        newest = slot
        if oldest == nil { oldest = slot }
    }

    private mutating func unlink(_ slot: Int, _ node: Node) {
        if let newer = node.newer { nodes[newer]?.older = node.older } else { newest = node.older }
        if let older = node.older { nodes[older]?.newer = node.newer } else { oldest = node.newer }
    }
}
