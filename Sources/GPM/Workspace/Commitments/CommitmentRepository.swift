import SQLite

/// Reads one city's commitments for its workspace: every action with the city's current stance, and the
/// full history of one commitment. Writes go through `CommitmentWriter`.
enum CommitmentRepository {
    /// One action as the workspace lists it, with the city's stance on it (nil fields: never opted in or out).
    struct ActionStance: Sendable {
        let actionID: Int
        let actionSlug: String
        let label: String
        let text: String
        let sessionSlug: String
        let sessionTitle: String
        let themeName: String
        let commitment: Commitment?
    }

    /// A city's commitments row: its current stance and latest progress.
    struct Commitment: Sendable {
        let id: Int
        let status: String
        let since: String
        let progress: String?
        let progressUpdatedOn: String?
        let version: Int
        let updatedAt: String
    }

    /// One dated entry of a commitment's history.
    struct Event: Sendable {
        let occurredOn: String
        let kind: String
        let progress: String?
        let note: String?
        let evidenceURL: String?
        let isDemo: Bool
    }

    private static let select = """
        SELECT a.id AS action_id, a.slug AS action_slug, a.title, a.position, a.text, s.number, s.slug AS session_slug,
               s.title AS session_title, t.name AS theme_name,
               m.id AS commitment_id, m.status, m.since, m.progress, m.progress_updated_on, m.version, m.updated_at
        FROM actions a JOIN strategy_sessions s ON s.id = a.session_id JOIN themes t ON t.id = s.theme_id
        LEFT JOIN commitments m ON m.action_id = a.id AND m.city_id = ?
        """

    /// Every action, by session (in the order they were held) then position, with the city's stance.
    static func actions(_ db: Connection, city: Int) throws -> [ActionStance] {
        try db.query(select + " ORDER BY s.held_on, s.number IS NULL, s.number, s.id, a.position", city).map(stance)
    }

    /// One action by slug with the city's stance, or nil for an unknown slug.
    static func action(_ db: Connection, city: Int, slug: String) throws -> ActionStance? {
        try db.queryOne(select + " WHERE a.slug = ?", city, slug).map(stance)
    }

    /// The commitment's history, newest first.
    static func events(_ db: Connection, commitment: Int) throws -> [Event] {
        try db.query("""
            SELECT occurred_on, kind, progress, note, evidence_url, is_demo FROM commitment_events
            WHERE commitment_id = ? ORDER BY occurred_on DESC, id DESC
            """, commitment).map { row in
            try Event(
                occurredOn: row.string("occurred_on"), kind: row.string("kind"), progress: row.optionalString("progress"),
                note: row.optionalString("note"), evidenceURL: row.optionalString("evidence_url"), isDemo: row.bool("is_demo"))
        }
    }

    private static func stance(_ row: Row) throws -> ActionStance {
        let commitment = try row.optionalInt("commitment_id").map { id in
            try Commitment(
                id: id, status: row.string("status"), since: row.string("since"), progress: row.optionalString("progress"),
                progressUpdatedOn: row.optionalString("progress_updated_on"), version: row.int("version"),
                updatedAt: row.string("updated_at"))
        }
        return try ActionStance(
            actionID: row.int("action_id"), actionSlug: row.string("action_slug"),
            label: ActionLabel.title(row.optionalString("title"), sessionNumber: row.optionalInt("number"), position: row.int("position")),
            text: row.string("text"), sessionSlug: row.string("session_slug"), sessionTitle: row.string("session_title"),
            themeName: row.string("theme_name"), commitment: commitment)
    }
}
