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
        _ context: [String: MustacheValue], status: HTTPStatus = .ok, user: SignedIn? = nil
    ) throws -> Response {
        var full = context
        let signedIn = user ?? SignedInContext.current
        if let user = signedIn {
            let role = user.user.role
            full["currentUser"] = [
                "name": .string(user.user.name), "email": .string(user.user.email), "csrf": .string(user.csrfToken),
                "isAdmin": .bool(role == .admin), "isSecretariat": .bool(role == .admin || role == .staff),
                "isCityOffice": .bool(role == .cityOffice),
            ]
            if full["csrf"] == nil { full["csrf"] = .string(user.csrfToken) }
        }
        full["site"] = ["baseURL": .string(baseURL.current), "assetVersion": .string(assetVersion)]
        full["canonicalPath"] = .string(path)
        if let nav { full["nav"] = [nav.rawValue: true] }
        let body = try templates.renderBytes(template, .dictionary(full))
        var response = Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: body)
        // A page rendered for a signed-in user (their name, a form token, maybe a draft) is not kept on disk,
        // so the back button after signing out on a shared computer shows nothing of it.
        response.headers.add("Cache-Control", signedIn == nil ? "no-cache" : "private, no-store")
        return response
    }
}
