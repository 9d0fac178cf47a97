import SQLite

/// Reads the GPM's convenings and their strategy sessions: the directory by convening and theme, and
/// one session with its people, principles and actions. ("Strategy" keeps it apart from the sign-in
/// `SessionStore` of the accounts.)
struct StrategySessionStore {
    let db: Connection

    /// Themes that have at least one session, for the filter.
    func themes() throws -> [SessionTheme] {
        try db.query("""
            SELECT DISTINCT t.id, t.slug, t.name FROM themes t JOIN strategy_sessions s ON s.theme_id = t.id ORDER BY t.name
            """).map { try SessionTheme(id: $0.int("id"), slug: $0.string("slug"), name: $0.string("name")) }
    }

    /// Every convening, newest first, with its sessions (only those of `themeSlug` when given);
    /// convenings left without sessions by the filter are dropped.
    func convenings(themeSlug: String?) throws -> [Convening] {
        var convenings = try db.query("""
            SELECT v.slug, v.title, v.starts_on, v.ends_on, v.description, c.name AS city_name, c.slug AS city_slug, v.id
            FROM convenings v LEFT JOIN cities c ON c.id = v.city_id ORDER BY v.starts_on DESC, v.id
            """).map { row in (try row.int("id"), try Self.convening(row)) }
        let sessions = try db.query(Self.summarySQL + """
             WHERE (:theme IS NULL OR t.slug = :theme)
             GROUP BY s.id ORDER BY s.held_on, t.name, s.number IS NULL, s.number, s.id
            """, named: ["theme": themeSlug])
        for row in sessions {
            let conveningID = try row.int("convening_id")
            if let index = convenings.firstIndex(where: { $0.0 == conveningID }) {
                convenings[index].1.sessions.append(try Self.summary(row))
            }
        }
        return convenings.map(\.1).filter { themeSlug == nil || !$0.sessions.isEmpty }
    }

    /// Every session in full, for the open data export, in directory order.
    func allSessions() throws -> [SessionDetail] {
        let slugs = try db.query("""
            SELECT s.slug FROM strategy_sessions s JOIN convenings v ON v.id = s.convening_id
            JOIN themes t ON t.id = s.theme_id
            ORDER BY v.starts_on DESC, v.id, s.held_on, t.name, s.number IS NULL, s.number, s.id
            """).map { try $0.string("slug") }
        return try slugs.compactMap { try session(slug: $0) }
    }

    /// The session with `slug` in full, or nil.
    func session(slug: String) throws -> SessionDetail? {
        guard let row = try db.queryOne(Self.summarySQL + " WHERE s.slug = ? GROUP BY s.id", slug) else { return nil }
        let sessionID = try row.int("id")
        guard let convening = try db.queryOne("""
            SELECT v.id, v.slug, v.title, v.starts_on, v.ends_on, v.description, c.name AS city_name, c.slug AS city_slug
            FROM convenings v LEFT JOIN cities c ON c.id = v.city_id WHERE v.id = ?
            """, try row.int("convening_id")).map(Self.convening) else { return nil }
        let people = try db.query("""
            SELECT p.role, p.person_name, p.organisation, c.name AS city_name, c.slug AS city_slug,
                   n.slug AS network_slug, coalesce(n.acronym, n.name) AS network_name
            FROM session_people p LEFT JOIN cities c ON c.id = p.city_id LEFT JOIN networks n ON n.id = p.network_id
            WHERE p.session_id = ?
            ORDER BY CASE p.role WHEN 'chair' THEN 1 WHEN 'co_chair' THEN 2 WHEN 'resource_team' THEN 3 ELSE 4 END, p.position
            """, sessionID).map { row in
            try SessionPerson(
                role: row.string("role"), name: row.string("person_name"),
                cityName: row.optionalString("city_name"), citySlug: row.optionalString("city_slug"),
                organisation: row.optionalString("organisation") ?? row.optionalString("network_name"),
                networkSlug: row.optionalString("network_slug"))
        }
        let principles = try db.query("SELECT id, text FROM principles WHERE session_id = ? ORDER BY position", sessionID)
            .map { try SessionPrinciple(id: $0.int("id"), text: $0.string("text")) }
        let number = try row.optionalInt("number")
        let actions = try db.query("""
            SELECT a.id, a.slug, a.position, a.title, a.short_title, a.short_title_is_editorial, a.text, a.role_model,
                   (SELECT count(*) FROM commitments m WHERE m.action_id = a.id AND m.status = 'opted_in') AS cities
            FROM actions a WHERE a.session_id = ? ORDER BY a.position
            """, sessionID).map { row in
            let position = try row.int("position")
            let title = try row.optionalString("title")
            return try SessionAction(
                id: row.int("id"), slug: row.string("slug"), position: position, title: title,
                shortTitle: row.optionalString("short_title"),
                label: ActionLabel.title(title, shortTitle: try row.optionalString("short_title"), sessionNumber: number, position: position),
                text: row.string("text"), roleModel: row.optionalString("role_model"), citiesOptedIn: row.int("cities"),
                isEditorialTitle: row.optionalString("short_title") != nil && row.int("short_title_is_editorial") == 1)
        }
        return try SessionDetail(
            summary: Self.summary(row), convening: convening, people: people, principles: principles, actions: actions,
            summaryText: row.optionalString("summary_text"), note: row.optionalString("note"), source: row.optionalString("source"))
    }

    /// Columns of a session summary; callers append WHERE, GROUP BY s.id and ORDER BY.
    private static let summarySQL = """
        SELECT s.id, s.convening_id, s.slug, s.number, s.title, s.subtitle, s.held_on, s.status,
               s.summary AS summary_text, s.note, s.source, t.id AS theme_id, t.slug AS theme_slug, t.name AS theme_name,
               count(DISTINCT a.id) AS actions, count(DISTINCT m.city_id) AS cities
        FROM strategy_sessions s JOIN themes t ON t.id = s.theme_id
        LEFT JOIN actions a ON a.session_id = s.id
        LEFT JOIN commitments m ON m.action_id = a.id AND m.status = 'opted_in'
        """

    private static func summary(_ row: Row) throws -> SessionSummary {
        try SessionSummary(
            id: row.int("id"), slug: row.string("slug"), number: row.optionalInt("number"), title: row.string("title"),
            subtitle: row.optionalString("subtitle"),
            theme: SessionTheme(id: row.int("theme_id"), slug: row.string("theme_slug"), name: row.string("theme_name")),
            heldOn: row.string("held_on"), status: row.string("status"),
            actions: row.int("actions"), citiesOptedIn: row.int("cities"))
    }

    private static func convening(_ row: Row) throws -> Convening {
        try Convening(
            id: row.int("id"), slug: row.string("slug"), title: row.string("title"),
            cityName: row.optionalString("city_name"), citySlug: row.optionalString("city_slug"),
            startsOn: row.string("starts_on"), endsOn: row.string("ends_on"),
            description: row.optionalString("description"), sessions: [])
    }
}
