import Foundation
import SQLite
import Testing

@testable import GPM

@Suite("Accounts: sign-in, sessions, sign-out")
struct AccountsSignInTests {
    @Test func signInSucceedsWithAFreshHttpOnlySessionCookie() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", name: "Sam Staff", role: "staff")
        var jar = CookieJar()
        let form = try platform.get("/sign-in", as: jar)
        #expect(form.status == 200)
        #expect(form.text.contains("<h1>Sign in</h1>"))
        jar.absorb(form)
        #expect(jar.cookies["gpm_csrf"] != nil)
        let response = try platform.post(
            "/sign-in", form: [("email", "Staff@GPM.test"), ("password", "correct horse battery"), ("next", "/account")], as: jar)
        #expect(response.status == 303)
        #expect(response.header("Location") == "/account")
        let cookie = try #require(response.headers("Set-Cookie").first { $0.hasPrefix("gpm_session=") })
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Lax"))
        #expect(cookie.contains("Path=/"))
        #expect(!cookie.contains("Secure"))
        jar.absorb(response)
        let token = try #require(jar.cookies["gpm_session"])
        #expect(Base64Check.decodedCount(token) == 32)
        // Only the hash is stored.
        let stored: Int? = try platform.app.database.read { db in
            try db.scalar("SELECT count(*) FROM user_sessions WHERE token_hash = ?", Array(token.utf8))
        }
        #expect(stored == 0)
        let hashed: Int? = try platform.app.database.read { db in
            try db.scalar("SELECT count(*) FROM user_sessions WHERE token_hash = ?", TokenDigest.hash(token: token))
        }
        #expect(hashed == 1)
        let account = try platform.get("/account", as: jar)
        #expect(account.status == 200)
        #expect(account.text.contains("Sam Staff"))
        #expect(account.text.contains("action=\"/sign-out\""))
        #expect(!account.text.contains(">Sign in</a>"))
    }

    @Test func wrongPasswordAndUnknownEmailGetTheSameAnswer() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        var jar = CookieJar()
        jar.absorb(try platform.get("/sign-in", as: jar))
        let wrong = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "not the password at all")], as: jar)
        let unknown = try platform.post("/sign-in", form: [("email", "nobody@gpm.test"), ("password", "not the password at all")], as: jar)
        #expect(wrong.status == 422)
        #expect(unknown.status == 422)
        #expect(wrong.text.contains("do not match an account"))
        #expect(unknown.text.contains("do not match an account"))
        #expect(wrong.headers("Set-Cookie").allSatisfy { !$0.hasPrefix("gpm_session=") })
        #expect(wrong.text.contains("value=\"staff@gpm.test\""))  // the email is kept
        #expect(!wrong.text.contains("not the password at all"))  // the password is not
    }

    @Test func secureCookiesWhenBehindHTTPS() throws {
        let platform = try TestPlatform(configure: { $0.secureCookies = true })
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        var jar = CookieJar()
        jar.absorb(try platform.get("/sign-in", as: jar))
        let response = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery")], as: jar)
        let cookie = try #require(response.headers("Set-Cookie").first { $0.hasPrefix("gpm_session=") })
        #expect(cookie.contains("; Secure"))
    }

    @Test func signInIssuesANewTokenAndDropsAPlantedOne() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let first = try platform.signIn(email: "staff@gpm.test")
        // Signing in again from the same browser rotates the token; the old one stops working.
        var jar = first
        let response = try platform.post("/sign-in", form: [("email", "staff@gpm.test"), ("password", "correct horse battery")], as: jar)
        #expect(response.status == 303)
        jar.absorb(response)
        #expect(jar.cookies["gpm_session"] != first.cookies["gpm_session"])
        #expect(try platform.get("/account", as: first).status == 303)
        #expect(try platform.get("/account", as: jar).status == 200)
    }

    @Test func signOutEndsTheSession() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let jar = try platform.signIn(email: "staff@gpm.test")
        let out = try platform.post("/sign-out", form: [], as: jar)
        #expect(out.status == 303)
        #expect(out.headers("Set-Cookie").contains { $0.hasPrefix("gpm_session=;") && $0.contains("Max-Age=0") })
        let after = try platform.get("/account", as: jar)
        #expect(after.status == 303)
        #expect(after.header("Location") == "/sign-in?next=%2Faccount")
        let count: Int? = try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM user_sessions") }
        #expect(count == 0)
    }

    /// Expiry reads the application's clock (not the system's), so moving it ends a session as a real wait would.
    @Test func sessionsExpireByTheApplicationsClock() throws {
        let platform = try TestPlatform()
        let clock = platform.clock
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let session = try platform.signIn(email: "staff@gpm.test")
        #expect(try platform.get("/account", as: session).status == 200)
        clock.advance(by: TimeInterval(platform.app.configuration.accounts.sessionIdleTimeout + 1))
        #expect(try platform.get("/account", as: session).status == 303)
    }

    @Test func idleAndAbsoluteExpiry() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let idle = try platform.signIn(email: "staff@gpm.test")
        let busy = try platform.signIn(email: "staff@gpm.test")
        let now = platform.clock.epochSeconds()
        let idleHash = Self.hash(idle)
        let busyHash = Self.hash(busy)
        try platform.app.database.write { db in
            // Unused for 2 h 1 min: idle expiry.
            try db.run("UPDATE user_sessions SET last_seen_at = ? WHERE token_hash = ?", now - 7260, idleHash)
            // Seen a moment ago, but signed in 12 h 1 min ago: absolute expiry.
            try db.run("UPDATE user_sessions SET created_at = ?, last_seen_at = ? WHERE token_hash = ?", now - 43260, now - 10, busyHash)
        }
        #expect(try platform.get("/account", as: idle).status == 303)
        #expect(try platform.get("/account", as: busy).status == 303)
        let fresh = try platform.signIn(email: "staff@gpm.test")
        try platform.app.database.write { db in
            try db.run("UPDATE user_sessions SET last_seen_at = ? WHERE token_hash = ?", now - 3600, Self.hash(fresh))
        }
        #expect(try platform.get("/account", as: fresh).status == 200)
        // Using the session refreshed it.
        let seen: Int? = try platform.app.database.read { db in
            try db.scalar("SELECT last_seen_at FROM user_sessions WHERE token_hash = ?", Self.hash(fresh))
        }
        #expect((seen ?? 0) >= now)
    }

    @Test func adminEndsAUsersSessionsAndDeactivatedUsersAreSignedOut() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let staffID = try platform.createUser(email: "staff@gpm.test", role: "staff")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let staff = try platform.signIn(email: "staff@gpm.test")
        #expect(try platform.post("/admin/users/\(staffID)/end-sessions", form: [], as: admin).status == 303)
        #expect(try platform.get("/account", as: staff).status == 303)
        let again = try platform.signIn(email: "staff@gpm.test")
        #expect(try platform.post("/admin/users/\(staffID)/active", form: [("active", "0")], as: admin).status == 303)
        #expect(try platform.get("/account", as: again).status == 303)
        #expect(throws: SignInFailed.self) { try platform.signIn(email: "staff@gpm.test") }
    }

    @Test func firstStartCreatesAnAdminWhoMustChangeThePassword() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let password = try #require(platform.app.initialAdminPassword)
        var jar = try platform.signIn(email: "admin@gpm.local", password: password)
        // Any workspace page leads to the password change first.
        let users = try platform.get("/admin/users", as: jar)
        #expect(users.status == 303)
        #expect(users.header("Location") == "/account")
        let account = try platform.get("/account", as: jar)
        #expect(account.text.contains("choose a new password"))
        let short = try platform.post("/account/password", form: [("current", password), ("password", "short"), ("confirm", "short")], as: jar)
        #expect(short.status == 422)
        #expect(short.text.contains("at least 12 characters"))
        let changed = try platform.post(
            "/account/password", form: [("current", password), ("password", "a much better passphrase"), ("confirm", "a much better passphrase")],
            as: jar)
        #expect(changed.status == 303)
        jar.absorb(changed)  // the change rotates the session token
        #expect(try platform.get("/admin/users", as: jar).status == 200)
        #expect(throws: SignInFailed.self) { try platform.signIn(email: "admin@gpm.local", password: password) }
        _ = try platform.signIn(email: "admin@gpm.local", password: "a much better passphrase")
        // A second start of the same database creates nobody.
        #expect(try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM users") as Int? } == 1)
    }

    static func hash(_ jar: CookieJar) -> [UInt8] { TokenDigest.hash(token: jar.cookies["gpm_session"] ?? "") }
}

enum Base64Check {
    static func decodedCount(_ base64url: String) -> Int? {
        var text = base64url.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text)?.count
    }
}
