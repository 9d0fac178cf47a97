import HTTP
import Mustache
import SQLite

/// Everything about one's own account: sign-in, sign-out, the workspace start page, the password, and
/// the invitation and reset links (see `SignInRoutes`, `PasswordRoutes`, `InvitationRoutes`).
enum AccountRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        SignInRoutes.register(on: &router, app)
        PasswordRoutes.register(on: &router, app)
        InvitationRoutes.register(on: &router, app)

        router.get("/workspace") { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let user = signedIn.user
            var links: [MustacheValue] = []
            func link(_ href: String, _ label: String, _ text: String) {
                links.append(["href": .string(href), "label": .string(label), "text": .string(text)])
            }
            if Policy.can(user, .manageUsers) {
                link("/admin/users", "Users", "accounts, roles, sessions and reset links")
                link("/admin/invitations", "Invitations", "invite someone from the secretariat or a city office")
            }
            if Policy.can(user, .viewAuditLog) { link("/admin/audit", "Audit log", "every change, who made it and when") }
            link("/account", "Your account", "your details and password")
            return try app.pages.page(
                "pages/account/workspace", path: "/workspace",
                ["user": try AccountView.user(user, app.database), "links": .array(links)], user: signedIn)
        }
    }
}

/// How a user is shown on account pages.
enum AccountView {
    static func user(_ user: User, _ database: DatabasePool) throws -> MustacheValue {
        let city: Row? = try user.cityID.flatMap { id in try database.read { db in try db.queryOne("SELECT name, slug FROM cities WHERE id = ?", id) }
        }
        return [
            "id": .int(user.id), "name": .string(user.name), "email": .string(user.email), "role": .string(user.role.rawValue),
            "roleLabel": .string(user.role.label), "cityName": try city.map { .string(try $0.string("name")) } ?? .null,
            "citySlug": try city.map { .string(try $0.string("slug")) } ?? .null, "isActive": .bool(user.isActive),
        ]
    }

    static func minutes(_ seconds: Int) -> Int { max(1, (seconds + 59) / 60) }
}
