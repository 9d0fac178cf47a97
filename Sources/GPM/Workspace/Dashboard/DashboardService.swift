import SQLite

/// Reads the secretariat's dashboard in one snapshot, with "today" from the platform clock.
struct DashboardService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The figures, lists, charts and recent activity, as of one instant.
    func snapshot(activityLimit: Int = 15) throws -> DashboardSnapshot {
        let today = clock.now()
        return try database.read { db in
            let store = DashboardStore(db: db)
            let cycle = try ReportingCycleStore(db: db).current()
            let year = cycle?.year ?? 0
            return DashboardSnapshot(
                cycle: cycle, figures: try store.figures(year: year), waiting: try store.waiting(),
                withoutBrief: try store.withoutBrief(year: year), perAction: try store.perAction(),
                perRegion: try store.perRegion(), activity: try store.activity(limit: activityLimit),
                confirmedCommitments: try cycle.map { try CommitmentConfirmationStore(db: db).share(year: $0.year) }, today: today)
        }
    }
}
