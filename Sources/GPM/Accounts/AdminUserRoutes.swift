import HTTP
import Mustache

/// `/admin/users`: every account, its role and city, last sign-in; on each user's page: change role,
/// deactivate or reactivate, end sessions, create a password-reset link, and the account's history.
enum AdminUserRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let users = UserAdminService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)

        router.get("/admin/users") { request in
            let signedIn = try app.require(.manageUsers, request)
            let rows: [MustacheValue] = try users.list().map { listed in
                [
                    "id": .int(listed.user.id), "name": .string(listed.user.name), "email": .string(listed.user.email),
                    "role": .string(listed.user.role.label), "city": listed.cityName.map { .string($0) } ?? .null,
                    "lastSignIn": .string(listed.lastSignInAt ?? "never"), "isActive": .bool(listed.user.isActive),
                    "sessions": .int(listed.activeSessions),
                ]
            }
            let context: [String: MustacheValue] = ["users": .array(rows), "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.users))]
            return try app.pages.page("pages/admin/users", path: "/admin/users", context, user: signedIn)
        }

        router.get("/admin/users/:id") { request in
            let signedIn = try app.require(.manageUsers, request)
            return try userPage(app, signedIn, try users.page(id: try AdminRoutes.id(request)), resetLink: nil, error: nil, status: .ok)
        }

        router.post("/admin/users/:id/role") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            let fields = try request.formFields()
            guard let role = Role(rawValue: fields["role"] ?? "") else { throw HTTPError(.badRequest, "Choose a role.") }
            let cityID = role == .cityOffice ? Int(fields["city"] ?? "") : nil
            if let problem = try users.setRole(id: id, role: role, cityID: cityID, by: signedIn.user) {
                return try userPage(app, signedIn, try users.page(id: id), resetLink: nil, error: problem, status: .unprocessableContent)
            }
            return .redirect(to: "/admin/users/\(id)")
        }

        router.post("/admin/users/:id/active") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            let active = try request.formFields()["active"] == "1"
            if let problem = try users.setActive(id: id, active: active, by: signedIn.user) {
                return try userPage(app, signedIn, try users.page(id: id), resetLink: nil, error: problem, status: .unprocessableContent)
            }
            return .redirect(to: "/admin/users/\(id)")
        }

        router.post("/admin/users/:id/end-sessions") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            try users.endSessions(id: id, keeping: id == signedIn.user.id ? signedIn.sessionID : nil, by: signedIn.user)
            return .redirect(to: "/admin/users/\(id)")
        }

        router.post("/admin/users/:id/reset-link") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            let token = try users.createResetLink(id: id, by: signedIn.user)
            return try userPage(
                app, signedIn, try users.page(id: id), resetLink: app.baseURL.current + "/password-reset/" + token, error: nil, status: .ok)
        }
    }

    static func userPage(
        _ app: AppContext, _ signedIn: SignedIn, _ page: UserAdminService.UserPage, resetLink: String?, error: String?, status: HTTPStatus
    ) throws -> Response {
        let user = page.user
        let cities = page.cities.map { city -> MustacheValue in
            ["id": .int(city.id), "name": .string("\(city.name) (\(city.countryCode))"), "selected": .bool(city.id == user.cityID)]
        }
        let roles = Role.allCases.map { role -> MustacheValue in
            ["value": .string(role.rawValue), "label": .string(role.label), "selected": .bool(role == user.role)]
        }
        var context: [String: MustacheValue] = [
            "subject": AccountView.user(user, city: page.city), "roles": .array(roles), "cities": .array(cities),
            "isSelf": .bool(user.id == signedIn.user.id), "history": AuditView.events(page.history),
        ]
        if let resetLink { context["resetLink"] = .string(resetLink) }
        if let error { context["error"] = .string(error) }
        context["workspaceNav"] = try MustacheEncoder.encode(WorkspaceNavView(.users))
        var response = try app.pages.page("pages/admin/user", path: "/admin/users/\(user.id)", context, status: status, user: signedIn)
        if resetLink != nil { response.headers.replaceOrAdd("Cache-Control", "no-store") }
        return response
    }
}
