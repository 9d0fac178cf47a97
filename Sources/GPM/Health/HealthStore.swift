import SQLite

/// The one query a health check asks the database.
struct HealthStore {
    let db: Connection

    /// 1 when the database answers a query.
    func ping() throws -> Int? { try db.scalar("SELECT 1") }
}
