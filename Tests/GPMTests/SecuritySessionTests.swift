import Foundation
import SQLite
import Testing

@testable import GPM

/// Sessions over real HTTP: a planted cookie is never adopted, the token changes at sign-in and at a password
/// change, sign-out and deactivation end it on the server at once, the cookie's flags, and `next` never leaves
/// the site; a form page with a visitor's own token is never cached for the next visitor.
@Suite("Security: sessions, redirects and per-visitor pages")
struct SecuritySessionTests {
    static func sessionCount(_ platform: TestPlatform) throws -> Int {
        try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM user_sessions") ?? 0 }
    }

    @Test func aPlantedSessionCookieIsNeverAdoptedAndSignInIssuesANewToken() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        // An attacker's chosen token, and a real token of the attacker's own session: neither survives sign-in.
        try platform.createUser(email: "attacker@gpm.test", role: "staff")
        let attacker = try platform.signIn(email: "attacker@gpm.test")
        for planted in ["attacker-chosen-token-aaaaaaaaaaaaaaaaaaaaaaa", attacker.cookies["gpm_session"]!] {
            var jar = CookieJar()
            jar.cookies["gpm_session"] = planted
            jar.absorb(try platform.get("/sign-in", as: jar))
            // With a live planted session the sign-in page redirects; a form posted anyway carries that session's token.
            if jar.csrf == nil { jar.csrf = FormToken.derived(fromSession: planted) }
            let signedIn = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery")], as: jar)
            #expect(signedIn.status == 303)
            jar.absorb(signedIn)
            let issued = try #require(jar.cookies["gpm_session"])
            #expect(issued != planted)
            // The planted token names nobody afterwards (the attacker's own session was replaced too).
            var plantedJar = CookieJar()
            plantedJar.cookies["gpm_session"] = planted
            #expect(try platform.get("/account", as: plantedJar).status == 303)
            #expect(try platform.get("/account", as: jar).text.contains("staff@gpm.test"))
        }
    }

    @Test func theCookieIsHttpOnlySameSiteAndSecureBehindHTTPS() throws {
        for secure in [false, true] {
            let platform = try TestPlatform { $0.secureCookies = secure }
            defer { platform.stop() }
            try platform.createUser(email: "staff@gpm.test", role: "staff")
            var jar = CookieJar()
            jar.absorb(try platform.get("/sign-in", as: jar))
            let response = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery")], as: jar)
            let cookie = try #require(response.headers("Set-Cookie").first { $0.hasPrefix("gpm_session=") })
            #expect(cookie.contains("; HttpOnly"))
            #expect(cookie.contains("; SameSite=Lax"))
            #expect(cookie.contains("; Path=/"))
            #expect(cookie.contains("; Secure") == secure)
            let token = String(cookie.dropFirst("gpm_session=".count).prefix { $0 != ";" })
            #expect(Base64Check.decodedCount(token) == 32)  // 256 bits
        }
    }

    @Test func aPasswordChangeRotatesTheSessionAndEndsEveryOther() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        var jar = try platform.signIn(email: "staff@gpm.test")
        let elsewhere = try platform.signIn(email: "staff@gpm.test")
        let old = try #require(jar.cookies["gpm_session"])
        let changed = try platform.post(
            "/account/password", form: [("current", "correct horse battery"), ("password", "an entirely new passphrase"),
                                        ("confirm", "an entirely new passphrase")], as: jar)
        #expect(changed.status == 303)
        jar.absorb(changed)
        let new = try #require(jar.cookies["gpm_session"])
        #expect(new != old)
        #expect(try platform.get("/account", as: jar).status == 200)
        var stale = CookieJar()
        stale.cookies["gpm_session"] = old
        #expect(try platform.get("/account", as: stale).status == 303)
        #expect(try platform.get("/account", as: elsewhere).status == 303)
        #expect(try Self.sessionCount(platform) == 1)
    }

    @Test func signOutEndsTheSessionOnTheServer() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let jar = try platform.signIn(email: "staff@gpm.test")
        #expect(try Self.sessionCount(platform) == 1)
        let out = try platform.post("/sign-out", form: [], as: jar)
        #expect(out.status == 303)
        #expect(out.headers("Set-Cookie").contains { $0.hasPrefix("gpm_session=;") && $0.contains("Max-Age=0") })
        // Replaying the old cookie (as a copy of it would) finds nothing.
        #expect(try platform.get("/workspace", as: jar).status == 303)
        #expect(try Self.sessionCount(platform) == 0)
    }

    @Test func aDeactivatedUsersSessionStopsAtOnce() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let userID = try platform.createUser(email: "office@barcelona.test", role: "city_office", city: "barcelona")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let office = try platform.signIn(email: "office@barcelona.test")
        #expect(try platform.get("/workspace/briefs", as: office).status == 200)
        #expect(try platform.post("/admin/users/\(userID)/active", form: [("active", "0")], as: admin).status == 303)
        #expect(try platform.get("/workspace/briefs", as: office).status == 303)
        let briefs = { try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM mayor_briefs") as Int? } }
        let before = try briefs()
        let post = try platform.post("/workspace/briefs/new", form: [("start", "empty")], as: office)
        #expect(post.header("Location")?.hasPrefix("/sign-in") == true)
        #expect(try briefs() == before)
        // Even a session row left behind (e.g. written by another process) is refused for an inactive user.
        try platform.app.database.write { db in
            _ = try SessionStore(db: db).create(userID: userID, remoteAddress: "127.0.0.1", now: platform.app.configuration.clock.epochSeconds())
        }
        #expect(throws: SignInFailed.self) { try platform.signIn(email: "office@barcelona.test") }
    }

    @Test(arguments: [
        "https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example",
        "\\/evil.example", " //evil.example", "/ /evil.example", "javascript:alert(1)", "http:/evil.example", "/\u{0B}/evil.example",
    ])
    func nextNeverLeavesTheSite(next: String) throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        var jar = CookieJar()
        let page = try platform.get("/sign-in?next=" + TestClient.formEscape(next), as: jar)
        #expect(!page.text.contains("evil.example"))
        jar.absorb(page)
        let response = try platform.post(
            "/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery"), ("next", next)], as: jar)
        #expect(response.header("Location") == "/workspace")
        jar.absorb(response)
        // Already signed in, the sign-in page redirects at once: the same rule.
        #expect(try platform.get("/sign-in?next=" + TestClient.formEscape(next), as: jar).header("Location") == "/workspace")
    }

    @Test func aLocalNextIsKept() throws {
        #expect(LocalRedirect.target("/workspace/cities?sort=name&q=a%20b") == "/workspace/cities?sort=name&q=a%20b")
        #expect(LocalRedirect.target("/admin/users/3") == "/admin/users/3")
    }

    /// The sign-in page of a visitor who already has a form cookie carries that visitor's token and no
    /// `Set-Cookie`; the public page cache must not hand it to the next visitor, whose sign-in would fail.
    @Test func aFormPageWithAVisitorsOwnTokenIsNotCachedForTheNext() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        var first = CookieJar()
        first.absorb(try platform.get("/sign-in", as: first))
        let again = try platform.get("/sign-in", as: first)
        #expect(again.header("Cache-Control")?.contains("no-store") == true)
        var second = CookieJar()
        let page = try platform.get("/sign-in", as: second)
        second.absorb(page)
        #expect(second.cookies["gpm_csrf"] != nil)
        #expect(second.csrf == second.cookies["gpm_csrf"])
        #expect(second.csrf != first.csrf)
        let signedIn = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery")], as: second)
        #expect(signedIn.status == 303)
    }

    @Test func signedInPagesAreNotStoredByTheBrowser() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let jar = try platform.signIn(email: "staff@gpm.test")
        for path in ["/workspace", "/account", "/workspace/cities", "/cities"] {
            #expect(try platform.get(path, as: jar).header("Cache-Control") == "private, no-store", "\(path)")
        }
        #expect(try platform.get("/cities").header("Cache-Control") != "private, no-store")
    }
}
