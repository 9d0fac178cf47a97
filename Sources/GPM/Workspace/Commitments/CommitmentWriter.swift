import SQLite

/// Changes one city's commitment to one action. Each change writes the history event, updates the
/// commitments row (guarded by its version) and records the audit entry in the caller's transaction,
/// so all three commit or none does.
enum CommitmentWriter {
    enum Outcome: Equatable, Sendable {
        case saved
        /// Someone saved the commitment after the form was rendered; nothing was written.
        case stale
        /// The city already stands where the form asks it to.
        case unchanged
        /// Progress is only reported on an action the city is opted in to.
        case notOptedIn
    }

    /// Who is changing which city's commitment to which action; `city` always comes from the signed-in user.
    struct Subject {
        let user: User
        let cityID: Int
        let cityName: String
        let actionID: Int
        let actionLabel: String
    }

    static func changeStance(_ db: Connection, _ subject: Subject, _ change: StanceChange, today: String) throws -> Outcome {
        let before = try row(db, subject)
        let commitmentID: Int
        if let before {
            guard try before.int("version") == change.version else { return .stale }
            guard try before.string("status") != change.status else { return .unchanged }
            commitmentID = try before.int("id")
            try db.run("""
                UPDATE commitments SET status = ?, since = ?, version = version + 1,
                       updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                WHERE id = ? AND version = ?
                """, change.status, today, commitmentID, change.version)
            guard db.changes == 1 else { return .stale }
        } else {
            guard change.version == 0 else { return .stale }
            try db.run(
                "INSERT INTO commitments (city_id, action_id, status, since) VALUES (?, ?, ?, ?)",
                subject.cityID, subject.actionID, change.status, today)
            commitmentID = Int(db.lastInsertRowID)
        }
        let kind = change.status == "opted_in" ? "opt_in" : "opt_out"
        try db.run(
            "INSERT INTO commitment_events (commitment_id, occurred_on, kind, note) VALUES (?, ?, ?, ?)",
            commitmentID, today, kind, change.note)
        let verb = change.status == "opted_in" ? "opted in to" : "opted out of"
        try audit(db, subject, action: before == nil ? .create : AuditAction(kind), id: commitmentID, before: before,
                  summary: "\(subject.cityName) \(verb) \(subject.actionLabel)" + (change.note.map { ": \($0)" } ?? ""))
        return .saved
    }

    static func reportProgress(_ db: Connection, _ subject: Subject, _ update: ProgressUpdate) throws -> Outcome {
        guard let before = try row(db, subject) else { return update.version == 0 ? .notOptedIn : .stale }
        guard try before.int("version") == update.version else { return .stale }
        guard try before.string("status") == "opted_in" else { return .notOptedIn }
        let commitmentID = try before.int("id")
        try db.run("""
            INSERT INTO commitment_events (commitment_id, occurred_on, kind, progress, note, evidence_url)
            VALUES (?, ?, 'progress', ?, ?, ?)
            """, commitmentID, update.occurredOn, update.progress.rawValue, update.note, update.evidenceURL)
        // The row shows the latest progress by date: an update dated in the past does not hide a newer one.
        try db.run("""
            UPDATE commitments SET (progress, progress_updated_on) = (
                       SELECT progress, occurred_on FROM commitment_events
                       WHERE commitment_id = commitments.id AND kind = 'progress' ORDER BY occurred_on DESC, id DESC LIMIT 1),
                   version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = ? AND version = ?
            """, commitmentID, update.version)
        guard db.changes == 1 else { return .stale }
        try audit(db, subject, action: "progress", id: commitmentID, before: before,
                  summary: "\(subject.cityName), \(subject.actionLabel): \(update.progress.label.lowercased()) on \(update.occurredOn)")
        return .saved
    }

    private static func row(_ db: Connection, _ subject: Subject) throws -> Row? {
        try db.queryOne("SELECT * FROM commitments WHERE city_id = ? AND action_id = ?", subject.cityID, subject.actionID)
    }

    private static func audit(_ db: Connection, _ subject: Subject, action: AuditAction, id: Int, before: Row?, summary: String) throws {
        let after = try db.queryOne("SELECT * FROM commitments WHERE id = ?", id)
        try AuditLog.record(
            db, user: subject.user, action: action, entity: "commitment", id: id, summary: summary,
            before: before.map { AuditSnapshot(row: $0, excluding: ["updated_at"]) },
            after: after.map { AuditSnapshot(row: $0, excluding: ["updated_at"]) })
    }
}
