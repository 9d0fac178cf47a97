/// Which language rule a route follows, decided from its pattern in this one place:
///
/// - **public** pages (`/`, `/cities/:slug`, …) are served in all three languages, English at the root and
///   the others under `/fr/…` and `/es/…`: the URL says the language, so a page can be shared and cached in
///   it; every link `PathPattern.href` writes on such a page keeps the prefix;
/// - **personal** pages (the workspace, administration, account, sign-in and the token pages) are never
///   prefixed: they follow the signed-in user's preference (`users.language`), English otherwise;
/// - **neutral** resources (open-data files, the feed, assets, attachments, health checks) are one
///   representation for everyone: their field names and structure never change with a language.
enum LanguageScope: Sendable, Equatable {
    case `public`, personal, neutral

    /// First path segments of the personal area.
    static let personalRoots: Set<String> = ["workspace", "admin", "account", "sign-in", "sign-out", "invitations", "password-reset"]
    /// First path segments of resources that are not pages.
    static let neutralRoots: Set<String> = ["css", "img", "js", "fonts", "attachments", "healthz", "plaintext"]

    init(pattern: String) {
        let segments = pattern.split(separator: "/")
        if let last = segments.last, last.contains(".") || last.hasPrefix("*") {
            self = .neutral  // a file: /cities.csv, /feed.atom, /css/site.css, a wildcard of static files
        } else if let first = segments.first, Self.personalRoots.contains(String(first)) {
            self = .personal
        } else if let first = segments.first, Self.neutralRoots.contains(String(first)) {
            self = .neutral
        } else {
            self = .public
        }
    }
}
