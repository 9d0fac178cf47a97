import HTTP
import Mustache

/// `/account` (one's details and password change) and `/password-reset/:token` (a reset link from an admin).
enum PasswordRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        router.get("/account") { request in
            let signedIn = try app.require(.manageOwnAccount, request)
            return try accountPage(app, signedIn, changed: request.query["changed"] == "1", error: nil, status: .ok)
        }

        router.post("/account/password") { request in
            let signedIn = try app.require(.manageOwnAccount, request)
            let fields = try request.formFields()
            let password = fields["password"] ?? ""
            let hasher = app.passwords
            let stored = try app.database.read { db in try UserRepository.passwordHash(db, userID: signedIn.user.id) } ?? ""
            var problem: String?
            if !hasher.verify(fields["current"] ?? "", against: stored) {
                problem = "The current password is not right."
            } else if let weak = PasswordHasher.problem(with: password) {
                problem = weak
            } else if password != fields["confirm"] {
                problem = "The two new passwords differ."
            } else if hasher.verify(password, against: stored) {
                problem = "Choose a password different from the current one."
            }
            if let problem { return try accountPage(app, signedIn, changed: false, error: problem, status: .unprocessableContent) }
            let hash = try hasher.hash(password)
            // Every session ends, this one included: a new token replaces it, so a token stolen before the
            // change (the usual reason to change a password) is worthless afterwards.
            let token: String = try app.database.write { db in
                try UserRepository.setPassword(db, userID: signedIn.user.id, hash: hash)
                try SessionStore.deleteAll(db, userID: signedIn.user.id)
                try AuditLog.record(db, user: signedIn.user, action: .update, entity: "user", id: signedIn.user.id, summary: "Changed own password")
                return try SessionStore.create(db, userID: signedIn.user.id, remoteAddress: request.remoteAddress)
            }
            var response = Response.redirect(to: "/account?changed=1")
            response.setCookie(app.sessionCookie(token))
            return response
        }

        router.get("/password-reset/:token") { request in
            let token = request.pathParameters["token"] ?? ""
            guard let open = try app.database.read({ db in try PasswordResetRepository.open(db, token: token) }) else { throw invalidLink }
            return try setPasswordPage(app, request, token: token, email: open.user.email, error: nil, status: .ok)
        }

        router.post("/password-reset/:token") { request in
            let token = request.pathParameters["token"] ?? ""
            let fields = try request.formFields()
            let password = fields["password"] ?? ""
            guard let open = try app.database.read({ db in try PasswordResetRepository.open(db, token: token) }) else { throw invalidLink }
            if let problem = PasswordHasher.problem(with: password) ?? (password == fields["confirm"] ? nil : "The two passwords differ.") {
                return try setPasswordPage(app, request, token: token, email: open.user.email, error: problem, status: .unprocessableContent)
            }
            let hash = try app.passwords.hash(password)
            let session: String = try app.database.write { db in
                // Checked again under the write lock: the link is single use even for two submissions at once.
                guard let again = try PasswordResetRepository.open(db, token: token) else { throw invalidLink }
                try PasswordResetRepository.markUsed(db, id: again.resetID)
                try UserRepository.setPassword(db, userID: again.user.id, hash: hash)
                try SessionStore.deleteAll(db, userID: again.user.id)
                try AuditLog.record(
                    db, user: again.user, action: .update, entity: "user", id: again.user.id, summary: "Password set with a reset link")
                return try SessionStore.create(db, userID: again.user.id, remoteAddress: request.remoteAddress)
            }
            var response = Response.redirect(to: "/workspace")
            response.setCookie(app.sessionCookie(session))
            response.setCookie(.expired(FormToken.preSessionCookie))
            return response
        }
    }

    static let invalidLink = HTTPError(
        .notFound, "This link is not valid: it may have been used already, replaced by a newer one, or expired. Ask the secretariat for a new one.")

    static func accountPage(_ app: AppContext, _ signedIn: SignedIn, changed: Bool, error: String?, status: HTTPStatus) throws -> Response {
        var context: [String: MustacheValue] = [
            "user": try AccountView.user(signedIn.user, app.database), "mustChange": .bool(signedIn.user.mustChangePassword),
            "changed": .bool(changed),
        ]
        if let error { context["error"] = .string(error) }
        return try app.pages.page("pages/account/account", path: "/account", context, status: status, user: signedIn)
    }

    static func setPasswordPage(_ app: AppContext, _ request: Request, token: String, email: String, error: String?, status: HTTPStatus) throws
        -> Response
    {
        let issued = try FormToken.issue(for: request, secure: app.configuration.secureCookies)
        var context: [String: MustacheValue] = [
            "heading": "Choose a new password", "intro": "Set a new password for your GPM account. You will be signed in afterwards.",
            "action": .string("/password-reset/\(token)"), "csrf": .string(issued.token), "email": .string(email), "asksName": false,
            "button": "Set password",
        ]
        if let error { context["error"] = .string(error) }
        var response = try app.pages.page("pages/account/set-password", path: "/password-reset", context, status: status)
        FormToken.attach(issued, to: &response)
        // The token in this page's URL must not leak to other sites, but the form's own POST must still
        // name its origin: with "no-referrer" browsers send `Origin: null`, which the CSRF check refuses.
        response.headers.replaceOrAdd("Referrer-Policy", "same-origin")
        return response
    }
}
