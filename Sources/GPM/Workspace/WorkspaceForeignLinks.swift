import HTTP

// Temporary: replaced by the owning features' `Paths` when their branches are merged.
/// Links from workspace pages to pages of other features (the public city and brief pages, the account,
/// the audit log, user administration, the reporting cycle), whose `Paths` are declared on their own
/// branches. Kept in this one place so the merge replaces them by `Paths.x.href(...)` in one edit.
enum WorkspaceForeignLinks {
    static func city(_ slug: String) -> String { Paths.cities.href + "/" + QueryString.escape(slug) }
    static func publishedBrief(citySlug: String, year: Int) -> String { "/briefs/\(QueryString.escape(citySlug))/\(year)" }
    static func session(_ slug: String) -> String { Paths.sessions.href + "/" + QueryString.escape(slug) }
    static func action(_ slug: String) -> String { "/actions/" + QueryString.escape(slug) }
    static func network(_ slug: String) -> String { Paths.networks.href + "/" + QueryString.escape(slug) }
    static func partnership(_ slug: String) -> String { Paths.partnerships.href + "/" + QueryString.escape(slug) }
    static func caseStudy(_ slug: String) -> String { "/case-studies/" + QueryString.escape(slug) }
    static let account = "/account"
    static let audit = "/admin/audit"
    static func audit(_ query: QueryString) -> String { audit + query.encoded }
    static let users = "/admin/users"
    static let invitations = "/admin/invitations"
    static let reportingCycle = "/workspace/reporting-cycle"
}
