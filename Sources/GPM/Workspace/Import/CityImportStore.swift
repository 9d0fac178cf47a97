import SQLite

/// The SQL of a city import: what a file is checked against (countries, regions, taken slugs) and the
/// insert of one planned city.
struct CityImportStore {
    let db: Connection

    /// The registry as an import sees it now.
    func reference() throws -> CityImportReference {
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

    /// Inserts one row of a plan; returns the new city's id. SQLite's refusal is thrown as is.
    func insert(_ row: CityImportRow, now: String) throws -> Int {
        try db.run(
            """
            INSERT INTO cities (slug, name, country_code, region_id, population, latitude, longitude, mayor_name, membership,
                                joined_on, website, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                row.slug, row.name, row.countryCode, row.regionID, row.population, row.latitude, row.longitude, row.mayorName,
                row.membership, row.joinedOn, row.website, now, now,
            ])
        return Int(db.lastInsertRowID)
    }

    /// The city's row as the audit log keeps it.
    func snapshot(cityID: Int) throws -> AuditSnapshot? {
        try db.queryOne("SELECT * FROM cities WHERE id = ?", cityID).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
    }
}
