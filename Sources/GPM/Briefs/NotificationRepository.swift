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

/// Writes and reads notifications. Writes take the caller's connection (the workflow notifies in
/// the transaction of the change it reports).
struct NotificationRepository: Sendable {
    /// One notification for each active user of the city's office; returns how many were written.
    @discardableResult
    func notifyOffice(_ db: Connection, cityID: Int, kind: UserNotification.Kind, briefID: Int?, message: String) throws -> Int {
        try db.run(
            """
            INSERT INTO notifications (user_id, city_id, kind, brief_id, message, created_at)
            SELECT id, ?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            FROM users WHERE role = 'city_office' AND city_id = ?1 AND is_active = 1
            """,
            cityID, kind.rawValue, briefID, message)
        return db.changes
    }

    /// The user's notifications, newest first (including those addressed to the whole office of `cityID`).
    func list(_ db: Connection, userID: Int, cityID: Int?, limit: Int = 100) throws -> [UserNotification] {
        try db.query(
            """
            SELECT id, kind, brief_id, message, created_at, read_at FROM notifications
            WHERE user_id = ?1 OR (user_id IS NULL AND city_id = ?2)
            ORDER BY id DESC LIMIT ?3
            """,
            userID, cityID, limit
        ).map { row in
            UserNotification(
                id: try row.int("id"), kind: UserNotification.Kind(rawValue: try row.string("kind")) ?? .submitted,
                briefID: try row.optionalInt("brief_id"), message: try row.string("message"),
                createdAt: try row.string("created_at"), readAt: try row.optionalString("read_at"))
        }
    }

    func unreadCount(_ db: Connection, userID: Int) throws -> Int {
        try db.scalar("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL", userID) ?? 0
    }

    /// Marks one of the user's notifications read (nil id: all of them); returns how many changed.
    @discardableResult
    func markRead(_ db: Connection, userID: Int, id: Int?) throws -> Int {
        try db.run(
            """
            UPDATE notifications SET read_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE user_id = ?1 AND read_at IS NULL AND (?2 IS NULL OR id = ?2)
            """,
            userID, id)
        return db.changes
    }
}
