import SQLite

/// Previews and writes a city import: every city of the plan in one transaction, each with its audit
/// entry, plus one entry for the import as a whole. Any failure rolls back the lot, so an import is all
/// or nothing.
struct CityImportService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// A row the database refused while it was being written (a constraint the checks did not foresee,
    /// or a city added by someone else in between): nothing was imported.
    struct InsertFailure: Error, Sendable {
        let line: Int
        let name: String
        let message: String
    }

    /// The plan of `text` against the registry as it is now.
    func preview(text: String) throws -> CityImportPlan {
        try database.read { db in CityImportPlan(text: text, reference: try CityImportStore(db: db).reference()) }
    }

    /// Creates every row of `plan` (which must be committable) and returns the new cities' slugs.
    /// The plan is checked again inside the transaction against the registry as it is now.
    func commit(text: String, user: User) throws -> Result<[String], CommitRefusal> {
        let now = clock.timestamp()
        return try database.write { db in
            let store = CityImportStore(db: db)
            let plan = CityImportPlan(text: text, reference: try store.reference())
            guard plan.isCommittable else { return .failure(CommitRefusal(plan: plan)) }
            var slugs: [String] = []
            for row in plan.rows {
                let id: Int
                do {
                    id = try store.insert(row, now: now)
                } catch let error as SQLiteError {
                    throw InsertFailure(line: row.line, name: row.name, message: error.message)
                }
                let after = try store.snapshot(cityID: id)
                try AuditStore(db: db).record(
                    at: now, user: user, action: .create, entity: "city", id: id, summary: "Imported \(row.name) from CSV", after: after)
                slugs.append(row.slug)
            }
            try AuditStore(db: db).record(
                at: now, user: user, action: "import", entity: "city_import", id: nil,
                summary: "Imported \(slugs.count) \(slugs.count == 1 ? "city" : "cities") from CSV: " + Self.names(plan.rows.map(\.name)))
            return .success(slugs)
        }
    }

    /// "A, B, C" — or the first twenty and how many more, so a large import keeps a readable summary.
    static func names(_ names: [String]) -> String {
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? shown + " and \(names.count - 20) more" : shown
    }

    /// The file had problems when it was committed: the plan shows them.
    struct CommitRefusal: Error, Sendable {
        let plan: CityImportPlan
    }
}
