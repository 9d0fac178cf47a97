import HTTP

/// CSRF tokens. Every form carries one as the hidden field `_csrf`; `CSRFProtection` checks it on
/// every state-changing request.
///
/// - Signed in: the token is derived from the session token (SHA-256 over a label and the token), so it is
///   per session, unguessable without the HttpOnly session cookie, and not computable from the database,
///   which stores a different hash of the session token.
/// - Not signed in (sign-in, invitation and reset forms): double-submit. The form page sets a random
///   `gpm_csrf` cookie (HttpOnly, SameSite=Lax) and the form repeats its value; another site can neither
///   read nor set that cookie.
/// In both cases the request's Origin (or Referer) must also be the platform's own.
enum FormToken {
    static let fieldName = "_csrf"
    static let preSessionCookie = "gpm_csrf"

    /// The token a form on this request's page must carry, and a cookie to set when the visitor had none.
    static func issue(for request: Request, secure: Bool) throws -> (token: String, cookie: Cookie?) {
        if let expected = expected(for: request) { return (expected, nil) }
        let token = try SecureRandom.token()
        return (token, Cookie(name: preSessionCookie, value: token, httpOnly: true, secure: secure, sameSite: .lax))
    }

    /// Sets the pre-session cookie on a form page when one was issued, and marks the page `no-store`: it
    /// holds this visitor's own token, so no cache (the platform's `PageCache` included) may hand it to
    /// another visitor, whose form would then be refused.
    static func attach(_ issued: (token: String, cookie: Cookie?), to response: inout Response) {
        if let cookie = issued.cookie { response.setCookie(cookie) }
        response.headers.replaceOrAdd("Cache-Control", "no-store")
    }

    /// The token this request's forms were given, or nil when it has neither cookie.
    static func expected(for request: Request) -> String? {
        let cookies = request.cookies
        if let session = cookies[SessionStore.cookieName], !session.isEmpty { return derived(fromSession: session) }
        if let preSession = cookies[preSessionCookie], preSession.utf8.count >= 32 { return preSession }
        return nil
    }

    static func derived(fromSession token: String) -> String {
        Base64URL.encode(TokenDigest.sha256(Array("gpm-csrf-v1:\(token)".utf8)))
    }
}
