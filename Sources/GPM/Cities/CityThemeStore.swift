import SQLite

/// The SQL of `CityThemes`' definition (opted-in actions, published briefs, partnerships), in the two
/// shapes the features need: every city's themes as a table to join, and one city's themes.
struct CityThemeStore {
    let db: Connection

    /// A common table expression `city_themes(city_id, theme_id)`, one row per pair, to prefix a query with.
    static let commonTableExpression = """
        WITH city_themes (city_id, theme_id) AS (
            SELECT m.city_id, s.theme_id
            FROM commitments m JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.status = 'opted_in'
            UNION
            SELECT b.city_id, bt.theme_id
            FROM mayor_briefs b JOIN brief_themes bt ON bt.brief_id = b.id
            WHERE b.status = 'published'
            UNION
            SELECT pm.city_id, pt.theme_id
            FROM partnership_members pm JOIN partnership_themes pt ON pt.partnership_id = pm.partnership_id
            WHERE pm.city_id IS NOT NULL
        )
        """

    /// The themes of one city (`:city`), by the same definition, each branch narrowed by the city so the
    /// indexes on `city_id` apply.
    private static let themesOfOneCity = """
        SELECT t.id, t.slug, t.name FROM themes t WHERE t.id IN (
            SELECT s.theme_id
            FROM commitments m JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.city_id = :city AND m.status = 'opted_in'
            UNION
            SELECT bt.theme_id FROM mayor_briefs b JOIN brief_themes bt ON bt.brief_id = b.id
            WHERE b.city_id = :city AND b.status = 'published'
            UNION
            SELECT pt.theme_id FROM partnership_members pm JOIN partnership_themes pt ON pt.partnership_id = pm.partnership_id
            WHERE pm.city_id = :city
        )
        ORDER BY t.name COLLATE NOCASE
        """

    /// The themes city `id` works on, by name, each with its slug (the page links the filtered directory).
    func themes(ofCity id: Int) throws -> [(theme: PeerCities.Item, slug: String)] {
        try db.query(Self.themesOfOneCity, named: [":city": id]).map { row in
            try (PeerCities.Item(id: row.int("id"), name: row.string("name")), row.string("slug"))
        }
    }
}
