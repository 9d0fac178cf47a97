/// The signed-in user's notifications (`pages/workspace/notifications`), newest first.
struct NotificationListPage: Encodable {
    struct Row: Encodable {
        let id: Int
        let message: String
        let kind: String
        let at: String
        let atISO: String
        let isUnread: Bool
        /// The brief it is about.
        let href: String?
    }

    let notifications: [Row]
    let hasNotifications: Bool
    let markReadAction = Paths.notificationsRead.href
    let unread: Int
    let hasUnread: Bool
    let workspaceNav = WorkspaceNavView(.notifications)

    init(_ items: [UserNotification], unread: Int) {
        notifications = items.map { item in
            Row(
                id: item.id, message: item.message, kind: Formatting.label(item.kind.rawValue), at: Formatting.date(item.createdAt),
                atISO: item.createdAt, isUnread: !item.isRead, href: item.briefID.map { Paths.brief.href($0) })
        }
        hasNotifications = !items.isEmpty
        self.unread = unread
        hasUnread = unread > 0
    }
}
