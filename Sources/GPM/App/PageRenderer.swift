import HTTP
import Mustache

/// The main navigation's sections; a page names the one it belongs to so the layout marks it.
enum NavSection: String, Sendable {
    case cities, networks, sessions, partnerships, practices, data
}

/// Renders a page template inside the layout, adding what every page needs: the site's base URL
/// for the canonical link, the asset version and the current navigation section.
struct PageRenderer: Sendable {
    let templates: TemplateLibrary
    let baseURL: BaseURL
    /// Appended to asset URLs (`/css/site.css?v=…`) so a new release is not hidden by caches.
    let assetVersion: String

    /// - Parameters:
    ///   - template: a name in `Templates/`, e.g. `pages/cities/index`.
    ///   - path: the page's canonical path (with the query that identifies it, if any).
    ///   - user: who is signed in (by default, whoever `SignedInContext` found for this request): the
    ///     header then shows their name, the workspace and sign-out, and the context gets `csrf` for the
    ///     page's forms.
    func page(
        _ template: String, path: String, nav: NavSection? = nil,
        _ view: some Encodable, status: HTTPStatus = .ok, user: SignedIn? = nil
    ) throws -> Response {
        guard case .dictionary(var full) = try MustacheEncoder.encode(view) else {
            preconditionFailure("a page's view model must encode as a keyed container: \(type(of: view))")
        }
        let signedIn = user ?? SignedInContext.current
        let currentUser = signedIn.map { user in
            let role = user.user.role
            return LayoutView.CurrentUser(
                name: user.user.name, email: user.user.email, csrf: user.csrfToken, isAdmin: role == .admin,
                isSecretariat: role == .admin || role == .staff, isCityOffice: role == .cityOffice)
        }
        let layout = LayoutView(
            site: LayoutView.Site(baseURL: baseURL.current, assetVersion: assetVersion), canonicalPath: path,
            nav: LayoutView.Navigation(nav), currentUser: currentUser, links: LayoutView.Links(assetVersion: assetVersion))
        if case .dictionary(let members) = try MustacheEncoder.encode(layout) {
            // The page's own names win: a page may, say, set its own `csrf`.
            full.merge(members) { page, _ in page }
        }
        if let signedIn, full["csrf"] == nil { full["csrf"] = .string(signedIn.csrfToken) }
        let body = try templates.renderBytes(template, .dictionary(full))
        var response = Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: body)
        // A page rendered for a signed-in user (their name, a form token, maybe a draft) is not kept on disk,
        // so the back button after signing out on a shared computer shows nothing of it.
        response.headers.add("Cache-Control", signedIn == nil ? "no-cache" : "private, no-store")
        return response
    }
}
