import HTTP

/// The signed-in user of one request, with what its pages need: the CSRF token for forms.
public struct SignedIn: Sendable {
    public let user: User
    let sessionID: Int
    /// The value every form on this user's pages carries as `_csrf`.
    public let csrfToken: String
}

/// Thrown by `require` for a visitor: `SignInRedirect` turns it into a redirect to the sign-in page that
/// comes back to `next` afterwards.
struct SignInRequired: Error {
    let next: String
}

/// Thrown by `require` when a user must set a new password before anything else.
struct PasswordChangeRequired: Error {}

extension AppContext {
    /// Sessions as this application sees them: its database, its clock, its lifetimes.
    var sessions: SessionService { SessionService(database: database, clock: clock, configuration: configuration.accounts) }

    /// The signed-in user of `request`, or nil for a visitor (no cookie, unknown or expired session,
    /// deactivated account). Reads the session cookie and queries once; call it once per request.
    func signedIn(_ request: Request) throws -> SignedIn? {
        guard let token = request.cookies[SessionStore.cookieName], let resolved = try sessions.resolve(token: token) else { return nil }
        return SignedIn(user: resolved.user, sessionID: resolved.sessionID, csrfToken: FormToken.derived(fromSession: token))
    }

    /// The current user, or nil for a visitor.
    func currentUser(_ request: Request) throws -> User? { try signedIn(request)?.user }

    /// Lets the request through when the policy allows `permission`, returning who is signed in.
    /// A visitor is redirected to the sign-in page (with `next`, where they were going); a signed-in user
    /// without the right gets the 403 page; a user who must change their password is sent to do that first.
    @discardableResult
    func require(_ permission: Permission, _ request: Request) throws -> SignedIn {
        guard let signedIn = try signedIn(request) else {
            throw SignInRequired(next: request.method == .get ? request.target : Paths.workspace.href)
        }
        if signedIn.user.mustChangePassword, permission != .manageOwnAccount {
            throw PasswordChangeRequired()
        }
        guard Policy.can(signedIn.user, permission) else {
            throw HTTPError(.forbidden, messages.t("Your account does not give access to this page."))
        }
        return signedIn
    }

    /// A `Set-Cookie` for the session token with the platform's attributes.
    func sessionCookie(_ token: String) -> Cookie {
        Cookie(name: SessionStore.cookieName, value: token, httpOnly: true, secure: configuration.secureCookies, sameSite: .lax)
    }
}

/// Turns `SignInRequired` and `PasswordChangeRequired` into redirects. Sits inside `ErrorPages`.
struct SignInRedirect: Middleware {
    func respond(to request: Request, next: Handler) throws -> Response {
        do {
            return try next(request)
        } catch let required as SignInRequired {
            return .redirect(to: Paths.signIn.href(QueryString([("next", required.next)])))
        } catch is PasswordChangeRequired {
            return .redirect(to: Paths.account.href)
        }
    }
}

/// Where a `next` parameter may send someone after signing in: only a local path, never another site.
///
/// Browsers drop tabs and newlines anywhere in a URL and read `\\` as `/`, so `/\t/evil.example` or
/// `/\\evil.example` would become `//evil.example`, another host: any control character, backslash or
/// space refuses the value, not only a literal `//` prefix.
enum LocalRedirect {
    static func target(_ next: String?, fallback: String = Paths.workspace.href) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"),
              !next.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\\" || $0.properties.isWhitespace })
        else { return fallback }
        return next
    }
}
