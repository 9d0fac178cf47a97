import Foundation
import Testing
@testable import SQLite

@Suite struct RowTests {
    let directory: TemporaryDirectory
    let db: Connection

    init() throws {
        directory = try TemporaryDirectory()
        db = try Connection(path: directory.path("rows.sqlite"))
        try db.execute(script: """
            CREATE TABLE city(id INTEGER PRIMARY KEY, name TEXT NOT NULL, population INTEGER, area REAL,
                              is_capital INTEGER NOT NULL, founded TEXT, flag BLOB, motto TEXT);
            INSERT INTO city VALUES (1, 'Bristol', 472400, 110.0, 0, '1155-01-01 00:00:00', x'00ff', NULL);
            """)
    }

    @Test func columnsByNameAndIndex() throws {
        let row = try #require(try db.queryOne("SELECT * FROM city WHERE id = ?", 1))
        #expect(try row.string("name") == "Bristol")
        #expect(try row["name"] as String == "Bristol")
        #expect(try row[1] as String == "Bristol")
        #expect(try row.int("population") == 472_400)
        #expect(try row.int64("population") == 472_400)
        #expect(try row.double("area") == 110.0)
        #expect(try row.bool("is_capital") == false)
        #expect(try row.data("flag") == Data([0x00, 0xFF]))
        #expect(try row.optionalString("motto") == nil)
        #expect(try row["motto"] as String? == nil)
        #expect(try row.date("founded") == SQLDate.parse("1155-01-01"))
        #expect(row.columns.first == "id")
        #expect(row.hasColumn("area"))
    }

    @Test func missingColumnNamesTheColumn() throws {
        let row = try #require(try db.queryOne("SELECT name FROM city"))
        let error = #expect(throws: RowError.self) { try row.string("nmae") }
        #expect(error?.description.contains("nmae") == true)
    }

    @Test func wrongTypeIsAClearError() throws {
        let row = try #require(try db.queryOne("SELECT name, motto FROM city"))
        let error = #expect(throws: RowError.self) { try row.int("name") }
        #expect(error == .typeMismatch(column: "name", expected: "Int", found: .text("Bristol")))
        #expect(throws: RowError.self) { try row.string("motto") }  // NULL is not a String
    }

    @Test func rowsAreValuesThatOutliveTheStatement() async throws {
        let rows = try db.query("SELECT id, name FROM city")
        try db.run("DELETE FROM city")
        let names = try await Task.detached { try rows.map { try $0.string("name") } }.value
        #expect(names == ["Bristol"])
    }

    @Test func scalarReturnsNilForNoRowAndNull() throws {
        #expect(try db.scalar("SELECT name FROM city WHERE id = 99") as String? == nil)
        #expect(try db.scalar("SELECT motto FROM city") as String? == nil)
        #expect(try db.scalar("SELECT count(*) FROM city") as Int? == 1)
        #expect(throws: RowError.self) { try db.scalar("SELECT name FROM city") as Int? }
    }

    @Test func scriptsRunEveryStatementAndReportTheFailingOne() throws {
        try db.execute(script: """
            -- a comment
            CREATE TABLE a(x);  INSERT INTO a VALUES (1);
            INSERT INTO a VALUES (2);
            /* trailing comment */
            """)
        #expect(try db.scalar("SELECT sum(x) FROM a") as Int? == 3)
        let error = #expect(throws: SQLiteError.self) { try db.execute(script: "INSERT INTO a VALUES (3); INSERT INTO nope VALUES (1);") }
        #expect(error?.sql?.contains("nope") == true)
        #expect(error?.message.contains("no such table") == true)
    }

    @Test func doubleQuotedStringsAreNotSilentlyAccepted() throws {
        #expect(throws: SQLiteError.self) { try db.query("SELECT * FROM city WHERE name = \"Bristol\"") }
    }
}
