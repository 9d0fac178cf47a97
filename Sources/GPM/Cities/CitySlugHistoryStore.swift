import SQLite

/// A city's earlier slugs (`city_slug_history`, Migrations/0035), so links to an old address answer
/// 301 with the current one.
struct CitySlugHistoryStore {
    let db: Connection

    /// After the city `cityID` was saved: remembers `previous` when its slug changed, and forgets the
    /// current slug as anybody's old one (a slug in use answers for its city, never as a redirect).
    func record(cityID: Int, previous: String, now: String) throws {
        guard let current: String = try db.scalar("SELECT slug FROM cities WHERE id = ?", cityID) else { return }
        try db.run("DELETE FROM city_slug_history WHERE slug = ?", current)
        guard current != previous else { return }
        try db.run("""
            INSERT INTO city_slug_history (slug, city_id, replaced_at) VALUES (?, ?, ?)
            ON CONFLICT (slug) DO UPDATE SET city_id = excluded.city_id, replaced_at = excluded.replaced_at
            """, previous, cityID, now)
    }

    /// The current slug of the city that used to answer to `slug`, or nil.
    func currentSlug(formerly slug: String) throws -> String? {
        try db.scalar("""
            SELECT c.slug FROM city_slug_history h JOIN cities c ON c.id = h.city_id WHERE h.slug = ?
            """, slug)
    }
}
