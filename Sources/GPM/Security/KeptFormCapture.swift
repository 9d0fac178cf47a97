import HTTP

/// Keeps a form posted after its session expired instead of losing it: for the routes that opt in
/// (`page` names the page a post belongs to), a post whose cookie names an expired session is not
/// handled; its text fields are kept for that session's user (`KeptFormService`), any file is dropped,
/// and the browser goes to the sign-in page, which says so, and then back to the page with
/// `?kept=1`, where the form is shown pre-filled with "We kept what you typed; review and save".
/// Nothing is saved by itself.
///
/// Innermost middleware, after `CSRFProtection`: only a post with this session's own form token is kept.
/// One indexed read per post to an opted-in route; every other request passes untouched.
struct KeptFormCapture: Middleware {
    let keptForms: KeptFormService
    /// The page (a local path) a post to this route comes from, or nil when the route does not keep forms.
    let page: @Sendable (Request) -> String?

    /// What the sign-in page's `kept` parameter says.
    enum Outcome: String {
        /// The text was kept.
        case text
        /// The text was kept; the files were not received.
        case files
        /// An upload refused before its body was read: the file was not received, nothing was kept.
        case upload
    }

    func respond(to request: Request, next: Handler) throws -> Response {
        guard request.method == .post, let page = page(request), let token = request.cookies[SessionStore.cookieName],
              let userID = try keptForms.expiredSessionUser(token: token)
        else { return try next(request) }
        let form = try Self.form(of: request, page: page)
        try keptForms.keep(form, for: userID)
        let back = page + QueryString([("kept", "1")]).encoded
        let outcome: Outcome = form.filesDropped ? .files : .text
        return .redirect(to: Paths.signIn.href(QueryString([("next", back), ("kept", outcome.rawValue)])))
    }

    /// The text fields of a url-encoded or multipart post (`_csrf` left out) and whether it carried a file.
    static func form(of request: Request, page: String) throws -> KeptForm {
        let type = request.headers["Content-Type"]?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data") {
            let multipart = try request.multipartForm(limits: AttachmentPolicy.draftFormLimits)
            return KeptForm(
                path: page,
                fields: multipart.fields.filter { $0.name != FormToken.fieldName }.map { KeptForm.FormField(name: $0.name, value: $0.value) },
                filesDropped: !multipart.files(named: "file").isEmpty)
        }
        let fields = try request.formFields()
        return KeptForm(
            path: page, fields: fields.filter { $0.name != FormToken.fieldName }.map { KeptForm.FormField(name: $0.name, value: $0.value) },
            filesDropped: false)
    }
}
