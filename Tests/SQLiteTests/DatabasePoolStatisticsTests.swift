import Foundation
import Testing
@testable import SQLite

/// `DatabasePool.statistics`: connections asked for, and how often and how long reads and writes waited.
@Suite struct DatabasePoolStatisticsTests {
    /// Polls `condition` until it holds or the deadline passes.
    static func eventually(timeout: TimeInterval = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(1_000)
        }
        return condition()
    }

    @Test func uncontendedCallsCountWithoutWaiting() throws {
        let directory = try TemporaryDirectory()
        let pool = try DatabasePool(path: directory.path("stats.sqlite"), maximumReaders: 2)
        defer { pool.close() }
        try pool.write { db in try db.run("CREATE TABLE t(x)") }
        for _ in 0..<3 { _ = try pool.read { db in try db.scalar("SELECT count(*) FROM t") as Int? } }
        let statistics = pool.statistics
        #expect(statistics.read == .init(acquisitions: 3, waits: 0, waitNanoseconds: 0))
        #expect(statistics.write == .init(acquisitions: 1, waits: 0, waitNanoseconds: 0))
    }

    /// With one reader, a second read waits for the first: one wait, of some time, is counted once it ends.
    /// The second read asks (and is counted) before it can get the connection, which the first holds until
    /// released, so polling the count tells when it is waiting without sleeping.
    @Test func aReadWaitingForTheOnlyReaderIsCounted() throws {
        let directory = try TemporaryDirectory()
        let pool = try DatabasePool(path: directory.path("stats.sqlite"), maximumReaders: 1)
        defer { pool.close() }
        try pool.write { db in try db.run("CREATE TABLE t(x)") }
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchGroup()
        done.enter()
        Thread {
            _ = try? pool.read { _ in entered.signal(); release.wait() }
            done.leave()
        }.start()
        entered.wait()
        done.enter()
        Thread {
            _ = try? pool.read { db in try db.scalar("SELECT 1") as Int? }
            done.leave()
        }.start()
        #expect(Self.eventually { pool.statistics.read.acquisitions == 2 })
        release.signal()
        #expect(done.wait(timeout: .now() + 10) == .success)
        let read = pool.statistics.read
        #expect(read.waits == 1)
        #expect(read.waitNanoseconds > 0)
        #expect(pool.statistics.write.waits == 0)
    }

    @Test func aWriteWaitingForAnotherWriteIsCounted() throws {
        let directory = try TemporaryDirectory()
        let pool = try DatabasePool(path: directory.path("stats.sqlite"))
        defer { pool.close() }
        try pool.write { db in try db.run("CREATE TABLE t(x)") }
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchGroup()
        done.enter()
        Thread {
            _ = try? pool.write { db in
                try db.run("INSERT INTO t VALUES (1)")
                entered.signal()
                release.wait()
            }
            done.leave()
        }.start()
        entered.wait()
        done.enter()
        Thread {
            _ = try? pool.write { db in try db.run("INSERT INTO t VALUES (2)") }
            done.leave()
        }.start()
        #expect(Self.eventually { pool.statistics.write.acquisitions == 3 })
        release.signal()
        #expect(done.wait(timeout: .now() + 10) == .success)
        let write = pool.statistics.write
        #expect(write.waits == 1)
        #expect(write.waitNanoseconds > 0)
        #expect(try pool.read { db in try db.scalar("SELECT count(*) FROM t") as Int? } == 2)
    }
}
