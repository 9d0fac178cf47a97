import SQLite

/// The SQL the scheduled mail reads (`MailScheduleService`): who receives a topic, what was already
/// recorded for an office and cycle, whether a reminder is still owed when it is sent, and the digest's
/// lists. Times are the caller's.
struct MailScheduleStore {
    let db: Connection

    /// The active users of a city's office who keep `topic` on, by id.
    func officeRecipients(cityID: Int, topic: MailTopic) throws -> [MailRecipient] {
        try db.query(
            """
            SELECT id, email, name, language FROM users u
            WHERE role = 'city_office' AND city_id = ?1 AND is_active = 1
              AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.user_id = u.id AND o.topic = ?2)
            ORDER BY id
            """,
            cityID, topic.rawValue
        ).map(Self.recipient)
    }

    /// The active staff and admins who keep `topic` on, by id.
    func secretariatRecipients(topic: MailTopic) throws -> [MailRecipient] {
        try db.query(
            """
            SELECT id, email, name, language FROM users u
            WHERE role IN ('admin', 'staff') AND is_active = 1
              AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.user_id = u.id AND o.topic = ?1)
            ORDER BY id
            """,
            topic.rawValue
        ).map(Self.recipient)
    }

    /// Whether a message whose dedupe key starts with `prefix` was ever recorded (whatever became of it).
    func hasKey(prefix: String) throws -> Bool {
        try db.scalar(
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE dedupe_key >= ?1 AND dedupe_key < ?1 || '~')", prefix) == 1
    }

    /// Whether a message whose key starts with `prefix` was recorded at or after `epoch`.
    func hasKey(prefix: String, since epoch: Int) throws -> Bool {
        try db.scalar(
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE dedupe_key >= ?1 AND dedupe_key < ?1 || '~' AND created_epoch >= ?2)",
            prefix, epoch) == 1
    }

    /// Whether the city still owes its brief for cycle `year` with this `deadline`: the cycle still has
    /// that deadline, no brief was submitted (a draft or none) and no "no brief this year" was declared.
    func reminderStillOwed(cityID: Int, year: Int, deadline: String) throws -> Bool {
        try db.scalar(
            """
            SELECT EXISTS (SELECT 1 FROM reporting_cycles WHERE year = ?2 AND deadline = ?3)
               AND NOT EXISTS (SELECT 1 FROM mayor_briefs WHERE city_id = ?1 AND year = ?2 AND status <> 'draft')
               AND NOT EXISTS (SELECT 1 FROM no_brief_declarations WHERE city_id = ?1 AND year = ?2)
            """,
            cityID, year, deadline) == 1
    }

    /// Briefs waiting for the secretariat's review, oldest submission first.
    func waitingBriefs() throws -> [DigestBrief] {
        try db.query(
            """
            SELECT b.year, b.title, b.submitted_at, c.name AS city FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
            WHERE b.status = 'submitted' ORDER BY b.submitted_at, b.id
            """
        ).map { DigestBrief(city: try $0.string("city"), year: try $0.int("year"), title: try $0.string("title"),
                            submittedAt: try $0.optionalString("submitted_at") ?? "") }
    }

    /// Opted-in commitments confirmed and changed in no cycle since `currentCycle − 1`
    /// (`CommitmentFreshness`'s rule for "stale").
    func staleCommitmentCount(currentCycle: Int) throws -> Int {
        try db.scalar(
            """
            SELECT COUNT(*) FROM commitments m
            WHERE m.status = 'opted_in'
              AND MAX(COALESCE((SELECT MAX(cc.cycle_year) FROM commitment_confirmations cc WHERE cc.commitment_id = m.id), 0),
                      CAST(substr(MAX(m.since, COALESCE(m.progress_updated_on, '')), 1, 4) AS INTEGER)) < ?1 - 1
            """,
            currentCycle) ?? 0
    }

    private static func recipient(_ row: Row) throws -> MailRecipient {
        MailRecipient(id: try row.int("id"), email: try row.string("email"), name: try row.string("name"), language: try row.vocabulary("language"))
    }
}

/// Someone scheduled mail goes to.
struct MailRecipient: Sendable, Equatable {
    let id: Int
    let email: String
    let name: String
    /// Their preferred language (what a preview of their message is written in).
    var language: Language = .en
}

/// A brief in the digest's "waiting for review" list.
struct DigestBrief: Sendable, Equatable {
    let city: String
    let year: Int
    let title: String
    let submittedAt: String
}
