import HTTP
import Mustache

/// `/workspace/notifications`: the signed-in user's notifications, newest first, each linking to its
/// brief; mark one or all as read.
enum NotificationRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let notifications = NotificationService(database: app.database, clock: app.clock)

        routes.get(Paths.notifications) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let (items, unread) = try notifications.notifications(for: signedIn.user)
            let rows: [MustacheValue] = items.map { item in
                [
                    "id": .int(item.id), "message": .string(item.message), "kind": .string(Formatting.label(item.kind.rawValue)),
                    "at": .string(Formatting.date(item.createdAt)), "atISO": .string(item.createdAt), "isUnread": .bool(!item.isRead),
                    "href": item.briefID.map { .string(Paths.brief.href($0)) } ?? .null,
                ]
            }
            let context: [String: MustacheValue] = [
                "notifications": .array(rows), "markReadAction": .string(Paths.notificationsRead.href), "hasNotifications": .bool(!items.isEmpty),
                "unread": .int(unread), "hasUnread": .bool(unread > 0), "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.notifications)),
            ]
            return try app.pages.page("pages/workspace/notifications", path: Paths.notifications.href, context, user: signedIn)
        }

        routes.post(Paths.notificationsRead) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let id = try request.formFields()["id"].flatMap { Int($0) }
            try notifications.markRead(for: signedIn.user, id: id)
            return .redirect(to: Paths.notifications.href)
        }
    }
}
