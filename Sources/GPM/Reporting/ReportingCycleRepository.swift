import SQLite

// Temporary: removed when all features use ReportingCycleStore.
/// The old face of the reporting cycles, kept so features converted concurrently (the city office, the
/// dashboard, the briefs) still compile; it forwards to `ReportingCycleStore`.
struct ReportingCycleRepository: Sendable {
    let database: DatabasePool

    func current() throws -> ReportingCycle? { try database.read { db in try ReportingCycleStore(db: db).current() } }

    static func current(_ db: Connection) throws -> ReportingCycle? { try ReportingCycleStore(db: db).current() }
}
