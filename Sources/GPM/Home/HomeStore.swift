import SQLite

/// The home page's SQL: the figures, the four latest published briefs, the five actions with most
/// cities opted in, and the member cities with coordinates.
struct HomeStore {
    let db: Connection

    func figures() throws -> HomeSnapshot.Figures {
        try HomeSnapshot.Figures(
            memberCities: db.scalar("SELECT count(*) FROM cities WHERE membership = 'member'") ?? 0,
            countries: db.scalar("SELECT count(DISTINCT country_code) FROM cities WHERE membership = 'member'") ?? 0,
            commitments: db.scalar("SELECT count(*) FROM commitments WHERE status = 'opted_in'") ?? 0,
            publishedBriefs: db.scalar("SELECT count(*) FROM mayor_briefs WHERE status = 'published'") ?? 0,
            networks: db.scalar("SELECT count(*) FROM networks") ?? 0)
    }

    func latestBriefs() throws -> [HomeSnapshot.LatestBrief] {
        try db.query("""
            SELECT c.name, c.slug, b.year, b.title, b.summary, b.is_demo, b.language
            FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
            WHERE b.status = 'published'
            ORDER BY b.published_at DESC, b.id DESC LIMIT 4
            """).map { row in
            try HomeSnapshot.LatestBrief(
                cityName: row.string("name"), citySlug: row.string("slug"), year: row.int("year"),
                title: row.string("title"), summary: row.string("summary"), isDemo: row.bool("is_demo"),
                language: ContentLanguage(validating: row.string("language")) ?? .english)
        }
    }

    func popularActions() throws -> [HomeSnapshot.PopularAction] {
        try db.query("""
            SELECT a.id, a.slug, a.title, a.short_title, a.position, s.id AS session_id, s.number, s.title AS session_title,
                   count(*) AS cities
            FROM commitments m JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.status = 'opted_in'
            GROUP BY a.id ORDER BY cities DESC, a.id LIMIT 5
            """).map { row in
            try HomeSnapshot.PopularAction(
                id: row.int("id"), slug: row.string("slug"), rawTitle: row.optionalString("title"),
                shortTitle: row.optionalString("short_title"), sessionID: row.int("session_id"),
                title: ActionLabel.title(row.optionalString("title"), shortTitle: row.optionalString("short_title"), sessionNumber: row.optionalInt("number"), position: row.int("position")),
                sessionTitle: row.string("session_title"), cities: row.int("cities"))
        }
    }

    func memberCityPoints() throws -> [MapPoint] {
        try db.query("""
            SELECT name, slug, latitude, longitude FROM cities
            WHERE membership = 'member' AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY name
            """).map { row in
            try MapPoint(name: row.string("name"), href: Paths.city.href(row.string("slug")),
                         latitude: row.double("latitude"), longitude: row.double("longitude"))
        }
    }
}
