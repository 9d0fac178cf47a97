import HTTP
import SQLite

/// What people receive: their own choices on `/account`, the one-click unsubscribe of a signed link
/// (no session: the token authenticates), and the admin's digest schedule. Each method is one transaction;
/// changes are audited.
struct MailChoiceService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The topics `user` turned off.
    func optedOut(_ user: User) throws -> Set<MailTopic> {
        try database.read { db in try MailChoiceStore(db: db).optedOut(userID: user.id) }
    }

    /// Saves `user`'s choices: every topic offered to their role is on when in `receiving`, off otherwise.
    func save(_ user: User, receiving: Set<MailTopic>) throws {
        let now = clock.timestamp()
        try database.write { db in
            let store = MailChoiceStore(db: db)
            let before = try store.optedOut(userID: user.id)
            var changed: [String] = []
            for topic in MailTopic.offered(to: user.role) where try store.set(userID: user.id, topic: topic, on: receiving.contains(topic), now: now) {
                changed.append("\(topic.rawValue) \(receiving.contains(topic) ? "on" : "off")")
            }
            guard !changed.isEmpty else { return }
            try AuditStore(db: db).record(
                at: now, user: user, action: .update, entity: "mail_choices", id: user.id,
                summary: "Mail choices: " + changed.joined(separator: ", "),
                before: ["off": .string(before.map(\.rawValue).sorted().joined(separator: ","))],
                after: ["off": .string(try store.optedOut(userID: user.id).map(\.rawValue).sorted().joined(separator: ","))])
        }
    }

    /// What an unsubscribe link stands for: its person and topic, and whether the topic is already off;
    /// nil for a forged or altered token or a person no longer there.
    func unsubscribeTarget(token: String) throws -> UnsubscribeTarget? {
        try database.read { db in try Self.target(db, token: token) }
    }

    /// Turns the link's topic off (RFC 8058 one-click, or the confirmation page's button); audited as the
    /// person it names. Nil for a token that does not verify.
    func unsubscribe(token: String) throws -> UnsubscribeTarget? {
        let now = clock.timestamp()
        return try database.write { db in
            guard let target = try Self.target(db, token: token) else { return nil }
            if try MailChoiceStore(db: db).set(userID: target.user.id, topic: target.topic, on: false, now: now) {
                try AuditStore(db: db).record(
                    at: now, user: target.user, action: .update, entity: "mail_choices", id: target.user.id,
                    summary: "Unsubscribed by the link in a message: \(target.topic.rawValue) off")
            }
            return UnsubscribeTarget(user: target.user, topic: target.topic, alreadyOff: true)
        }
    }

    private static func target(_ db: Connection, token: String) throws -> UnsubscribeTarget? {
        let store = MailChoiceStore(db: db)
        guard let verified = UnsubscribeToken.verify(token, key: try store.unsubscribeKey()),
              let user = try UserStore(db: db).user(id: verified.userID)
        else { return nil }
        return UnsubscribeTarget(
            user: user, topic: verified.topic, alreadyOff: !(try store.receives(userID: user.id, topic: verified.topic)))
    }

    // MARK: The digest's schedule (admins)

    func settings() throws -> MailSettings {
        try database.read { db in try MailChoiceStore(db: db).settings() }
    }

    /// Saves the digest's weekday and hour; false when someone saved since `version` (the form is stale).
    func saveDigestSchedule(weekday: Int, hour: Int, version: Int, by admin: User) throws -> Bool {
        let now = clock.timestamp()
        return try database.write { db in
            guard Policy.can(admin, .manageUsers) else { throw HTTPError(.forbidden) }
            let store = MailChoiceStore(db: db)
            let before = try store.settings()
            guard try store.setDigest(weekday: weekday, hour: hour, version: version, now: now) else { return false }
            try AuditStore(db: db).record(
                at: now, user: admin, action: .update, entity: "mail_settings", id: 1,
                summary: "Weekly digest: weekday \(weekday) at \(hour):00",
                before: ["digest_weekday": .int(before.digestWeekday), "digest_hour": .int(before.digestHour)],
                after: ["digest_weekday": .int(weekday), "digest_hour": .int(hour)])
            return true
        }
    }
}

/// The person and topic an unsubscribe link names.
struct UnsubscribeTarget: Sendable {
    let user: User
    let topic: MailTopic
    let alreadyOff: Bool
}
