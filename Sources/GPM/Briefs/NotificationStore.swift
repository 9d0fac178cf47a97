import SQLite

/// An in-app message to a user ("Changes were requested on your Mayor Brief 2026").
public struct UserNotification: Sendable, Equatable {
    /// What happened (`notifications.kind`).
    public enum Kind: String, Sendable {
        case submitted, changesRequested = "changes_requested", published, withdrawn
    }

    public let id: Int
    public let kind: Kind
    public let briefID: Int?
    public let message: String
    public let createdAt: String
    public let readAt: String?

    public var isRead: Bool { readAt != nil }
}

/// Writes and reads notifications. `BriefService` notifies in the transaction of the change it reports.
struct NotificationStore {
    let db: Connection

    /// One notification for each active user of the city's office; returns how many were written.
    @discardableResult
    func notifyOffice(cityID: Int, kind: UserNotification.Kind, briefID: Int?, message: String, now: String) throws -> Int {
        try db.run(
            """
            INSERT INTO notifications (user_id, city_id, kind, brief_id, message, created_at)
            SELECT id, ?1, ?2, ?3, ?4, ?5
            FROM users WHERE role = 'city_office' AND city_id = ?1 AND is_active = 1
            """,
            cityID, kind.rawValue, briefID, message, now)
        return db.changes
    }

    /// The user's notifications, newest first (including those addressed to the whole office of `cityID`).
    func list(userID: Int, cityID: Int?, limit: Int = 100) throws -> [UserNotification] {
        try db.query(
            """
            SELECT id, kind, brief_id, message, created_at, read_at FROM notifications
            WHERE user_id = ?1 OR (user_id IS NULL AND city_id = ?2)
            ORDER BY id DESC LIMIT ?3
            """,
            userID, cityID, limit
        ).map { row in
            UserNotification(
                id: try row.int("id"), kind: try row.vocabulary("kind"),
                briefID: try row.optionalInt("brief_id"), message: try row.string("message"),
                createdAt: try row.string("created_at"), readAt: try row.optionalString("read_at"))
        }
    }

    /// How many of the user's own notifications are unread.
    func unreadCount(userID: Int) throws -> Int {
        try db.scalar("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL", userID) ?? 0
    }

    /// Marks one of the user's notifications read (nil id: all of them); returns how many changed.
    @discardableResult
    func markRead(userID: Int, id: Int?, now: String) throws -> Int {
        try db.run(
            """
            UPDATE notifications SET read_at = ?3
            WHERE user_id = ?1 AND read_at IS NULL AND (?2 IS NULL OR id = ?2)
            """,
            userID, id, now)
        return db.changes
    }
}
