import Foundation
import SQLite
import Testing

@testable import GPM

/// Deadline reminders and the weekly digest over a real platform and SQLite file, the clock moved by the
/// test: 30/7/1 days and overdue, once per office, cycle and step; only the latest step after downtime; a
/// moved deadline; the re-check when a reminder is sent; the digest once per week; people's choices.
@Suite("Mail schedule") struct MailScheduleTests {
    /// A platform whose delivery worker leaves the schedule to the test's own ticks.
    static func fixture() throws -> ReviewFixture {
        try ReviewFixture { configuration in configuration.mail.runsSchedule = false }
    }

    /// Noon UTC on `date` ('YYYY-MM-DD'): 13:00 or 14:00 in Amsterdam, after the 08:00 sending hour.
    static func noon(_ date: String) -> Date { Timestamp.parse(date + "T12:00:00Z") ?? .distantPast }

    func schedule(_ f: ReviewFixture) -> MailScheduleService {
        MailScheduleService(database: f.platform.app.database, clock: f.platform.clock)
    }

    /// Ticks once; returns how many reminders it recorded (a digest may fall due on the same days).
    func tickReminders(_ f: ReviewFixture) throws -> Int {
        let before = try reminders(f).count
        try schedule(f).tick()
        return try reminders(f).count - before
    }

    /// The reminders recorded so far, as "address step" in order.
    func reminders(_ f: ReviewFixture) throws -> [String] {
        try f.platform.app.database.read { db in
            try db.query(
                "SELECT to_address, json_extract(params, '$.step') AS step FROM outbox WHERE kind = 'reminder' ORDER BY id"
            ).map { "\(try $0.string("to_address")) \(try $0.string("step"))" }
        }
    }

    @Test func eachOfficeGetsEachStepOnceAndASubmittedCityNoMore() throws {
        let f = try Self.fixture()
        defer { f.stop() }
        // 131 days before the deadline (2027-03-31): nothing is due.
        #expect(try tickReminders(f) == 0)
        f.platform.clock.set(Self.noon("2027-03-01"))  // 30 days before
        #expect(try tickReminders(f) == 2)
        #expect(try tickReminders(f) == 0, "a second tick records nothing")
        f.platform.clock.set(Self.noon("2027-03-10"))
        #expect(try tickReminders(f) == 0)
        f.platform.clock.set(Self.noon("2027-03-24"))  // 7 days before
        #expect(try tickReminders(f) == 2)
        // Barcelona submits: it gets no more reminders; Copenhagen does.
        try f.submitBrief(by: f.office, title: "Welcome desks")
        f.platform.clock.set(Self.noon("2027-03-30"))  // 1 day before
        #expect(try tickReminders(f) == 1)
        f.platform.clock.set(Self.noon("2027-03-31"))  // the deadline day: the 1-day reminder was sent
        #expect(try tickReminders(f) == 0)
        f.platform.clock.set(Date(timeIntervalSince1970: Self.noon("2027-04-01").timeIntervalSince1970 - 6 * 3600))  // 06:00Z, 08:00 in Amsterdam
        #expect(try tickReminders(f) == 1)
        f.platform.clock.set(Self.noon("2027-04-20"))
        #expect(try tickReminders(f) == 0, "overdue is sent once")
        #expect(try reminders(f) == [
            "office@barcelona.test 30d", "office@copenhagen.test 30d", "office@barcelona.test 7d", "office@copenhagen.test 7d",
            "office@copenhagen.test 1d", "office@copenhagen.test overdue",
        ])
        let key: String? = try f.scalar("SELECT dedupe_key FROM outbox WHERE kind = 'reminder' ORDER BY id LIMIT 1")
        #expect(key == "reminder:\(try #require(f.office.cityID)):2026:30d:2027-03-31:\(f.office.id)")
    }

    @Test func afterDowntimeOnlyTheLatestDueStepIsSent() throws {
        let f = try Self.fixture()
        defer { f.stop() }
        // The platform was down from November to the day before the deadline: one reminder, the 1-day one.
        f.platform.clock.set(Self.noon("2027-03-30"))
        #expect(try tickReminders(f) == 2)
        #expect(try reminders(f) == ["office@barcelona.test 1d", "office@copenhagen.test 1d"])
        let reminderID: Int = try #require(try f.scalar("SELECT MIN(id) FROM outbox WHERE kind = 'reminder'"))
        let shown = try f.platform.get("/admin/outbox/\(reminderID)", as: try f.platform.signIn(email: "admin@gpm.test"))
        #expect(shown.status == 200 && shown.text.contains("Barcelona’s 2026 Mayor Brief is due by the end of 31 March 2027."))
        // Reminders go from 08:00 in the secretariat's zone: at 05:00 Amsterdam on the next step's day, nothing.
        f.platform.clock.set(Timestamp.parse("2027-04-01T04:00:00Z") ?? .distantPast)
        #expect(try tickReminders(f) == 0)
    }

    @Test func aMovedDeadlineStartsItsStepsAgainWithoutRepeatingARecentOne() throws {
        let f = try Self.fixture()
        defer { f.stop() }
        f.platform.clock.set(Self.noon("2027-03-25"))
        #expect(try tickReminders(f) == 2)  // 7 days before 2027-03-31
        // The secretariat moves the deadline by a month, through the cycle's form.
        try moveDeadline(f, to: "2027-04-30")
        f.platform.clock.set(Self.noon("2027-03-31"))  // 30 days before the new deadline
        #expect(try tickReminders(f) == 2)
        f.platform.clock.set(Self.noon("2027-04-23"))  // 7 days before it: the last 7-day reminder was four weeks ago
        #expect(try tickReminders(f) == 2)
        // Moved again by three days: its 7-day step is not repeated within a week of the last one.
        try moveDeadline(f, to: "2027-05-03")
        f.platform.clock.set(Self.noon("2027-04-26"))
        #expect(try tickReminders(f) == 0)
        #expect(try reminders(f).map { $0.split(separator: " ").last.map(String.init) ?? "" } == ["7d", "7d", "30d", "30d", "7d", "7d"])
    }

    func moveDeadline(_ f: ReviewFixture, to date: String) throws {
        try f.write { db in try db.run("UPDATE reporting_cycles SET deadline = ?, version = version + 1 WHERE year = 2026", date) }
    }

    @Test func aReminderIsReCheckedWhenSent() throws {
        let f = try Self.fixture()
        defer { f.stop() }
        f.platform.clock.set(Self.noon("2027-03-24"))
        #expect(try tickReminders(f) == 2)
        // Before the (unconfigured) server could send them, Barcelona submits and Copenhagen declares no brief…
        try f.submitBrief(by: f.office, title: "Welcome desks")
        let outbox = OutboxService(database: f.platform.app.database, clock: f.platform.clock)
        var sent: [String] = []
        while case .send(let message, _, _) = try outbox.claimNext(messageID: { "<\($0.id)@gpm.test>" }) {
            if message.kind == .reminder { sent.append(message.toAddress) }
            try outbox.delivered(id: message.id)
        }
        #expect(sent == ["office@copenhagen.test"])
        let reason: String? = try f.scalar(
            "SELECT last_error FROM outbox WHERE kind = 'reminder' AND to_address = 'office@barcelona.test' AND state = 'dropped'")
        #expect(reason?.contains("submitted") == true)
    }

    @Test func choicesOnTheAccountPageAreRespected() throws {
        let f = try Self.fixture()
        defer { f.stop() }
        // The office sees its two choices, both on; it keeps secretariat messages and turns reminders off.
        let page = try f.platform.get("/account", as: f.officeJar)
        #expect(page.text.contains("name=\"reminders\" value=\"1\" checked") && page.text.contains("name=\"secretariat_messages\" value=\"1\" checked"))
        #expect(!page.text.contains("name=\"digest\""), "staff topics are not offered to an office")
        #expect(try f.platform.post("/account/mail", form: [("secretariat_messages", "1")], as: f.officeJar).status == 303)
        #expect(try f.platform.get("/account", as: f.officeJar).text.contains("name=\"reminders\" value=\"1\">"))
        #expect(try f.platform.post("/account/mail", form: [], as: f.officeJar, csrf: false).status == 403)
        f.platform.clock.set(Self.noon("2027-03-24"))
        #expect(try tickReminders(f) == 1)
        #expect(try reminders(f) == ["office@copenhagen.test 7d"])
        // A reviewer turns off submission notices: a submission reaches the admin only.
        let reviewerJar = try f.platform.signIn(email: "reviewer@gpm.test")  // the clock moved past the fixture's sessions
        #expect(try f.platform.post("/account/mail", form: [("digest", "1")], as: reviewerJar).status == 303)
        try f.submitBrief(by: f.otherOffice, title: "Cool roofs")
        let notified: [String] = try f.platform.app.database.read { db in
            try db.query("SELECT to_address FROM outbox WHERE kind = 'brief_submitted' ORDER BY id").map { try $0.string("to_address") }
        }
        #expect(notified == ["admin@gpm.local", "admin@gpm.test"])
        #expect(try f.scalar("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'mail_choices'") == 2)
    }

    @Test func theDigestGoesOncePerWeekAtTheChosenHour() throws {
        let f = try Self.fixture()
        defer { f.stop() }
        let schedule = schedule(f)
        try f.submitBrief(by: f.office, title: "Welcome desks")
        // Monday 23 November 2026, 07:30 UTC = 08:30 in Amsterdam (the default: Monday 08:00).
        f.platform.clock.set(Timestamp.parse("2026-11-23T06:30:00Z") ?? .distantPast)
        #expect(try schedule.tick() == 0, "07:30 in Amsterdam: not yet")
        f.platform.clock.set(Timestamp.parse("2026-11-23T07:30:00Z") ?? .distantPast)
        #expect(try schedule.tick() == 3)  // the reviewer and the two admins
        f.platform.clock.set(Timestamp.parse("2026-11-24T07:30:00Z") ?? .distantPast)
        #expect(try schedule.tick() == 0, "once per week")
        let params: String = try #require(try f.scalar("SELECT params FROM outbox WHERE kind = 'digest' LIMIT 1"))
        #expect(params.contains("Welcome desks") && params.contains("\"week\":\"2026-W48\""))
        // The admin moves the digest to Friday 17:00; the same week gets no second digest, the next week's Friday does.
        let version: Int = try #require(try f.scalar("SELECT version FROM mail_settings"))
        // Three days later the fixture's sessions have expired: the admin signs in again.
        let admin = try f.platform.signIn(email: "admin@gpm.test")
        let saved = try f.platform.post(
            "/admin/outbox/digest", form: [("weekday", "5"), ("hour", "17"), ("version", String(version))], as: admin)
        #expect(saved.status == 303)
        #expect(try f.platform.post(
            "/admin/outbox/digest", form: [("weekday", "5"), ("hour", "17"), ("version", String(version))], as: admin).status == 409)
        f.platform.clock.set(Timestamp.parse("2026-11-27T16:30:00Z") ?? .distantPast)
        #expect(try schedule.tick() == 0)
        // Down over the next Friday and back on Monday (three days later): that week's digest is skipped.
        f.platform.clock.set(Timestamp.parse("2026-12-07T09:00:00Z") ?? .distantPast)
        #expect(try schedule.tick() == 0)
        f.platform.clock.set(Timestamp.parse("2026-12-11T16:30:00Z") ?? .distantPast)
        #expect(try schedule.tick() == 3)
        let page = try f.platform.get("/admin/outbox", as: try f.platform.signIn(email: "admin@gpm.test")).text
        #expect(page.contains("<option value=\"5\" selected>Friday</option>") && page.contains("<option value=\"17\" selected>17:00</option>"))
        #expect(page.contains("Weekly digest"))
        // Admins read a digest in the outbox like any message.
        let digestID: Int = try #require(try f.scalar("SELECT MIN(id) FROM outbox WHERE kind = 'digest'"))
        let shown = try f.platform.get("/admin/outbox/\(digestID)", as: try f.platform.signIn(email: "admin@gpm.test"))
        #expect(shown.status == 200 && shown.text.contains("BRIEFS WAITING FOR REVIEW") && shown.text.contains("Welcome desks"))
    }
}
