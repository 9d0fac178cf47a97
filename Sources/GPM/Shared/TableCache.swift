import SQLite
import Synchronization

/// Keeps one value read from the database (the peer profiles of every city, the choices of a filter
/// form) until one of the tables it was read from is written, so a page that needs it costs a lookup
/// instead of the same queries on every request.
///
/// The pool's commit stamp is read *before* loading and the tables the load reads are recorded (the
/// pool's authorizer names them): a write that lands while loading leaves the value tagged with the older
/// stamp, so the next call loads again and nothing stale is kept. Writes by another process (`gpm seed`,
/// the sqlite3 shell) are not seen by the pool; `maximumAge` bounds how long those go unseen, as the page
/// cache does.
///
/// ```swift
/// let options = TableCache<FilterOptions>(database: pool)
/// let current = try options.value { db in try FilterOptions.load(db) }
/// ```
final class TableCache<Value: Sendable>: Sendable {
    private struct Entry {
        let stamp: UInt64
        let tables: Set<String>
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
        let now = ContinuousClock.now
        if let cached = entry.withLock({ $0 }), now - cached.loadedAt < maximumAge,
           database.lastWrite(to: cached.tables) <= cached.stamp {
            // A page cache watching this request must learn what the value was read from.
            database.noteRead(cached.tables)
            return cached.value
        }
        let stamp = database.commitStamp
        let (value, tables) = try database.observingReads { try database.read(load) }
        entry.withLock { $0 = Entry(stamp: stamp, tables: tables, loadedAt: now, value: value) }
        return value
    }
}

