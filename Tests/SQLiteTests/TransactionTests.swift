import Foundation
import Testing
@testable import SQLite

private struct Abort: Error, Equatable {}

@Suite struct TransactionTests {
    let directory: TemporaryDirectory
    let db: Connection

    init() throws {
        directory = try TemporaryDirectory()
        db = try Connection(path: directory.path("transactions.sqlite"))
        try db.execute(script: "CREATE TABLE t(x INTEGER NOT NULL);")
    }

    func count() throws -> Int { try db.scalar("SELECT count(*) FROM t") ?? -1 }

    @Test func commitKeepsChangesAndReturnsTheResult() throws {
        let id = try db.transaction { db in
            try db.run("INSERT INTO t VALUES (1)")
            return db.lastInsertRowID
        }
        #expect(id == 1)
        #expect(try count() == 1)
        #expect(!db.isInTransaction)
    }

    @Test func thrownErrorRollsBackAndSurfacesUnchanged() throws {
        let error = #expect(throws: Abort.self) {
            try db.transaction { db in
                try db.run("INSERT INTO t VALUES (1)")
                #expect(db.isInTransaction)
                throw Abort()
            }
        }
        #expect(error == Abort())
        #expect(try count() == 0)
        #expect(!db.isInTransaction)
    }

    @Test func failingStatementRollsBackEarlierOnes() throws {
        let error = #expect(throws: SQLiteError.self) {
            try db.transaction { db in
                try db.run("INSERT INTO t VALUES (1)")
                try db.run("INSERT INTO t VALUES (NULL)")
            }
        }
        #expect(error?.isNotNullViolation == true)
        #expect(try count() == 0)
    }

    @Test func nestedTransactionsBecomeSavepoints() throws {
        try db.transaction { db in
            try db.run("INSERT INTO t VALUES (1)")
            #expect(throws: Abort.self) {
                try db.transaction { db in
                    try db.run("INSERT INTO t VALUES (2)")
                    try db.savepoint { db in try db.run("INSERT INTO t VALUES (3)") }
                    throw Abort()
                }
            }
            try db.savepoint { db in
                try db.run("INSERT INTO t VALUES (4)")
                try db.savepoint { db in try db.run("INSERT INTO t VALUES (5)") }
            }
        }
        let values = try db.query("SELECT x FROM t ORDER BY x").map { try $0.int("x") }
        #expect(values == [1, 4, 5])
    }

    @Test func innerFailureCaughtByOuterStillCommitsOuterWork() throws {
        try db.transaction { db in
            try db.run("INSERT INTO t VALUES (1)")
            _ = try? db.savepoint { db in
                try db.run("INSERT INTO t VALUES (2)")
                try db.run("INSERT INTO t VALUES (NULL)")
            }
        }
        #expect(try count() == 1)
    }
}

@Suite struct ConstraintErrorTests {
    let directory: TemporaryDirectory
    let db: Connection

    init() throws {
        directory = try TemporaryDirectory()
        db = try Connection(path: directory.path("constraints.sqlite"))
        try db.execute(script: """
            CREATE TABLE country(code TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE);
            CREATE TABLE city(id INTEGER PRIMARY KEY, country TEXT NOT NULL REFERENCES country(code));
            INSERT INTO country VALUES ('FR', 'France');
            """)
    }

    @Test func uniqueViolationIsRecognisedAndDescribed() throws {
        let error = try #require(#expect(throws: SQLiteError.self) {
            try db.run("INSERT INTO country VALUES (?, ?)", "FX", "France")
        })
        #expect(error.isUniqueConstraintViolation)
        #expect(!error.isForeignKeyViolation)
        #expect(error.code == 19 && error.extendedCode == 2067)
        #expect(error.sql == "INSERT INTO country VALUES (?, ?)")
        #expect(error.description.contains("UNIQUE constraint failed: country.name"))
    }

    @Test func primaryKeyViolationCountsAsUnique() throws {
        let error = #expect(throws: SQLiteError.self) { try db.run("INSERT INTO country VALUES ('FR', 'Other')") }
        #expect(error?.isUniqueConstraintViolation == true)
    }

    @Test func foreignKeysAreEnforced() throws {
        let insert = #expect(throws: SQLiteError.self) { try db.run("INSERT INTO city(country) VALUES (?)", "ZZ") }
        #expect(insert?.isForeignKeyViolation == true)
        try db.run("INSERT INTO city(country) VALUES (?)", "FR")
        let delete = #expect(throws: SQLiteError.self) { try db.run("DELETE FROM country WHERE code = 'FR'") }
        #expect(delete?.isForeignKeyViolation == true)
    }

    @Test func syntaxErrorsCarryTheStatement() throws {
        let error = #expect(throws: SQLiteError.self) { try db.query("SELEC 1") }
        #expect(error?.sql == "SELEC 1")
        #expect(error?.isBusy == false)
    }

    @Test func openingAFileThatIsNotADatabaseFails() throws {
        let path = directory.path("not-a-database.sqlite")
        try String(repeating: "this is not sqlite ", count: 100).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SQLiteError.self) { try Connection(path: path) }
    }

    @Test func closedConnectionReportsMisuse() throws {
        db.close()
        let error = #expect(throws: SQLiteError.self) { try db.run("SELECT 1") }
        #expect(error?.code == 21)
    }
}
