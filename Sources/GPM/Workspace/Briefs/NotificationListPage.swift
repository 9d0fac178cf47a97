/// The signed-in user's notifications (`pages/workspace/notifications`), newest first.
struct NotificationListPage: Encodable {
    struct Row: Encodable {
        let id: Int
        /// In the reader's language (`UserNotification.text(_:)`).
        let message: String
        /// The English message as recorded, for a notification whose brief is gone: marked `lang="en"`.
        let recordedInEnglish: Bool
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
    /// `unread` for the plural message.
    let unreadCount: PluralCount
    let hasUnread: Bool
    let workspaceNav = WorkspaceNavView(.notifications)
    /// What the empty list says: reviewers hear of submissions, offices of decisions.
    let emptyMessage: String

    /// - Parameter reviewer: the reader is the secretariat: a brief's link opens its review page.
    init(_ items: [UserNotification], unread: Int, reviewer: Bool = false, messages: Messages) {
        notifications = items.map { item in
            Row(
                id: item.id, message: item.text(messages), recordedInEnglish: item.isRecordedText, kind: item.kind.label(messages),
                at: Formatting.date(item.createdAt),
                atISO: item.createdAt, isUnread: !item.isRead,
                href: item.briefID.map { reviewer ? Paths.review.href($0) : Paths.brief.href($0) })
        }
        emptyMessage = reviewer
            ? messages.t("No notifications yet. You are told here when a city office submits a Mayor Brief.")
            : messages.t("No notifications yet. You are told here when a reviewer asks for changes or publishes your brief.")
        hasNotifications = !items.isEmpty
        self.unread = unread
        unreadCount = PluralCount(count: unread)
        hasUnread = unread > 0
    }
}
