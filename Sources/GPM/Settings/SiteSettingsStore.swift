import SQLite

/// The `site_settings` rows, and whether the registry holds demo rows (the site-wide notice).
struct SiteSettingsStore {
    let db: Connection

    /// The help and contact address; the migration's default if the row is gone.
    func helpEmail() throws -> String {
        try db.queryOne("SELECT value FROM site_settings WHERE key = 'help_email'")?.string("value") ?? SiteInfo.defaultHelpEmail
    }

    func setHelpEmail(_ email: String) throws {
        try db.run(
            "INSERT INTO site_settings (key, value) VALUES ('help_email', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            email)
    }

    /// True when the registry holds invented demonstration rows (a city, a membership, a commitment or a
    /// brief marked `is_demo`): the layout then says so once, instead of a badge on every row.
    func showsDemoData() throws -> Bool {
        try db.queryOne(
            """
            SELECT (EXISTS (SELECT 1 FROM cities WHERE is_demo = 1 OR membership_is_demo = 1)
                 OR EXISTS (SELECT 1 FROM commitments WHERE is_demo = 1)
                 OR EXISTS (SELECT 1 FROM mayor_briefs WHERE is_demo = 1)) AS demo
            """)?.int("demo") == 1
    }
}
