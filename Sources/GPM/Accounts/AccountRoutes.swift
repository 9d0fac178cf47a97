import HTTP

/// Everything about one's own account: sign-in, sign-out, the workspace start page (`DashboardPage`), the password, and
/// the invitation and reset links (see `SignInRoutes`, `PasswordRoutes`, `InvitationRoutes`).
enum AccountRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        SignInRoutes.register(on: &routes, app)
        PasswordRoutes.register(on: &routes, app)
        InvitationRoutes.register(on: &routes, app)

        // The secretariat's dashboard; city offices are sent on to their city's workspace.
        routes.get(Paths.workspace) { request in try DashboardPage.respond(app, request) }
    }
}
