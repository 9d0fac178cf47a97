import SQLite

/// The SQL of a city import: what a file is checked against (countries, regions, the cities there) and
/// the insert or update of one planned city.
struct CityImportStore {
    let db: Connection

    /// The registry as an import sees it now.
    func reference() throws -> CityImportReference {
        var countries: [String: CityImportReference.Country] = [:]
        for row in try db.query("SELECT code, name, suggested_region_id FROM countries") {
            countries[try row.string("code")] = .init(name: try row.string("name"), suggestedRegionID: try row.optionalInt("suggested_region_id"))
        }
        var regions: [String: (id: Int, name: String)] = [:]
        var names: [Int: String] = [:]
        var slugs: [String] = []
        for row in try db.query("SELECT id, slug, name FROM regions ORDER BY position") {
            let region = (id: try row.int("id"), name: try row.string("name"))
            regions[try row.string("slug")] = region
            regions[region.name.lowercased()] = region
            names[region.id] = region.name
            slugs.append(try row.string("slug"))
        }
        var cities: [String: CityImportExisting] = [:]
        for row in try db.query("""
            SELECT c.id, c.slug, c.name, c.country_code, c.region_id, r.name AS region_name, c.population, c.latitude, c.longitude,
                   c.mayor_name, c.mayor_since, c.membership, c.joined_on, c.website
            FROM cities c JOIN regions r ON r.id = c.region_id
            """)
        {
            cities[try row.string("slug")] = try CityImportExisting(
                id: row.int("id"), name: row.string("name"), countryCode: row.string("country_code"), regionID: row.int("region_id"),
                regionName: row.string("region_name"), population: row.optionalInt("population"), latitude: row.optionalDouble("latitude"),
                longitude: row.optionalDouble("longitude"), mayorName: row.optionalString("mayor_name"),
                mayorSince: row.optionalString("mayor_since"), membership: row.optionalString("membership"),
                joinedOn: row.optionalString("joined_on"), website: row.optionalString("website"))
        }
        return CityImportReference(countries: countries, regions: regions, regionNames: names, cities: cities, regionSlugs: slugs)
    }

    /// Inserts one row of a plan; returns the new city's id. SQLite's refusal is thrown as is.
    func insert(_ row: CityImportRow, now: String) throws -> Int {
        try db.run(
            """
            INSERT INTO cities (slug, name, country_code, region_id, population, latitude, longitude, mayor_name, mayor_since,
                                membership, joined_on, website, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                row.slug, row.name, row.countryCode, row.regionID, row.population, row.latitude, row.longitude, row.mayorName,
                row.mayorSince, row.membership, row.joinedOn, row.website, now, now,
            ])
        let id = Int(db.lastInsertRowID)
        try SearchIndexStore(db: db).refreshCity(id)
        return id
    }

    /// Writes one planned row over the existing city `id` (every field an import may set; the slug, the
    /// profile and the demo flags stay); the version moves on so open edit forms notice.
    func update(_ row: CityImportRow, cityID id: Int, now: String) throws {
        try db.run(
            """
            UPDATE cities SET name = ?, country_code = ?, region_id = ?, population = ?, latitude = ?, longitude = ?, mayor_name = ?,
                              mayor_since = ?, membership = ?, joined_on = ?, website = ?, version = version + 1, updated_at = ?
            WHERE id = ?
            """,
            arguments: [
                row.name, row.countryCode, row.regionID, row.population, row.latitude, row.longitude, row.mayorName, row.mayorSince,
                row.membership, row.joinedOn, row.website, now, id,
            ])
        try SearchIndexStore(db: db).refreshCity(id)
    }

    /// The city's row as the audit log keeps it.
    func snapshot(cityID: Int) throws -> AuditSnapshot? {
        try db.queryOne("SELECT * FROM cities WHERE id = ?", cityID).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
    }
}
