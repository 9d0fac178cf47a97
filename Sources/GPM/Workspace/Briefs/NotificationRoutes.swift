import HTTP

/// `/workspace/notifications`: the signed-in user's notifications, newest first, each linking to its
/// brief; mark one or all as read.
enum NotificationRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let notifications = NotificationService(database: app.database, clock: app.clock)

        routes.get(Paths.notifications) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let (items, unread) = try notifications.notifications(for: signedIn.user)
            return try app.pages.page(
                "pages/workspace/notifications", path: Paths.notifications.href, NotificationListPage(items, unread: unread, reviewer: Policy.can(signedIn.user, .reviewBriefs), messages: app.messages),
                user: signedIn)
        }

        routes.post(Paths.notificationsRead) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let id = try request.formFields()["id"].flatMap { Int($0) }
            try notifications.markRead(for: signedIn.user, id: id)
            return .redirect(to: Paths.notifications.href)
        }
    }
}
