import HTTP

/// `/admin/invitations`: invite someone (email, role — chosen explicitly, there is no default — and city
/// for a city office, and the language of the email and the new account, the admin's own by default), see the
/// pending invitations, revoke one. The link is shown once, right after creation, for the admin to copy.
enum AdminInvitationRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let invitations = InvitationService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)

        routes.get(Paths.adminInvitations) { request in
            let signedIn = try app.require(.manageUsers, request)
            return try page(app, invitations, signedIn, form: .init(language: app.messages.language), link: nil, errors: [:], status: .ok)
        }

        routes.post(Paths.adminInvitations) { request in
            let signedIn = try app.require(.manageUsers, request)
            let fields = try request.formFields()
            let role = Role(rawValue: fields["role"] ?? "")
            let cityID = role == .cityOffice ? Int(fields["city"] ?? "") : nil
            // The select offers only our languages; anything else (an old form, a script) means the admin's own.
            let language = Language(rawValue: fields["language"] ?? "") ?? app.messages.language
            let form = AdminInvitationsPage.Form(
                email: fields["email"] ?? "", role: fields["role"] ?? "", city: fields["city"] ?? "", language: language)
            switch try invitations.invite(
                email: form.email, role: role, cityID: cityID, language: language, by: signedIn.user, messages: app.messages) {
            case .refused(let problems):
                return try page(app, invitations, signedIn, form: form, link: nil, errors: problems, status: .unprocessableContent)
            case .created(_, let token):
                return try page(
                    app, invitations, signedIn, form: .init(language: app.messages.language), link: app.baseURL.current + Paths.invitation.href(token), errors: [:], status: .ok)
            }
        }

        routes.post(Paths.adminInvitationRevoke) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            try invitations.revoke(id: id, by: signedIn.user)
            return .redirect(to: Paths.adminInvitations.href)
        }
    }

    static func page(
        _ app: AppContext, _ invitations: InvitationService, _ signedIn: SignedIn, form: AdminInvitationsPage.Form, link: String?,
        errors: [String: String], status: HTTPStatus
    ) throws -> Response {
        let page = AdminInvitationsPage(try invitations.adminPage(), form: form, link: link, errors: errors, messages: app.messages)
        var response = try app.pages.page(
            "pages/admin/invitations", path: Paths.adminInvitations.href, page, status: status, user: signedIn)
        // The invitation link is shown once: no cache may keep it.
        if link != nil { response.headers.replaceOrAdd("Cache-Control", "no-store") }
        return response
    }
}
