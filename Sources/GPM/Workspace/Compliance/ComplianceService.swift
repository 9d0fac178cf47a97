import Foundation
import HTTP
import SQLite

/// Who reported: the compliance report of one cycle (for the page, its CSV and the dashboard), a city's
/// own rows, and the office's "no brief this year" declarations. Each method is one read or one write.
struct ComplianceService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The report of cycle `year` (nil: the most recent open cycle, else the latest cycle).
    func report(year: Int?) throws -> ComplianceReport {
        let now = clock.now()
        return try database.read { db in try Self.report(db, year: year, at: now) }
    }

    /// The report over a transaction's connection, for services that show it among other things (the
    /// dashboard): the same rows, so the same counts.
    static func report(_ db: Connection, year: Int?, at now: Date) throws -> ComplianceReport {
        let cycles = ReportingCycleStore(db: db)
        let calendar = try ReportingCalendarStore(db: db).calendar()
        let all = try cycles.all()
        let open = calendar.openCycles(all, at: now)
        let chosen = year.flatMap { year in all.first { $0.year == year } } ?? open.first ?? all.first
        let store = ComplianceStore(db: db)
        let rows = try chosen.map { try store.rows(cycle: $0, deadline: calendar.deadlineTimestamp(of: $0)) } ?? []
        return ComplianceReport(
            cycles: all, openYears: Set(open.map(\.year)), cycle: chosen, rows: rows,
            deadlineInstant: chosen.map { calendar.deadlineInstant(of: $0) }, calendar: calendar,
            regions: try store.regions(), today: calendar.today(at: now))
    }

    /// The city's row in each open cycle (the office's home, the city's workspace page), latest year first.
    func cityRows(cityID: Int) throws -> [(cycle: ReportingCycle, row: ComplianceRow?, deadline: Date)] {
        let now = clock.now()
        return try database.read { db in
            let calendar = try ReportingCalendarStore(db: db).calendar()
            let store = ComplianceStore(db: db)
            return try calendar.openCycles(try ReportingCycleStore(db: db).all(), at: now).map { cycle in
                (cycle, try store.rows(cycle: cycle, deadline: calendar.deadlineTimestamp(of: cycle), cityID: cityID).first,
                 calendar.deadlineInstant(of: cycle))
            }
        }
    }

    /// The office declares that it files no brief for `year`. Refused unless the cycle is open and the
    /// city has not submitted a brief for it; audited.
    func declareNoBrief(cityID: Int, year: Int, reason: String, by user: User, messages: Messages) throws {
        let now = clock.now()
        try database.write { db in
            guard Policy.can(user, .fileBrief(cityID)) else { throw HTTPError(.forbidden, "Only the city's office declares for it.") }
            guard try ReportingCycleStore(db: db).openCycle(year: year, at: now) != nil else {
                throw HTTPError(.conflict, messages.t("The {year} reporting cycle is not open.", ["year": String(year)]))
            }
            let store = ComplianceStore(db: db)
            if let status = try store.briefStatus(cityID: cityID, year: year), status != .draft {
                throw HTTPError(.conflict, messages.t("Your city has submitted a Mayor Brief for {year}.", ["year": String(year)]))
            }
            let before = try store.declaration(cityID: cityID, year: year)
            try store.declare(cityID: cityID, year: year, reason: reason, by: user, now: Timestamp.format(now))
            try AuditStore(db: db).record(
                at: Timestamp.format(now), user: user, action: before == nil ? .create : .update, entity: "no_brief_declaration",
                id: "\(cityID)-\(year)", summary: "Declared no Mayor Brief for \(year): \(reason)",
                before: before.map { ["year": .int($0.year), "reason": .string($0.reason)] },
                after: ["year": .int(year), "reason": .string(reason)])
        }
    }

    /// The office takes its declaration back while the cycle is open; false when there was none.
    func undoNoBrief(cityID: Int, year: Int, by user: User, messages: Messages) throws -> Bool {
        let now = clock.now()
        return try database.write { db in
            guard Policy.can(user, .fileBrief(cityID)) else { throw HTTPError(.forbidden, "Only the city's office declares for it.") }
            guard try ReportingCycleStore(db: db).openCycle(year: year, at: now) != nil else {
                throw HTTPError(.conflict, messages.t(
                    "The {year} reporting cycle is closed: its declarations stay as they are.", ["year": String(year)]))
            }
            let store = ComplianceStore(db: db)
            guard let before = try store.declaration(cityID: cityID, year: year), try store.undeclare(cityID: cityID, year: year) else {
                return false
            }
            try AuditStore(db: db).record(
                at: Timestamp.format(now), user: user, action: .delete, entity: "no_brief_declaration", id: "\(cityID)-\(year)",
                summary: "Took back “no Mayor Brief for \(year)”", before: ["year": .int(before.year), "reason": .string(before.reason)])
            return true
        }
    }
}

/// One cycle's compliance as read in one snapshot: every cycle (for the year choice), which are open, the
/// chosen cycle and its rows, and the instants the page shows.
struct ComplianceReport: Sendable {
    let cycles: [ReportingCycle]
    let openYears: Set<Int>
    let cycle: ReportingCycle?
    let rows: [ComplianceRow]
    let deadlineInstant: Date?
    let calendar: ReportingCalendar
    let regions: [(slug: String, name: String)]
    /// The secretariat's date when the report was read.
    let today: String

    var counts: ComplianceCounts { ComplianceCounts(rows) }
}
