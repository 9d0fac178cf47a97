import Foundation
import Testing
@testable import SQLite

/// The pool knows which tables each commit wrote and which tables an observed read touched: the page
/// cache and the per-page caches of the application are invalidated by table, not by any write.
@Suite struct TableTrackingTests {
    private func pool(_ directory: TemporaryDirectory) throws -> DatabasePool {
        let pool = try DatabasePool(path: directory.path("tables.sqlite"))
        try pool.write { db in
            try db.execute(script: """
                CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE session (id INTEGER PRIMARY KEY, token TEXT NOT NULL);
                CREATE TABLE city_log (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TRIGGER city_logged AFTER INSERT ON city BEGIN INSERT INTO city_log(name) VALUES (new.name); END;
                """)
        }
        return pool
    }

    @Test func aCommitStampsOnlyTheTablesItWrote() throws {
        let directory = try TemporaryDirectory()
        let pool = try pool(directory)
        defer { pool.close() }
        let before = pool.commitStamp
        try pool.write { db in try db.run("INSERT INTO session(token) VALUES (?)", "abc") }
        #expect(pool.lastWrite(to: ["session"]) > before)
        #expect(pool.lastWrite(to: ["city"]) <= before, "a write to session made city stale")
        let afterSession = pool.commitStamp
        try pool.write { db in try db.run("INSERT INTO city(name) VALUES (?)", "Lyon") }
        #expect(pool.lastWrite(to: ["city"]) > afterSession)
        #expect(pool.lastWrite(to: ["city_log"]) > afterSession, "the trigger's table was not counted")
    }

    @Test func aRolledBackWriteStampsNothing() throws {
        let directory = try TemporaryDirectory()
        let pool = try pool(directory)
        defer { pool.close() }
        let before = pool.commitStamp
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try pool.write { db in
                try db.run("INSERT INTO city(name) VALUES (?)", "Lyon")
                throw Refused()
            }
        }
        #expect(pool.commitStamp == before)
        #expect(pool.lastWrite(to: ["city"]) <= before)
    }

    @Test func anObservedReadNamesTheTablesItRead() throws {
        let directory = try TemporaryDirectory()
        let pool = try pool(directory)
        defer { pool.close() }
        let (count, tables) = try pool.observingReads {
            try pool.read { db in try db.scalar("SELECT count(*) FROM city") as Int? }
        }
        #expect(count == 0)
        #expect(tables.contains("city"))
        #expect(!tables.contains("session"))
        // The same (now cached) statement read again is still observed.
        let (_, again) = try pool.observingReads {
            try pool.read { db in try db.scalar("SELECT count(*) FROM city") as Int? }
        }
        #expect(again.contains("city"))
        // Unobserved reads record nothing anywhere.
        _ = try pool.read { db in try db.query("SELECT token FROM session") }
    }

    @Test func aNestedWriteOnTheSameThreadStopsTheProcess() async {
        await #expect(processExitsWith: .failure) {
            let directory = try TemporaryDirectory()
            let pool = try DatabasePool(path: directory.path("nested.sqlite"))
            try pool.write { _ in
                try pool.write { _ in }
            }
        }
    }
}
