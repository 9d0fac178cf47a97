import SQLite

/// Reads one action with everything its page shows: the cities that opted in and where each stands,
/// the opt-out history, the dated timeline of commitments, and the published Mayor Briefs that report on it.
struct ActionRepository: Sendable {
    let database: DatabasePool

    struct SessionRef: Sendable {
        let slug: String
        let title: String
        let number: Int?
        let themeSlug: String
        let themeName: String
        let conveningTitle: String
    }

    struct SDG: Sendable {
        let number: Int
        let name: String
    }

    /// A city's current stance on the action, with its latest progress note.
    struct Commitment: Sendable {
        let cityName: String
        let citySlug: String
        let regionName: String
        let latitude: Double?
        let longitude: Double?
        let since: String
        let progress: String?
        let progressUpdatedOn: String?
        let latestNote: String?
        let isDemo: Bool
    }

    struct Event: Sendable {
        let occurredOn: String
        let kind: String
        let progress: String?
        let note: String?
        let evidenceURL: String?
        let cityName: String
        let citySlug: String
        let isDemo: Bool
    }

    struct Brief: Sendable {
        let cityName: String
        let citySlug: String
        let year: Int
        let title: String
        let isDemo: Bool
    }

    struct ActionDetail: Sendable {
        let slug: String
        let position: Int
        let title: String?
        let label: String
        let text: String
        let roleModel: String?
        let session: SessionRef
        let sdgs: [SDG]
        let optedIn: [Commitment]
        let optedOut: [Commitment]
        let timeline: [Event]
        let briefs: [Brief]
    }

    func action(slug: String) throws -> ActionDetail? {
        try database.read { db in
            guard let row = try db.queryOne("""
                SELECT a.id, a.slug, a.position, a.title, a.text, a.role_model,
                       s.slug AS session_slug, s.title AS session_title, s.number, t.slug AS theme_slug, t.name AS theme_name,
                       v.title AS convening_title
                FROM actions a JOIN strategy_sessions s ON s.id = a.session_id JOIN themes t ON t.id = s.theme_id
                JOIN convenings v ON v.id = s.convening_id
                WHERE a.slug = ?
                """, slug) else { return nil }
            let id = try row.int("id")
            let number = try row.optionalInt("number")
            let position = try row.int("position")
            let title = try row.optionalString("title")
            let sdgs = try db.query("""
                SELECT g.number, g.name FROM action_sdgs x JOIN sdgs g ON g.number = x.sdg_number WHERE x.action_id = ? ORDER BY g.number
                """, id).map { try SDG(number: $0.int("number"), name: $0.string("name")) }
            let commitments = try db.query("""
                SELECT m.status, m.since, m.progress, m.progress_updated_on, m.is_demo,
                       c.name, c.slug, c.latitude, c.longitude, r.name AS region_name,
                       (SELECT e.note FROM commitment_events e
                        WHERE e.commitment_id = m.id AND e.kind = 'progress' AND e.note IS NOT NULL
                        ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1) AS latest_note
                FROM commitments m JOIN cities c ON c.id = m.city_id JOIN regions r ON r.id = c.region_id
                WHERE m.action_id = ? ORDER BY c.name, c.id
                """, id).map { row in
                (try row.string("status"), try Commitment(
                    cityName: row.string("name"), citySlug: row.string("slug"), regionName: row.string("region_name"),
                    latitude: row.optionalDouble("latitude"), longitude: row.optionalDouble("longitude"),
                    since: row.string("since"), progress: row.optionalString("progress"),
                    progressUpdatedOn: row.optionalString("progress_updated_on"),
                    latestNote: row.optionalString("latest_note"), isDemo: row.bool("is_demo")))
            }
            let timeline = try db.query("""
                SELECT e.occurred_on, e.kind, e.progress, e.note, e.evidence_url, e.is_demo, c.name, c.slug
                FROM commitment_events e JOIN commitments m ON m.id = e.commitment_id JOIN cities c ON c.id = m.city_id
                WHERE m.action_id = ? ORDER BY e.occurred_on, e.id
                """, id).map { row in
                try Event(
                    occurredOn: row.string("occurred_on"), kind: row.string("kind"), progress: row.optionalString("progress"),
                    note: row.optionalString("note"), evidenceURL: row.optionalString("evidence_url"),
                    cityName: row.string("name"), citySlug: row.string("slug"), isDemo: row.bool("is_demo"))
            }
            let briefs = try db.query("""
                SELECT c.name, c.slug, b.year, b.title, b.is_demo
                FROM brief_actions x JOIN mayor_briefs b ON b.id = x.brief_id JOIN cities c ON c.id = b.city_id
                WHERE x.action_id = ? AND b.status = 'published' ORDER BY b.year DESC, c.name
                """, id).map { row in
                try Brief(cityName: row.string("name"), citySlug: row.string("slug"), year: row.int("year"),
                          title: row.string("title"), isDemo: row.bool("is_demo"))
            }
            return try ActionDetail(
                slug: row.string("slug"), position: position, title: title,
                label: ActionLabel.title(title, sessionNumber: number, position: position),
                text: row.string("text"), roleModel: row.optionalString("role_model"),
                session: SessionRef(
                    slug: row.string("session_slug"), title: row.string("session_title"), number: number,
                    themeSlug: row.string("theme_slug"), themeName: row.string("theme_name"),
                    conveningTitle: row.string("convening_title")),
                sdgs: sdgs,
                optedIn: commitments.filter { $0.0 == "opted_in" }.map(\.1),
                optedOut: commitments.filter { $0.0 == "opted_out" }.map(\.1),
                timeline: timeline, briefs: briefs)
        }
    }
}
