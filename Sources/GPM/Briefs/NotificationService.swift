import SQLite

/// The signed-in user's notifications: listing them, counting the unread ones for the navigation, and
/// marking them read (stamped by the platform clock; an office-wide one for this user only).
struct NotificationService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The user's notifications, newest first, and how many are unread.
    func notifications(for user: User, limit: Int = 100) throws -> (items: [UserNotification], unread: Int) {
        try database.read { db in
            let store = NotificationStore(db: db)
            return (try store.list(userID: user.id, cityID: user.cityID, limit: limit), try store.unreadCount(userID: user.id, cityID: user.cityID))
        }
    }

    /// How many of the user's notifications are unread (the navigation's count): one query.
    func unreadCount(for user: User) throws -> Int {
        try database.read { db in try NotificationStore(db: db).unreadCount(userID: user.id, cityID: user.cityID) }
    }

    /// Marks one of the user's notifications read (nil: all); returns how many changed.
    @discardableResult
    func markRead(for user: User, id: Int?) throws -> Int {
        let now = clock.timestamp()
        return try database.write { db in try NotificationStore(db: db).markRead(userID: user.id, cityID: user.cityID, id: id, now: now) }
    }
}
