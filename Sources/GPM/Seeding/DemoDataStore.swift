import SQLite

/// The SQL the demo data needs: whether the registry is empty, and running the seed script.
struct DemoDataStore {
    let db: Connection

    func cityCount() throws -> Int { try db.scalar("SELECT count(*) FROM cities") ?? 0 }

    func run(script: String) throws { try db.execute(script: script) }
}
