import Foundation
import SQLite

/// The reporting cycles in SQLite. Which cycles are open is decided by `ReportingCalendar` from the dates
/// and an instant the caller passes (stores never read the clock).
struct ReportingCycleStore {
    let db: Connection

    private static let columns = "year, opens_on, deadline, closes_on, note, expected, version"

    /// The latest year's cycle, open or not (the cycle page offers the next year after it).
    func latest() throws -> ReportingCycle? {
        try db.queryOne("SELECT \(Self.columns) FROM reporting_cycles ORDER BY year DESC LIMIT 1").map(Self.cycle)
    }

    func all() throws -> [ReportingCycle] {
        try db.query("SELECT \(Self.columns) FROM reporting_cycles ORDER BY year DESC").map(Self.cycle)
    }

    func find(year: Int) throws -> ReportingCycle? {
        try db.queryOne("SELECT \(Self.columns) FROM reporting_cycles WHERE year = ?", year).map(Self.cycle)
    }

    /// The cycles open at `instant` in the secretariat's zone, latest year first.
    func openCycles(at instant: Date) throws -> [ReportingCycle] {
        try ReportingCalendarStore(db: db).calendar().openCycles(try all(), at: instant)
    }

    /// The cycle commitments are confirmed for at `instant`: the latest one that has opened by then in the
    /// secretariat's zone, even after it closed (until the next one opens, it is still the latest word
    /// an office gave); nil before the first cycle opens. Not "the highest year": a cycle entered ahead
    /// of its opening date does not count yet.
    func current(at instant: Date) throws -> ReportingCycle? {
        let today = try ReportingCalendarStore(db: db).calendar().today(at: instant)
        return try all().first { $0.opensOn <= today }
    }

    /// The cycle of `year` when it is open at `instant`.
    func openCycle(year: Int, at instant: Date) throws -> ReportingCycle? {
        try openCycles(at: instant).first { $0.year == year }
    }

    /// When the cycle was last saved ('YYYY-MM-DDTHH:MM:SSZ'), for the conflict message.
    func updatedAt(year: Int) throws -> String? {
        try db.scalar("SELECT updated_at FROM reporting_cycles WHERE year = ?", year)
    }

    /// The whole row, for the audit log.
    func snapshot(year: Int) throws -> AuditSnapshot? {
        try db.queryOne("SELECT * FROM reporting_cycles WHERE year = ?", year).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
    }

    /// Changes a cycle's dates, note and expected cities if nobody saved it since `version` was read.
    /// Returns false for a stale edit (or a year that does not exist): nothing is changed then.
    func update(year: Int, input: ReportingCycleInput, version: Int, now: String) throws -> Bool {
        try db.run(
            """
            UPDATE reporting_cycles SET opens_on = ?, deadline = ?, closes_on = ?, note = ?, expected = ?,
                   version = version + 1, updated_at = ?
            WHERE year = ? AND version = ?
            """,
            input.opensOn, input.deadline, input.closesOn, input.storedNote, input.expected.rawValue, now, year, version)
        return db.changes > 0
    }

    /// Opens the cycle of `year`. A second insert of the same year fails on the primary key.
    func insert(year: Int, input: ReportingCycleInput, now: String) throws {
        try db.run(
            """
            INSERT INTO reporting_cycles (year, opens_on, deadline, closes_on, note, expected, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, year, input.opensOn, input.deadline, input.closesOn, input.storedNote, input.expected.rawValue, now, now)
    }

    /// The slugs of the cities a 'chosen' cycle expects, by name.
    func chosenCitySlugs(year: Int) throws -> [String] {
        try db.query(
            "SELECT c.slug FROM reporting_cycle_cities x JOIN cities c ON c.id = x.city_id WHERE x.year = ? ORDER BY c.name, c.id", year
        ).map { try $0.string("slug") }
    }

    /// The ids of `slugs` and the slugs that name no city.
    func cityIDs(slugs: [String]) throws -> (ids: [Int], unknown: [String]) {
        var ids: [Int] = []
        var unknown: [String] = []
        for slug in slugs {
            if let id: Int = try db.scalar("SELECT id FROM cities WHERE slug = ?", slug) { ids.append(id) } else { unknown.append(slug) }
        }
        return (ids, unknown)
    }

    /// Replaces the list of cities a cycle expects.
    func setChosenCities(year: Int, cityIDs: [Int]) throws {
        try db.run("DELETE FROM reporting_cycle_cities WHERE year = ?", year)
        for id in Set(cityIDs) { try db.run("INSERT INTO reporting_cycle_cities (year, city_id) VALUES (?, ?)", year, id) }
    }

    private static func cycle(_ row: Row) throws -> ReportingCycle {
        try ReportingCycle(
            year: row.int("year"), opensOn: row.string("opens_on"), deadline: row.string("deadline"), closesOn: row.string("closes_on"),
            note: row.optionalString("note"), expected: row.vocabulary("expected"), version: row.int("version"))
    }
}
