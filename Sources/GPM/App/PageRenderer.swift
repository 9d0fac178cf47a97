import HTTP
import Mustache

/// The main navigation's sections; a page names the one it belongs to so the layout marks it.
enum NavSection: String, Sendable, CaseIterable {
    case cities, networks, sessions, partnerships, practices, data
}

/// Renders a page template inside the layout, adding what every page needs: the site's base URL
/// for the canonical link, the asset version and the current navigation section.
struct PageRenderer: Sendable {
    let templates: TemplateLibrary
    let baseURL: BaseURL
    /// Appended to asset URLs (`/css/site.css?v=…`) so a new release is not hidden by caches.
    let assetVersion: String
    /// The layout's links and each navigation state, encoded once: they are the same on every page.
    /// One set per language: public links carry the language's prefix.
    private let links: PerLanguage<MustacheValue>
    private let navigation: [NavSection?: MustacheValue]
    /// The signed-in user's unread notifications for the header (one query per page, only for a signed-in
    /// user; never cached, since a page for a signed-in user is not). Nil: none shown.
    let unreadCount: (@Sendable (User) throws -> Int)?
    let localization: Localization
    /// The help address and the demo notice of the layout (`SiteSettingsService.siteInfo`, cached). Nil:
    /// `SiteInfo.fallback`.
    let siteInfo: (@Sendable () throws -> SiteInfo)?

    init(
        templates: TemplateLibrary, baseURL: BaseURL, assetVersion: String, localization: Localization = .englishOnly,
        unreadCount: (@Sendable (User) throws -> Int)? = nil, siteInfo: (@Sendable () throws -> SiteInfo)? = nil
    ) {
        self.siteInfo = siteInfo
        self.templates = templates
        self.baseURL = baseURL
        self.assetVersion = assetVersion
        self.localization = localization
        self.unreadCount = unreadCount
        do {
            links = try PerLanguage { language in
                let context = RequestLanguage(language: language, scope: .public, basePath: "/", query: "", offer: nil)
                return try RequestLanguage.$current.withValue(context) {
                    try MustacheEncoder.encode(LayoutView.Links(assetVersion: assetVersion))
                }
            }
            var navigation: [NavSection?: MustacheValue] = [nil: try MustacheEncoder.encode(LayoutView.Navigation(nil))]
            for section in NavSection.allCases { navigation[section] = try MustacheEncoder.encode(LayoutView.Navigation(section)) }
            self.navigation = navigation
        } catch {
            // Structs of strings and flags cannot fail to encode; a failure here is a programming error.
            preconditionFailure("the layout's view model does not encode: \(error)")
        }
    }

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
        var full: MustacheRecord
        switch try MustacheEncoder.encode(view) {
        case .record(let record): full = record
        case .dictionary(let members): full = MustacheRecord(names: Array(members.keys), values: Array(members.values))
        default: preconditionFailure("a page's view model must encode as a keyed container: \(type(of: view))")
        }
        let signedIn = user ?? SignedInContext.current
        let currentUser = try signedIn.map { user in
            let role = user.user.role
            let unread = try unreadCount?(user.user) ?? 0
            return try MustacheEncoder.encode(LayoutView.CurrentUser(
                name: user.user.name, email: user.user.email, csrf: user.csrfToken, isAdmin: role == .admin,
                isSecretariat: role == .admin || role == .staff, isCityOffice: role == .cityOffice,
                unread: unread, hasUnread: unread > 0))
        }
        // The page's own names win (a page may, say, set its own `csrf`).
        for (name, value) in try layoutMembers(path: path, nav: nav, currentUser: currentUser ?? .null, status: status) where full[name] == nil {
            full.append(name, value)
        }
        if let signedIn, full["csrf"] == nil { full.append("csrf", .string(signedIn.csrfToken)) }
        let body = try templates.renderBytes(template, .record(full))
        var response = Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: body)
        // A page rendered for a signed-in user (their name, a form token, maybe a draft) is not kept on disk,
        // so the back button after signing out on a shared computer shows nothing of it.
        response.headers.add("Cache-Control", signedIn == nil ? "no-cache" : "private, no-store")
        return response
    }

    /// `LayoutView`'s names, assembled from the parts encoded once at start rather than encoded on every
    /// request (`FastViewTests` checks they equal the encoded `LayoutView`).
    func layoutMembers(path: String, nav: NavSection?, currentUser: MustacheValue, status: HTTPStatus = .ok) throws -> [(String, MustacheValue)] {
        let context = RequestLanguage.current
        let base = baseURL.current
        return [
            ("site", .dictionary(["baseURL": .string(base), "assetVersion": .string(assetVersion)])),
            ("canonicalPath", .string(path)), ("nav", navigation[nav] ?? .null), ("currentUser", currentUser),
            ("links", links[context.language]),
            ("pageLanguage", try MustacheEncoder.encode(LanguageView(
                context, baseURL: base, localization: localization, isFound: status.code < 400, isSignedIn: currentUser != .null))),
            ("titleError", .bool(LayoutView.isRefusal(status))),
            ("siteInfo", try MustacheEncoder.encode(try siteInfo?() ?? .fallback)),
        ]
    }
}
