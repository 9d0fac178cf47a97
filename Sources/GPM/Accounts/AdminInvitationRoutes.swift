import HTTP
import Mustache
import SQLite

/// `/admin/invitations`: invite someone (email, role, and city for a city office), see the pending
/// invitations, revoke one. The link is shown once, right after creation, for the admin to copy.
enum AdminInvitationRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let invitations = InvitationRepository(database: app.database)

        router.get("/admin/invitations") { request in
            let signedIn = try app.require(.manageUsers, request)
            return try page(app, invitations, signedIn, form: [:], link: nil, error: nil, status: .ok)
        }

        router.post("/admin/invitations") { request in
            let signedIn = try app.require(.manageUsers, request)
            let fields = try request.formFields()
            let email = UserRepository.normalized(fields["email"] ?? "")
            let role = Role(rawValue: fields["role"] ?? "")
            let cityID = role == .cityOffice ? Int(fields["city"] ?? "") : nil
            let form: [String: String] = ["email": fields["email"] ?? "", "role": fields["role"] ?? "", "city": fields["city"] ?? ""]
            var problem: String?
            if !UserRepository.isPlausibleEmail(email) {
                problem = "Give the email address of the person to invite."
            } else if role == nil {
                problem = "Choose a role."
            } else if try app.users.emailExists(email) {
                problem = "There is already an account with this email address."
            }
            let result: (id: Int, token: String)? =
                try problem != nil
                ? nil
                : app.database.write { db in
                    if role == .cityOffice, try cityID.map({ try CityChoice.exists(db, id: $0) }) != true { return nil }
                    let created = try InvitationRepository.create(
                        db, email: email, role: role!, cityID: cityID, createdBy: signedIn.user.id,
                        lifetime: app.configuration.accounts.invitationLifetime)
                    try AuditLog.record(
                        db, user: signedIn.user, action: .create, entity: "invitation", id: created.id, summary: "Invited \(email) as \(role!.label)",
                        after: ["email": .string(email), "role": .string(role!.rawValue), "city_id": .number(cityID)])
                    return created
                }
            guard let result else {
                return try page(
                    app, invitations, signedIn, form: form, link: nil,
                    error: problem ?? "Choose the city this office speaks for.", status: .unprocessableContent)
            }
            return try page(
                app, invitations, signedIn, form: [:], link: app.baseURL.current + "/invitations/" + result.token, error: nil, status: .ok)
        }

        router.post("/admin/invitations/:id/revoke") { request in
            let signedIn = try app.require(.manageUsers, request)
            let id = try AdminRoutes.id(request)
            try app.database.write { db in
                guard let revoked = try InvitationRepository.revoke(db, id: id) else { throw HTTPError(.notFound) }
                try AuditLog.record(
                    db, user: signedIn.user, action: "revoke", entity: "invitation", id: id, summary: "Revoked the invitation of \(revoked.email)")
            }
            return .redirect(to: "/admin/invitations")
        }
    }

    static func page(
        _ app: AppContext, _ invitations: InvitationRepository, _ signedIn: SignedIn, form: [String: String], link: String?, error: String?,
        status: HTTPStatus
    ) throws -> Response {
        let pending = try invitations.pending().map { invitation -> MustacheValue in
            [
                "id": .int(invitation.id), "email": .string(invitation.email),
                "role": .string(invitation.role.label + (invitation.cityName.map { " — \($0)" } ?? "")),
                "expires": .string(AccountClock.timestamp(seconds: invitation.expiresAt)), "by": .string(invitation.createdByName ?? ""),
            ]
        }
        let roles = SelectOptions.list(Role.allCases.map { ($0.rawValue, $0.label) }, selected: form["role"])
        let cities = try CityChoice.all(app.database).map { city -> MustacheValue in
            ["id": .int(city.id), "name": .string("\(city.name) (\(city.countryCode))"), "selected": .bool(String(city.id) == form["city"])]
        }
        var context: [String: MustacheValue] = [
            "pending": .array(pending), "hasPending": .bool(!pending.isEmpty), "roles": .array(roles), "cities": .array(cities),
            "email": .string(form["email"] ?? ""),
        ]
        if let link { context["link"] = .string(link) }
        if let error { context["error"] = .string(error) }
        context["workspaceNav"] = ["invitations": true]
        var response = try app.pages.page("pages/admin/invitations", path: "/admin/invitations", context, status: status, user: signedIn)
        if link != nil { response.headers.replaceOrAdd("Cache-Control", "no-store") }
        return response
    }
}
