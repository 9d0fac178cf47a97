extension Paths {
    /// The site's settings (the help and contact address), for admins.
    static let adminSettings = Path("/admin/settings", query: ["saved"])
}
