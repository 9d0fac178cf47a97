import SQLite

/// An in-app message to a user ("Changes were requested on your Mayor Brief 2026"), written in the
/// reader's language when listed (`text(_:)`) from its kind, its brief and what the event added.
public struct UserNotification: Sendable, Equatable {
    /// What happened (`notifications.kind`).
    public enum Kind: String, Sendable {
        case submitted, changesRequested = "changes_requested", published, withdrawn
    }

    public let id: Int
    public let kind: Kind
    public let briefID: Int?
    /// The English text recorded when the event happened (kept as the record of what was sent).
    public let message: String
    public let createdAt: String
    public let readAt: String?
    /// The version a submission announces (nil for the other kinds).
    public var version: Int? = nil
    /// The reviewer's comment or the withdrawal's reason, as typed ("" for none).
    public var note = ""
    /// The brief's year, title (as written, in the brief's language) and city, when the brief still exists.
    public var briefYear: Int? = nil
    public var briefTitle: String? = nil
    public var briefLanguage: String? = nil
    public var cityName: String? = nil

    public var isRead: Bool { readAt != nil }
}

/// Writes and reads notifications. `BriefService` notifies in the transaction of the change it reports.
struct NotificationStore {
    let db: Connection

    /// One notification for each active user of the city's office; returns how many were written.
    @discardableResult
    func notifyOffice(cityID: Int, kind: UserNotification.Kind, briefID: Int?, message: String, note: String = "", now: String) throws -> Int {
        try db.run(
            """
            INSERT INTO notifications (user_id, city_id, kind, brief_id, message, note, created_at)
            SELECT id, ?1, ?2, ?3, ?4, ?6, ?5
            FROM users WHERE role = 'city_office' AND city_id = ?1 AND is_active = 1
            """,
            cityID, kind.rawValue, briefID, message, now, note)
        return db.changes
    }

    /// One notification for each active reviewer (staff and admins); returns how many were written.
    @discardableResult
    func notifyReviewers(kind: UserNotification.Kind, briefID: Int?, message: String, version: Int? = nil, now: String) throws -> Int {
        try db.run(
            """
            INSERT INTO notifications (user_id, kind, brief_id, message, version, created_at)
            SELECT id, ?1, ?2, ?3, ?5, ?4 FROM users WHERE role IN ('admin', 'staff') AND is_active = 1
            """,
            kind.rawValue, briefID, message, now, version)
        return db.changes
    }

    /// The user's notifications, newest first (including those addressed to the whole office of `cityID`,
    /// read or unread for this user alone, `notification_reads`).
    func list(userID: Int, cityID: Int?, limit: Int = 100) throws -> [UserNotification] {
        try db.query(
            """
            SELECT n.id, n.kind, n.brief_id, n.message, n.created_at, n.version, n.note,
                   CASE WHEN n.user_id IS NULL THEN r.read_at ELSE n.read_at END AS read_at,
                   b.year AS brief_year, b.title AS brief_title, b.language AS brief_language, c.name AS city_name
            FROM notifications n LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = ?1
            LEFT JOIN mayor_briefs b ON b.id = n.brief_id LEFT JOIN cities c ON c.id = b.city_id
            WHERE n.user_id = ?1 OR (n.user_id IS NULL AND n.city_id = ?2)
            ORDER BY n.id DESC LIMIT ?3
            """,
            userID, cityID, limit
        ).map { row in
            UserNotification(
                id: try row.int("id"), kind: try row.vocabulary("kind"),
                briefID: try row.optionalInt("brief_id"), message: try row.string("message"),
                createdAt: try row.string("created_at"), readAt: try row.optionalString("read_at"),
                version: try row.optionalInt("version"), note: try row.string("note"),
                briefYear: try row.optionalInt("brief_year"), briefTitle: try row.optionalString("brief_title"),
                briefLanguage: try row.optionalString("brief_language"), cityName: try row.optionalString("city_name"))
        }
    }

    /// How many of the user's notifications are unread: their own and their office's (`cityID`) not yet
    /// read by them. One query over two indexes; the navigation asks it on every signed-in page.
    func unreadCount(userID: Int, cityID: Int?) throws -> Int {
        try db.scalar(
            """
            SELECT (SELECT COUNT(*) FROM notifications WHERE user_id = ?1 AND read_at IS NULL)
                 + (SELECT COUNT(*) FROM notifications n WHERE ?2 IS NOT NULL AND n.city_id = ?2 AND n.user_id IS NULL
                        AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = ?1))
            """,
            userID, cityID) ?? 0
    }

    /// Marks one of the user's notifications read (nil id: all of them), those addressed to their office
    /// (`cityID`) for this user only; returns how many changed.
    @discardableResult
    func markRead(userID: Int, cityID: Int?, id: Int?, now: String) throws -> Int {
        try db.run(
            """
            UPDATE notifications SET read_at = ?3
            WHERE user_id = ?1 AND read_at IS NULL AND (?2 IS NULL OR id = ?2)
            """,
            userID, id, now)
        var changed = db.changes
        try db.run(
            """
            INSERT INTO notification_reads (notification_id, user_id, read_at)
            SELECT id, ?1, ?4 FROM notifications
            WHERE ?3 IS NOT NULL AND user_id IS NULL AND city_id = ?3 AND (?2 IS NULL OR id = ?2)
            ON CONFLICT (notification_id, user_id) DO NOTHING
            """,
            userID, id, cityID, now)
        changed += db.changes
        return changed
    }
}
