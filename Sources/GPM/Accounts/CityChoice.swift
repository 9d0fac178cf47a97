import SQLite

/// The cities a city-office account can be bound to, for the invitation and role forms.
struct CityChoice: Sendable {
    let id: Int
    let name: String
    let countryCode: String

    static func all(_ database: DatabasePool) throws -> [CityChoice] {
        try database.read { db in
            try db.query("SELECT id, name, country_code FROM cities ORDER BY (membership IS NULL), name COLLATE NOCASE, id").map {
                CityChoice(id: try $0.int("id"), name: try $0.string("name"), countryCode: try $0.string("country_code"))
            }
        }
    }

    static func exists(_ db: Connection, id: Int) throws -> Bool { try db.scalar("SELECT 1 FROM cities WHERE id = ?", id) as Int? != nil }

    static func id(_ db: Connection, slug: String) throws -> Int? { try db.scalar("SELECT id FROM cities WHERE slug = ?", slug) }
}
