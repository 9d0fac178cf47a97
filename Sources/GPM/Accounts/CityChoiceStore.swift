import SQLite

/// The registry's cities as the account forms choose among them.
struct CityChoiceStore {
    let db: Connection

    /// Member cities first, then by name.
    func all() throws -> [CityChoice] {
        try db.query("SELECT id, name, country_code FROM cities ORDER BY (membership IS NULL), name COLLATE NOCASE, id").map {
            CityChoice(id: try $0.int("id"), name: try $0.string("name"), countryCode: try $0.string("country_code"))
        }
    }

    func exists(id: Int) throws -> Bool { try db.scalar("SELECT 1 FROM cities WHERE id = ?", id) as Int? != nil }

    func id(slug: String) throws -> Int? { try db.scalar("SELECT id FROM cities WHERE slug = ?", slug) }
}
