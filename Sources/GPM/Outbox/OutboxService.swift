import HTTP
import SQLite

/// The outbox after its messages were recorded (by `EventMail`, in each event's transaction): what admins
/// read and do at `/admin/outbox`, and the steps of the delivery worker, each one transaction.
public struct OutboxService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// Messages shown per page on `/admin/outbox`.
    static let pageSize = 50

    // MARK: Reading

    /// How many messages are in each state (the admin page's counts; the depth gauge a `/metrics`
    /// endpoint would export is `counts().pending`).
    public func counts() throws -> OutboxCounts {
        try database.read { db in try OutboxStore(db: db).counts() }
    }

    /// One page of messages (newest first) of `state` or all, with the counts of every state.
    func list(state: OutboxState?, page: Int) throws -> (messages: [OutboxMessage], counts: OutboxCounts) {
        try database.read { db in
            let store = OutboxStore(db: db)
            return (
                try store.list(state: state, limit: Self.pageSize, offset: max(page - 1, 0) * Self.pageSize),
                try store.counts())
        }
    }

    /// One message; 404 when there is none.
    func message(id: Int) throws -> OutboxMessage {
        guard let message = try database.read({ db in try OutboxStore(db: db).message(id: id) }) else { throw HTTPError(.notFound) }
        return message
    }

    // MARK: Admin actions

    /// Sends a failed (or pending) message again now, with a fresh count of attempts. Returns why it
    /// cannot be (sent or dropped already, or its link's token is gone), or nil.
    func retry(id: Int, by admin: User, messages: Messages) throws -> String? {
        let epoch = clock.epochSeconds()
        return try database.write { db in
            let store = OutboxStore(db: db)
            guard let message = try store.message(id: id) else { throw HTTPError(.notFound) }
            guard try store.retry(id: id, epoch: epoch) else {
                return message.state == .sent || message.state == .dropped
                    ? message.state.refusal(messages)
                    : messages.t("The link in this message has expired and its token is no longer kept: create a new one instead.")
            }
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: admin, action: "retry", entity: "outbox", id: id,
                summary: "Sent again: \(message.kind.label) to \(message.toAddress)")
            return nil
        }
    }

    /// Drops a pending or failed message (its token wiped). Returns why it cannot be, or nil.
    func discard(id: Int, by admin: User, messages: Messages) throws -> String? {
        let now = clock.timestamp()
        return try database.write { db in
            let store = OutboxStore(db: db)
            guard let message = try store.message(id: id) else { throw HTTPError(.notFound) }
            guard try store.markDropped(id: id, reason: "Discarded by \(admin.name).", now: now) else {
                return message.state.refusal(messages)
            }
            try AuditStore(db: db).record(
                at: now, user: admin, action: "discard", entity: "outbox", id: id,
                summary: "Discarded: \(message.kind.label) to \(message.toAddress)")
            return nil
        }
    }

    // MARK: Delivery (the worker's steps)

    /// What the worker should do next.
    enum Next: Sendable {
        /// Send this message (attempt counted, Message-ID fixed) with the link's token, if it has one, and
        /// the key that signs its unsubscribe link.
        case send(OutboxMessage, secret: String?, unsubscribeKey: [UInt8])
        /// Nothing is due.
        case idle
    }

    /// Wipes expired tokens, drops what is due for a recipient deactivated since (or who turned its topic
    /// off since, or a reminder no longer owed: see `dropReason`), and claims the next due message: its
    /// attempt is counted and its Message-ID fixed before it is sent, so a crash after the server took it
    /// re-sends it with the same Message-ID.
    func claimNext(messageID: (OutboxMessage) throws -> String) throws -> Next {
        let epoch = clock.epochSeconds()
        let now = clock.timestamp()
        return try database.write { db in
            let store = OutboxStore(db: db)
            try store.wipeExpiredSecrets(epoch: epoch, now: now)
            while let due = try store.nextDue(epoch: epoch) {
                if let reason = try Self.dropReason(due, db) {
                    try store.markDropped(id: due.id, reason: reason, now: now)
                    continue
                }
                try store.beginAttempt(id: due.id, messageID: try due.messageID ?? messageID(due))
                guard let claimed = try store.message(id: due.id) else { return .idle }
                return .send(claimed, secret: try store.secret(id: due.id), unsubscribeKey: try MailChoiceStore(db: db).unsubscribeKey())
            }
            return .idle
        }
    }

    /// Why a due message is no longer sent, or nil: its recipient was deactivated or turned its topic off,
    /// or (a reminder) the brief was submitted, "no brief" declared or the deadline moved since it was recorded.
    private static func dropReason(_ message: OutboxMessage, _ db: Connection) throws -> String? {
        if let userID = message.userID {
            if !(try OutboxStore(db: db).isActiveUser(id: userID)) { return "The recipient's account was deactivated." }
            if let topic = message.kind.topic, !(try MailChoiceStore(db: db).receives(userID: userID, topic: topic)) {
                return "The recipient turned these messages off."
            }
        }
        if message.kind == .reminder {
            let p = message.params
            guard let city = p["city_id"].flatMap(Int.init), let year = p["year"].flatMap(Int.init), let deadline = p["deadline"] else {
                return "The reminder names no city or cycle."
            }
            if !(try MailScheduleStore(db: db).reminderStillOwed(cityID: city, year: year, deadline: deadline)) {
                return "No longer due: the brief was submitted, no brief was declared, or the deadline moved."
            }
        }
        return nil
    }

    /// Whether the worker has anything to do: a message due (when it `sends`) or a token to wipe. A read,
    /// so an idle worker never opens a write transaction.
    func hasWork(sending: Bool) throws -> Bool {
        let epoch = clock.epochSeconds()
        return try database.read { db in
            let store = OutboxStore(db: db)
            return try (sending && store.hasDueMessages(epoch: epoch)) || store.hasExpiredSecrets(epoch: epoch)
        }
    }

    /// Only wipes expired tokens (the worker's one duty when no SMTP server is configured).
    func wipeExpiredSecrets() throws {
        let epoch = clock.epochSeconds()
        let now = clock.timestamp()
        try database.write { db in _ = try OutboxStore(db: db).wipeExpiredSecrets(epoch: epoch, now: now) }
    }

    /// The server answered 250 to the end of DATA: sent, token wiped, in one transaction.
    func delivered(id: Int) throws {
        let now = clock.timestamp()
        try database.write { db in try OutboxStore(db: db).markSent(id: id, now: now) }
    }

    /// A temporary failure after attempt `attempts`: due again after the policy's delay, or failed for
    /// good after the last attempt. Returns whether it will be tried again.
    @discardableResult
    func failedTemporarily(_ message: OutboxMessage, error: String, policy: MailConfiguration.RetryPolicy) throws -> Bool {
        let epoch = clock.epochSeconds()
        let now = clock.timestamp()
        return try database.write { db in
            let store = OutboxStore(db: db)
            if message.attempts >= policy.maxAttempts {
                try store.markFailed(id: message.id, error: "Gave up after \(message.attempts) attempts: \(error)", now: now)
                return false
            }
            try store.reschedule(id: message.id, at: epoch + policy.delay(afterAttempt: message.attempts), error: error)
            return true
        }
    }

    /// A permanent refusal (5xx) or a message that cannot be rendered: failed at once.
    func failedPermanently(id: Int, error: String) throws {
        let now = clock.timestamp()
        try database.write { db in try OutboxStore(db: db).markFailed(id: id, error: error, now: now) }
    }
}
