import SQLite

/// The SQL of one city's commitments: every action with the city's stance, one commitment's history, and
/// the writes of a stance change or a progress report. Rules and the transaction are `CommitmentService`'s.
struct CommitmentStore {
    let db: Connection

    private static let select = """
        SELECT a.id AS action_id, a.slug AS action_slug, a.title, a.short_title, a.position, a.text, s.number, s.slug AS session_slug,
               s.id AS session_id, s.title AS session_title, t.id AS theme_id, t.name AS theme_name,
               m.id AS commitment_id, m.status, m.since, m.progress, m.progress_updated_on, m.version, m.updated_at,
               \(CommitmentConfirmationStore.columns)
        FROM actions a JOIN strategy_sessions s ON s.id = a.session_id JOIN themes t ON t.id = s.theme_id
        LEFT JOIN commitments m ON m.action_id = a.id AND m.city_id = ?
        """

    /// Every action, by session (in the order they were held) then position, with the city's stance.
    func actions(city: Int, currentCycle: Int?) throws -> [CommitmentActionStance] {
        try db.query(Self.select + " ORDER BY s.held_on, s.number IS NULL, s.number, s.id, a.position", city).map {
            try Self.stance($0, currentCycle: currentCycle)
        }
    }

    /// One action by slug with the city's stance, or nil for an unknown slug.
    func action(city: Int, slug: String, currentCycle: Int? = nil) throws -> CommitmentActionStance? {
        try db.queryOne(Self.select + " WHERE a.slug = ?", city, slug).map { try Self.stance($0, currentCycle: currentCycle) }
    }

    /// The commitment's history, newest first.
    func events(commitment: Int) throws -> [CommitmentEvent] {
        try db.query("""
            SELECT occurred_on, kind, progress, note, language, evidence_url, is_demo, recorded_by_secretariat FROM commitment_events
            WHERE commitment_id = ? ORDER BY occurred_on DESC, id DESC
            """, commitment).map { row in
            try CommitmentEvent(
                commitmentID: commitment, occurredOn: row.string("occurred_on"), kind: row.vocabulary("kind"), progress: row.optionalVocabulary("progress"),
                note: row.optionalString("note"), evidenceURL: row.optionalString("evidence_url"), isDemo: row.bool("is_demo"),
                recordedBySecretariat: row.bool("recorded_by_secretariat"),
                language: ContentLanguage(validating: row.string("language")) ?? .english)
        }
    }

    /// The city's commitment to the action, or nil when it never opted in or out.
    func commitment(city: Int, action: Int) throws -> Commitment? {
        try db.queryOne(
            "SELECT m.*, \(CommitmentConfirmationStore.columns) FROM commitments m WHERE m.city_id = ? AND m.action_id = ?", city, action
        ).map { row in try Self.commitment(row, id: row.int("id"), currentCycle: nil) }
    }

    /// The city the secretariat records for, or nil when there is none.
    func city(id: Int) throws -> OfficeCity? {
        try db.queryOne("SELECT id, name, slug FROM cities WHERE id = ?", id).map {
            try OfficeCity(id: $0.int("id"), name: $0.string("name"), slug: $0.string("slug"))
        }
    }

    /// The row as the audit log keeps it.
    func snapshot(id: Int) throws -> AuditSnapshot? {
        try db.queryOne("SELECT * FROM commitments WHERE id = ?", id).map { AuditSnapshot(row: $0, excluding: ["updated_at"]) }
    }

    /// A first stance on an action; returns the commitment's id.
    func insert(city: Int, action: Int, stance: CommitmentStance, since: String, now: String, bySecretariat: Bool = false) throws -> Int {
        try db.run("""
            INSERT INTO commitments (city_id, action_id, status, since, recorded_by_secretariat, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, city, action, stance.rawValue, since, bySecretariat ? 1 : 0, now, now)
        return Int(db.lastInsertRowID)
    }

    /// Changes the stance when the stored version is still `version`; false when it is not. A stance that
    /// allows no progress (`CommitmentStance.allows`) clears the current progress; the history keeps it.
    func setStance(id: Int, stance: CommitmentStance, since: String, version: Int, now: String, bySecretariat: Bool = false) throws -> Bool {
        let keepsProgress = CommitmentStance.allows(stance, progress: .planned)
        try db.run("""
            UPDATE commitments SET status = ?, since = ?,
                   progress = CASE WHEN ? THEN progress END, progress_updated_on = CASE WHEN ? THEN progress_updated_on END,
                   recorded_by_secretariat = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?
            """, stance.rawValue, since, keepsProgress ? 1 : 0, keepsProgress ? 1 : 0, bySecretariat ? 1 : 0, now, id, version)
        return db.changes == 1
    }

    /// Appends one line to the commitment's history, recorded at `now`.
    func insertEvent(
        commitment: Int, occurredOn: String, kind: CommitmentEventKind, progress: CommitmentProgress? = nil, note: String?,
        language: ContentLanguage, evidenceURL: String? = nil, now: String, bySecretariat: Bool = false
    ) throws {
        try db.run("""
            INSERT INTO commitment_events (commitment_id, occurred_on, kind, progress, note, language, evidence_url, recorded_by_secretariat, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, commitment, occurredOn, kind.rawValue, progress?.rawValue, note, language.tag, evidenceURL, bySecretariat ? 1 : 0, now)
    }

    /// Sets the row's progress to the latest by date (an update dated in the past does not hide a newer
    /// one) when the stored version is still `version`; false when it is not.
    func refreshProgress(id: Int, version: Int, now: String, bySecretariat: Bool = false) throws -> Bool {
        try db.run("""
            UPDATE commitments SET (progress, progress_updated_on) = (
                       SELECT progress, occurred_on FROM commitment_events
                       WHERE commitment_id = commitments.id AND kind = ? ORDER BY occurred_on DESC, id DESC LIMIT 1),
                   recorded_by_secretariat = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?
            """, CommitmentEventKind.progress.rawValue, bySecretariat ? 1 : 0, now, id, version)
        return db.changes == 1
    }

    private static func commitment(_ row: Row, id: Int, currentCycle: Int?) throws -> Commitment {
        try Commitment(
            id: id, stance: row.vocabulary("status"), since: row.string("since"), progress: row.optionalVocabulary("progress"),
            progressUpdatedOn: row.optionalString("progress_updated_on"), version: row.int("version"),
            updatedAt: row.string("updated_at"), freshness: CommitmentConfirmationStore.freshness(row, currentCycle: currentCycle),
            recordedBySecretariat: row.int("recorded_by_secretariat") == 1)
    }

    private static func stance(_ row: Row, currentCycle: Int?) throws -> CommitmentActionStance {
        let commitment = try row.optionalInt("commitment_id").map { id in try Self.commitment(row, id: id, currentCycle: currentCycle) }
        return try CommitmentActionStance(
            actionID: row.int("action_id"), actionSlug: row.string("action_slug"),
            actionLabel: ActionLabel.title(
                row.optionalString("title"), shortTitle: row.optionalString("short_title"), sessionNumber: row.optionalInt("number"),
                position: row.int("position")),
            text: row.string("text"), sessionSlug: row.string("session_slug"), sessionTitle: row.string("session_title"),
            themeName: row.string("theme_name"), commitment: commitment, sessionID: row.int("session_id"), themeID: row.int("theme_id"))
    }
}
