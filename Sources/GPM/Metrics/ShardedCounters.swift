import Glibc
import Synchronization

/// A fixed array of counters that many threads add to without a lock and without sharing cache lines:
/// each thread adds to its own shard (a thread gets a shard on its first add, round robin), and a reader
/// sums the shards. One add is a thread-local read and a relaxed atomic add on a line no other thread
/// writes, so the I/O threads answering `/plaintext` do not slow each other down by counting.
///
/// `@unchecked Sendable`: `slots` is allocated once in `init`, never reallocated, and freed in `deinit`
/// when no thread can hold a reference; every access to its elements is an atomic operation.
final class ShardedCounters: @unchecked Sendable {
    /// Counters per shard.
    let count: Int
    /// A multiple of 8 counters (one 64-byte line) per shard, so shards never share a line.
    private let stride: Int
    private let slots: UnsafeMutablePointer<Atomic<UInt64>>

    /// Shards: enough for the I/O threads and the busiest workers of a small machine to rarely share one.
    static let shardCount = 8

    init(count: Int) {
        self.count = count
        stride = (count + 7) / 8 * 8
        let total = stride * Self.shardCount
        slots = .allocate(capacity: total)
        for index in 0..<total { (slots + index).initialize(to: Atomic(0)) }
    }

    deinit {
        slots.deinitialize(count: stride * Self.shardCount)
        slots.deallocate()
    }

    /// Adds `amount` to counter `index` (0..<count) in `shard`, the caller's `ThreadShard.current` (read once
    /// for the several adds of one request).
    @inline(__always)
    func add(_ amount: UInt64, at index: Int, shard: Int) {
        slots[shard &* stride &+ index].wrappingAdd(amount, ordering: .relaxed)
    }

    /// Counter `index` summed over the shards.
    func value(at index: Int) -> UInt64 {
        var total: UInt64 = 0
        for shard in 0..<Self.shardCount { total &+= slots[shard * stride + index].load(ordering: .relaxed) }
        return total
    }
}

/// The shard of the calling thread: assigned on its first use, round robin, kept in thread-local storage.
enum ThreadShard {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "no thread-local key left for the metrics shards")
        return key
    }()
    private static let next = Atomic<Int>(0)

    /// 0..<ShardedCounters.shardCount.
    @inline(__always)
    static var current: Int {
        let key = self.key
        if let stored = pthread_getspecific(key) { return Int(bitPattern: stored) &- 1 }
        let shard = next.wrappingAdd(1, ordering: .relaxed).oldValue % ShardedCounters.shardCount
        // The shard plus one, so that shard 0 is not the null pointer that means "none yet".
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: shard + 1))
        return shard
    }
}
