import SQLite

/// Whether the database answers, for `/healthz`.
struct HealthService: Sendable {
    let database: DatabasePool

    /// True when a read answers as expected; throws when the database cannot be read at all.
    func databaseAnswers() throws -> Bool {
        try database.read { db in try HealthStore(db: db).ping() } == 1
    }
}
