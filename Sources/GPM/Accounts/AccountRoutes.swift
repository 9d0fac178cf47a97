import HTTP
import Mustache

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
    static func user(_ user: User, city: UserCity?) -> MustacheValue {
        [
            "id": .int(user.id), "name": .string(user.name), "email": .string(user.email), "role": .string(user.role.rawValue),
            "roleLabel": .string(user.role.label), "cityName": city.map { .string($0.name) } ?? .null,
            "citySlug": city.map { .string($0.slug) } ?? .null, "isActive": .bool(user.isActive),
        ]
    }

    static func minutes(_ seconds: Int) -> Int { max(1, (seconds + 59) / 60) }
}
