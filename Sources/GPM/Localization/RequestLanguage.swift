import HTTP

/// The language of the request being handled, known to everything that writes for it: `PathPattern.href`
/// (which prefixes public links with `/fr` or `/es`), the page renderer (`<html lang>`, the switcher,
/// `hreflang` alternates), the `{{#t}}` template sections and `Messages`. Set around each request by
/// `LanguageNegotiation`; code that writes outside a request (email, later) binds it with
/// `RequestLanguage.$current.withValue(…)`.
struct RequestLanguage: Sendable, Equatable {
    /// What the page is written in.
    let language: Language
    /// The route's rule (public pages carry the language in the URL).
    let scope: LanguageScope
    /// The path without its language prefix (`/cities` for `/fr/cities`), and the raw query (`?q=x`, or "").
    let basePath: String
    let query: String
    /// On the English home page: a language the reader's `Accept-Language` prefers, offered in a notice.
    let offer: Language?
    /// A GET: the page can be asked for again, so a language switch may come back to it.
    var isGet = true

    /// Outside any request: English, no prefix.
    static let english = RequestLanguage(language: .en, scope: .neutral, basePath: "/", query: "", offer: nil)

    @TaskLocal static var current: RequestLanguage = .english

    /// The prefix `href` adds to a public path (`/fr`), or nil.
    var linkPrefix: String? { language.pathSegment.map { "/" + $0 } }

    /// The same page in `other`: the same path and query under the other prefix.
    func href(in other: Language) -> String {
        let path = other.pathSegment.map { basePath == "/" ? "/\($0)/" : "/\($0)\(basePath)" } ?? basePath
        return path + query
    }
}

/// Decides each request's language and binds it (`RequestLanguage.current`) around the handler:
/// the URL's prefix on public pages (the router stripped it when the head arrived: `RouteMatch.prefix`),
/// the signed-in user's preference on personal pages, English for neutral resources. A prefix on a route
/// that is not public (`/fr/workspace`, `/fr/cities.csv`) is a 404, in the prefix's language. Adds `Content-Language` to pages and
/// `Vary: Accept-Language` to the home page, whose notice depends on it.
struct LanguageNegotiation: Middleware {
    /// The app's 404 page.
    let notFound: Handler
    /// Each route's scope by its position in the router's `patterns` (`RouteMatch.patternIndex`), decided
    /// once at start: working it out from the pattern text on every request cost `/plaintext` a sixth of
    /// its throughput.
    let scopes: [LanguageScope]

    init(patterns: [String], notFound: @escaping Handler) {
        self.notFound = notFound
        scopes = patterns.map(LanguageScope.init(pattern:))
    }

    func respond(to request: Request, next: Handler) throws -> Response {
        let match = request.routeMatch
        let scope = match?.patternIndex.flatMap { $0 < scopes.count ? scopes[$0] : nil }
            ?? match?.pattern.map(LanguageScope.init(pattern:)) ?? .public
        // A neutral resource (a file, /healthz, /plaintext) is the same for everyone and English outside a
        // request already: nothing to bind. Only a prefix on it needs the 404 below.
        if scope == .neutral, match?.prefix == nil { return try next(request) }
        let prefix = match?.prefix.flatMap(Language.init(rawValue:))
        let language: Language
        switch scope {
        case .public: language = prefix ?? .en
        case .personal: language = SignedInContext.current?.user.language ?? .en
        case .neutral: language = .en
        }
        let query = request.target.firstIndex(of: "?").map { String(request.target[$0...]) } ?? ""
        var offer: Language?
        if scope == .public, prefix == nil, match?.pattern == "/", let header = request.headers["Accept-Language"],
           let preferred = Language.preferred(acceptLanguage: header), preferred != .en {
            offer = preferred
        }
        var context = RequestLanguage(
            language: language, scope: scope, basePath: match?.unprefixedPath ?? request.path, query: query, offer: offer)
        context.isGet = request.method == .get || request.method == .head
        if let prefix, scope != .public {
            // The address asked for this language (`/fr/sign-out`): its 404 answers in it, with links that keep it.
            let asked = RequestLanguage(language: prefix, scope: .public, basePath: context.basePath, query: query, offer: nil)
            var response = try RequestLanguage.$current.withValue(asked) { try notFound(request) }
            response.headers.replaceOrAdd("Content-Language", prefix.rawValue)
            return response
        }
        var response = try RequestLanguage.$current.withValue(context) { try next(request) }
        if response.headers["Content-Type"]?.hasPrefix("text/html") == true {
            response.headers.replaceOrAdd("Content-Language", language.rawValue)
        }
        if scope == .public, prefix == nil, match?.pattern == "/" { response.headers.add("Vary", "Accept-Language") }
        return response
    }
}
