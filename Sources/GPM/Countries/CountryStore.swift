import SQLite

/// The SQL of countries, reference data staff edit (the display names that override the CLDR name,
/// the UCLG region suggested for new cities), and of GeoNames' world cities, where a new city is found.
/// Also owns the columns every other store selects to name a country (`nameColumns`, `name(_:)`).
struct CountryStore {
    let db: Connection

    /// The columns `name(_:)` reads, from the `countries` table under `alias`.
    static func nameColumns(_ alias: String) -> String {
        "\(alias).code AS country_code, \(alias).name AS country_name, \(alias).display_name AS country_display_name, "
            + "\(alias).display_name_fr AS country_display_name_fr, \(alias).display_name_es AS country_display_name_es"
    }

    /// The SQL order of shown names. SQLite does not know the CLDR names: this orders by the override,
    /// else the registry's English name, which gives the CLDR English order but for a few names
    /// (“Côte d’Ivoire” sorts as “Ivory Coast”). Short lists are sorted in Swift (`CountryName.sorted`).
    static func nameOrder(_ alias: String) -> String {
        "coalesce(\(alias).display_name, \(alias).name) COLLATE NOCASE"
    }

    /// A row holding `nameColumns`.
    static func name(_ row: Row) throws -> CountryName {
        try CountryName(
            code: row.string("country_code"), name: row.string("country_name"), displayName: row.optionalString("country_display_name"),
            displayNameFr: row.optionalString("country_display_name_fr"), displayNameEs: row.optionalString("country_display_name_es"))
    }

    /// Every country's names.
    func names() throws -> [CountryName] {
        try db.query("SELECT \(Self.nameColumns("co")) FROM countries co ORDER BY co.code").map(Self.name)
    }

    /// The countries some city of the registry is in.
    func namesWithCities() throws -> [CountryName] {
        try db.query("""
            SELECT \(Self.nameColumns("co")) FROM countries co
            WHERE co.code IN (SELECT country_code FROM cities) ORDER BY co.code
            """).map(Self.name)
    }

    private static let recordColumns = """
        \(nameColumns("co")), co.suggested_region_id, r.name AS region_name, co.m49_subregion, co.version, co.updated_at,
        (SELECT count(*) FROM cities c WHERE c.country_code = co.code) AS city_count
        FROM countries co LEFT JOIN regions r ON r.id = co.suggested_region_id
        """

    private static func record(_ row: Row) throws -> CountryRecord {
        try CountryRecord(
            name: name(row), suggestedRegionID: row.optionalInt("suggested_region_id"), suggestedRegion: row.optionalString("region_name"),
            m49Subregion: row.optionalString("m49_subregion"), cityCount: row.int("city_count"), version: row.int("version"),
            updatedAt: row.optionalString("updated_at"))
    }

    /// Every country, by code.
    func records() throws -> [CountryRecord] {
        try db.query("SELECT \(Self.recordColumns) ORDER BY co.code").map(Self.record)
    }

    /// The country with `code`, or nil.
    func record(code: String) throws -> CountryRecord? {
        try db.queryOne("SELECT \(Self.recordColumns) WHERE co.code = ?", code).map(Self.record)
    }

    /// The stored row, as the audit log keeps it.
    func snapshot(code: String) throws -> AuditSnapshot? {
        try db.queryOne("SELECT code, name, display_name, display_name_fr, display_name_es, suggested_region_id, m49_subregion, version FROM countries WHERE code = ?", code)
            .map { AuditSnapshot(row: $0) }
    }

    /// Sets the overrides (English, French, Spanish) and the suggested region; false when the stored version
    /// is no longer `version`.
    func update(
        code: String, version: Int, displayName: String?, displayNameFr: String?, displayNameEs: String?, suggestedRegionID: Int?,
        now: String
    ) throws -> Bool {
        try db.run("""
            UPDATE countries SET display_name = ?, display_name_fr = ?, display_name_es = ?, suggested_region_id = ?,
                version = version + 1, updated_at = ?
            WHERE code = ? AND version = ?
            """, displayName, displayNameFr, displayNameEs, suggestedRegionID, now, code, version)
        return db.changes > 0
    }

    /// Who saved the country last, by the audit log.
    func lastEditor(code: String) throws -> String? {
        try db.scalar(
            "SELECT user_email FROM audit_events WHERE entity_type = 'country' AND entity_id = ? ORDER BY id DESC LIMIT 1", code)
    }

    // MARK: World cities

    private static let worldCityColumns = """
        w.geoname_id, w.name, w.ascii_name, w.latitude, w.longitude, w.population, \(nameColumns("co")), co.suggested_region_id
        FROM world_cities w JOIN countries co ON co.code = w.country_code
        """

    private static func worldCity(_ row: Row) throws -> WorldCity {
        try WorldCity(
            geonameID: row.int("geoname_id"), name: row.string("name"), asciiName: row.string("ascii_name"), country: name(row),
            latitude: row.double("latitude"), longitude: row.double("longitude"), population: row.int("population"),
            suggestedRegionID: row.optionalInt("suggested_region_id"))
    }

    /// The `limit` most populous world cities whose name starts with `prefix` (ASCII case ignored), or
    /// whose ASCII name starts with `foldedPrefix` (the prefix without accents: "medellin", "MALMO").
    func worldCities(prefix: String, foldedPrefix: String, limit: Int) throws -> [WorldCity] {
        try db.query("""
            SELECT \(Self.worldCityColumns)
            WHERE w.name LIKE ? ESCAPE '\\' OR w.ascii_name LIKE ? ESCAPE '\\'
            ORDER BY w.population DESC, w.name, w.geoname_id LIMIT ?
            """, Self.likePrefix(prefix), Self.likePrefix(foldedPrefix), limit).map(Self.worldCity)
    }

    /// The world city with GeoNames id `id`, or nil.
    func worldCity(id: Int) throws -> WorldCity? {
        try db.queryOne("SELECT \(Self.worldCityColumns) WHERE w.geoname_id = ?", id).map(Self.worldCity)
    }

    /// `text%` with LIKE's wildcards in `text` escaped.
    static func likePrefix(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }
}
