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
    /// The thread inside `writeWithoutTransaction` (0: none), to refuse a nested write instead of deadlocking.
    private let writerThread = Atomic<UInt>(0)
    /// Per table, the commit stamp of its last write; `commits` is the stamp of the newest commit.
    private let tableStamps = Mutex<TableStamps>(TableStamps())

    private struct TableStamps {
        var commits: UInt64 = 0
        var lastWrite: [String: UInt64] = [:]
    }

    /// Connections handed out and waits for one, by kind (`statistics`).
    private let readCounters = WaitCounters()
    private let writeCounters = WaitCounters()

    /// The observation of the read in progress on this thread, if a caller asked for one.
    @TaskLocal private static var observation: TableReadObservation?

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
            _ = db.takeWrittenTables()
            do {
                let result = try db.transaction(.immediate, body)
                recordCommit(of: db.takeWrittenTables())
                return result
            } catch {
                _ = db.takeWrittenTables()  // rolled back: nothing changed
                throw error
            }
        }
    }

    /// Runs `body` on the writer with no transaction around it: for work that manages its own
    /// transactions (the migrator) or that cannot run inside one (`VACUUM`).
    ///
    /// A write may not start while the same thread is inside one: the writer's lock is not reentrant, and
    /// waiting on it would hang the thread for ever. That is a programming error (a service calling another
    /// service inside its transaction), so it stops the process with a message, as GRDB does.
    public func writeWithoutTransaction<T>(_ body: (Connection) throws -> T) throws -> T {
        let thread = UInt(bitPattern: Int(bitPattern: UInt(pthread_self())))
        precondition(
            writerThread.load(ordering: .relaxed) != thread,
            "DatabasePool.write called inside another write on the same thread: nested writes would deadlock")
        writeCounters.acquisitions.add(1, ordering: .relaxed)  // counted on asking, as reads are
        if !writerLock.try() {
            // Only a contended lock is timed: the uncontended path costs one `try` and one atomic add.
            let waitStart = DispatchTime.now().uptimeNanoseconds
            writerLock.lock()
            writeCounters.recordWait(since: waitStart)
        }
        writerThread.store(thread, ordering: .relaxed)
        defer {
            writerThread.store(0, ordering: .relaxed)
            writes.add(1, ordering: .releasing)
            writerLock.unlock()
        }
        do {
            let result = try body(writer)
            if !writer.isInTransaction { recordCommit(of: writer.takeWrittenTables()) }
            return result
        } catch {
            // Work without a transaction (migrations) may have committed part of what it did.
            recordCommit(of: writer.takeWrittenTables())
            throw error
        }
    }

    /// Stamps each written table with a new commit number.
    private func recordCommit(of tables: Set<String>) {
        guard !tables.isEmpty else { return }
        tableStamps.withLock { stamps in
            stamps.commits += 1
            for table in tables { stamps.lastWrite[table] = stamps.commits }
        }
    }

    /// The stamp of the newest commit that wrote anything. Read it *before* reading data: an entry built
    /// from that data is current while none of its tables was written after this stamp.
    public var commitStamp: UInt64 { tableStamps.withLock { $0.commits } }

    /// The stamp of the last commit that wrote one of `tables` (0 if none did since the pool opened).
    public func lastWrite(to tables: Set<String>) -> UInt64 {
        tableStamps.withLock { stamps in
            var newest: UInt64 = 0
            for table in tables { newest = max(newest, stamps.lastWrite[table] ?? 0) }
            return newest
        }
    }

    /// Runs `body` and returns with its result every table the reads on this thread touched meanwhile
    /// (through `read`), so a cache knows which writes make what it keeps stale.
    /// Observations nest: an inner one (a per-page cache loading its value) also reports to the outer one
    /// (the page cache watching the whole request).
    public func observingReads<T>(_ body: () throws -> T) rethrows -> (value: T, tables: Set<String>) {
        let outer = Self.observation
        let observation = TableReadObservation()
        let value = try Self.$observation.withValue(observation) { try body() }
        outer?.record(observation.tables)
        return (value, observation.tables)
    }

    /// Tells the observation in progress on this thread, if any, that its result depends on `tables`
    /// although nothing was read now: a cache answering from memory passes on what its value was read from.
    public func noteRead(_ tables: Set<String>) {
        Self.observation?.record(tables)
    }

    /// Counts the writes made through this pool, bumped as each one ends (committed or not). Caches
    /// of what was read remember the count they saw before reading: a different count means stale.
    public var writeGeneration: UInt64 { writes.load(ordering: .acquiring) }

    /// Runs `body` on a read-only connection inside a deferred transaction, so every query in it
    /// sees the same snapshot. Writes inside fail (`SQLITE_READONLY`).
    public func read<T>(_ body: (Connection) throws -> T) throws -> T {
        try withReader { db in
            guard let observation = Self.observation else { return try db.transaction(.deferred, body) }
            db.readObservation = observation
            defer { db.readObservation = nil }
            return try db.transaction(.deferred, body)
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

    /// How often reads and writes were handed a connection and how often, and how long, they waited for
    /// one since the pool opened: a read waits when all `maximumReaders` are busy, a write while another
    /// write holds the writer.
    public var statistics: Statistics {
        Statistics(read: readCounters.snapshot, write: writeCounters.snapshot)
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
        var waitStart: UInt64?
        defer {
            if let waitStart { readCounters.recordWait(since: waitStart) }
            readersCondition.unlock()
        }
        readCounters.acquisitions.add(1, ordering: .relaxed)
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
            if waitStart == nil { waitStart = DispatchTime.now().uptimeNanoseconds }
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
