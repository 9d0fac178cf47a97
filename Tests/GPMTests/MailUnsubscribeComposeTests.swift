import Foundation
import Mail
import SQLite
import Testing

@testable import GPM

/// The one-click unsubscribe (a signed token; the one POST without a form token) and an admin's message to
/// the offices of a compliance filter (preview, then send, audited), over real HTTP; delivered mail carries
/// `List-Unsubscribe` and `List-Unsubscribe-Post`.
@Suite("Mail unsubscribe and compose") struct MailUnsubscribeComposeTests {
    func key(_ f: ReviewFixture) throws -> [UInt8] {
        try f.platform.app.database.read { db in try MailChoiceStore(db: db).unsubscribeKey() }
    }

    func optedOut(_ f: ReviewFixture, _ user: User) throws -> [String] {
        try f.platform.app.database.read { db in
            try db.query("SELECT topic FROM mail_opt_outs WHERE user_id = ? ORDER BY topic", user.id).map { try $0.string("topic") }
        }
    }

    @Test func theTokenVerifiesOnlyAsSigned() throws {
        let key = Array("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".utf8)
        let token = UnsubscribeToken(userID: 7, topic: .reminders).signed(key: key)
        #expect(UnsubscribeToken.verify(token, key: key) == UnsubscribeToken(userID: 7, topic: .reminders))
        #expect(UnsubscribeToken.verify(token, key: Array("another key".utf8)) == nil)
        #expect(UnsubscribeToken.verify(token.replacingOccurrences(of: "7.reminders", with: "8.reminders"), key: key) == nil)
        #expect(UnsubscribeToken.verify(token.replacingOccurrences(of: "reminders", with: "digest"), key: key) == nil)
        #expect(UnsubscribeToken.verify("7.reminders.", key: key) == nil && UnsubscribeToken.verify("garbage", key: key) == nil)
        // RFC 4231 test case 2: HMAC-SHA-256("Jefe", "what do ya want for nothing?").
        let mac = UnsubscribeToken.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(mac.map { String(format: "%02x", $0) }.joined() == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func oneClickUnsubscribeNeedsNoSessionButAValidSignature() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let token = UnsubscribeToken(userID: f.office.id, topic: .reminders).signed(key: try key(f))
        // GET: a confirmation page with a button, nothing changed yet.
        let page = try f.platform.get("/unsubscribe/\(token)")
        #expect(page.status == 200 && page.text.contains("Stop these emails?") && page.text.contains("office@barcelona.test"))
        #expect(page.text.contains("method=\"post\" action=\"/unsubscribe/\(token)\""))
        #expect(page.header("Referrer-Policy") == "no-referrer")
        #expect(try optedOut(f, f.office) == [])
        // POST as a mail client does (RFC 8058): no cookie, no form token, no Origin.
        let done = try f.platform.post("/unsubscribe/\(token)", form: [("List-Unsubscribe", "One-Click")])
        #expect(done.status == 200 && done.text.contains("You are unsubscribed"))
        #expect(try optedOut(f, f.office) == ["reminders"])
        #expect(try f.platform.post("/unsubscribe/\(token)", form: [("List-Unsubscribe", "One-Click")]).status == 200, "idempotent")
        // A forged token changes nothing.
        let forged = UnsubscribeToken(userID: f.otherOffice.id, topic: .reminders).signed(key: Array("guessed".utf8))
        #expect(try f.platform.post("/unsubscribe/\(forged)", form: [("List-Unsubscribe", "One-Click")]).status == 404)
        #expect(try f.platform.get("/unsubscribe/\(forged)").status == 404)
        #expect(try optedOut(f, f.otherOffice) == [])
        // The exemption is that route's alone: any other POST without a form token is still refused.
        #expect(try f.platform.post("/account/mail", form: [("reminders", "1")], as: f.officeJar, csrf: false).status == 403)
        #expect(try f.platform.post("/account/mail", form: [("reminders", "1")]).status == 403)
        #expect(try f.platform.post("/admin/outbox/digest", form: [("weekday", "1"), ("hour", "8"), ("version", "1")], as: f.admin, csrf: false).status == 403)
        #expect(try f.scalar("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'mail_choices'") == 1)
    }

    @Test func deliveredRemindersCarryListUnsubscribeAndTheLinkWorks() throws {
        let server = try LoopbackSMTPServer()
        defer { server.stop() }
        let clock = PlatformClock(fixed: TestPlatform.fixedNow)
        let f = try OutboxTests.sending(to: server, clock: clock)
        defer { f.stop() }
        clock.set(MailScheduleTests.noon("2027-03-24"))
        f.platform.app.mail.wake()
        #expect(OutboxTests.eventually { server.received.count == 2 })
        let mail = try #require(server.received.first { $0.header("To")?.contains("office@barcelona.test") == true })
        #expect(mail.header("Subject")?.contains("Mayor Brief is due on 31 March 2027, in 7 days") == true)
        #expect(mail.header("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click")
        let header = try #require(mail.header("List-Unsubscribe"))
        let url = try #require(header.firstMatch(of: /^<(http[^>]+\/unsubscribe\/([^>]+))>$/))
        #expect(mail.decodedBody.contains(String(url.1)))
        let path = "/unsubscribe/" + String(url.2)
        #expect(try f.platform.post(path, form: [("List-Unsubscribe", "One-Click")]).status == 200)
        #expect(try optedOut(f, f.office) == ["reminders"])
        // Mail that is always sent has no such header.
        let admin = try f.platform.signIn(email: "admin@gpm.test")  // the clock moved past the fixture's sessions
        #expect(try f.platform.post("/admin/users/\(f.office.id)/reset-link", form: [], as: admin).status == 200)
        #expect(OutboxTests.eventually { server.received.count == 3 })
        #expect(server.received.last?.header("List-Unsubscribe") == nil)
    }

    @Test func anAdminPreviewsThenSendsAMessageToTheFilteredCities() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        // The compliance page offers it to admins with its filter, not to staff.
        let compliance = try f.platform.get("/workspace/compliance?timeliness=not_started", as: f.admin).text
        #expect(compliance.contains("href=\"/admin/messages/new?year=2026&amp;timeliness=not_started\""))
        #expect(!(try f.platform.get("/workspace/compliance", as: f.reviewer).text.contains("/admin/messages/new")))
        #expect(try f.platform.get("/admin/messages/new", as: f.reviewer).status == 403)

        let target = "/admin/messages/new?q=barcelona"
        let page = try f.platform.get(target, as: f.admin)
        #expect(page.status == 200 && page.text.contains("Barcelona") && !page.text.contains("Copenhagen"))
        #expect(page.text.contains("Cities: 1. Recipients: 1."))
        // Invalid: the message next to its field, nothing recorded.
        let invalid = try f.platform.post(target, form: [("subject", ""), ("body", "Hello"), ("step", "preview")], as: f.admin)
        #expect(invalid.status == 422 && invalid.text.contains("Write a subject.") && invalid.text.contains(">Hello</textarea>"))
        // Preview: the message as the office will read it, still nothing recorded.
        let form = [("subject", "Your brief & the deadline"), ("body", "Dear colleagues,\n\nThe deadline is near.")]
        let preview = try f.platform.post(target, form: form + [("step", "preview")], as: f.admin)
        #expect(preview.status == 200 && preview.text.contains("Hello Barcelona Office,") && preview.text.contains("The deadline is near."))
        #expect(preview.text.contains("Your brief &amp; the deadline") && preview.text.contains("value=\"send\""))
        #expect(try f.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'secretariat_message'") == 0)
        // Send: one message per office user, audited.
        let sent = try f.platform.post(target, form: form + [("step", "send")], as: f.admin)
        #expect(sent.status == 303)
        #expect(try f.platform.get(try #require(sent.header("Location")), as: f.admin).text.contains("recorded for 1 people"))
        #expect(try f.scalar("SELECT to_address FROM outbox WHERE kind = 'secretariat_message'") == "office@barcelona.test")
        #expect(try f.scalar("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'secretariat_message' AND action = 'send'") == 1)
        // An office that turned such messages off is not written to.
        #expect(try f.platform.post("/account/mail", form: [("reminders", "1")], as: f.officeJar).status == 303)
        #expect(try f.platform.get(target, as: f.admin).text.contains("No office in these cities receives messages"))
        #expect(try f.platform.post(target, form: form + [("step", "send")], as: f.admin).status == 409)
    }
}
