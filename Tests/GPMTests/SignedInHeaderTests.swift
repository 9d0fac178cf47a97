import Testing

/// A signed-in user sees their name and workspace link on public pages too, and never someone
/// else's cached page.
@Suite("Signed-in header on public pages")
struct SignedInHeaderTests {
    @Test func publicPagesShowTheSignedInUser() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "clerk@gpm.example", name: "Ada Clerk", role: "staff")
        // A visitor's view of the page is cached first; the signed-in request must not get it.
        let anonymous = try platform.get("/cities")
        #expect(anonymous.text.contains("Sign in"))
        #expect(!anonymous.text.contains("Ada Clerk"))

        let jar = try platform.signIn(email: "clerk@gpm.example")
        for path in ["/cities", "/", "/no-such-page"] {
            let page = try platform.get(path, as: jar)
            #expect(page.text.contains("Ada Clerk"), "header on \(path)")
        }
        let again = try platform.get("/cities")
        #expect(!again.text.contains("Ada Clerk"))
    }

    /// A session lookup that fails (here: its table is gone) is an error page, not a page rendered as for a
    /// visitor (the user would look signed out, and a public page could be served from the visitors' cache).
    @Test func aFailedSessionLookupAnswersTheErrorPage() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "clerk@gpm.example", name: "Ada Clerk", role: "staff")
        let jar = try platform.signIn(email: "clerk@gpm.example")
        #expect(try platform.get("/", as: jar).text.contains("Ada Clerk"))
        #expect(try platform.get("/").status == 200)

        try platform.app.database.write { db in try db.run("ALTER TABLE user_sessions RENAME TO user_sessions_gone") }
        for path in ["/", "/no-such-page"] {
            let page = try platform.get(path, as: jar)
            #expect(page.status == 500, "\(path)")
            #expect(page.text.contains("Something went wrong"), "\(path)")
        }
        // Without a session cookie nothing is looked up: visitors are served as before.
        #expect(try platform.get("/").status == 200)
    }
}
