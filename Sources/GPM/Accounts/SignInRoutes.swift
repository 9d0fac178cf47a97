import HTTP

/// `/sign-in` and `/sign-out`. A failed sign-in says the same for a wrong password and an unknown email
/// (and takes as long), so the form does not reveal who has an account.
enum SignInRoutes {
    static func failureMessage(_ messages: Messages) -> String {
        messages.t("That email address and password do not match an account. Check both and try again.")
    }

    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let signIn = SignInService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)
        let sessions = app.sessions

        routes.get(Paths.signIn) { request in
            if try app.signedIn(request) != nil { return .redirect(to: LocalRedirect.target(request.query["next"])) }
            return try form(
                app, request, email: "", next: request.query["next"], error: nil, status: .ok,
                notice: SignInPage.notice(kept: request.query["kept"], messages: app.messages))
        }

        routes.post(Paths.signIn) { request in
            let fields = try request.formFields()
            let email = EmailAddress.normalized(fields["email"] ?? "")
            let next = fields["next"]
            switch try signIn.signIn(
                email: email, password: fields["password"] ?? "", clientAddress: request.clientAddress,
                previousToken: request.cookies[SessionStore.cookieName])
            {
            case .throttled(let wait):
                var response = try app.pages.page(
                    "pages/account/too-many-attempts", path: Paths.signIn.href, TooManyAttemptsPage(wait: wait, now: app.clock.now(), messages: app.messages), status: .tooManyRequests)
                response.headers.add("Retry-After", String(wait))
                return response
            case .refused:
                return try form(app, request, email: email, next: next, error: failureMessage(app.messages), status: .unprocessableContent)
            case .signedIn(let token, let user):
                var response = Response.redirect(to: user.mustChangePassword ? Paths.account.href : LocalRedirect.target(next))
                response.setCookie(app.sessionCookie(token))
                response.setCookie(.expired(FormToken.preSessionCookie))
                return response
            }
        }

        routes.post(Paths.signOut) { request in
            if let token = request.cookies[SessionStore.cookieName] { try sessions.signOut(token: token) }
            var response = Response.redirect(to: Paths.home.href)
            response.setCookie(.expired(SessionStore.cookieName))
            return response
        }
    }

    static func form(
        _ app: AppContext, _ request: Request, email: String, next: String?, error: String?, status: HTTPStatus,
        notice: String? = nil
    ) throws -> Response {
        let issued = try FormToken.issue(for: request, secure: app.configuration.secureCookies)
        let page = SignInPage(csrf: issued.token, email: email, next: LocalRedirect.target(next), error: error, notice: notice)
        var response = try app.pages.page("pages/account/sign-in", path: Paths.signIn.href, page, status: status)
        FormToken.attach(issued, to: &response)
        return response
    }
}
