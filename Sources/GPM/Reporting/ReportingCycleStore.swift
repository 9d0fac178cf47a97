import SQLite

/// The reporting cycles in SQLite. The current cycle is the latest year's. Times are the caller's.
struct ReportingCycleStore {
    let db: Connection

    func current() throws -> ReportingCycle? {
        try db.queryOne("SELECT year, deadline, note, version FROM reporting_cycles ORDER BY year DESC LIMIT 1").map(Self.cycle)
    }

    func all() throws -> [ReportingCycle] {
        try db.query("SELECT year, deadline, note, version FROM reporting_cycles ORDER BY year DESC").map(Self.cycle)
    }

    func find(year: Int) throws -> ReportingCycle? {
        try db.queryOne("SELECT year, deadline, note, version FROM reporting_cycles WHERE year = ?", year).map(Self.cycle)
    }

    /// When the cycle was last saved ('YYYY-MM-DDTHH:MM:SSZ'), for the conflict message.
    func updatedAt(year: Int) throws -> String? {
        try db.scalar("SELECT updated_at FROM reporting_cycles WHERE year = ?", year)
    }

    /// The whole row, for the audit log.
    func snapshot(year: Int) throws -> AuditSnapshot? {
        try db.queryOne("SELECT * FROM reporting_cycles WHERE year = ?", year).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
    }

    /// Changes a cycle's deadline and note if nobody saved it since `version` was read.
    /// Returns false for a stale edit (or a year that does not exist): nothing is changed then.
    func update(year: Int, deadline: String, note: String?, version: Int, now: String) throws -> Bool {
        try db.run(
            "UPDATE reporting_cycles SET deadline = ?, note = ?, version = version + 1, updated_at = ? WHERE year = ? AND version = ?",
            deadline, note, now, year, version)
        return db.changes > 0
    }

    /// Opens the cycle of `year`. A second insert of the same year fails on the primary key.
    func insert(year: Int, deadline: String, note: String?, now: String) throws {
        try db.run(
            "INSERT INTO reporting_cycles (year, deadline, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?)", year, deadline, note, now, now)
    }

    private static func cycle(_ row: Row) throws -> ReportingCycle {
        try ReportingCycle(year: row.int("year"), deadline: row.string("deadline"), note: row.optionalString("note"), version: row.int("version"))
    }
}
