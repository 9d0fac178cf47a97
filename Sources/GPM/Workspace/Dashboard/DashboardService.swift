import Foundation
import SQLite

/// Reads the secretariat's dashboard in one snapshot, with "today" from the platform clock. Who reported
/// comes from the compliance report (`ComplianceService.report`), the same rows as `/workspace/compliance`,
/// so the dashboard's counts and the compliance page's always agree.
struct DashboardService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The figures, lists, charts and recent activity, as of one instant.
    /// The actions are named in `language` (the reader's).
    func snapshot(activityLimit: Int = 15, language: Language = .en) throws -> DashboardSnapshot {
        let now = clock.now()
        return try database.read { db in
            let store = DashboardStore(db: db)
            let latest = try ComplianceService.report(db, year: nil, at: now)
            // Every open cycle has its line (last year's stays while late offices may still file).
            let others = try latest.cycles.filter { latest.openYears.contains($0.year) && $0.year != latest.cycle?.year }
                .map { try ComplianceService.report(db, year: $0.year, at: now) }
            return DashboardSnapshot(
                cycle: latest.cycle, compliance: [latest] + others, figures: try store.figures(), waiting: try store.waiting(),
                perAction: try store.perAction(translations: ContentTranslationStore(db: db).translations(language)), perRegion: try store.perRegion(), activity: try store.activity(limit: activityLimit),
                confirmedCommitments: try latest.cycle.map { try CommitmentConfirmationStore(db: db).share(year: $0.year) },
                today: latest.today)
        }
    }
}
