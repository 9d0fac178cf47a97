import Foundation
import Testing
@testable import SQLite

@Suite struct BindingTests {
    let directory: TemporaryDirectory
    let db: Connection

    init() throws {
        directory = try TemporaryDirectory()
        db = try Connection(path: directory.path("binding.sqlite"))
        try db.execute(script: "CREATE TABLE item(id INTEGER PRIMARY KEY, v ANY) STRICT;")
    }

    /// Stores one value and reads it back through the same column.
    func roundTrip<T: SQLConvertible>(_ value: T) throws -> T? {
        try db.run("DELETE FROM item")
        try db.run("INSERT INTO item(v) VALUES (?)", value)
        return try db.scalar("SELECT v FROM item")
    }

    @Test func integersIncludingExtremes() throws {
        #expect(try roundTrip(42) == 42)
        #expect(try roundTrip(-7) == -7)
        #expect(try roundTrip(Int64.max) == Int64.max)
        #expect(try roundTrip(Int64.min) == Int64.min)
        #expect(try roundTrip(Int32.max) == Int32.max)
    }

    @Test func doubles() throws {
        #expect(try roundTrip(3.141592653589793) == 3.141592653589793)
        #expect(try roundTrip(-0.5) == -0.5)
        #expect(try roundTrip(1e300) == 1e300)
    }

    @Test func stringsIncludingUnicodeAndEmpty() throws {
        let texts = [
            "", "plain", "Zürich – Δήμαρχος – 東京 – 🏛️👩🏽‍⚖️", "quote ' and \" and ; DROP TABLE item",
            String(repeating: "x", count: 100_000),
        ]
        for text in texts {
            #expect(try roundTrip(text) == text)
        }
        let stored: String? = try db.scalar("SELECT typeof(v) FROM item")
        #expect(stored == "text")
    }

    @Test func emptyStringIsNotNull() throws {
        try db.run("INSERT INTO item(v) VALUES (?)", "")
        let isNull: Int? = try db.scalar("SELECT v IS NULL FROM item")
        #expect(isNull == 0)
    }

    @Test func blobsAsDataAndByteArrays() throws {
        let bytes: [UInt8] = [0, 1, 2, 255, 0, 128]
        #expect(try roundTrip(Data(bytes)) == Data(bytes))
        #expect(try roundTrip(bytes) == bytes)
        #expect(try roundTrip(Data()) == Data())
        let type: String? = try db.scalar("SELECT typeof(v) FROM item")
        #expect(type == "blob")
    }

    @Test func booleans() throws {
        #expect(try roundTrip(true) == true)
        #expect(try roundTrip(false) == false)
        let stored: Int? = try db.scalar("SELECT v FROM item")
        #expect(stored == 0)
    }

    @Test func datesAreStoredAsUTCTextWholeSeconds() throws {
        let date = Date(timeIntervalSince1970: 1_714_571_100.75)  // 2024-05-01 13:45:00.75 UTC
        #expect(try roundTrip(date) == Date(timeIntervalSince1970: 1_714_571_100))
        let text: String? = try db.scalar("SELECT v FROM item")
        #expect(text == "2024-05-01 13:45:00")
        let comparesInSQL: Int? = try db.scalar("SELECT v < datetime('now') FROM item")
        #expect(comparesInSQL == 1)
    }

    @Test func datesBeforeEpochAndFarFuture() throws {
        for seconds in [-86_401.0, 0, 951_782_400 /* 2000-02-29 */, 4_102_444_800 /* 2100-01-01 */] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(try roundTrip(date) == date)
        }
        #expect(SQLDate.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29 00:00:00")
        #expect(SQLDate.parse("2024-05-01T13:45:00.5Z") == Date(timeIntervalSince1970: 1_714_571_100.5))
        #expect(SQLDate.parse("2024-05-01") == Date(timeIntervalSince1970: 1_714_521_600))
        #expect(SQLDate.parse("01/05/2024") == nil)
    }

    @Test func nullsAndOptionals() throws {
        let missing: String? = nil
        try db.run("INSERT INTO item(id, v) VALUES (?, ?)", 1, missing)
        try db.run("INSERT INTO item(id, v) VALUES (?, ?)", 2, nil)
        try db.run("INSERT INTO item(id, v) VALUES (?, ?)", 3, Optional("here"))
        let rows = try db.query("SELECT v FROM item ORDER BY id")
        #expect(try rows.map { try $0.optionalString("v") } == [nil, nil, "here"])
    }

    @Test func argumentArraysAndNamedParameters() throws {
        try db.run("INSERT INTO item(id, v) VALUES (?, ?)", arguments: [10, "array"])
        try db.run("INSERT INTO item(id, v) VALUES (:id, :value)", named: ["id": 11, ":value": "named"])
        let row = try #require(try db.queryOne("SELECT v FROM item WHERE id = :id", named: ["id": 11]))
        #expect(try row.string("v") == "named")
        #expect(try db.scalar("SELECT v FROM item WHERE id = ?", 10) as String? == "array")
    }

    @Test func wrongArgumentCountsAndUnknownNamesAreErrors() throws {
        #expect(throws: SQLiteError.self) { try db.run("INSERT INTO item(id, v) VALUES (?, ?)", 1) }
        #expect(throws: SQLiteError.self) { try db.run("INSERT INTO item(id) VALUES (?)", 1, 2) }
        #expect(throws: SQLiteError.self) { try db.run("INSERT INTO item(id) VALUES (:id)", named: ["idd": 1]) }
        #expect(throws: SQLiteError.self) { try db.run("INSERT INTO item(id) VALUES (:id)", named: ["id": 1, "extra": 2]) }
    }

    @Test func statementsAreCachedBySQLText() throws {
        for id in 1...50 {
            try db.run("INSERT INTO item(id, v) VALUES (?, ?)", id, "row \(id)")
        }
        let before = db.cachedStatementCount
        for id in 1...50 {
            _ = try db.queryOne("SELECT v FROM item WHERE id = ?", id)
        }
        #expect(db.cachedStatementCount == before + 1)
        #expect(db.lastInsertRowID == 50)
        try db.run("UPDATE item SET v = 'x' WHERE id <= 5")
        #expect(db.changes == 5)
    }
}
