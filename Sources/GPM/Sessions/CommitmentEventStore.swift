import SQLite

/// Reads commitments' histories (`commitment_events`) into `CommitmentEvent`s for the public
/// timelines: all of one city's, or all of one action's with the city of each. One query each,
/// whatever the number of commitments.
struct CommitmentEventStore {
    let db: Connection

    /// The columns `event(_:)` reads, from `commitment_events e`.
    static let columns = "e.commitment_id, e.occurred_on, e.kind, e.progress, e.note, e.language, e.evidence_url, e.is_demo, e.recorded_by_secretariat"

    /// A row of `columns`; an unknown kind or progress throws (`UnknownStoredValue`).
    static func event(_ row: Row) throws -> CommitmentEvent {
        try CommitmentEvent(
            commitmentID: row.int("commitment_id"), occurredOn: row.string("occurred_on"), kind: row.vocabulary("kind"),
            progress: row.optionalVocabulary("progress"), note: row.optionalString("note"),
            evidenceURL: row.optionalString("evidence_url"), isDemo: row.bool("is_demo"),
            recordedBySecretariat: row.bool("recorded_by_secretariat"),
            language: ContentLanguage(validating: row.string("language")) ?? .english)
    }

    /// The latest note of a commitment `m` with its language, as the columns `latest_note` and
    /// `latest_note_language`, for a query's select list (`where` narrows the events, e.g. to progress).
    static func latestNoteColumns(where condition: String = "1") -> String {
        """
        (SELECT e.note FROM commitment_events e WHERE e.commitment_id = m.id AND \(condition) AND e.note IS NOT NULL
         ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1) AS latest_note,
        (SELECT e.language FROM commitment_events e WHERE e.commitment_id = m.id AND \(condition) AND e.note IS NOT NULL
         ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1) AS latest_note_language
        """
    }

    /// The note `latestNoteColumns` read, in its language; nil when there is none.
    static func latestNote(_ row: Row) throws -> ContentText? {
        guard let note = try row.optionalString("latest_note"), !note.isEmpty else { return nil }
        let language = ContentLanguage(validating: try row.optionalString("latest_note_language") ?? "") ?? .english
        return ContentText(original: note, in: language)
    }

    /// Every event of the commitments of city `city`, oldest first.
    func events(ofCity city: Int) throws -> [CommitmentEvent] {
        try db.query("""
            SELECT \(Self.columns)
            FROM commitment_events e JOIN commitments m ON m.id = e.commitment_id
            WHERE m.city_id = ? ORDER BY e.occurred_on, e.id
            """, city).map(Self.event)
    }

    /// Every event of the commitments to action `action`, oldest first, with the city of each.
    func timeline(ofAction action: Int) throws -> [ActionTimelineEntry] {
        try db.query("""
            SELECT \(Self.columns), c.name, c.slug
            FROM commitment_events e JOIN commitments m ON m.id = e.commitment_id JOIN cities c ON c.id = m.city_id
            WHERE m.action_id = ? ORDER BY e.occurred_on, e.id
            """, action).map { row in
            try ActionTimelineEntry(event: Self.event(row), cityName: row.string("name"), citySlug: row.string("slug"))
        }
    }
}
