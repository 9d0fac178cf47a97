import HTTP
import Mustache
import SQLite

/// `/invitations/:token`: the person invited chooses a name and password; the account is created with
/// the invitation's email, role and city, and they are signed in. The link works once.
enum InvitationRoutes {
    static let invalidLink = HTTPError(
        .notFound, "This invitation link is not valid: it may have been used already, revoked, or expired. Ask the secretariat for a new one.")

    static func register(on router: inout Router, _ app: AppContext) {
        let invitations = InvitationRepository(database: app.database)

        router.get("/invitations/:token") { request in
            let token = request.pathParameters["token"] ?? ""
            guard let invitation = try invitations.open(token: token) else { throw invalidLink }
            return try page(app, request, token: token, invitation: invitation, name: "", error: nil, status: .ok)
        }

        router.post("/invitations/:token") { request in
            let token = request.pathParameters["token"] ?? ""
            guard let invitation = try invitations.open(token: token) else { throw invalidLink }
            let fields = try request.formFields()
            let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let password = fields["password"] ?? ""
            var problem: String?
            if name.isEmpty || name.count > 200 {
                problem = "Please give your name (up to 200 characters)."
            } else if let weak = PasswordHasher.problem(with: password) {
                problem = weak
            } else if password != fields["confirm"] {
                problem = "The two passwords differ."
            } else if try app.users.emailExists(invitation.email) {
                problem = "An account with this email address exists already. Sign in instead, or ask the secretariat."
            }
            if let problem {
                return try page(app, request, token: token, invitation: invitation, name: name, error: problem, status: .unprocessableContent)
            }
            let hash = try app.passwords.hash(password)
            let session: String = try app.database.write { db in
                guard let again = try InvitationRepository.open(db, token: token) else { throw invalidLink }
                let userID: Int
                do {
                    userID = try UserRepository.create(db, email: again.email, name: name, role: again.role, cityID: again.cityID, passwordHash: hash)
                } catch let error as SQLiteError where error.isUniqueConstraintViolation {
                    throw HTTPError(.conflict, "An account with this email address exists already.")
                }
                try InvitationRepository.markAccepted(db, id: again.id, userID: userID)
                let user = try UserRepository.user(db, id: userID)
                try AuditLog.record(
                    db, user: user, action: .create, entity: "user", id: userID, summary: "Account created from invitation \(again.id)",
                    after: [
                        "email": .string(again.email), "name": .string(name), "role": .string(again.role.rawValue), "city_id": .number(again.cityID),
                    ])
                try UserRepository.recordSignIn(db, userID: userID)
                return try SessionStore.create(db, userID: userID, remoteAddress: request.remoteAddress)
            }
            var response = Response.redirect(to: "/workspace")
            response.setCookie(app.sessionCookie(session))
            response.setCookie(.expired(FormToken.preSessionCookie))
            return response
        }
    }

    static func page(
        _ app: AppContext, _ request: Request, token: String, invitation: InvitationRepository.Invitation, name: String, error: String?,
        status: HTTPStatus
    ) throws -> Response {
        let issued = try FormToken.issue(for: request, secure: app.configuration.secureCookies)
        let role = invitation.role.label + (invitation.cityName.map { " for \($0)" } ?? "")
        var context: [String: MustacheValue] = [
            "heading": "Accept your invitation",
            "intro": .string("You are invited to the GPM workspace as \(role). Choose your password to create your account."),
            "action": .string("/invitations/\(token)"), "csrf": .string(issued.token), "email": .string(invitation.email), "asksName": true,
            "name": .string(name), "button": "Create account",
        ]
        if let error { context["error"] = .string(error) }
        var response = try app.pages.page("pages/account/set-password", path: "/invitations", context, status: status)
        FormToken.attach(issued, to: &response)
        // The token in this page's URL must not leak to other sites, but the form's own POST must still
        // name its origin: with "no-referrer" browsers send `Origin: null`, which the CSRF check refuses.
        response.headers.replaceOrAdd("Referrer-Policy", "same-origin")
        return response
    }
}
