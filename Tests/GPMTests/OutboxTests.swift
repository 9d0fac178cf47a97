import Foundation
import Mail
import SQLite
import Testing

@testable import GPM

/// The outbox over real HTTP and a real SQLite file: messages recorded in the event's transaction, kept
/// pending and readable with no SMTP server, delivered by the worker to an SMTP server on loopback with
/// backoff, given up on a 5xx, tokens gone once delivered, admins' retry and discard.
@Suite("Outbox") struct OutboxTests {
    /// Polls `condition` until it holds, for at most `seconds`.
    static func eventually(_ seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }

    static func smtp(_ server: LoopbackSMTPServer) -> SMTPSettings {
        SMTPSettings(
            host: "127.0.0.1", port: server.port, security: .none, heloName: "gpm.test",
            timeouts: SMTPSettings.Timeouts(connect: 5, reply: 5, dataEnd: 5))
    }

    /// A platform that sends to `server` with a clock the test moves.
    static func sending(to server: LoopbackSMTPServer, clock: PlatformClock) throws -> ReviewFixture {
        try ReviewFixture { configuration in
            configuration.clock = clock
            configuration.mail.smtp = smtp(server)
            configuration.mail.from = try? MailAddress("noreply@gpm.test", name: "GPM Secretariat")
        }
    }

    func rows(_ f: ReviewFixture, _ sql: String, _ arguments: (any SQLBindable)?...) throws -> [Row] {
        try f.platform.app.database.read { try $0.query(sql, arguments: arguments) }
    }

    // MARK: Recording

    @Test func aSubmissionRecordsMailForTheActiveSecretariatAndADecisionForTheOffice() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let inactive = try f.platform.createUser(email: "gone@gpm.test", name: "Gone Staff", role: "staff")
        try f.write { db in try db.run("UPDATE users SET is_active = 0 WHERE id = ?", inactive) }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        let submitted = try rows(f, "SELECT to_address, state FROM outbox WHERE kind = 'brief_submitted' ORDER BY to_address")
        let addresses = try submitted.map { try $0.string("to_address") }
        #expect(addresses.contains("reviewer@gpm.test") && addresses.contains("admin@gpm.test"))
        #expect(!addresses.contains("gone@gpm.test") && !addresses.contains("office@barcelona.test"))
        #expect(try submitted.allSatisfy { try $0.string("state") == "pending" })

        let form = ReviewFixture.reviewForm(decision: "request_changes", comment: "Give the budget.")
        #expect(try f.platform.post("/workspace/reviews/\(id)", form: form, as: f.reviewer).status == 303)
        let decided = try rows(f, "SELECT to_address, params FROM outbox WHERE kind = 'changes_requested'")
        #expect(decided.count == 1)
        #expect(try decided.first?.string("to_address") == "office@barcelona.test")
        #expect(try decided.first?.string("params").contains("Give the budget.") == true)
    }

    @Test func anEventThatRollsBackLeavesNoMessage() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let draft = try f.workflow.create(city: try #require(f.office.cityID), year: 2026, by: f.office)
        var fields = draft.fields
        fields.title = "Rolled back"
        fields.summary = "s"; fields.context = "c"; fields.programme = "p"; fields.results = "r"
        fields.themeIDs = [try #require(try f.scalar("SELECT MIN(id) FROM themes") as Int?)]
        fields.sdgNumbers = [11]
        let saved = try f.workflow.update(briefID: draft.id, fields: fields, expectedVersion: draft.version, by: f.office)
        struct LaterStepFailed: Error {}
        // The submission and its mail run; something later in the same transaction fails: neither stays.
        #expect(throws: LaterStepFailed.self) {
            try f.write { db in
                _ = try BriefSteps(db: db, now: f.platform.app.configuration.clock.timestamp())
                    .submit(briefID: saved.id, expectedVersion: saved.version, by: f.office)
                #expect(try db.scalar("SELECT COUNT(*) FROM outbox") as Int? ?? 0 > 0)
                throw LaterStepFailed()
            }
        }
        #expect(try f.scalar("SELECT COUNT(*) FROM outbox") == 0)
        #expect(try f.scalar("SELECT status FROM mayor_briefs WHERE id = ?", saved.id) == "draft")
    }

    // MARK: No SMTP server

    @Test func withoutSMTPMessagesStayPendingAndAdminsReadThemWithTheTokenMasked() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let created = try f.platform.post("/admin/invitations", form: [("email", "new@city.test"), ("role", "staff")], as: f.admin)
        #expect(created.status == 200)
        // The copy-link fallback stays.
        let link = try #require(created.text.firstMatch(of: /value="(http[^"]+\/invitations\/([^"]+))"/))
        let token = String(link.2)
        let id: Int = try #require(try f.scalar("SELECT id FROM outbox WHERE kind = 'invitation' AND to_address = 'new@city.test'"))
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try f.scalar("SELECT state FROM outbox WHERE id = ?", id) == "pending")

        let list = try f.platform.get("/admin/outbox", as: f.admin)
        #expect(list.status == 200 && list.text.contains("Mail is not configured"))
        #expect(list.text.contains("You are invited to the GPM Platform") && list.text.contains("Pending (1)"))
        let page = try f.platform.get("/admin/outbox/\(id)", as: f.admin)
        #expect(page.status == 200)
        #expect(page.text.contains("/invitations/••••••••") && !page.text.contains(token), "\(page.text)")
        #expect(page.text.contains("new@city.test") && page.text.contains("Send again") && page.text.contains("Discard this message"))
        // The depth gauge on /metrics counts it.
        let metrics = try f.platform.get("/metrics").text
        #expect(metrics.contains("gpm_outbox_depth 1") && metrics.contains("gpm_outbox_messages{state=\"pending\"} 1"), "\(metrics)")
        // Filters by state.
        #expect(try f.platform.get("/admin/outbox?state=sent", as: f.admin).text.contains("No sent messages."))
    }

    @Test func onlyAdminsSeeTheOutbox() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        #expect(try f.platform.get("/admin/outbox", as: f.reviewer).status == 403)
        #expect(try f.platform.get("/admin/outbox", as: f.officeJar).status == 403)
        #expect(try f.platform.get("/admin/outbox").status == 303)
        #expect(try f.platform.get("/admin/outbox", as: f.admin).text.contains("href=\"/admin/outbox\" aria-current=\"page\">Outbox"))
    }

    @Test func discardAsksFirstNeedsCSRFAndWipesTheToken() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        _ = try f.platform.post("/admin/invitations", form: [("email", "new@city.test"), ("role", "staff")], as: f.admin)
        let id: Int = try #require(try f.scalar("SELECT id FROM outbox WHERE kind = 'invitation'"))
        let confirm = try f.platform.get("/admin/outbox/\(id)/discard", as: f.admin)
        #expect(confirm.status == 200 && confirm.text.contains("Discard the message"))
        #expect(try f.platform.post("/admin/outbox/\(id)/discard", form: [], as: f.admin, csrf: false).status == 403)
        #expect(try f.platform.post("/admin/outbox/\(id)/discard", form: [], as: f.reviewer).status == 403)
        let done = try f.platform.post("/admin/outbox/\(id)/discard", form: [], as: f.admin)
        #expect(done.status == 303)
        #expect(try f.platform.get(try #require(done.header("Location")), as: f.admin).text.contains("was discarded"))
        #expect(try f.scalar("SELECT state FROM outbox WHERE id = ?", id) == "dropped")
        #expect(try f.scalar("SELECT COUNT(*) FROM outbox WHERE secret IS NOT NULL") == 0)
        // A dropped message cannot be sent again.
        #expect(try f.platform.post("/admin/outbox/\(id)/retry", form: [], as: f.admin).status == 409)
        #expect(try f.scalar("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'outbox' AND action = 'discard'") == 1)
    }

    @Test func aNewerResetLinkDropsTheEarlierMessage() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        #expect(try f.platform.post("/admin/users/\(f.office.id)/reset-link", form: [], as: f.admin).status == 200)
        #expect(try f.platform.post("/admin/users/\(f.office.id)/reset-link", form: [], as: f.admin).status == 200)
        #expect(try f.scalar("SELECT group_concat(state, ',') FROM (SELECT state FROM outbox WHERE kind = 'password_reset' ORDER BY id)") == "dropped,pending")
        #expect(try f.scalar("SELECT COUNT(*) FROM outbox WHERE secret IS NOT NULL") == 1)
    }

    @Test func aRevokedInvitationIsNotSent() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        _ = try f.platform.post("/admin/invitations", form: [("email", "new@city.test"), ("role", "staff")], as: f.admin)
        let invitation: Int = try #require(try f.scalar("SELECT id FROM invitations WHERE email = 'new@city.test'"))
        #expect(try f.platform.post("/admin/invitations/\(invitation)/revoke", form: [], as: f.admin).status == 303)
        #expect(try f.scalar("SELECT state FROM outbox WHERE kind = 'invitation'") == "dropped")
        #expect(try f.scalar("SELECT COUNT(*) FROM outbox WHERE secret IS NOT NULL") == 0)
    }

    // MARK: Delivery

    @Test func temporaryFailureIsRetriedAfterBackoffWithTheSameMessageIDAndTheTokenGoes() throws {
        let server = try LoopbackSMTPServer(dataReplies: ["451 4.3.0 try again later"])
        defer { server.stop() }
        let clock = PlatformClock(fixed: TestPlatform.fixedNow)
        let f = try Self.sending(to: server, clock: clock)
        defer { f.stop() }
        let created = try f.platform.post("/admin/invitations", form: [("email", "new@city.test"), ("role", "staff")], as: f.admin)
        let token = String(try #require(created.text.firstMatch(of: /\/invitations\/([A-Za-z0-9_-]+)"/)).1)
        let id: Int = try #require(try f.scalar("SELECT id FROM outbox WHERE kind = 'invitation'"))

        // The first attempt gets 451: pending again, due after the backoff, its Message-ID fixed.
        #expect(Self.eventually { server.received.count == 1 })
        #expect(try Self.eventually { try f.scalar("SELECT last_error FROM outbox WHERE id = ?", id) as String? != nil })
        #expect(try f.scalar("SELECT state FROM outbox WHERE id = ?", id) == "pending")
        #expect(try f.scalar("SELECT attempts FROM outbox WHERE id = ?", id) == 1)
        let messageID: String = try #require(try f.scalar("SELECT message_id FROM outbox WHERE id = ?", id))
        f.platform.app.mail.wake()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(server.received.count == 1, "not due before the backoff")

        // Move the clock past the backoff: the second attempt is taken.
        clock.advance(by: TimeInterval(f.platform.app.configuration.mail.retry.delay(afterAttempt: 1) + 1))
        f.platform.app.mail.wake()
        #expect(Self.eventually { server.received.count == 2 })
        #expect(try Self.eventually { try f.scalar("SELECT state FROM outbox WHERE id = ?", id) as String? == "sent" })
        let copies = server.received
        #expect(copies.map { $0.header("Message-ID") } == [messageID, messageID])
        #expect(copies.map(\.code) == [451, 250])
        let mail = try #require(copies.last)
        #expect(mail.header("Subject") == "You are invited to the GPM Platform")
        #expect(mail.header("From")?.contains("noreply@gpm.test") == true && mail.header("To") == "new@city.test")
        #expect(mail.header("Content-Type")?.hasPrefix("multipart/alternative") == true)
        // The link opens the invitation.
        let url = "\(f.platform.app.baseURL)/invitations/\(token)"
        #expect(mail.decodedBody.contains(url) && mail.decodedBody.contains("href=\"\(url)\""))
        #expect(try f.platform.get("/invitations/\(token)").status == 200)

        // Delivered: the token is nowhere in the database, not even in the file's free space.
        #expect(try f.scalar("SELECT COUNT(*) FROM outbox WHERE secret IS NOT NULL") == 0)
        #expect(try f.scalar("SELECT COUNT(*) FROM outbox WHERE params LIKE ?", "%\(token)%") == 0)
        let checkpoint = try f.platform.app.database.writeWithoutTransaction { db in try db.queryOne("PRAGMA wal_checkpoint(TRUNCATE)") }
        #expect(try checkpoint?.int("busy") == 0)
        let path = f.platform.app.configuration.databasePath
        for file in [path, path + "-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
            #expect(bytes.range(of: Data(token.utf8)) == nil, "the token is still in \(file)")
        }
        let page = try f.platform.get("/admin/outbox/\(id)", as: f.admin).text
        #expect(page.contains(messageID.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")) && page.contains("Sent"))
    }

    @Test func aPermanentRefusalFailsAtOnceAndAdminsSeeIt() throws {
        let server = try LoopbackSMTPServer(dataReplies: ["550 5.1.1 no such mailbox"])
        defer { server.stop() }
        let clock = PlatformClock(fixed: TestPlatform.fixedNow)
        let f = try Self.sending(to: server, clock: clock)
        defer { f.stop() }
        _ = try f.platform.post("/admin/users/\(f.office.id)/reset-link", form: [], as: f.admin)
        let id: Int = try #require(try f.scalar("SELECT id FROM outbox WHERE kind = 'password_reset'"))
        #expect(try Self.eventually { try f.scalar("SELECT state FROM outbox WHERE id = ?", id) as String? == "failed" })
        #expect(server.received.count == 1)
        let list = try f.platform.get("/admin/outbox?state=failed", as: f.admin).text
        #expect(list.contains("Set a new password for the GPM Platform") && list.contains("550"))
        // Retried by an admin: the same Message-ID goes out again and is taken this time.
        #expect(try f.platform.post("/admin/outbox/\(id)/retry", form: [], as: f.admin).status == 303)
        #expect(try Self.eventually { try f.scalar("SELECT state FROM outbox WHERE id = ?", id) as String? == "sent" })
        #expect(server.received.count == 2)
        #expect(server.received[0].header("Message-ID") == server.received[1].header("Message-ID"))
        #expect(try f.scalar("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'outbox' AND action = 'retry'") == 1)
    }

    @Test func pendingMailToAUserDeactivatedSinceIsDropped() throws {
        let server = try LoopbackSMTPServer(dataReplies: ["421 4.3.2 shutting down"])
        defer { server.stop() }
        let clock = PlatformClock(fixed: TestPlatform.fixedNow)
        let f = try Self.sending(to: server, clock: clock)
        defer { f.stop() }
        _ = try f.platform.post("/admin/users/\(f.office.id)/reset-link", form: [], as: f.admin)
        let id: Int = try #require(try f.scalar("SELECT id FROM outbox WHERE kind = 'password_reset'"))
        #expect(try Self.eventually { try f.scalar("SELECT attempts FROM outbox WHERE id = ?", id) as Int? == 1 && server.received.count == 1 })
        #expect(try Self.eventually { try f.scalar("SELECT last_error FROM outbox WHERE id = ?", id) as String? != nil })
        #expect(try f.platform.post("/admin/users/\(f.office.id)/active", form: [("active", "0")], as: f.admin).status == 303)
        clock.advance(by: 24 * 3600 - 60)
        f.platform.app.mail.wake()
        #expect(try Self.eventually { try f.scalar("SELECT state FROM outbox WHERE id = ?", id) as String? == "dropped" })
        #expect(server.received.count == 1)
        #expect(try f.scalar("SELECT secret FROM outbox WHERE id = ?", id) as String? == nil)
        #expect(try f.scalar("SELECT last_error FROM outbox WHERE id = ?", id) as String? == "The recipient's account was deactivated.")
    }
}
