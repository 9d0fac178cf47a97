import HTTP
import Mustache

/// `/sign-in` and `/sign-out`. A failed sign-in says the same for a wrong password and an unknown email
/// (and takes as long), so the form does not reveal who has an account.
enum SignInRoutes {
    static let failureMessage = "That email address and password do not match an account. Check both and try again."

    static func register(on router: inout Router, _ app: AppContext) {
        let throttle = SignInThrottle(database: app.database, configuration: app.configuration.accounts)

        router.get("/sign-in") { request in
            if try app.signedIn(request) != nil { return .redirect(to: LocalRedirect.target(request.query["next"])) }
            return try form(app, request, email: "", next: request.query["next"], error: nil, status: .ok)
        }

        router.post("/sign-in") { request in
            let fields = try request.formFields()
            let email = UserRepository.normalized(fields["email"] ?? "")
            let password = fields["password"] ?? ""
            let next = fields["next"]
            if let wait = try throttle.retryAfter(email: email, address: request.remoteAddress) {
                let minutes = AccountView.minutes(wait)
                var response = try app.pages.page(
                    "pages/account/too-many-attempts", path: "/sign-in",
                    ["minutes": .int(minutes), "minutesLabel": .string(minutes == 1 ? "minute" : "minutes")], status: .tooManyRequests)
                response.headers.add("Retry-After", String(wait))
                return response
            }
            let hasher = app.passwords
            let credentials = try app.users.credentials(email: email)
            var verified = false
            if let credentials, credentials.user.isActive, password.utf8.count <= PasswordHasher.maximumLength * 4 {
                verified = hasher.verify(password, against: credentials.passwordHash)
            } else {
                _ = try? hasher.hash(password)  // the same work as a verification, so timing does not tell
            }
            guard verified, let user = credentials?.user else {
                try throttle.recordFailure(email: email, address: request.remoteAddress)
                return try form(app, request, email: email, next: next, error: failureMessage, status: .unprocessableContent)
            }
            let newHash = hasher.needsRehash(credentials!.passwordHash) ? try hasher.hash(password) : nil
            let token = try app.database.write { db in
                // A new token at every sign-in: a session id planted before sign-in is worthless afterwards.
                if let old = request.cookies[SessionStore.cookieName] {
                    try db.run("DELETE FROM user_sessions WHERE token_hash = ?", TokenDigest.hash(token: old))
                }
                if let newHash { try UserRepository.setPassword(db, userID: user.id, hash: newHash, mustChange: user.mustChangePassword) }
                try UserRepository.recordSignIn(db, userID: user.id)
                try SignInThrottle.clearAccount(db, email: email)
                try SessionStore.purgeExpired(db, configuration: app.configuration.accounts)
                return try SessionStore.create(db, userID: user.id, remoteAddress: request.remoteAddress)
            }
            var response = Response.redirect(to: user.mustChangePassword ? "/account" : LocalRedirect.target(next))
            response.setCookie(app.sessionCookie(token))
            response.setCookie(.expired(FormToken.preSessionCookie))
            return response
        }

        router.post("/sign-out") { request in
            if let token = request.cookies[SessionStore.cookieName] { try app.sessions.delete(token: token) }
            var response = Response.redirect(to: "/")
            response.setCookie(.expired(SessionStore.cookieName))
            return response
        }
    }

    static func form(
        _ app: AppContext, _ request: Request, email: String, next: String?, error: String?, status: HTTPStatus
    ) throws -> Response {
        let issued = try FormToken.issue(for: request, secure: app.configuration.secureCookies)
        var context: [String: MustacheValue] = [
            "csrf": .string(issued.token), "email": .string(email), "next": .string(LocalRedirect.target(next)),
        ]
        if let error { context["error"] = .string(error) }
        var response = try app.pages.page("pages/account/sign-in", path: "/sign-in", context, status: status)
        FormToken.attach(issued, to: &response)
        return response
    }
}
