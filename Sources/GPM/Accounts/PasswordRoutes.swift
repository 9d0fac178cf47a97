import HTTP

/// `/account` (one's details and password change) and `/password-reset/:token` (a reset link from an admin).
enum PasswordRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let accounts = AccountService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)
        let resets = PasswordResetService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)
        let mailChoices = MailChoiceService(database: app.database, clock: app.clock)

        routes.get(Paths.account) { request in
            let signedIn = try app.require(.manageOwnAccount, request)
            return try accountPage(
                app, accounts, signedIn, changed: request.query["changed"] == "1", error: nil, status: .ok,
                languageSaved: request.query["saved"] == "language", mailSaved: request.query["saved"] == "mail")
        }

        routes.post(Paths.accountMail) { request in
            let signedIn = try app.require(.manageOwnAccount, request)
            let fields = try request.formFields()
            // A checkbox left unticked is not sent: each offered topic is on exactly when its box came back.
            let receiving = Set(MailTopic.offered(to: signedIn.user.role).filter { fields[$0.rawValue] == "1" })
            try mailChoices.save(signedIn.user, receiving: receiving)
            return Response.redirect(to: Paths.account.href(QueryString([("saved", "mail")])) + "#mail")
        }

        routes.post(Paths.accountLanguage) { request in
            let signedIn = try app.require(.manageOwnAccount, request)
            let fields = try request.formFields()
            switch LanguageForm(fields, messages: app.messages) {
            case .invalid(let message):
                return try accountPage(
                    app, accounts, signedIn, changed: false, error: nil, status: .unprocessableContent, languageError: message)
            case .valid(let language):
                try accounts.setLanguage(of: signedIn.user, to: language)
                // The switcher of personal pages comes back to the page it was on; the account form to itself.
                return Response.redirect(
                    to: LocalRedirect.target(fields["next"], fallback: Paths.account.href(QueryString([("saved", "language")]))))
            }
        }

        routes.post(Paths.accountPassword) { request in
            let signedIn = try app.require(.manageOwnAccount, request)
            let fields = try request.formFields()
            switch try accounts.changePassword(
                of: signedIn.user, current: fields["current"] ?? "", new: fields["password"] ?? "", confirm: fields["confirm"],
                remoteAddress: request.clientAddress, messages: app.messages)
            {
            case .refused(let problem):
                return try accountPage(app, accounts, signedIn, changed: false, error: problem, status: .unprocessableContent)
            case .signedIn(let token):
                var response = Response.redirect(to: Paths.account.href(QueryString([("changed", "1")])))
                response.setCookie(app.sessionCookie(token))
                return response
            }
        }

        routes.get(Paths.passwordReset) { request, token in
            let user = try resets.open(token: token)
            return try setPasswordPage(app, request, token: token, email: user.email, error: nil, status: .ok)
        }

        routes.post(Paths.passwordReset) { request, token in
            let fields = try request.formFields()
            switch try resets.reset(
                token: token, password: fields["password"] ?? "", confirm: fields["confirm"], remoteAddress: request.clientAddress, messages: app.messages) {
            case .refused(let email, let problem):
                return try setPasswordPage(app, request, token: token, email: email, error: problem, status: .unprocessableContent)
            case .signedIn(let session):
                var response = Response.redirect(to: Paths.workspace.href)
                response.setCookie(app.sessionCookie(session))
                response.setCookie(.expired(FormToken.preSessionCookie))
                return response
            }
        }
    }

    static func accountPage(
        _ app: AppContext, _ accounts: AccountService, _ signedIn: SignedIn, changed: Bool, error: FieldProblem?, status: HTTPStatus,
        languageSaved: Bool = false, languageError: String? = nil, mailSaved: Bool = false
    ) throws -> Response {
        let page = AccountPage(
            signedIn.user, city: try accounts.city(of: signedIn.user), changed: changed, error: error,
            languageSaved: languageSaved, languageError: languageError,
            mailOptedOut: try MailChoiceService(database: app.database, clock: app.clock).optedOut(signedIn.user),
            mailSaved: mailSaved, messages: app.messages)
        return try app.pages.page("pages/account/account", path: Paths.account.href, page, status: status, user: signedIn)
    }

    static func setPasswordPage(_ app: AppContext, _ request: Request, token: String, email: String, error: FieldProblem?, status: HTTPStatus) throws
        -> Response
    {
        let issued = try FormToken.issue(for: request, secure: app.configuration.secureCookies)
        let page = SetPasswordPage.passwordReset(email: email, token: token, csrf: issued.token, error: error, messages: app.messages)
        // The canonical path leaves the token out: it must not end up anywhere but the address bar and the form.
        var response = try app.pages.page("pages/account/set-password", path: "/password-reset", page, status: status)
        FormToken.attach(issued, to: &response)
        // The token in this page's URL must not leak to other sites, but the form's own POST must still
        // name its origin: with "no-referrer" browsers send `Origin: null`, which the CSRF check refuses.
        response.headers.replaceOrAdd("Referrer-Policy", "same-origin")
        return response
    }
}
