import SQLite

/// The SQL of one city's commitments: every action with the city's stance, one commitment's history, and
/// the writes of a stance change or a progress report. Rules and the transaction are `CommitmentService`'s.
struct CommitmentStore {
    let db: Connection

    private static let select = """
        SELECT a.id AS action_id, a.slug AS action_slug, a.title, a.position, a.text, s.number, s.slug AS session_slug,
               s.title AS session_title, t.name AS theme_name,
               m.id AS commitment_id, m.status, m.since, m.progress, m.progress_updated_on, m.version, m.updated_at
        FROM actions a JOIN strategy_sessions s ON s.id = a.session_id JOIN themes t ON t.id = s.theme_id
        LEFT JOIN commitments m ON m.action_id = a.id AND m.city_id = ?
        """

    /// Every action, by session (in the order they were held) then position, with the city's stance.
    func actions(city: Int) throws -> [CommitmentActionStance] {
        try db.query(Self.select + " ORDER BY s.held_on, s.number IS NULL, s.number, s.id, a.position", city).map(Self.stance)
    }

    /// One action by slug with the city's stance, or nil for an unknown slug.
    func action(city: Int, slug: String) throws -> CommitmentActionStance? {
        try db.queryOne(Self.select + " WHERE a.slug = ?", city, slug).map(Self.stance)
    }

    /// The commitment's history, newest first.
    func events(commitment: Int) throws -> [CommitmentEvent] {
        try db.query("""
            SELECT occurred_on, kind, progress, note, evidence_url, is_demo FROM commitment_events
            WHERE commitment_id = ? ORDER BY occurred_on DESC, id DESC
            """, commitment).map { row in
            try CommitmentEvent(
                commitmentID: commitment, occurredOn: row.string("occurred_on"), kind: row.vocabulary("kind"), progress: row.optionalVocabulary("progress"),
                note: row.optionalString("note"), evidenceURL: row.optionalString("evidence_url"), isDemo: row.bool("is_demo"))
        }
    }

    /// The city's commitment to the action, or nil when it never opted in or out.
    func commitment(city: Int, action: Int) throws -> Commitment? {
        try db.queryOne("SELECT * FROM commitments WHERE city_id = ? AND action_id = ?", city, action).map { row in
            try Commitment(
                id: row.int("id"), stance: row.vocabulary("status"), since: row.string("since"), progress: row.optionalVocabulary("progress"),
                progressUpdatedOn: row.optionalString("progress_updated_on"), version: row.int("version"),
                updatedAt: row.string("updated_at"))
        }
    }

    /// The row as the audit log keeps it.
    func snapshot(id: Int) throws -> AuditSnapshot? {
        try db.queryOne("SELECT * FROM commitments WHERE id = ?", id).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
    }

    /// A first stance on an action; returns the commitment's id.
    func insert(city: Int, action: Int, stance: CommitmentStance, since: String, now: String) throws -> Int {
        try db.run(
            "INSERT INTO commitments (city_id, action_id, status, since, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            city, action, stance.rawValue, since, now, now)
        return Int(db.lastInsertRowID)
    }

    /// Changes the stance when the stored version is still `version`; false when it is not.
    func setStance(id: Int, stance: CommitmentStance, since: String, version: Int, now: String) throws -> Bool {
        try db.run("""
            UPDATE commitments SET status = ?, since = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?
            """, stance.rawValue, since, now, id, version)
        return db.changes == 1
    }

    /// Appends one line to the commitment's history, recorded at `now`.
    func insertEvent(
        commitment: Int, occurredOn: String, kind: CommitmentEventKind, progress: CommitmentProgress? = nil, note: String?,
        evidenceURL: String? = nil, now: String
    ) throws {
        try db.run("""
            INSERT INTO commitment_events (commitment_id, occurred_on, kind, progress, note, evidence_url, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, commitment, occurredOn, kind.rawValue, progress?.rawValue, note, evidenceURL, now)
    }

    /// Sets the row's progress to the latest by date (an update dated in the past does not hide a newer
    /// one) when the stored version is still `version`; false when it is not.
    func refreshProgress(id: Int, version: Int, now: String) throws -> Bool {
        try db.run("""
            UPDATE commitments SET (progress, progress_updated_on) = (
                       SELECT progress, occurred_on FROM commitment_events
                       WHERE commitment_id = commitments.id AND kind = ? ORDER BY occurred_on DESC, id DESC LIMIT 1),
                   version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?
            """, CommitmentEventKind.progress.rawValue, now, id, version)
        return db.changes == 1
    }

    private static func stance(_ row: Row) throws -> CommitmentActionStance {
        let commitment = try row.optionalInt("commitment_id").map { id in
            try Commitment(
                id: id, stance: row.vocabulary("status"), since: row.string("since"), progress: row.optionalVocabulary("progress"),
                progressUpdatedOn: row.optionalString("progress_updated_on"), version: row.int("version"),
                updatedAt: row.string("updated_at"))
        }
        return try CommitmentActionStance(
            actionID: row.int("action_id"), actionSlug: row.string("action_slug"),
            label: ActionLabel.title(row.optionalString("title"), sessionNumber: row.optionalInt("number"), position: row.int("position")),
            text: row.string("text"), sessionSlug: row.string("session_slug"), sessionTitle: row.string("session_title"),
            themeName: row.string("theme_name"), commitment: commitment)
    }
}
