import HTTP

/// `/admin/users`: every account, its role and city, last sign-in; on each user's page: change role,
/// deactivate or reactivate, end sessions, create a password-reset link, and the account's history.
enum AdminUserRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let users = UserAdminService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)

        routes.get(Paths.adminUsers) { request in
            let signedIn = try app.require(.manageUsers, request)
            return try app.pages.page("pages/admin/users", path: Paths.adminUsers.href, AdminUsersPage(try users.list(), messages: app.messages), user: signedIn)
        }

        routes.get(Paths.adminUser) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            return try userPage(app, signedIn, try users.page(id: id), resetLink: nil, error: nil, status: .ok)
        }

        routes.post(Paths.adminUserRole) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            let fields = try request.formFields()
            guard let role = Role(rawValue: fields["role"] ?? "") else { throw HTTPError(.badRequest, app.messages.t("Choose a role.")) }
            let cityID = role == .cityOffice ? Int(fields["city"] ?? "") : nil
            if let problem = try users.setRole(id: id, role: role, cityID: cityID, by: signedIn.user, messages: app.messages) {
                let field = role == .cityOffice && cityID == nil ? "city" : "role"
                return try userPage(
                    app, signedIn, try users.page(id: id), resetLink: nil, error: problem, errorField: field, status: .unprocessableContent)
            }
            return .redirect(to: Paths.adminUser.href(id))
        }

        routes.post(Paths.adminUserActive) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            let active = try request.formFields()["active"] == "1"
            if let problem = try users.setActive(id: id, active: active, by: signedIn.user, messages: app.messages) {
                return try userPage(app, signedIn, try users.page(id: id), resetLink: nil, error: problem, status: .unprocessableContent)
            }
            return .redirect(to: Paths.adminUser.href(id))
        }

        routes.post(Paths.adminUserEndSessions) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            try users.endSessions(id: id, keeping: id == signedIn.user.id ? signedIn.sessionID : nil, by: signedIn.user)
            return .redirect(to: Paths.adminUser.href(id))
        }

        routes.post(Paths.adminUserResetLink) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            let token = try users.createResetLink(id: id, by: signedIn.user)
            return try userPage(
                app, signedIn, try users.page(id: id), resetLink: app.baseURL.current + Paths.passwordReset.href(token), error: nil, status: .ok)
        }
    }

    static func userPage(
        _ app: AppContext, _ signedIn: SignedIn, _ found: UserAdminService.UserPage, resetLink: String?, error: String?, errorField: String? = nil,
        status: HTTPStatus
    ) throws -> Response {
        let page = AdminUserPage(found, viewer: signedIn.user, resetLink: resetLink, error: error, errorField: errorField, messages: app.messages)
        var response = try app.pages.page(
            "pages/admin/user", path: Paths.adminUser.href(found.user.id), page, status: status, user: signedIn)
        // The reset link is shown once: no cache may keep it.
        if resetLink != nil { response.headers.replaceOrAdd("Cache-Control", "no-store") }
        return response
    }
}
