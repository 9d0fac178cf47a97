import SQLite

/// The secretariat's work on reporting cycles: list them, edit the current one (with a version check),
/// open the next year. Every change is audited in its own transaction.
struct ReportingCycleService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// What became of an edit.
    enum Saved: Sendable {
        case saved
        /// Someone saved in between (or opened a newer year): the cycle as stored now, and when it was saved.
        case conflict(current: ReportingCycle?, savedAt: String?)
    }

    func all() throws -> [ReportingCycle] {
        try database.read { db in try ReportingCycleStore(db: db).all() }
    }

    /// Saves the current cycle's deadline and note if it is still `year` at `version`.
    func save(year: Int, input: ReportingCycleInput, version: Int, by user: User) throws -> Saved {
        try database.write { db in
            let cycles = ReportingCycleStore(db: db)
            let current = try cycles.current()
            if let current, current.year == year {
                let before = try cycles.snapshot(year: year)
                if try cycles.update(year: year, deadline: input.deadline, note: input.storedNote, version: version, now: clock.timestamp()) {
                    try AuditStore(db: db).record(
                        at: clock.timestamp(), user: user, action: .update, entity: "reporting_cycle", id: year,
                        summary: "Reporting cycle \(year): deadline \(input.deadline)", before: before, after: try cycles.snapshot(year: year))
                    return .saved
                }
            }
            // Nothing was changed, so the cycle read above is the one stored now.
            return .conflict(current: current, savedAt: try current.flatMap { try cycles.updatedAt(year: $0.year) })
        }
    }

    /// Opens the cycle of `year`, which must be the latest + 1 (false when someone opened it meanwhile).
    func open(year: Int, input: ReportingCycleInput, by user: User) throws -> Bool {
        try database.write { db in
            let cycles = ReportingCycleStore(db: db)
            let latest = try cycles.current()?.year
            guard year == (latest.map { $0 + 1 } ?? year) else { return false }
            try cycles.insert(year: year, deadline: input.deadline, note: input.storedNote, now: clock.timestamp())
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: user, action: .create, entity: "reporting_cycle", id: year,
                summary: "Opened the \(year) reporting cycle, deadline \(input.deadline)", after: try cycles.snapshot(year: year))
            return true
        }
    }
}
