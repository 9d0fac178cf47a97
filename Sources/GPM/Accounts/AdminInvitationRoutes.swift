import HTTP
import Mustache

/// `/admin/invitations`: invite someone (email, role, and city for a city office), see the pending
/// invitations, revoke one. The link is shown once, right after creation, for the admin to copy.
enum AdminInvitationRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let invitations = InvitationService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)

        router.get("/admin/invitations") { request in
            let signedIn = try app.require(.manageUsers, request)
            return try page(app, invitations, signedIn, form: [:], link: nil, error: nil, status: .ok)
        }

        router.post("/admin/invitations") { request in
            let signedIn = try app.require(.manageUsers, request)
            let fields = try request.formFields()
            let role = Role(rawValue: fields["role"] ?? "")
            let cityID = role == .cityOffice ? Int(fields["city"] ?? "") : nil
            let form: [String: String] = ["email": fields["email"] ?? "", "role": fields["role"] ?? "", "city": fields["city"] ?? ""]
            switch try invitations.invite(email: fields["email"] ?? "", role: role, cityID: cityID, by: signedIn.user) {
            case .refused(let problem):
                return try page(app, invitations, signedIn, form: form, link: nil, error: problem, status: .unprocessableContent)
            case .created(_, let token):
                return try page(
                    app, invitations, signedIn, form: [:], link: app.baseURL.current + "/invitations/" + token, error: nil, status: .ok)
            }
        }

        router.post("/admin/invitations/:id/revoke") { request in
            let signedIn = try app.require(.manageUsers, request)
            try invitations.revoke(id: try AdminRoutes.id(request), by: signedIn.user)
            return .redirect(to: "/admin/invitations")
        }
    }

    static func page(
        _ app: AppContext, _ invitations: InvitationService, _ signedIn: SignedIn, form: [String: String], link: String?, error: String?,
        status: HTTPStatus
    ) throws -> Response {
        let found = try invitations.adminPage()
        let pending = found.pending.map { invitation -> MustacheValue in
            [
                "id": .int(invitation.id), "email": .string(invitation.email),
                "role": .string(invitation.role.label + (invitation.cityName.map { " — \($0)" } ?? "")),
                "expires": .string(Timestamp.format(seconds: invitation.expiresAt)), "by": .string(invitation.createdByName ?? ""),
            ]
        }
        let roles = SelectOptions.list(Role.allCases.map { ($0.rawValue, $0.label) }, selected: form["role"])
        let cities = found.cities.map { city -> MustacheValue in
            ["id": .int(city.id), "name": .string("\(city.name) (\(city.countryCode))"), "selected": .bool(String(city.id) == form["city"])]
        }
        var context: [String: MustacheValue] = [
            "pending": .array(pending), "hasPending": .bool(!pending.isEmpty), "roles": .array(roles), "cities": .array(cities),
            "email": .string(form["email"] ?? ""),
        ]
        if let link { context["link"] = .string(link) }
        if let error { context["error"] = .string(error) }
        context["workspaceNav"] = try MustacheEncoder.encode(WorkspaceNavView(.invitations))
        var response = try app.pages.page("pages/admin/invitations", path: "/admin/invitations", context, status: status, user: signedIn)
        if link != nil { response.headers.replaceOrAdd("Cache-Control", "no-store") }
        return response
    }
}
