import SQLite

/// All SQL of what people chose to receive (`mail_opt_outs`) and of the scheduled mail's settings
/// (`mail_settings`: the digest's day and hour, the key that signs unsubscribe links).
struct MailChoiceStore {
    let db: Connection

    /// The topics `userID` turned off.
    func optedOut(userID: Int) throws -> Set<MailTopic> {
        Set(try db.query("SELECT topic FROM mail_opt_outs WHERE user_id = ?", userID).map { try $0.vocabulary("topic", as: MailTopic.self) })
    }

    /// Whether `userID` still receives `topic`.
    func receives(userID: Int, topic: MailTopic) throws -> Bool {
        try db.scalar("SELECT EXISTS (SELECT 1 FROM mail_opt_outs WHERE user_id = ? AND topic = ?)", userID, topic.rawValue) == 0
    }

    /// Turns `topic` on or off for `userID`; returns whether anything changed.
    @discardableResult
    func set(userID: Int, topic: MailTopic, on: Bool, now: String) throws -> Bool {
        if on {
            try db.run("DELETE FROM mail_opt_outs WHERE user_id = ? AND topic = ?", userID, topic.rawValue)
        } else {
            try db.run(
                "INSERT INTO mail_opt_outs (user_id, topic, since) VALUES (?, ?, ?) ON CONFLICT (user_id, topic) DO NOTHING",
                userID, topic.rawValue, now)
        }
        return db.changes > 0
    }

    /// The digest's schedule and the row's version.
    func settings() throws -> MailSettings {
        guard let row = try db.queryOne("SELECT digest_weekday, digest_hour, version FROM mail_settings WHERE id = 1") else {
            return MailSettings(digestWeekday: 1, digestHour: 8, version: 0)
        }
        return MailSettings(digestWeekday: try row.int("digest_weekday"), digestHour: try row.int("digest_hour"), version: try row.int("version"))
    }

    /// Saves the digest's schedule unless someone saved it since `version`; false for a stale save.
    func setDigest(weekday: Int, hour: Int, version: Int, now: String) throws -> Bool {
        try db.run(
            "UPDATE mail_settings SET digest_weekday = ?, digest_hour = ?, version = version + 1, updated_at = ? WHERE id = 1 AND version = ?",
            weekday, hour, now, version)
        return db.changes == 1
    }

    /// The key that signs unsubscribe links (made by migration 0027). Missing would mean a damaged
    /// database: an error, never an unsigned link.
    func unsubscribeKey() throws -> [UInt8] {
        guard let key: String = try db.scalar("SELECT unsubscribe_key FROM mail_settings WHERE id = 1") else {
            throw MailComposer.Unrenderable(description: "mail_settings has no unsubscribe key")
        }
        return Array(key.utf8)
    }
}

/// The scheduled mail's settings (`mail_settings`).
struct MailSettings: Sendable, Equatable {
    /// ISO weekday of the digest: 1 Monday … 7 Sunday.
    let digestWeekday: Int
    /// Hour of the digest (0–23) in the secretariat's time zone.
    let digestHour: Int
    let version: Int
}
