import SQLite

/// Reads what an import is checked against and writes an import: every city of the plan in one
/// transaction, each with its audit entry, plus one entry for the import as a whole. Any failure
/// rolls back the lot, so an import is all or nothing.
struct CityImportRepository: Sendable {
    let database: DatabasePool

    /// A row the database refused while it was being written (a constraint the checks did not foresee,
    /// or a city added by someone else in between): nothing was imported.
    struct InsertFailure: Error, Sendable {
        let line: Int
        let name: String
        let message: String
    }

    func reference() throws -> CityImportReference {
        try database.read { db in try Self.reference(db) }
    }

    static func reference(_ db: Connection) throws -> CityImportReference {
        var countries: [String: String] = [:]
        for row in try db.query("SELECT code, name FROM countries") { countries[try row.string("code")] = try row.string("name") }
        var regions: [String: (id: Int, name: String)] = [:]
        var slugs: [String] = []
        for row in try db.query("SELECT id, slug, name FROM regions ORDER BY position") {
            let region = (id: try row.int("id"), name: try row.string("name"))
            regions[try row.string("slug")] = region
            regions[region.name.lowercased()] = region
            slugs.append(try row.string("slug"))
        }
        var taken: [String: String] = [:]
        for row in try db.query("SELECT slug, name FROM cities") { taken[try row.string("slug")] = try row.string("name") }
        return CityImportReference(countries: countries, regions: regions, takenSlugs: taken, regionSlugs: slugs)
    }

    /// Creates every row of `plan` (which must be committable) and returns the new cities' slugs.
    /// The plan is checked again inside the transaction against the registry as it is now.
    func commit(text: String, user: User) throws -> Result<[String], CommitRefusal> {
        try database.write { db in
            let plan = CityImportPlan(text: text, reference: try Self.reference(db))
            guard plan.isCommittable else { return .failure(CommitRefusal(plan: plan)) }
            var slugs: [String] = []
            for row in plan.rows {
                let id: Int
                do {
                    try db.run(
                        """
                        INSERT INTO cities (slug, name, country_code, region_id, population, latitude, longitude, mayor_name, membership,
                                            joined_on, website)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                        row.slug, row.name, row.countryCode, row.regionID, row.population, row.latitude, row.longitude, row.mayorName,
                        row.membership, row.joinedOn, row.website)
                    id = Int(db.lastInsertRowID)
                } catch let error as SQLiteError {
                    throw InsertFailure(line: row.line, name: row.name, message: error.message)
                }
                let after = try db.queryOne("SELECT * FROM cities WHERE id = ?", id).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
                try AuditLog.record(
                    db, user: user, action: .create, entity: "city", id: id, summary: "Imported \(row.name) from CSV", after: after)
                slugs.append(row.slug)
            }
            try AuditLog.record(
                db, user: user, action: "import", entity: "city_import", id: nil,
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
