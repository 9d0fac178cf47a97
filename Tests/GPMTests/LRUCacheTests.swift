import Testing
@testable import GPM

/// The page cache's store: bounded by bytes, least recently used out first.
@Suite struct LRUCacheTests {
    @Test func evictsTheLeastRecentlyUsedUntilTheBytesFit() {
        var cache = LRUCache<String, Int>(maximumCost: 100)
        cache.set(1, for: "a", cost: 40)
        cache.set(2, for: "b", cost: 40)
        #expect(cache.value(for: "a") == 1)  // a is now the most recent
        cache.set(3, for: "c", cost: 40)  // 120 > 100: b goes, not a
        #expect(cache.value(for: "b") == nil)
        #expect(cache.value(for: "a") == 1)
        #expect(cache.value(for: "c") == 3)
        #expect(cache.totalCost == 80)
        cache.set(4, for: "huge", cost: 101)  // larger than the budget: not kept, nothing evicted
        #expect(cache.value(for: "huge") == nil)
        #expect(cache.count == 2)
        cache.set(5, for: "a", cost: 10)  // replacing re-weighs
        #expect(cache.totalCost == 50)
        for index in 0..<1000 { cache.set(index, for: "k\(index)", cost: 7) }
        #expect(cache.totalCost <= 100)
        #expect(cache.value(for: "k999") == 999)
    }
}
