import Foundation
import SQLite
import Testing

@Suite("Accounts: invitations and password resets")
struct AccountsInvitationTests {
    static func link(in html: String, _ prefix: String) throws -> String {
        let match = try #require(html.firstMatch(of: /value="http:\/\/127\.0\.0\.1:\d+(\/[a-z-]+\/[A-Za-z0-9_-]+)"/))
        #expect(match.1.hasPrefix(prefix))
        return String(match.1)
    }

    @Test func invitationCreatesACityOfficeAccountOnceAndSignsIn() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let (cityID, cityName): (Int, String) = try platform.app.database.read { db in
            let row = try #require(try db.queryOne("SELECT id, name FROM cities WHERE membership = 'member' ORDER BY id LIMIT 1"))
            return (try row.int("id"), try row.string("name"))
        }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let missingCity = try platform.post("/admin/invitations", form: [("email", "office@city.test"), ("role", "city_office")], as: admin)
        #expect(missingCity.status == 422)
        #expect(missingCity.text.contains("value=\"office@city.test\""))
        let created = try platform.post(
            "/admin/invitations", form: [("email", "office@city.test"), ("role", "city_office"), ("city", String(cityID))], as: admin)
        #expect(created.status == 200)
        let path = try Self.link(in: created.text, "/invitations/")
        let pending = try platform.get("/admin/invitations", as: admin).text
        #expect(pending.contains("office@city.test"))
        #expect(!pending.contains(path))  // shown once only

        var invitee = CookieJar()
        let form = try platform.get(path, as: invitee)
        #expect(form.status == 200)
        #expect(form.text.contains(cityName))
        invitee.absorb(form)
        let weak = try platform.post(path, form: [("name", "Olga Office"), ("password", "short"), ("confirm", "short")], as: invitee)
        #expect(weak.status == 422)
        #expect(weak.text.contains("value=\"Olga Office\""))
        let accepted = try platform.post(
            path, form: [("name", "Olga Office"), ("password", "a long enough secret"), ("confirm", "a long enough secret")], as: invitee)
        #expect(accepted.status == 303)
        #expect(accepted.header("Location") == "/workspace")
        invitee.absorb(accepted)
        // A city office's workspace is its city's page; its account shows the role and the city.
        let workspace = try platform.get("/workspace", as: invitee)
        #expect(workspace.status == 303)
        #expect(workspace.header("Location") == "/workspace/city")
        #expect(try platform.get("/account", as: invitee).text.contains("City office — \(cityName)"))
        // Single use.
        #expect(try platform.get(path).status == 404)
        var other = CookieJar()
        other.absorb(try platform.get("/sign-in", as: other))
        #expect(
            try platform.post(path, form: [("name", "Mallory"), ("password", "another long secret"), ("confirm", "another long secret")], as: other)
                .status == 404)
        _ = try platform.signIn(email: "office@city.test", password: "a long enough secret")
        // Audit: the invitation and the account it created.
        let actions: [String] = try platform.app.database.read { db in
            try db.query("SELECT action || ' ' || entity_type AS a FROM audit_events ORDER BY id").map { try $0.string("a") }
        }
        #expect(actions.contains("create invitation"))
        #expect(actions.filter { $0 == "create user" }.count >= 2)
    }

    /// The role is an explicit choice: no role is pre-selected, and a form sent without one comes back
    /// with what was typed and the message beside the role.
    @Test func invitationRoleIsAnExplicitChoiceWithNoDefault() throws {
        let platform = try TestPlatform(seed: false)
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let form = try platform.get("/admin/invitations", as: admin).text
        let select = try #require(form.firstMatch(of: /<select id="role" name="role"[^>]*>(.*?)<\/select>/))
        #expect(select.0.contains(#"<option value="" selected>Choose a role</option>"#), "the placeholder is selected")
        #expect(select.1.components(separatedBy: " selected").count == 2, "nothing but the placeholder is selected")
        #expect(!select.1.contains(#"value="admin" selected"#))

        let refused = try platform.post("/admin/invitations", form: [("email", "new@gpm.test"), ("role", "")], as: admin)
        #expect(refused.status == 422)
        let html = refused.text
        #expect(html.contains(#"value="new@gpm.test""#), "the email typed is kept")
        #expect(html.contains(#"aria-invalid="true" aria-describedby="role-error""#))
        #expect(html.contains(#"<p class="field-error" id="role-error">Choose a role.</p>"#), "the message is beside the role")
        #expect(!html.contains("email-error") && !html.contains("city-error"), "only the role is refused")
        let kept = try #require(html.firstMatch(of: /<select id="role" name="role"[^>]*>(.*?)<\/select>/))
        #expect(kept.1.contains(#"<option value="" selected>Choose a role</option>"#))
        // Leaving the field out altogether, or sending a role that does not exist, is refused the same way.
        for fields in [[("email", "new@gpm.test")], [("email", "new@gpm.test"), ("role", "superuser")]] {
            let response = try platform.post("/admin/invitations", form: fields, as: admin)
            #expect(response.status == 422)
            #expect(response.text.contains(#"id="role-error">Choose a role.</p>"#))
        }
        let pending: Int? = try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM invitations") }
        #expect(pending == 0, "nothing was created")

        // Several problems at once are each shown beside their field; a chosen role is kept.
        let both = try platform.post("/admin/invitations", form: [("email", "not an address"), ("role", "staff")], as: admin).text
        #expect(both.contains(#"id="email-error">"#))
        #expect(both.contains(#"<option value="staff" selected>"#))
        #expect(!both.contains(#"<option value="" selected>Choose a role</option>"#))
        let office = try platform.post("/admin/invitations", form: [("email", "office@city.test"), ("role", "city_office")], as: admin).text
        #expect(office.contains(#"id="city-error">Choose the city this office speaks for.</p>"#))

        let created = try platform.post("/admin/invitations", form: [("email", "new@gpm.test"), ("role", "staff")], as: admin)
        #expect(created.status == 200)
        #expect(try platform.app.database.read { db in try db.scalar("SELECT role FROM invitations WHERE email = 'new@gpm.test'") as String? } == "staff")
    }

    @Test func expiredAndRevokedInvitationsDoNotWork() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let first = try Self.link(
            in: try platform.post("/admin/invitations", form: [("email", "a@gpm.test"), ("role", "staff")], as: admin).text, "/invitations/")
        let second = try Self.link(
            in: try platform.post("/admin/invitations", form: [("email", "b@gpm.test"), ("role", "staff")], as: admin).text, "/invitations/")
        #expect(try platform.get(first).status == 200)
        try platform.app.database.write { db in
            try db.run("UPDATE invitations SET expires_at = ? WHERE email = 'a@gpm.test'", platform.clock.epochSeconds() - 1)
        }
        let expired = try platform.get(first)
        #expect(expired.status == 404)
        #expect(expired.text.contains("not valid"))
        let id: Int = try #require(try platform.app.database.read { db in try db.scalar("SELECT id FROM invitations WHERE email = 'b@gpm.test'") })
        #expect(try platform.post("/admin/invitations/\(id)/revoke", form: [], as: admin).status == 303)
        #expect(try platform.get(second).status == 404)
        #expect(try platform.get("/invitations/not-a-real-token").status == 404)
    }

    @Test func passwordResetLinkSetsANewPasswordOnceAndEndsOldSessions() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let staffID = try platform.createUser(email: "staff@gpm.test", role: "staff")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let staffBefore = try platform.signIn(email: "staff@gpm.test")
        let page = try platform.post("/admin/users/\(staffID)/reset-link", form: [], as: admin)
        #expect(page.status == 200)
        #expect(page.header("Cache-Control") == "no-store")
        let path = try Self.link(in: page.text, "/password-reset/")
        var browser = CookieJar()
        browser.absorb(try platform.get(path, as: browser))
        let mismatch = try platform.post(path, form: [("password", "brand new passphrase"), ("confirm", "something else entirely")], as: browser)
        #expect(mismatch.status == 422)
        let done = try platform.post(path, form: [("password", "brand new passphrase"), ("confirm", "brand new passphrase")], as: browser)
        #expect(done.status == 303)
        #expect(try platform.get("/account", as: staffBefore).status == 303)
        #expect(try platform.get(path).status == 404)
        #expect(throws: SignInFailed.self) { try platform.signIn(email: "staff@gpm.test") }
        _ = try platform.signIn(email: "staff@gpm.test", password: "brand new passphrase")
        // A reset link also expires.
        let again = try Self.link(in: try platform.post("/admin/users/\(staffID)/reset-link", form: [], as: admin).text, "/password-reset/")
        try platform.app.database.write { db in try db.run("UPDATE password_resets SET expires_at = ?", platform.clock.epochSeconds() - 1) }
        #expect(try platform.get(again).status == 404)
    }

    @Test func adminChangesARoleButNotTheLastAdmin() throws {
        let platform = try TestPlatform(configure: { $0.accounts.createsFirstAdmin = false })
        defer { platform.stop() }
        let adminID = try platform.createUser(email: "admin@gpm.test", role: "admin")
        let staffID = try platform.createUser(email: "staff@gpm.test", role: "staff")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let demote = try platform.post("/admin/users/\(adminID)/role", form: [("role", "staff")], as: admin)
        #expect(demote.status == 422)
        #expect(demote.text.contains("last active admin"))
        #expect(try platform.post("/admin/users/\(staffID)/role", form: [("role", "admin")], as: admin).status == 303)
        let user = try platform.get("/admin/users/\(staffID)", as: admin).text
        #expect(user.contains("Role of staff@gpm.test set to Secretariat admin"))
    }
}
