import SQLite

/// Published Mayor Briefs as the public sees them. Every query here asks for status 'published':
/// a draft, a submitted brief or one sent back for changes is never read by a public page.
struct PublishedBriefStore {
    let db: Connection

    /// Whether the city with `citySlug` has its brief for `year` published.
    func isPublished(citySlug: String, year: Int) throws -> Bool {
        try db.scalar("""
            SELECT count(*) FROM mayor_briefs b JOIN cities ci ON ci.id = b.city_id
            WHERE b.status = 'published' AND ci.slug = ? AND b.year = ?
            """, citySlug, year) as Int? ?? 0 > 0
    }

    /// The published brief of a city for a year with its actions, themes and SDGs, or nil (unknown
    /// city, no brief, or not published). `attachments` is left empty for the caller to fill.
    func published(citySlug: String, year: Int) throws -> PublishedBriefDetail? {
        guard let row = try db.queryOne(
            Self.select + " WHERE b.status = 'published' AND ci.slug = ? AND b.year = ?", citySlug, year)
        else { return nil }
        let record = try Self.brief(row)
        let actions = try db.query("""
            SELECT a.id, a.slug, a.title, a.short_title, a.position, s.number, s.id AS session_id, s.title AS session_title
            FROM brief_actions x JOIN actions a ON a.id = x.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE x.brief_id = ? ORDER BY s.held_on, s.number, a.position
            """, record.id
        ).map { row in
            try BriefLinkedAction(
                id: row.int("id"), slug: row.string("slug"),
                title: ActionLabel.title(
                    row.optionalString("title"), shortTitle: row.optionalString("short_title"), sessionNumber: row.optionalInt("number"), position: row.int("position")),
                sessionID: row.int("session_id"), sessionTitle: row.string("session_title"))
        }
        let themes = try db.query("""
            SELECT t.id, t.slug, t.name FROM brief_themes x JOIN themes t ON t.id = x.theme_id WHERE x.brief_id = ? ORDER BY t.name
            """, record.id
        ).map { try NamedSlug(slug: $0.string("slug"), name: $0.string("name"), id: $0.int("id")) }
        let sdgs = try db.query("""
            SELECT s.number, s.name FROM brief_sdgs x JOIN sdgs s ON s.number = x.sdg_number WHERE x.brief_id = ? ORDER BY s.number
            """, record.id
        ).map { (number: try $0.int("number"), name: try $0.string("name")) }
        return try PublishedBriefDetail(
            record: record, country: CountryStore.name(row), regionName: row.string("region_name"),
            actions: actions, themes: themes, sdgs: sdgs, attachments: [])
    }

    /// Published briefs, most recently published first, `limit` of them (-1: all), with their themes,
    /// SDGs and actions as slugs (for the open data and the feed). One query, whatever their number.
    func allPublished(limit: Int) throws -> [PublishedBrief] {
        try db.query(
            Self.select + " WHERE b.status = 'published' ORDER BY b.published_at DESC, b.id DESC LIMIT ?", limit
        ).map(Self.brief)
    }

    private static let select = """
        SELECT b.id, b.year, b.title, b.language, b.summary, b.context, b.programme, b.results, b.what_did_not_work, b.partners,
               b.next_steps, b.published_at, b.updated_at, b.is_demo,
               ci.slug AS city_slug, ci.name AS city_name, ci.country_code, co.name AS country_name, co.display_name AS country_display_name,
               co.display_name_fr AS country_display_name_fr, co.display_name_es AS country_display_name_es, r.name AS region_name,
               (SELECT group_concat(t.slug, ';') FROM (SELECT t.slug FROM brief_themes x JOIN themes t ON t.id = x.theme_id
                    WHERE x.brief_id = b.id ORDER BY t.slug) t) AS theme_slugs,
               (SELECT group_concat(n, ';') FROM (SELECT x.sdg_number AS n FROM brief_sdgs x
                    WHERE x.brief_id = b.id ORDER BY x.sdg_number)) AS sdg_numbers,
               (SELECT group_concat(slug, ';') FROM (SELECT a.slug FROM brief_actions x JOIN actions a ON a.id = x.action_id
                    WHERE x.brief_id = b.id ORDER BY a.slug)) AS action_slugs
        FROM mayor_briefs b
        JOIN cities ci ON ci.id = b.city_id
        JOIN countries co ON co.code = ci.country_code
        JOIN regions r ON r.id = ci.region_id
        """

    /// A row of `select`.
    private static func brief(_ row: Row) throws -> PublishedBrief {
        try PublishedBrief(
            id: row.int("id"), citySlug: row.string("city_slug"), cityName: row.string("city_name"),
            countryCode: row.string("country_code"), year: row.int("year"), title: row.string("title"),
            summary: row.string("summary"), context: row.string("context"), programme: row.string("programme"),
            results: row.string("results"), whatDidNotWork: row.string("what_did_not_work"), partners: row.string("partners"),
            nextSteps: row.string("next_steps"), publishedAt: row.optionalString("published_at") ?? row.string("updated_at"),
            isDemo: row.bool("is_demo"), themeSlugs: split(row.optionalString("theme_slugs")),
            sdgNumbers: split(row.optionalString("sdg_numbers")).compactMap { Int($0) },
            actionSlugs: split(row.optionalString("action_slugs")),
            language: ContentLanguage(validating: row.string("language")) ?? .english)
    }

    /// "a;b;c" as `group_concat` wrote it.
    private static func split(_ text: String?) -> [String] {
        (text ?? "").split(separator: ";").map(String.init)
    }
}
