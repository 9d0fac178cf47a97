import SQLite
import Synchronization

/// Keeps one value read from the database (the peer profiles of every city, the choices of a filter
/// form) until the next write through the pool, so a page that needs it costs a lookup instead of
/// the same queries on every request.
///
/// The write generation is read *before* loading: a write that lands while loading leaves the value
/// tagged with the older generation, so the next call loads again and nothing stale is kept. Writes
/// by another process (`gpm seed`, the sqlite3 shell) do not bump the generation; `maximumAge` bounds
/// how long those go unseen, as the page cache does.
///
/// ```swift
/// let options = WriteGenerationCache<FilterOptions>(database: pool)
/// let current = try options.value { db in try FilterOptions.load(db) }
/// ```
final class WriteGenerationCache<Value: Sendable>: Sendable {
    private struct Entry {
        let generation: UInt64
        let loadedAt: ContinuousClock.Instant
        let value: Value
    }

    private let database: DatabasePool
    private let maximumAge: Duration
    private let entry = Mutex<Entry?>(nil)

    init(database: DatabasePool, maximumAge: Duration = .seconds(10)) {
        self.database = database
        self.maximumAge = maximumAge
    }

    /// The cached value, or a fresh one read by `load` in its own read snapshot.
    /// Concurrent misses may each load; the last one stored wins, and all are current.
    func value(_ load: (Connection) throws -> Value) throws -> Value {
        let generation = database.writeGeneration
        let now = ContinuousClock.now
        if let cached = entry.withLock({ $0 }), cached.generation == generation, now - cached.loadedAt < maximumAge {
            return cached.value
        }
        let value = try database.read(load)
        entry.withLock { $0 = Entry(generation: generation, loadedAt: now, value: value) }
        return value
    }
}
