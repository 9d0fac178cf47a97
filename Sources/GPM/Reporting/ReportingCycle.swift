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

    private static func cycle(_ row: Row) throws -> ReportingCycle {
        try ReportingCycle(year: row.int("year"), deadline: row.string("deadline"), note: row.optionalString("note"), version: row.int("version"))
    }
}
