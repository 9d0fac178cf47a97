import Foundation
import SQLite
import Testing
@testable import GPM

@Suite("Reporting cycle settings")
struct CycleTests {
    static let path = "/workspace/reporting-cycle"

    static func cycle(_ fixture: WorkspaceFixture, _ year: Int) throws -> Row? {
        try fixture.platform.app.database.read { db in try db.queryOne("SELECT * FROM reporting_cycles WHERE year = ?", year) }
    }

    @Test func editTheCurrentCycleAndSeeItAudited() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let page = try platform.get(Self.path, as: fixture.staff)
        #expect(page.status == 200)
        #expect(page.text.contains("value=\"2027-03-31\""))
        #expect(page.text.contains("<input type=\"hidden\" name=\"version\" value=\"1\">"))
        let saved = try platform.post(
            Self.path, form: [("year", "2026"), ("version", "1"), ("opens_on", "2026-01-05"), ("deadline", "2027-04-30"), ("closes_on", "2027-07-01"), ("note", "Extended <b>by a month</b>")],
            as: fixture.staff)
        #expect(saved.status == 303)
        #expect(saved.header("Location") == Self.path + "?saved=2026")
        let row = try #require(try Self.cycle(fixture, 2026))
        #expect(try row.string("deadline") == "2027-04-30")
        #expect(try row.string("note") == "Extended <b>by a month</b>")
        #expect(try row.int("version") == 2)
        let after = try platform.get(Self.path + "?saved=2026", as: fixture.staff).text
        #expect(after.contains("The 2026 reporting cycle was saved."))
        #expect(after.contains("Extended &lt;b&gt;by a month&lt;/b&gt;"))
        let event = try #require(try platform.app.database.read { db in try AuditStore(db: db).history(entity: "reporting_cycle", id: 2026).first })
        #expect(event.userEmail == "staff@gpm.test")
        #expect(event.changes.map(\.field) == ["deadline", "note", "version"])
        #expect(event.summary == "Reporting cycle 2026: opens 2026-01-05, deadline 2027-04-30, closes 2027-07-01")
        // The dashboard shows the new deadline and the change in its recent activity.
        let dashboard = try platform.get("/workspace", as: fixture.admin).text
        #expect(dashboard.contains("30 April 2027"))
        #expect(dashboard.contains("Reporting cycle 2026: opens 2026-01-05, deadline 2027-04-30"))
    }

    @Test func validationMessagesSitBesideTheFieldsAndKeepTheInput() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        for (deadline, message) in [
            ("31/03/2027", "Write the deadline for Mayor Briefs as a date YYYY-MM-DD"), ("2027-02-30", "2027-02-30 is not a day of the calendar"),
            ("2025-12-31", "must fall after the 2026 reporting year starts"), ("", "Give the deadline"),
        ] {
            let response = try platform.post(
                Self.path, form: [("year", "2026"), ("version", "1"), ("opens_on", "2026-01-05"), ("deadline", deadline), ("closes_on", "2027-07-01"), ("note", "Kept note")], as: fixture.admin)
            #expect(response.status == 422, "\(deadline)")
            #expect(response.text.contains(message), "\(deadline)")
            #expect(response.text.contains("aria-invalid=\"true\" aria-describedby=\"edit-deadline-error\""))
            #expect(response.text.contains("<span class=\"field-error\" id=\"edit-deadline-error\">"))
            #expect(response.text.contains("<div class=\"error-summary\" role=\"alert\""))
            #expect(response.text.contains("value=\"\(deadline)\""))
            #expect(response.text.contains(">Kept note</textarea>"))
        }
        #expect(try Self.cycle(fixture, 2026)?.string("deadline") == "2027-03-31")
        #expect(try fixture.scalar("SELECT count(*) FROM audit_events WHERE entity_type = 'reporting_cycle'") == 0)
    }

    @Test func aStaleEditIsRefusedWithBothVersionsShownAndASecondSaveWins() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        // Staff saves first; admin's form still carries version 1.
        #expect(try platform.post(
            Self.path, form: [("year", "2026"), ("version", "1"), ("opens_on", "2026-01-05"), ("deadline", "2027-05-15"), ("closes_on", "2027-07-01"), ("note", "Staff's note")], as: fixture.staff
        ).status == 303)
        let stale = try platform.post(
            Self.path, form: [("year", "2026"), ("version", "1"), ("opens_on", "2026-01-05"), ("deadline", "2027-06-30"), ("closes_on", "2027-07-01"), ("note", "Admin's note")], as: fixture.admin)
        #expect(stale.status == 409)
        #expect(stale.text.contains("Someone else saved the 2026 reporting cycle at "))
        #expect(stale.text.contains("deadline <strong>2027-05-15</strong>"))
        #expect(stale.text.contains("Staff&#39;s note"))
        #expect(stale.text.contains("value=\"2027-06-30\""))
        #expect(stale.text.contains(">Admin&#39;s note</textarea>"))
        #expect(stale.text.contains("<input type=\"hidden\" name=\"version\" value=\"2\">"))
        #expect(try Self.cycle(fixture, 2026)?.string("deadline") == "2027-05-15")
        let again = try platform.post(
            Self.path, form: [("year", "2026"), ("version", "2"), ("opens_on", "2026-01-05"), ("deadline", "2027-06-30"), ("closes_on", "2027-07-01"), ("note", "Admin's note")], as: fixture.admin)
        #expect(again.status == 303)
        #expect(try Self.cycle(fixture, 2026)?.string("deadline") == "2027-06-30")
        #expect(try Self.cycle(fixture, 2026)?.int("version") == 3)
    }

    @Test func openANewYear() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let page = try platform.get(Self.path, as: fixture.admin).text
        #expect(page.contains("Open the 2027 cycle"))
        let missing = try platform.post(
            Self.path + "/new", form: [("year", "2027"), ("opens_on", "2027-01-01"), ("deadline", ""), ("closes_on", "2028-07-01"), ("note", "")], as: fixture.admin)
        #expect(missing.status == 422)
        #expect(missing.text.contains("id=\"new-deadline-error\">Give the deadline"))
        let early = try platform.post(
            Self.path + "/new", form: [("year", "2027"), ("opens_on", "2026-12-01"), ("deadline", "2026-12-31"), ("closes_on", "2028-07-01"), ("note", "x")],
            as: fixture.admin)
        #expect(early.status == 422)
        #expect(early.text.contains("must fall after the 2027 reporting year starts"))
        let opening = [("year", "2027"), ("opens_on", "2027-01-01"), ("deadline", "2028-03-31"), ("closes_on", "2028-07-01"), ("note", "The 2027 cycle")]
        let confirm = try platform.post(Self.path + "/new", form: opening, as: fixture.admin)
        #expect(confirm.status == 200)
        #expect(confirm.text.contains("Open the 2027 reporting cycle?"))
        #expect(try fixture.scalar("SELECT count(*) FROM reporting_cycles WHERE year = 2027") == 0)
        let opened = try platform.post(Self.path + "/new", form: opening + [("confirm", "1")], as: fixture.admin)
        #expect(opened.status == 303)
        #expect(opened.header("Location") == Self.path + "?opened=2027")
        #expect(try platform.app.database.read { db in try ReportingCycleStore(db: db).latest() }?.year == 2027)
        #expect(try platform.app.database.read { db in try AuditStore(db: db).history(entity: "reporting_cycle", id: 2027).first?.action } == .create)
        // The same form sent again (a double click, or a colleague) opens nothing more.
        let twice = try platform.post(
            Self.path + "/new",
            form: [("year", "2027"), ("opens_on", "2027-01-01"), ("deadline", "2028-03-31"), ("closes_on", "2028-07-01"), ("note", "again"), ("confirm", "1")],
            as: fixture.staff)
        #expect(twice.status == 409)
        #expect(twice.text.contains("The 2027 reporting cycle is already open"))
        #expect(try fixture.scalar("SELECT count(*) FROM reporting_cycles") == 3)
        let list = try platform.get(Self.path, as: fixture.admin).text
        #expect(list.contains("Open the 2028 cycle"))
        // 2026 is still open (it closes in July 2027); 2027 opens on 1 January 2027.
        #expect(list.contains("2026 <span class=\"badge badge--ok\">open</span>"))
        #expect(list.contains("2027 <span class=\"badge badge--muted\">not yet open</span>") || list.contains("2027 <span class=\"badge badge--ok\">open</span>"))
        // An edit of 2026 after 2027 was opened is a normal edit of 2026: cycles overlap.
        let late = try platform.post(
            Self.path, form: [("year", "2026"), ("version", "1"), ("opens_on", "2026-01-05"), ("deadline", "2027-09-30"), ("closes_on", "2027-12-01"), ("note", "")],
            as: fixture.staff)
        #expect(late.status == 303)
        #expect(try Self.cycle(fixture, 2026)?.string("deadline") == "2027-09-30")
        #expect(try Self.cycle(fixture, 2027)?.string("deadline") == "2028-03-31")
    }

    @Test func accessAndCSRF() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let visitor = try platform.get(Self.path)
        #expect(visitor.status == 303)
        #expect(visitor.header("Location") == "/sign-in?next=%2Fworkspace%2Freporting-cycle")
        #expect(try platform.get(Self.path, as: fixture.office).status == 403)
        let edit = [("year", "2026"), ("version", "1"), ("deadline", "2027-01-31")]
        #expect(try platform.post(Self.path, form: edit, as: fixture.office).status == 403)
        #expect(try platform.post(Self.path + "/new", form: [("year", "2027"), ("deadline", "2028-01-31")], as: fixture.office).status == 403)
        let forged = try platform.post(
            Self.path, form: [("year", "2026"), ("version", "1"), ("deadline", "2027-01-31")], as: fixture.admin, csrf: false)
        #expect(forged.status == 403)
        #expect(try Self.cycle(fixture, 2026)?.string("deadline") == "2027-03-31")
        #expect(try fixture.scalar("SELECT count(*) FROM reporting_cycles") == 2)
    }
}
