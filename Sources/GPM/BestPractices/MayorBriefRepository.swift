import SQLite

/// Published Mayor Briefs as the public sees them. Every query here asks for status 'published':
/// a draft, a submitted brief or one sent back for changes is never read by a public page.
struct MayorBriefRepository: Sendable {
    let database: DatabasePool

    /// A brief's page: the brief, its city, linked actions, themes and SDGs.
    struct Detail: Sendable {
        let record: PublishedBrief
        let countryName: String
        let regionName: String
        let actions: [LinkedAction]
        let themes: [NamedSlug]
        let sdgs: [(number: Int, name: String)]
    }

    /// An action a brief reports on.
    struct LinkedAction: Sendable {
        let slug: String
        let title: String
        let sessionTitle: String
    }

    /// The published brief of a city for a year, or nil (unknown city, no brief, or not published).
    func published(citySlug: String, year: Int) throws -> Detail? {
        try database.read { db in
            guard let row = try db.queryOne(
                Self.select + " WHERE b.status = 'published' AND ci.slug = ? AND b.year = ?", citySlug, year)
            else { return nil }
            let record = try PublishedBrief(row)
            let actions = try db.query("""
                SELECT a.slug, a.title, a.position, s.number, s.title AS session_title
                FROM brief_actions x JOIN actions a ON a.id = x.action_id JOIN strategy_sessions s ON s.id = a.session_id
                WHERE x.brief_id = ? ORDER BY s.held_on, s.number, a.position
                """, record.id
            ).map { row in
                try LinkedAction(
                    slug: row.string("slug"),
                    title: ActionLabel.title(
                        row.optionalString("title"), sessionNumber: row.optionalInt("number"), position: row.int("position")),
                    sessionTitle: row.string("session_title"))
            }
            let themes = try db.query("""
                SELECT t.slug, t.name FROM brief_themes x JOIN themes t ON t.id = x.theme_id WHERE x.brief_id = ? ORDER BY t.name
                """, record.id
            ).map { try NamedSlug(slug: $0.string("slug"), name: $0.string("name")) }
            let sdgs = try db.query("""
                SELECT s.number, s.name FROM brief_sdgs x JOIN sdgs s ON s.number = x.sdg_number WHERE x.brief_id = ? ORDER BY s.number
                """, record.id
            ).map { (number: try $0.int("number"), name: try $0.string("name")) }
            return try Detail(
                record: record, countryName: row.string("country_name"), regionName: row.string("region_name"),
                actions: actions, themes: themes, sdgs: sdgs)
        }
    }

    /// Published briefs, most recently published first, with their themes, SDGs and actions as
    /// slugs (for the open data and the feed). One query, whatever the number of briefs.
    func allPublished(limit: Int = -1) throws -> [PublishedBrief] {
        try database.read { db in
            try db.query(
                Self.select + " WHERE b.status = 'published' ORDER BY b.published_at DESC, b.id DESC LIMIT ?", limit
            ).map(PublishedBrief.init)
        }
    }

    private static let select = """
        SELECT b.id, b.year, b.title, b.summary, b.context, b.programme, b.results, b.what_did_not_work, b.partners,
               b.next_steps, b.published_at, b.updated_at, b.is_demo,
               ci.slug AS city_slug, ci.name AS city_name, ci.country_code, co.name AS country_name, r.name AS region_name,
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
}

/// A published Mayor Brief with its city, as the open data and the feed publish it.
struct PublishedBrief: Sendable {
    let id: Int
    let citySlug: String
    let cityName: String
    let countryCode: String
    let year: Int
    let title: String
    let summary: String
    let context: String
    let programme: String
    let results: String
    let whatDidNotWork: String
    let partners: String
    let nextSteps: String
    let publishedAt: String
    let isDemo: Bool
    let themeSlugs: [String]
    let sdgNumbers: [Int]
    let actionSlugs: [String]

    var path: String { "/briefs/\(citySlug)/\(year)" }

    /// The six sections in the order a brief is written, with their headings.
    var sections: [(heading: String, text: String)] {
        [
            ("Context", context), ("Programme", programme), ("Results", results),
            ("What did not work", whatDidNotWork), ("Partners", partners), ("Next steps", nextSteps),
        ]
    }

    init(_ row: Row) throws {
        id = try row.int("id")
        citySlug = try row.string("city_slug")
        cityName = try row.string("city_name")
        countryCode = try row.string("country_code")
        year = try row.int("year")
        title = try row.string("title")
        summary = try row.string("summary")
        context = try row.string("context")
        programme = try row.string("programme")
        results = try row.string("results")
        whatDidNotWork = try row.string("what_did_not_work")
        partners = try row.string("partners")
        nextSteps = try row.string("next_steps")
        publishedAt = try row.optionalString("published_at") ?? row.string("updated_at")
        isDemo = try row.bool("is_demo")
        themeSlugs = try Self.split(row.optionalString("theme_slugs"))
        sdgNumbers = try Self.split(row.optionalString("sdg_numbers")).compactMap { Int($0) }
        actionSlugs = try Self.split(row.optionalString("action_slugs"))
    }

    private static func split(_ text: String?) -> [String] {
        (text ?? "").split(separator: ";").map(String.init)
    }
}
