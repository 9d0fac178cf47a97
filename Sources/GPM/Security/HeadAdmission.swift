import HTTP

/// Refuses a state-changing request from its head, before `100 Continue` and before its body is read
/// (`ServerConfiguration.admit`): sent from another site (its `Origin` is not ours) → 403; to a route
/// that needs a signed-in user, without a session cookie → 303 to the sign-in page; declaring a body
/// over the route's limit → 413; and for the routes that accept large bodies (uploads, imports), a
/// cookie naming no session at all → 303 to the sign-in page, which says the file was not received (one
/// indexed read, no write). A session that expired but is still known is admitted: its user's text is
/// then kept and the file refused by `KeptFormCapture`, rather than both lost at the head.
///
/// This is a gate, not the check: admitted requests still meet `CSRFProtection` and each handler's
/// `require`. It runs on an I/O thread, so it is cheap for everything else: GET and HEAD pass untouched.
struct HeadAdmission: Sendable {
    let baseURL: BaseURL
    let sessions: SessionService
    /// The refusal pages' words. Who is signed in is not known from the head (no database on this thread),
    /// so a refusal is written in the language the browser's `Accept-Language` prefers, English otherwise.
    var localization = Localization.englishOnly

    /// POST routes a visitor may send: signing in and out, accepting an invitation, setting a password from a
    /// reset link, and the one-click unsubscribe of a message (RFC 8058: mail clients send it without cookies).
    static let publicPatterns: Set<String> = [
        Paths.signIn.pattern.text, Paths.signOut.pattern.text, Paths.invitation.pattern.text, Paths.passwordReset.pattern.text,
        Paths.unsubscribe.pattern.text,
    ]

    /// Bodies larger than this are uploads: their session is checked in the database before reading them.
    static let uploadThreshold = 1 << 20

    /// The refusal, if any; over HTTPS it carries HSTS like every other answer (it never meets the
    /// router's `TransportSecurity`).
    func admit(_ admission: Admission) -> Response? {
        guard var refusal = decide(admission) else { return nil }
        if admission.scheme == .https, !refusal.headers.contains("Strict-Transport-Security") {
            refusal.headers.add("Strict-Transport-Security", TransportSecurity.strictTransportSecurity)
        }
        return refusal
    }

    private func decide(_ admission: Admission) -> Response? {
        let head = admission.head
        // No route (404, 405): nothing to protect; the parser's own checks apply as for any request.
        guard head.method.changesState, admission.match.isRoute,
              let pattern = admission.match.pattern
        else { return nil }
        let messages = localization.messages(head.headers["Accept-Language"].flatMap(Language.preferred(acceptLanguage:)) ?? .en)
        if let origin = head.headers["Origin"] {
            guard origin != "null", CSRFProtection.origin(of: origin) == CSRFProtection.origin(of: baseURL.current) else {
                return Self.refusal(.forbidden, messages.t("This form was sent from another site, so it was refused."), messages)
            }
        }
        if let length = admission.declaredLength, length > admission.bodyLimit {
            return Self.refusal(.contentTooLarge, messages.t("What was sent is larger than this page accepts."), messages)
        }
        guard !Self.publicPatterns.contains(pattern) else { return nil }
        let request = Request(head: head)
        guard let token = request.cookies[SessionStore.cookieName] else {
            // What the request would meet after its body: with no token to match, `CSRFProtection`'s 403;
            // with a visitor's form token, the handler's redirect to the sign-in page.
            guard FormToken.expected(for: request) != nil else {
                return Self.refusal(
                    .forbidden, messages.t("This form has expired or was not sent from this site. Go back, reload the page and try again."), messages)
            }
            return Self.signIn
        }
        if admission.bodyLimit > Self.uploadThreshold, admission.declaredLength ?? Int.max > Self.uploadThreshold {
            // A database read that fails is not a reason to buffer 60 MiB: refuse as for no session.
            // A session that expired but is still known (its user's form will be kept, the file refused as
            // "not received") is admitted too; an unknown or ended one is refused as before.
            guard (try? sessions.admitsUpload(token: token)) == true else { return Self.uploadRefused }
        }
        return nil
    }

    /// To the sign-in page, then back to the workspace (the form's content is gone either way).
    private static var signIn: Response {
        .redirect(to: Paths.signIn.href(QueryString([("next", Paths.workspace.href)])))
    }

    /// An upload refused before its body was read: to the sign-in page, which says the file was not received.
    private static var uploadRefused: Response {
        .redirect(to: Paths.signIn.href(QueryString([("next", Paths.workspace.href), ("kept", KeptFormCapture.Outcome.upload.rawValue)])))
    }

    private static func refusal(_ status: HTTPStatus, _ message: String, _ messages: Messages) -> Response {
        // A browser shows it: a page with a title and a way home, not plain text (the stylesheet is versioned
        // by the query only for caching, so the bare path is enough here).
        ServerErrorPages.refusal(status, message: message, messages: messages)
    }
}
