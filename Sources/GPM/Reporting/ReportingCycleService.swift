import Foundation
import SQLite

/// The secretariat's work on reporting cycles: list them, edit any one (dates, note, expected cities,
/// with a version check), open the next year after a confirmation that lists the cities still owing a
/// brief in the previous one, and set the secretariat's time zone. Every change is audited in its own
/// transaction.
struct ReportingCycleService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// What became of an edit.
    enum Saved: Sendable {
        case saved
        /// Someone saved in between: the cycle as stored now, and when it was saved.
        case conflict(current: ReportingCycle?, savedAt: String?)
        /// Cities listed for a 'chosen' cycle that the registry does not have.
        case unknownCities([String])
    }

    /// What became of an opening.
    enum Opened: Sendable, Equatable {
        case opened
        /// Someone opened that year (or a later one) meanwhile.
        case stale
        case unknownCities([String])
    }

    /// Everything the cycle page shows, in one snapshot.
    func overview() throws -> ReportingCycleOverview {
        let now = clock.now()
        return try database.read { db in
            let cycles = ReportingCycleStore(db: db)
            let settings = ReportingCalendarStore(db: db)
            let calendar = try settings.calendar()
            let all = try cycles.all()
            var chosen: [Int: [String]] = [:]
            for cycle in all where cycle.expected == .chosen { chosen[cycle.year] = try cycles.chosenCitySlugs(year: cycle.year) }
            let zone = try settings.timeZoneSetting()
            return ReportingCycleOverview(
                cycles: all, openYears: Set(calendar.openCycles(all, at: now).map(\.year)), chosenCities: chosen,
                timeZone: zone.identifier, timeZoneVersion: zone.version, calendar: calendar, today: calendar.today(at: now))
        }
    }

    /// Saves the cycle of `year` if it is still at `version`.
    func save(year: Int, input: ReportingCycleInput, version: Int, by user: User) throws -> Saved {
        try database.write { db in
            let cycles = ReportingCycleStore(db: db)
            let chosen = try cycles.cityIDs(slugs: input.expected == .chosen ? input.citySlugs : [])
            if !chosen.unknown.isEmpty { return .unknownCities(chosen.unknown) }
            let before = try cycles.snapshot(year: year)
            if try cycles.update(year: year, input: input, version: version, now: clock.timestamp()) {
                try cycles.setChosenCities(year: year, cityIDs: chosen.ids)
                try AuditStore(db: db).record(
                    at: clock.timestamp(), user: user, action: .update, entity: "reporting_cycle", id: year,
                    summary: "Reporting cycle \(year): opens \(input.opensOn), deadline \(input.deadline), closes \(input.closesOn)",
                    before: before, after: try cycles.snapshot(year: year))
                return .saved
            }
            // Nothing was changed, so the cycle read now is the one stored.
            let current = try cycles.find(year: year)
            return .conflict(current: current, savedAt: try current.flatMap { try cycles.updatedAt(year: $0.year) })
        }
    }

    /// What opening `year` leaves behind: the previous cycle and its expected cities that have not
    /// submitted a brief (not started or a draft), shown for confirmation before the opening.
    func openingPreview(year: Int) throws -> (previous: ReportingCycle?, outstanding: [ComplianceRow]) {
        let now = clock.now()
        return try database.read { db in
            guard let previous = try ReportingCycleStore(db: db).find(year: year - 1) else { return (nil, []) }
            let report = try ComplianceService.report(db, year: previous.year, at: now)
            return (previous, report.rows.filter { $0.timeliness.isOutstanding })
        }
    }

    /// Opens the cycle of `year`, which must be the latest + 1 (`.stale` when someone opened it meanwhile).
    func open(year: Int, input: ReportingCycleInput, by user: User) throws -> Opened {
        try database.write { db in
            let cycles = ReportingCycleStore(db: db)
            let latest = try cycles.latest()?.year
            guard year == (latest.map { $0 + 1 } ?? year) else { return .stale }
            let chosen = try cycles.cityIDs(slugs: input.expected == .chosen ? input.citySlugs : [])
            if !chosen.unknown.isEmpty { return .unknownCities(chosen.unknown) }
            try cycles.insert(year: year, input: input, now: clock.timestamp())
            try cycles.setChosenCities(year: year, cityIDs: chosen.ids)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: user, action: .create, entity: "reporting_cycle", id: year,
                summary: "Opened the \(year) reporting cycle: opens \(input.opensOn), deadline \(input.deadline), closes \(input.closesOn)",
                after: try cycles.snapshot(year: year))
            return .opened
        }
    }

    /// Sets the secretariat's time zone (already checked by `ReportingCalendar.zone`); false when someone
    /// saved it since `version`.
    func setTimeZone(_ identifier: String, version: Int, by user: User) throws -> Bool {
        try database.write { db in
            let settings = ReportingCalendarStore(db: db)
            let before = try settings.snapshot()
            guard try settings.setTimeZone(identifier, version: version, now: clock.timestamp()) else { return false }
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: user, action: .update, entity: "secretariat_settings", id: 1,
                summary: "Secretariat time zone: \(identifier)", before: before, after: try settings.snapshot())
            return true
        }
    }
}

/// The cycle page's data as read in one snapshot.
struct ReportingCycleOverview: Sendable {
    let cycles: [ReportingCycle]
    let openYears: Set<Int>
    /// For each 'chosen' cycle, its cities' slugs.
    let chosenCities: [Int: [String]]
    let timeZone: String
    let timeZoneVersion: Int
    let calendar: ReportingCalendar
    let today: String
}
