import SQLite

/// All SQL of the outbox. Messages are enqueued over the connection of the event's own transaction (see
/// `EventMail`); the worker and `/admin/outbox` go through `OutboxService`. Times are the caller's:
/// `now` a stored timestamp, `epoch` seconds, both from the platform clock.
struct OutboxStore {
    let db: Connection

    private static let columns = """
        id, kind, user_id, to_address, to_name, params, dedupe_key, secret IS NOT NULL AS holds_secret, secret_expires_at,
        message_id, state, attempts, next_attempt_at, last_error, created_at, sent_at, finished_at,
        COALESCE((SELECT u.language FROM users u WHERE u.id = outbox.user_id), json_extract(outbox.params, '$.language'), 'en')
            AS recipient_language
        """

    // MARK: Enqueueing (in the event's transaction)

    /// One message to one address; due at once. Returns its id, or nil when `dedupeKey` is taken already
    /// (the message was recorded before: reminders re-checked after a restart stay single).
    @discardableResult
    func enqueue(
        kind: MailKind, userID: Int?, toAddress: String, toName: String, params: [String: String], dedupeKey: String? = nil,
        secret: String? = nil, secretExpiresAt: Int? = nil, now: String, epoch: Int
    ) throws -> Int? {
        try db.run(
            """
            INSERT INTO outbox (kind, user_id, to_address, to_name, params, dedupe_key, secret, secret_expires_at,
                                next_attempt_at, created_at, created_epoch)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9)
            ON CONFLICT (dedupe_key) DO NOTHING
            """,
            kind.rawValue, userID, toAddress, toName, try OutboxParams.encode(params), dedupeKey, secret, secretExpiresAt, epoch, now)
        return db.changes == 1 ? Int(db.lastInsertRowID) : nil
    }

    /// One message to each active user of the city's office who did not turn the kind's topic off;
    /// returns how many.
    @discardableResult
    func enqueueToOffice(cityID: Int, kind: MailKind, params: [String: String], now: String, epoch: Int) throws -> Int {
        try db.run(
            """
            INSERT INTO outbox (kind, user_id, to_address, to_name, params, next_attempt_at, created_at, created_epoch)
            SELECT ?2, id, email, name, ?3, ?4, ?5, ?4 FROM users u
            WHERE role = 'city_office' AND city_id = ?1 AND is_active = 1
              AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.user_id = u.id AND o.topic = ?6)
            ORDER BY id
            """,
            cityID, kind.rawValue, try OutboxParams.encode(params), epoch, now, kind.topic?.rawValue)
        return db.changes
    }

    /// One message to each active member of the secretariat (staff and admins) who did not turn the
    /// kind's topic off; returns how many.
    @discardableResult
    func enqueueToSecretariat(kind: MailKind, params: [String: String], now: String, epoch: Int) throws -> Int {
        try db.run(
            """
            INSERT INTO outbox (kind, user_id, to_address, to_name, params, next_attempt_at, created_at, created_epoch)
            SELECT ?1, id, email, name, ?2, ?3, ?4, ?3 FROM users u
            WHERE role IN ('admin', 'staff') AND is_active = 1
              AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.user_id = u.id AND o.topic = ?5)
            ORDER BY id
            """,
            kind.rawValue, try OutboxParams.encode(params), epoch, now, kind.topic?.rawValue)
        return db.changes
    }

    /// The city's name and slug for a message's text and links ("" when the city is gone).
    func city(id: Int) throws -> (name: String, slug: String) {
        guard let row = try db.queryOne("SELECT name, slug FROM cities WHERE id = ?", id) else { return ("", "") }
        return (try row.string("name"), try row.string("slug"))
    }

    // MARK: Delivery

    /// The pending message due first at `epoch`, if any.
    func nextDue(epoch: Int) throws -> OutboxMessage? {
        try db.queryOne(
            "SELECT \(Self.columns) FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1",
            epoch
        ).map(Self.message)
    }

    /// Whether a pending message is due at `epoch` (a read, so an idle worker never writes).
    func hasDueMessages(epoch: Int) throws -> Bool {
        try db.scalar("SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?)", epoch) == 1
    }

    /// Whether a kept token has expired at `epoch` and should be wiped.
    func hasExpiredSecrets(epoch: Int) throws -> Bool {
        try db.scalar("SELECT EXISTS (SELECT 1 FROM outbox WHERE secret IS NOT NULL AND secret_expires_at <= ?)", epoch) == 1
    }

    /// The earliest time a pending message is due (nil: none pending).
    func nextDueTime() throws -> Int? {
        try db.scalar("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'")
    }

    /// Whether user `id` exists and is active (mail to a deactivated user is dropped).
    func isActiveUser(id: Int) throws -> Bool {
        try db.scalar("SELECT is_active FROM users WHERE id = ?", id) as Int? == 1
    }

    /// The raw token a pending message's link needs; nil once wiped.
    func secret(id: Int) throws -> String? {
        try db.scalar("SELECT secret FROM outbox WHERE id = ?", id)
    }

    /// Counts an attempt before it is made (a message that crashes the process is still bounded) and
    /// fixes its Message-ID the first time; re-sends keep it.
    func beginAttempt(id: Int, messageID: String) throws {
        try db.run(
            "UPDATE outbox SET attempts = attempts + 1, message_id = COALESCE(message_id, ?2) WHERE id = ?1",
            id, messageID)
    }

    /// The server took the message: sent, and its token wiped in the same statement.
    func markSent(id: Int, now: String) throws {
        try db.run(
            """
            UPDATE outbox SET state = 'sent', secret = NULL, secret_expires_at = NULL, sent_at = ?2, finished_at = ?2, last_error = NULL
            WHERE id = ?1
            """,
            id, now)
    }

    /// A temporary failure: tried again at `at` (epoch seconds).
    func reschedule(id: Int, at: Int, error: String) throws {
        try db.run("UPDATE outbox SET next_attempt_at = ?2, last_error = ?3 WHERE id = ?1 AND state = 'pending'", id, at, error)
    }

    /// Given up: a permanent refusal or the last attempt failed. The token stays until its link expires,
    /// so an admin may still retry.
    func markFailed(id: Int, error: String, now: String) throws {
        try db.run("UPDATE outbox SET state = 'failed', last_error = ?2, finished_at = ?3 WHERE id = ?1 AND state = 'pending'", id, error, now)
    }

    /// Not sent (recipient deactivated, link expired, discarded): the token goes at once.
    /// Returns whether the message was pending or failed (and is now dropped).
    @discardableResult
    func markDropped(id: Int, reason: String, now: String) throws -> Bool {
        try db.run(
            """
            UPDATE outbox SET state = 'dropped', secret = NULL, secret_expires_at = NULL, last_error = ?2, finished_at = ?3
            WHERE id = ?1 AND state IN ('pending', 'failed')
            """,
            id, reason, now)
        return db.changes == 1
    }

    /// Drops the pending or failed message of invitation `invitationID` (revoked: its link no longer works).
    func dropInvitation(invitationID: Int, reason: String, now: String) throws {
        try db.run(
            """
            UPDATE outbox SET state = 'dropped', secret = NULL, secret_expires_at = NULL, last_error = ?2, finished_at = ?3
            WHERE kind = 'invitation' AND state IN ('pending', 'failed') AND json_extract(params, '$.invitation_id') = ?1
            """,
            String(invitationID), reason, now)
    }

    /// Drops the user's earlier reset messages not yet delivered: a new link makes the older ones stop working.
    func dropEarlierResets(userID: Int, reason: String, now: String) throws {
        try db.run(
            """
            UPDATE outbox SET state = 'dropped', secret = NULL, secret_expires_at = NULL, last_error = ?2, finished_at = ?3
            WHERE kind = 'password_reset' AND user_id = ?1 AND state IN ('pending', 'failed')
            """,
            userID, reason, now)
    }

    /// Wipes the tokens of links that have expired: a pending message with one is dropped (its link would
    /// not work), a failed one just loses it. Returns how many messages changed.
    @discardableResult
    func wipeExpiredSecrets(epoch: Int, now: String) throws -> Int {
        try db.run(
            """
            UPDATE outbox SET state = 'dropped', secret = NULL, secret_expires_at = NULL, finished_at = ?2,
                              last_error = 'The link expired before the message was delivered.'
            WHERE state = 'pending' AND secret IS NOT NULL AND secret_expires_at <= ?1
            """,
            epoch, now)
        var changed = db.changes
        try db.run("UPDATE outbox SET secret = NULL, secret_expires_at = NULL WHERE secret IS NOT NULL AND secret_expires_at <= ?", epoch)
        changed += db.changes
        return changed
    }

    // MARK: Admin

    /// A failed or pending message due again at `epoch` with a fresh count of attempts; false for any
    /// other state (or a token message whose token is gone: its link could not be sent).
    func retry(id: Int, epoch: Int) throws -> Bool {
        try db.run(
            """
            UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?2, finished_at = NULL
            WHERE id = ?1 AND state IN ('pending', 'failed')
              AND (kind NOT IN ('invitation', 'password_reset') OR secret IS NOT NULL)
            """,
            id, epoch)
        return db.changes == 1
    }

    func message(id: Int) throws -> OutboxMessage? {
        try db.queryOne("SELECT \(Self.columns) FROM outbox WHERE id = ?", id).map(Self.message)
    }

    /// Messages, newest first, of one state or all.
    func list(state: OutboxState?, limit: Int, offset: Int) throws -> [OutboxMessage] {
        try db.query(
            "SELECT \(Self.columns) FROM outbox WHERE (?1 IS NULL OR state = ?1) ORDER BY id DESC LIMIT ?2 OFFSET ?3",
            state?.rawValue, limit, offset
        ).map(Self.message)
    }

    func counts() throws -> OutboxCounts {
        var counts = OutboxCounts()
        for row in try db.query("SELECT state, COUNT(*) AS n FROM outbox GROUP BY state") {
            counts[try row.vocabulary("state", as: OutboxState.self)] = try row.int("n")
        }
        return counts
    }

    private static func message(_ row: Row) throws -> OutboxMessage {
        OutboxMessage(
            id: try row.int("id"), kind: try row.vocabulary("kind"), userID: try row.optionalInt("user_id"),
            toAddress: try row.string("to_address"), toName: try row.string("to_name"),
            params: try OutboxParams.decode(try row.string("params")), dedupeKey: try row.optionalString("dedupe_key"),
            holdsSecret: try row.int("holds_secret") == 1, secretExpiresAt: try row.optionalInt("secret_expires_at"),
            messageID: try row.optionalString("message_id"), state: try row.vocabulary("state"), attempts: try row.int("attempts"),
            nextAttemptAt: try row.int("next_attempt_at"), lastError: try row.optionalString("last_error"),
            createdAt: try row.string("created_at"), sentAt: try row.optionalString("sent_at"), finishedAt: try row.optionalString("finished_at"),
            language: try row.vocabulary("recipient_language"))
    }
}
