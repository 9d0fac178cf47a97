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
}
