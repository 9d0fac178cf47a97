import Foundation
import Synchronization

/// The database as the server shares it: one writer connection and a small pool of reader
/// connections on one WAL file. Any thread may call it; calls are synchronous.
///
/// Writes are serialized behind a lock and run in `BEGIN IMMEDIATE` transactions on the single
/// writer, so writers queue here instead of racing for SQLite's lock; WAL lets readers run beside
/// the writer without waiting. Together with the busy timeout (for other processes such as
/// `gpm migrate`), "database is locked" does not reach a request.
///
/// ```swift
/// let pool = try DatabasePool(path: "gpm.sqlite")
/// let count: Int? = try pool.read { db in try db.scalar("SELECT count(*) FROM city") }
/// try pool.write { db in try db.run("INSERT INTO city(name) VALUES (?)", "Lyon") }
/// ```
// @unchecked Sendable: the non-Sendable connections are only touched while holding their lock:
// `writer` under `writerLock`; `idleReaders`/`openedReaders` under `readersCondition`, and a reader
// taken out of `idleReaders` belongs to exactly one thread until it is put back. `path` and
// `maximumReaders` are immutable.
public final class DatabasePool: @unchecked Sendable {
    public let path: String
    /// The most reader connections open at once; more concurrent readers wait for one to be free.
    public let maximumReaders: Int

    private let writerLock = NSLock()
    private let writer: Connection
    private let readersCondition = NSCondition()
    private var idleReaders: [Connection] = []
    private var openedReaders = 0
    private var isClosed = false
    private let writes = Atomic<UInt64>(0)

    /// Opens (creating if needed) the database. The writer opens first, so the file exists and is in
    /// WAL mode before any read-only reader connects; readers open lazily, up to `maximumReaders`.
    public init(path: String, maximumReaders: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) throws {
        precondition(maximumReaders >= 1, "a pool needs at least one reader")
        self.path = path
        self.maximumReaders = maximumReaders
        self.writer = try Connection(path: path)
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction on the writer; rolls back and rethrows on error.
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        try writeWithoutTransaction { db in
            try db.transaction(.immediate, body)
        }
    }

    /// Runs `body` on the writer with no transaction around it: for work that manages its own
    /// transactions (the migrator) or that cannot run inside one (`VACUUM`).
    public func writeWithoutTransaction<T>(_ body: (Connection) throws -> T) throws -> T {
        writerLock.lock()
        defer {
            writes.add(1, ordering: .releasing)
            writerLock.unlock()
        }
        return try body(writer)
    }

    /// Counts the writes made through this pool, bumped as each one ends (committed or not). Caches
    /// of what was read remember the count they saw before reading: a different count means stale.
    public var writeGeneration: UInt64 { writes.load(ordering: .acquiring) }

    /// Runs `body` on a read-only connection inside a deferred transaction, so every query in it
    /// sees the same snapshot. Writes inside fail (`SQLITE_READONLY`).
    public func read<T>(_ body: (Connection) throws -> T) throws -> T {
        try withReader { db in
            try db.transaction(.deferred, body)
        }
    }

    /// Copies the whole database into a new file at `destinationPath` while the pool keeps serving
    /// (SQLite's online backup API, one consistent snapshot). An existing file there is overwritten.
    public func backup(to destinationPath: String) throws {
        let destination = try Connection(path: destinationPath)
        defer { destination.close() }
        try withReader { db in
            try db.backup(into: destination)
        }
    }

    /// Closes every connection. Calls made afterwards fail; waiting readers are woken and fail too.
    public func close() {
        writerLock.lock()
        writer.close()
        writerLock.unlock()
        readersCondition.lock()
        isClosed = true
        for reader in idleReaders {
            reader.close()
        }
        idleReaders.removeAll()
        readersCondition.broadcast()
        readersCondition.unlock()
    }

    private func withReader<T>(_ body: (Connection) throws -> T) throws -> T {
        let reader = try checkOutReader()
        defer { checkIn(reader) }
        return try body(reader)
    }

    private func checkOutReader() throws -> Connection {
        readersCondition.lock()
        defer { readersCondition.unlock() }
        while true {
            if isClosed {
                throw SQLiteError.misuse("database pool for \(path) is closed", sql: nil)
            }
            if let reader = idleReaders.popLast() {
                return reader
            }
            if openedReaders < maximumReaders {
                openedReaders += 1
                do {
                    // Opening under the lock is rare (once per reader) and keeps the count exact.
                    return try Connection(path: path, readOnly: true)
                } catch {
                    openedReaders -= 1
                    throw error
                }
            }
            readersCondition.wait()
        }
    }

    private func checkIn(_ reader: Connection) {
        readersCondition.lock()
        defer { readersCondition.unlock() }
        if isClosed {
            reader.close()
            openedReaders -= 1
        } else {
            idleReaders.append(reader)
            readersCondition.signal()
        }
    }
}
