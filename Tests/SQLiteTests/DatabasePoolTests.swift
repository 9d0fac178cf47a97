import Foundation
import Testing
@testable import SQLite

/// Errors gathered from worker threads.
// @unchecked Sendable: `errors` is only touched while holding `lock`.
private final class ErrorLog: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func record(_ error: any Error) {
        lock.withLock { errors.append(error) }
    }

    var all: [any Error] { lock.withLock { errors } }
}

/// Runs each body on its own thread and waits for all of them (up to a deadline, so a deadlock fails the test).
private func runOnThreads(_ bodies: [@Sendable () -> Void], timeout: TimeInterval = 60) -> Bool {
    let group = DispatchGroup()
    for body in bodies {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.start()
    }
    return group.wait(timeout: .now() + timeout) == .success
}

@Suite struct DatabasePoolTests {
    let directory: TemporaryDirectory
    let pool: DatabasePool

    init() throws {
        directory = try TemporaryDirectory()
        pool = try DatabasePool(path: directory.path("pool.sqlite"), maximumReaders: 4)
        try pool.write { db in
            try db.execute(script: "CREATE TABLE entry(id INTEGER PRIMARY KEY, writer INTEGER NOT NULL, n INTEGER NOT NULL, UNIQUE(writer, n));")
        }
    }

    @Test func concurrentReadersAndWritersNeverSeeBusy() throws {
        let errors = ErrorLog()
        let writerCount = 4, rowsPerWriter = 200, readerCount = 8
        let finished = NSLock()
        nonisolated(unsafe) var writersFinished = 0  // guarded by `finished`
        let pool = self.pool

        let writers: [@Sendable () -> Void] = (0..<writerCount).map { writer in
            {
                do {
                    for n in 0..<rowsPerWriter {
                        try pool.write { db in try db.run("INSERT INTO entry(writer, n) VALUES (?, ?)", writer, n) }
                    }
                } catch {
                    errors.record(error)
                }
                finished.withLock { writersFinished += 1 }
            }
        }
        let readers: [@Sendable () -> Void] = (0..<readerCount).map { _ in
            {
                var previous = 0
                while finished.withLock({ writersFinished }) < writerCount {
                    do {
                        let (first, second): (Int, Int) = try pool.read { db in
                            let first: Int = try db.scalar("SELECT count(*) FROM entry") ?? -1
                            _ = try db.query("SELECT * FROM entry ORDER BY id DESC LIMIT 20")
                            let second: Int = try db.scalar("SELECT count(*) FROM entry") ?? -1
                            return (first, second)
                        }
                        // One read transaction is one snapshot, and snapshots only move forward.
                        if first != second || first < previous {
                            errors.record(SQLiteError(extendedCode: 1, message: "snapshot moved: \(previous) \(first) \(second)"))
                        }
                        previous = first
                    } catch {
                        errors.record(error)
                    }
                }
            }
        }
        #expect(runOnThreads(writers + readers), "threads did not finish: deadlock?")
        #expect(errors.all.isEmpty, "\(errors.all)")
        let total: Int? = try pool.read { db in try db.scalar("SELECT count(*) FROM entry") }
        #expect(total == writerCount * rowsPerWriter)
        let perWriter = try pool.read { db in try db.query("SELECT writer, count(*) AS c FROM entry GROUP BY writer") }
        #expect(try perWriter.map { try $0.int("c") } == Array(repeating: rowsPerWriter, count: writerCount))
    }

    @Test func readConnectionsAreReadOnly() throws {
        let error = #expect(throws: SQLiteError.self) {
            try pool.read { db in try db.run("INSERT INTO entry(writer, n) VALUES (1, 1)") }
        }
        #expect(error?.code == 8)  // SQLITE_READONLY
    }

    @Test func failedWriteRollsBackAndPoolStaysUsable() throws {
        #expect(throws: SQLiteError.self) {
            try pool.write { db in
                try db.run("INSERT INTO entry(writer, n) VALUES (1, 1)")
                try db.run("INSERT INTO entry(writer, n) VALUES (1, 1)")
            }
        }
        try pool.write { db in try db.run("INSERT INTO entry(writer, n) VALUES (2, 2)") }
        #expect(try pool.read { db in try db.scalar("SELECT count(*) FROM entry") as Int? } == 1)
    }

    @Test func moreReadersThanConnectionsWaitTheirTurn() throws {
        let errors = ErrorLog()
        let pool = self.pool
        let readers: [@Sendable () -> Void] = (0..<12).map { _ in
            {
                do {
                    for _ in 0..<50 {
                        _ = try pool.read { db in try db.query("SELECT * FROM entry") }
                    }
                } catch {
                    errors.record(error)
                }
            }
        }
        #expect(runOnThreads(readers))
        #expect(errors.all.isEmpty, "\(errors.all)")
    }

    @Test func backupWhileWritingCopiesAConsistentDatabase() throws {
        try pool.write { db in
            for n in 0..<500 {
                try db.run("INSERT INTO entry(writer, n) VALUES (0, ?)", n)
            }
        }
        let pool = self.pool
        let errors = ErrorLog()
        let backupPath = directory.path("backup.sqlite")
        let writer: @Sendable () -> Void = {
            do {
                for n in 0..<100 {
                    try pool.write { db in try db.run("INSERT INTO entry(writer, n) VALUES (1, ?)", n) }
                }
            } catch {
                errors.record(error)
            }
        }
        let backup: @Sendable () -> Void = {
            do { try pool.backup(to: backupPath) } catch { errors.record(error) }
        }
        #expect(runOnThreads([writer, backup]))
        #expect(errors.all.isEmpty, "\(errors.all)")

        let copy = try Connection(path: backupPath)
        #expect(try copy.scalar("PRAGMA integrity_check") as String? == "ok")
        #expect(try copy.scalar("SELECT count(*) FROM entry WHERE writer = 0") as Int? == 500)
        let ns = try copy.query("SELECT n FROM entry WHERE writer = 0 ORDER BY n").map { try $0.int("n") }
        #expect(ns == Array(0..<500))
        let later: Int = try copy.scalar("SELECT count(*) FROM entry WHERE writer = 1") ?? -1
        #expect((0...100).contains(later))
    }

    @Test func closedPoolRefusesWork() throws {
        pool.close()
        #expect(throws: SQLiteError.self) { try pool.read { db in try db.query("SELECT 1") } }
        #expect(throws: SQLiteError.self) { try pool.write { db in try db.run("SELECT 1") } }
    }
}

@Suite struct BusyTimeoutTests {
    /// Another process (here: another connection, as `gpm migrate` would be) holds the write lock for
    /// a moment; the pool's write waits through the busy timeout instead of failing "database is locked".
    @Test func writeWaitsForAnotherConnectionsLock() throws {
        let directory = try TemporaryDirectory()
        let pool = try DatabasePool(path: directory.path("busy.sqlite"))
        try pool.write { db in try db.run("CREATE TABLE t(x)") }
        let other = try Connection(path: directory.path("busy.sqlite"))
        try other.run("BEGIN IMMEDIATE")
        try other.run("INSERT INTO t VALUES (1)")

        let errors = ErrorLog()
        let group = DispatchGroup()
        group.enter()
        Thread {
            do { try pool.write { db in try db.run("INSERT INTO t VALUES (2)") } } catch { errors.record(error) }
            group.leave()
        }.start()
        // Hold the lock briefly (this is the scenario under test, not a wait for readiness).
        Thread.sleep(forTimeInterval: 0.2)
        try other.run("COMMIT")
        #expect(group.wait(timeout: .now() + 10) == .success)
        #expect(errors.all.isEmpty, "\(errors.all)")
        #expect(try pool.read { db in try db.scalar("SELECT count(*) FROM t") as Int? } == 2)
    }

    @Test func inMemoryConnectionWorks() throws {
        let db = try Connection(path: ":memory:")
        try db.execute(script: "CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        #expect(try db.scalar("SELECT x FROM t") as Int? == 1)
    }

    @Test func statementCacheStaysBounded() throws {
        let db = try Connection(path: ":memory:")
        for n in 0..<(Connection.statementCacheLimit + 10) {
            _ = try db.scalar("SELECT \(n)") as Int?
        }
        #expect(db.cachedStatementCount <= Connection.statementCacheLimit)
        #expect(try db.scalar("SELECT 7") as Int? == 7)
    }
}
