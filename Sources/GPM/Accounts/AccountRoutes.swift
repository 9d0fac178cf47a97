import HTTP
import Mustache
import SQLite

/// Everything about one's own account: sign-in, sign-out, the workspace start page (`DashboardPage`), the password, and
/// the invitation and reset links (see `SignInRoutes`, `PasswordRoutes`, `InvitationRoutes`).
enum AccountRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        SignInRoutes.register(on: &router, app)
        PasswordRoutes.register(on: &router, app)
        InvitationRoutes.register(on: &router, app)

        // The secretariat's dashboard; city offices are sent on to their city's workspace.
        router.get("/workspace") { request in try DashboardPage.respond(app, request) }
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
