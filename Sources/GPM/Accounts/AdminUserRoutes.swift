import HTTP
import Mustache
import SQLite

/// `/admin/users`: every account, its role and city, last sign-in; on each user's page: change role,
/// deactivate or reactivate, end sessions, create a password-reset link, and the account's history.
enum AdminUserRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        router.get("/admin/users") { request in
            let signedIn = try app.require(.manageUsers, request)
            let rows: [MustacheValue] = try app.users.list().map { listed in
                [
                    "id": .int(listed.user.id), "name": .string(listed.user.name), "email": .string(listed.user.email),
                    "role": .string(listed.user.role.label), "city": listed.cityName.map { .string($0) } ?? .null,
                    "lastSignIn": .string(listed.lastSignInAt ?? "never"), "isActive": .bool(listed.user.isActive),
                    "sessions": .int(listed.activeSessions),
                ]
            }
            let context: [String: MustacheValue] = ["users": .array(rows), "workspaceNav": ["users": true]]
            return try app.pages.page("pages/admin/users", path: "/admin/users", context, user: signedIn)
        }

        router.get("/admin/users/:id") { request in
            let signedIn = try app.require(.manageUsers, request)
            guard let user = try app.users.user(id: try AdminRoutes.id(request)) else { throw HTTPError(.notFound) }
            return try userPage(app, signedIn, user, resetLink: nil, error: nil, status: .ok)
        }

        router.post("/admin/users/:id/role") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            let fields = try request.formFields()
            guard let role = Role(rawValue: fields["role"] ?? "") else { throw HTTPError(.badRequest, "Choose a role.") }
            let cityID = role == .cityOffice ? Int(fields["city"] ?? "") : nil
            let problem: String? = try app.database.write { db in
                guard let before = try UserRepository.user(db, id: id) else { throw HTTPError(.notFound) }
                if role == .cityOffice, try cityID.map({ try CityChoice.exists(db, id: $0) }) != true {
                    return "Choose the city this office speaks for."
                }
                if before.role == .admin, role != .admin, try UserRepository.activeAdminCount(db) <= 1 {
                    return "This is the last active admin: make someone else admin first."
                }
                try UserRepository.setRole(db, userID: id, role: role, cityID: cityID)
                try AuditLog.record(
                    db, user: signedIn.user, action: .update, entity: "user", id: id, summary: "Role of \(before.email) set to \(role.label)",
                    before: ["role": .string(before.role.rawValue), "city_id": .number(before.cityID)],
                    after: ["role": .string(role.rawValue), "city_id": .number(cityID)])
                return nil
            }
            if let problem, let user = try app.users.user(id: id) {
                return try userPage(app, signedIn, user, resetLink: nil, error: problem, status: .unprocessableContent)
            }
            return .redirect(to: "/admin/users/\(id)")
        }

        router.post("/admin/users/:id/active") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            let active = try request.formFields()["active"] == "1"
            if id == signedIn.user.id, !active {
                return try userPage(
                    app, signedIn, signedIn.user, resetLink: nil, error: "You cannot deactivate your own account.", status: .unprocessableContent)
            }
            try app.database.write { db in
                guard let before = try UserRepository.user(db, id: id) else { throw HTTPError(.notFound) }
                try UserRepository.setActive(db, userID: id, active: active)
                if !active { try SessionStore.deleteAll(db, userID: id) }
                try AuditLog.record(
                    db, user: signedIn.user, action: .update, entity: "user", id: id,
                    summary: "\(active ? "Reactivated" : "Deactivated") \(before.email)",
                    before: ["is_active": .bool(before.isActive)], after: ["is_active": .bool(active)])
            }
            return .redirect(to: "/admin/users/\(id)")
        }

        router.post("/admin/users/:id/end-sessions") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            try app.database.write { db in
                guard let user = try UserRepository.user(db, id: id) else { throw HTTPError(.notFound) }
                let ended = try SessionStore.deleteAll(db, userID: id, except: id == signedIn.user.id ? signedIn.sessionID : nil)
                try AuditLog.record(
                    db, user: signedIn.user, action: "end_sessions", entity: "user", id: id,
                    summary: "Ended \(ended) session(s) of \(user.email)")
            }
            return .redirect(to: "/admin/users/\(id)")
        }

        router.post("/admin/users/:id/reset-link") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            let (user, token): (User, String) = try app.database.write { db in
                guard let user = try UserRepository.user(db, id: id), user.isActive else { throw HTTPError(.notFound) }
                let token = try PasswordResetRepository.create(
                    db, userID: id, createdBy: signedIn.user.id, lifetime: app.configuration.accounts.passwordResetLifetime)
                try AuditLog.record(
                    db, user: signedIn.user, action: "reset_link", entity: "user", id: id,
                    summary: "Password-reset link created for \(user.email)")
                return (user, token)
            }
            return try userPage(app, signedIn, user, resetLink: app.baseURL.current + "/password-reset/" + token, error: nil, status: .ok)
        }
    }

    static func userPage(
        _ app: AppContext, _ signedIn: SignedIn, _ user: User, resetLink: String?, error: String?, status: HTTPStatus
    ) throws -> Response {
        let cities = try CityChoice.all(app.database).map { city -> MustacheValue in
            ["id": .int(city.id), "name": .string("\(city.name) (\(city.countryCode))"), "selected": .bool(city.id == user.cityID)]
        }
        let roles = Role.allCases.map { role -> MustacheValue in
            ["value": .string(role.rawValue), "label": .string(role.label), "selected": .bool(role == user.role)]
        }
        var context: [String: MustacheValue] = [
            "subject": try AccountView.user(user, app.database), "roles": .array(roles), "cities": .array(cities),
            "isSelf": .bool(user.id == signedIn.user.id),
            "history": AuditView.events(try AuditLog.history(app.database, entity: "user", id: user.id)),
        ]
        if let resetLink { context["resetLink"] = .string(resetLink) }
        if let error { context["error"] = .string(error) }
        context["workspaceNav"] = ["users": true]
        var response = try app.pages.page("pages/admin/user", path: "/admin/users/\(user.id)", context, status: status, user: signedIn)
        if resetLink != nil { response.headers.replaceOrAdd("Cache-Control", "no-store") }
        return response
    }
}
