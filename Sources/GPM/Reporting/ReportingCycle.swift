import Foundation
import SQLite

/// One year of Mayor Brief reporting: the year briefs report on and the date they are due.
struct ReportingCycle: Sendable, Equatable {
    let year: Int
    /// 'YYYY-MM-DD'.
    let deadline: String
    let note: String?
    let version: Int

    /// Whole days from `today` until the deadline (negative once it has passed).
    func daysLeft(today: Date = Date()) -> Int? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let due = formatter.date(from: deadline),
              let start = formatter.date(from: formatter.string(from: today)) else { return nil }
        return Int((due.timeIntervalSince(start) / 86_400).rounded())
    }
}

/// Reads and keeps the reporting cycles. The current cycle is the latest year's.
struct ReportingCycleRepository: Sendable {
    let database: DatabasePool

    func current() throws -> ReportingCycle? {
        try database.read { db in try Self.current(db) }
    }

    static func current(_ db: Connection) throws -> ReportingCycle? {
        try db.queryOne("SELECT year, deadline, note, version FROM reporting_cycles ORDER BY year DESC LIMIT 1").map(cycle)
    }

    func all() throws -> [ReportingCycle] {
        try database.read { db in
            try db.query("SELECT year, deadline, note, version FROM reporting_cycles ORDER BY year DESC").map(Self.cycle)
        }
    }

    static func find(_ db: Connection, year: Int) throws -> ReportingCycle? {
        try db.queryOne("SELECT year, deadline, note, version FROM reporting_cycles WHERE year = ?", year).map(cycle)
    }

    /// When the cycle was last saved ('YYYY-MM-DDTHH:MM:SSZ'), for the conflict message.
    func updatedAt(year: Int) throws -> String? {
        try database.read { db in try db.scalar("SELECT updated_at FROM reporting_cycles WHERE year = ?", year) }
    }

    /// The whole row, for the audit log.
    static func snapshot(_ db: Connection, year: Int) throws -> AuditSnapshot? {
        try db.queryOne("SELECT * FROM reporting_cycles WHERE year = ?", year).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
    }

    /// Changes a cycle's deadline and note if nobody saved it since `version` was read.
    /// Returns false for a stale edit (or a year that does not exist): nothing is changed then.
    static func update(_ db: Connection, year: Int, deadline: String, note: String?, version: Int) throws -> Bool {
        try db.run(
            """
            UPDATE reporting_cycles SET deadline = ?, note = ?, version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')
            WHERE year = ? AND version = ?
            """, deadline, note, year, version)
        return db.changes > 0
    }

    /// Opens the cycle of `year`. A second insert of the same year fails on the primary key.
    static func insert(_ db: Connection, year: Int, deadline: String, note: String?) throws {
        try db.run("INSERT INTO reporting_cycles (year, deadline, note) VALUES (?, ?, ?)", year, deadline, note)
    }

    private static func cycle(_ row: Row) throws -> ReportingCycle {
        try ReportingCycle(year: row.int("year"), deadline: row.string("deadline"), note: row.optionalString("note"), version: row.int("version"))
    }
}
