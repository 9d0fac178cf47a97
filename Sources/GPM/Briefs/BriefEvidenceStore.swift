import SQLite

/// What the city's own records say about the actions a brief reports on (issue 13, "evidence beside the
/// brief"): for each action its stance, progress, last confirmation and latest note and evidence link; the
/// actions the city committed to (listed first on the brief's form); and the city's last published brief.
struct BriefEvidenceStore {
    let db: Connection

    /// One row per action in `actionIDs` (in the actions' directory order), with the city's commitment if any.
    /// The actions are named in the language of `translations` (else the English original, with its `lang`).
    func evidence(city: Int, actionIDs: [Int], currentCycle: Int?, translations: ContentTranslations = .originals) throws -> [BriefActionEvidence] {
        guard !actionIDs.isEmpty else { return [] }
        return try db.query("""
            SELECT a.id AS action_id, a.slug, a.title, a.short_title, a.position, s.number,
                   m.id AS commitment_id, m.status, m.since, m.progress, m.progress_updated_on,
                   \(CommitmentConfirmationStore.columns),
                   \(CommitmentEventStore.latestNoteColumns()),
                   (SELECT e.evidence_url FROM commitment_events e WHERE e.commitment_id = m.id AND e.evidence_url IS NOT NULL
                    ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1) AS evidence_url
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            LEFT JOIN commitments m ON m.action_id = a.id AND m.city_id = ?
            WHERE a.id IN (SELECT value FROM json_each(?))
            ORDER BY s.held_on, s.number IS NULL, s.number, s.id, a.position
            """, city, JSONList.encode(actionIDs)).map { row in
            let commitment = try row.optionalInt("commitment_id").map { _ in
                try BriefActionEvidence.Commitment(
                    stance: row.vocabulary("status"), since: row.string("since"), progress: row.optionalVocabulary("progress"),
                    progressUpdatedOn: row.optionalString("progress_updated_on"),
                    freshness: CommitmentConfirmationStore.freshness(row, currentCycle: currentCycle),
                    recordedBySecretariat: row.int("recorded_by_secretariat") == 1,
                    latestNote: CommitmentEventStore.latestNote(row), evidenceURL: row.optionalString("evidence_url"))
            }
            let label = try ActionLabel.title(
                row.optionalString("title"), shortTitle: row.optionalString("short_title"), sessionNumber: row.optionalInt("number"),
                position: row.int("position")).content(action: row.int("action_id"), translations)
            return try BriefActionEvidence(
                actionID: row.int("action_id"), actionSlug: row.string("slug"), label: label.text, commitment: commitment,
                labelLang: label.lang, labelDir: label.dir)
        }
    }

    /// The actions the city is opted in to, in the actions' directory order.
    func committedActionIDs(city: Int) throws -> [Int] {
        try db.query("""
            SELECT m.action_id FROM commitments m JOIN actions a ON a.id = m.action_id JOIN strategy_sessions s ON s.id = a.session_id
            WHERE m.city_id = ? AND m.status = ? ORDER BY s.held_on, s.number IS NULL, s.number, s.id, a.position
            """, city, CommitmentStance.optedIn.rawValue).map { try $0.int("action_id") }
    }

    /// The id of the city's latest published brief for a year before `year`, or nil.
    func lastPublishedBriefID(city: Int, before year: Int) throws -> Int? {
        try db.queryOne("""
            SELECT id FROM mayor_briefs WHERE city_id = ? AND year < ? AND status = 'published' ORDER BY year DESC LIMIT 1
            """, city, year)?.int("id")
    }
}

/// One action a brief reports on, with what the city's records say about it (nil commitment: the city never
/// opted in or out), and the contradictions the data can decide.
struct BriefActionEvidence: Sendable {
    struct Commitment: Sendable {
        let stance: CommitmentStance
        let since: String
        let progress: CommitmentProgress?
        let progressUpdatedOn: String?
        let freshness: CommitmentFreshness
        let recordedBySecretariat: Bool
        /// The latest note, in its language.
        let latestNote: ContentText?
        let evidenceURL: String?
    }

    let actionID: Int
    let actionSlug: String
    let label: String
    let commitment: Commitment?
    /// The label's language and direction: a translation's, or the English original's.
    var labelLang = "en"
    var labelDir = "ltr"

    /// What contradicts the brief's claim to report on this action: an opt-out, or no commitment at all.
    /// Only what the records decide; the text of the brief is the reviewer's to read.
    var contradictions: [String] { contradictions(Localization.englishOnly.messages(.en)) }

    /// The same, in the language of `messages`.
    func contradictions(_ messages: Messages) -> [String] {
        guard let commitment else {
            return [messages.t("The brief reports on this action, but the city never opted in to it.")]
        }
        if commitment.stance == .optedOut {
            return [messages.t("The brief reports on this action, but the city opted out of it on {date}.", ["date": Formatting.date(commitment.since)])]
        }
        return []
    }
}
