import Foundation
import HTTP

/// `/invitations/:token`: the person invited chooses a name and password; the account is created with
/// the invitation's email, role and city, and they are signed in. The link works once.
enum InvitationRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let invitations = InvitationService(database: app.database, clock: app.clock, configuration: app.configuration.accounts)

        routes.get(Paths.invitation) { request, token in
            let invitation = try invitations.open(token: token)
            return try page(app, request, token: token, invitation: invitation, name: "", error: nil, status: .ok)
        }

        routes.post(Paths.invitation) { request, token in
            let fields = try request.formFields()
            let name = fields["name"] ?? ""
            switch try invitations.accept(
                token: token, name: name, password: fields["password"] ?? "", confirm: fields["confirm"], remoteAddress: request.clientAddress,
                messages: app.messages)
            {
            case .refused(let invitation, let problem):
                return try page(
                    app, request, token: token, invitation: invitation, name: name.trimmingCharacters(in: .whitespacesAndNewlines), error: problem,
                    status: .unprocessableContent)
            case .signedIn(let session):
                var response = Response.redirect(to: Paths.workspace.href)
                response.setCookie(app.sessionCookie(session))
                response.setCookie(.expired(FormToken.preSessionCookie))
                return response
            }
        }
    }

    static func page(
        _ app: AppContext, _ request: Request, token: String, invitation: Invitation, name: String, error: FieldProblem?,
        status: HTTPStatus
    ) throws -> Response {
        let issued = try FormToken.issue(for: request, secure: app.configuration.secureCookies)
        let page = SetPasswordPage.invitation(invitation, token: token, csrf: issued.token, name: name, error: error, messages: app.messages)
        // The canonical path leaves the token out: it must not end up anywhere but the address bar and the form.
        var response = try app.pages.page("pages/account/set-password", path: "/invitations", page, status: status)
        FormToken.attach(issued, to: &response)
        // The token in this page's URL must not leak to other sites, but the form's own POST must still
        // name its origin: with "no-referrer" browsers send `Origin: null`, which the CSRF check refuses.
        response.headers.replaceOrAdd("Referrer-Policy", "same-origin")
        return response
    }
}
