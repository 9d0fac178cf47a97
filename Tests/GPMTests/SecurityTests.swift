import Foundation
import SQLite
import Testing
@testable import GPM

@Suite("Security: CSRF, origin, throttling, authorization, escaping")
struct SecurityTests {
    static func invitationCount(_ platform: TestPlatform) throws -> Int {
        try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM invitations") ?? 0 }
    }

    @Test func postWithoutOrWithWrongCSRFTokenIsRefusedAndChangesNothing() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let form = [("email", "new@gpm.test"), ("role", "staff")]
        let missing = try platform.post("/admin/invitations", form: form, as: admin, csrf: false)
        #expect(missing.status == 403)
        #expect(missing.text.contains("Not allowed"))
        let wrong = try platform.post("/admin/invitations", form: [("_csrf", "forged-token-forged-token-forged-token")] + form, as: admin)
        #expect(wrong.status == 403)
        // Another user's valid token does not work for this session either.
        try platform.createUser(email: "admin2@gpm.test", role: "admin")
        let other = try platform.signIn(email: "admin2@gpm.test")
        let crossed = try platform.post("/admin/invitations", form: [("_csrf", other.csrf!)] + form, as: admin)
        #expect(crossed.status == 403)
        #expect(try Self.invitationCount(platform) == 0)
        let right = try platform.post("/admin/invitations", form: form, as: admin)
        #expect(right.status == 200)
        #expect(try Self.invitationCount(platform) == 1)
    }

    @Test func postFromAnotherOriginIsRefused() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let form = [("email", "new@gpm.test"), ("role", "staff")]
        let evil = try platform.post("/admin/invitations", form: form, as: admin, origin: "https://evil.example")
        #expect(evil.status == 403)
        #expect(evil.text.contains("another site"))
        let otherPort = try platform.post("/admin/invitations", form: form, as: admin, origin: "http://127.0.0.1:1")
        #expect(otherPort.status == 403)
        let referer = try platform.post(
            "/admin/invitations", form: [("_csrf", admin.csrf!)] + form,
            headers: admin.cookieHeader + [("Referer", "https://evil.example/page")])
        #expect(referer.status == 403)
        #expect(try Self.invitationCount(platform) == 0)
    }

    @Test func signInFormNeedsItsPreSessionToken() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let noCookie = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery")], as: CookieJar())
        #expect(noCookie.status == 403)
        var jar = CookieJar()
        jar.absorb(try platform.get("/sign-in", as: jar))
        let forged = try platform.post(
            "/sign-in", form: [("_csrf", "x"), ("email", "staff@gpm.test"), ("password", "correct horse battery")], as: jar)
        #expect(forged.status == 403)
        #expect(forged.headers("Set-Cookie").allSatisfy { !$0.hasPrefix("gpm_session=") })
    }

    @Test func repeatedFailuresForOneAccountFromOneClientAreSlowedDown() throws {
        let platform = try TestPlatform()
        let clock = platform.clock
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        var jar = CookieJar()
        jar.absorb(try platform.get("/sign-in", as: jar))
        for _ in 0..<5 {
            let response = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "wrong password guess")], as: jar)
            #expect(response.status == 422)
        }
        // The 6th attempt from this client waits a second, even with the right password.
        let refused = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery")], as: jar)
        #expect(refused.status == 429)
        #expect(refused.text.contains("Too many sign-in attempts"))
        #expect(refused.text.contains("please wait 1 second before trying again"))
        #expect(refused.header("Retry-After") == "1")
        #expect(refused.headers("Set-Cookie").allSatisfy { !$0.hasPrefix("gpm_session=") })
        // Once the wait is over, the real user gets in.
        clock.advance(by: 1)
        _ = try platform.signIn(email: "staff@gpm.test")
    }

    @Test func repeatedFailuresFromOneClientAreSlowedDown() throws {
        let platform = try TestPlatform(configure: { $0.accounts.failuresBeforeDelayPerClient = 3 })
        let clock = platform.clock
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        var jar = CookieJar()
        jar.absorb(try platform.get("/sign-in", as: jar))
        for index in 0..<3 {
            let response = try platform.post("/sign-in", form: [("email", "guess\(index)@gpm.test"), ("password", "wrong password guess")], as: jar)
            #expect(response.status == 422)
        }
        let refused = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery")], as: jar)
        #expect(refused.status == 429)
        #expect(refused.header("Retry-After") == "1")
    }

    /// Every route this feature adds, for every kind of caller.
    @Test func authorizationMatrix() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let lyon: Int = try #require(try platform.app.database.read { db in try db.scalar("SELECT id FROM cities ORDER BY id LIMIT 1") })
        let slug: String = try #require(try platform.app.database.read { db in try db.scalar("SELECT slug FROM cities WHERE id = ?", lyon) })
        let adminID = try platform.createUser(email: "admin@gpm.test", role: "admin")
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        try platform.createUser(email: "office@gpm.test", role: "city_office", city: slug)
        let jars: [String: CookieJar] = [
            "visitor": CookieJar(), "admin": try platform.signIn(email: "admin@gpm.test"),
            "staff": try platform.signIn(email: "staff@gpm.test"), "city_office": try platform.signIn(email: "office@gpm.test"),
        ]
        // route → who gets 200 (the rest of the signed-in get 403; visitors are sent to sign in)
        let pages: [(String, Set<String>)] = [
            ("/account", ["admin", "staff", "city_office"]),
            ("/admin/users", ["admin"]), ("/admin/users/\(adminID)", ["admin"]), ("/admin/invitations", ["admin"]),
            ("/admin/audit", ["admin", "staff"]),
        ]
        for (path, allowed) in pages {
            for (who, jar) in jars {
                let response = try platform.get(path, as: jar)
                if who == "visitor" {
                    #expect(response.status == 303, "\(who) \(path)")
                    #expect(response.header("Location")?.hasPrefix("/sign-in?next=") == true)
                } else {
                    #expect(response.status == (allowed.contains(who) ? 200 : 403), "\(who) \(path)")
                }
            }
        }
        let posts: [String] = [
            "/admin/invitations", "/admin/users/\(adminID)/role", "/admin/users/\(adminID)/active", "/admin/users/\(adminID)/end-sessions",
            "/admin/users/\(adminID)/reset-link", "/admin/invitations/1/revoke",
        ]
        for path in posts {
            for who in ["staff", "city_office"] {
                #expect(try platform.post(path, form: [("role", "staff"), ("active", "0")], as: jars[who]!).status == 403, "\(who) \(path)")
            }
        }
        #expect(
            try platform.app.database.read { db in
                try db.scalar("SELECT count(*) FROM users WHERE id = ? AND role = 'admin' AND is_active = 1", adminID) as Int?
            } == 1)
        #expect(try Self.invitationCount(platform) == 0)
        // The workspace start page is the secretariat's dashboard; a city office is sent to its city's workspace.
        #expect(try platform.get("/workspace", as: jars["visitor"]!).header("Location") == "/sign-in?next=%2Fworkspace")
        #expect(try platform.get("/workspace", as: jars["city_office"]!).header("Location") == "/workspace/city")
        #expect(try platform.get("/workspace", as: jars["staff"]!).status == 200)
        // The workspace links follow the policy too.
        #expect(try platform.get("/workspace", as: jars["admin"]!).text.contains("href=\"/admin/users\""))
        #expect(!(try platform.get("/workspace", as: jars["staff"]!).text.contains("href=\"/admin/users\"")))
        #expect(try platform.get("/workspace", as: jars["staff"]!).text.contains("href=\"/admin/audit\""))
    }

    @Test func signInRedirectOnlyGoesToLocalPaths() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        for next in ["https://evil.example/", "//evil.example/", "/\\evil.example"] {
            var jar = CookieJar()
            jar.absorb(try platform.get("/sign-in", as: jar))
            let response = try platform.post(
                "/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery"), ("next", next)], as: jar)
            #expect(response.header("Location") == "/workspace")
        }
    }

    @Test func namesWithMarkupComeBackEscapedAndSQLLookingInputIsStoredVerbatim() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let xss = "<script>alert('x')</script> & \"quoted\""
        let sqlish = "Robert'); DROP TABLE users;--"
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        try platform.createUser(email: "x@gpm.test", name: xss, role: "staff")
        try platform.createUser(email: "y@gpm.test", name: sqlish, role: "staff")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let list = try platform.get("/admin/users", as: admin).text
        #expect(!list.contains("<script>alert"))
        #expect(list.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        #expect(list.contains("Robert&#39;); DROP TABLE users;--"))
        let names: [String] = try platform.app.database.read { db in try db.query("SELECT name FROM users ORDER BY id").map { try $0.string("name") }
        }
        #expect(names.contains(xss))
        #expect(names.contains(sqlish))
        // Echoed form input is escaped too.
        let invite = try platform.post("/admin/invitations", form: [("email", "\"><script>x</script>"), ("role", "staff")], as: admin)
        #expect(invite.status == 422)
        #expect(!invite.text.contains("<script>x</script>"))
        // The header shows the signed-in user's name escaped.
        let xssJar = try platform.signIn(email: "x@gpm.test")
        let page = try platform.get("/account", as: xssJar).text
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("site-account__name\">&lt;script&gt;"))
    }

    @Test func securityHeadersOnAccountPages() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let response = try platform.get("/sign-in")
        #expect(response.header("Content-Security-Policy")?.contains("script-src 'self'") == true)
        #expect(response.header("X-Content-Type-Options") == "nosniff")
        #expect(response.header("Referrer-Policy") != nil)
        #expect(!response.text.contains("<script"))
    }
}
