import Foundation
import SQLite
import Testing

@testable import GPM

/// A seeded platform on a movable clock, with an admin, a staff member and the offices of two cities the
/// 2026 cycle expects (member cities with a commitment) that have no 2026 brief yet. Sessions expire when
/// the clock jumps months, so each request signs in afresh (`jar`).
struct CycleWorld {
    let clock: PlatformClock
    let platform: TestPlatform
    /// The two offices' cities (slug), in name order.
    let cities: [String]

    init(at instant: String) throws {
        let clock = PlatformClock(fixed: try #require(Timestamp.parse(instant)))
        self.clock = clock
        platform = try TestPlatform { $0.clock = clock }
        cities = try platform.app.database.read { db in
            try db.query(
                """
                SELECT slug FROM cities c WHERE c.membership = 'member'
                AND EXISTS (SELECT 1 FROM commitments m WHERE m.city_id = c.id AND m.status = 'opted_in')
                AND NOT EXISTS (SELECT 1 FROM mayor_briefs b WHERE b.city_id = c.id AND b.year = 2026)
                ORDER BY c.name, c.id LIMIT 2
                """
            ).map { try $0.string("slug") }
        }
        #expect(cities.count == 2)
        try platform.createUser(email: "admin@gpm.test", name: "Ada Admin", role: "admin")
        try platform.createUser(email: "staff@gpm.test", name: "Sam Staff", role: "staff")
        for (index, slug) in cities.enumerated() {
            try platform.createUser(email: "office\(index)@city.test", name: "Office \(index)", role: "city_office", city: slug)
        }
        // Offices confirm their commitments before they may submit; confirmed for 2027, they count for
        // 2026 too. These tests are about dates, not confirmations.
        try platform.confirmAllCommitments(year: 2027)
    }

    func move(to instant: String) throws { clock.set(try #require(Timestamp.parse(instant))) }

    /// A fresh session for `email` at the clock's instant.
    func jar(_ email: String) throws -> CookieJar { try platform.signIn(email: email) }
    func admin() throws -> CookieJar { try jar("admin@gpm.test") }
    func staff() throws -> CookieJar { try jar("staff@gpm.test") }
    func office(_ index: Int) throws -> CookieJar { try jar("office\(index)@city.test") }

    func scalar(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Int {
        try platform.app.database.read { try $0.scalar(sql, arguments: arguments) ?? -1 }
    }

    /// The office creates its brief for `year` through the forms, fills it and submits it; returns its id.
    @discardableResult
    func fileBrief(office index: Int, year: Int, submit: Bool = true) throws -> Int {
        let jar = try office(index)
        let created = try platform.post("/workspace/briefs/new", form: [("year", String(year)), ("start", "empty")], as: jar)
        #expect(created.status == 303, "create \(year): \(created.status)")
        let location = try #require(created.header("Location"))
        let id = try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))
        let form = [("version", "1"), ("title", "Year \(year)"), ("summary", "What we did."), ("context", "Context."),
                    ("programme", "Programme."), ("results", "- Results"), ("what_did_not_work", ""), ("partners", ""), ("next_steps", "")]
        #expect(try platform.post("/workspace/briefs/\(id)/edit", form: form, as: jar).status == 303)
        if submit {
            let version = try scalar("SELECT version FROM mayor_briefs WHERE id = ?", id)
            let sent = try platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(version))], as: jar)
            #expect(sent.status == 303, "submit \(year): \(sent.status)")
        }
        return id
    }

    /// Opens `year` through the form and its confirmation; returns the confirmation page.
    @discardableResult
    func openCycle(_ year: Int, opens: String, deadline: String, closes: String) throws -> TestResponse {
        let admin = try admin()
        let form = [("year", String(year)), ("opens_on", opens), ("deadline", deadline), ("closes_on", closes), ("note", "")]
        let confirm = try platform.post("/workspace/reporting-cycle/new", form: form, as: admin)
        #expect(confirm.status == 200)
        #expect(try platform.post("/workspace/reporting-cycle/new", form: form + [("confirm", "1")], as: admin).status == 303)
        return confirm
    }
}

@Suite("Reporting cycles: dates, time zone, overlapping cycles")
struct CycleCalendarTests {
    @Test func theDeadlineIsTheEndOfItsDayInTheSecretariatsZone() throws {
        let cycle = ReportingCycle(
            year: 2026, opensOn: "2026-01-05", deadline: "2027-03-31", closesOn: "2027-07-01", note: nil, expected: .committed, version: 1)
        let amsterdam = try #require(ReportingCalendar(timeZoneIdentifier: "Europe/Amsterdam"))
        let utc = try #require(ReportingCalendar(timeZoneIdentifier: "UTC"))
        // Summer time starts on 28 March 2027: midnight in Amsterdam is 22:00 UTC.
        #expect(Timestamp.format(amsterdam.deadlineInstant(of: cycle)) == "2027-03-31T22:00:00Z")
        #expect(Timestamp.format(utc.deadlineInstant(of: cycle)) == "2027-04-01T00:00:00Z")
        #expect(ReportingCalendar(timeZoneIdentifier: "Mars/Olympus") == nil)
        #expect(ReportingCalendar(timeZoneIdentifier: "CET") == nil)
        // Open = opens_on <= today < closes_on, today in the zone: at 23:30 UTC on 30 June it is 1 July in Amsterdam.
        let evening = try #require(Timestamp.parse("2027-06-30T22:30:00Z"))
        #expect(amsterdam.openCycles([cycle], at: evening).isEmpty)
        #expect(utc.openCycles([cycle], at: evening).map(\.year) == [2026])
    }

    @Test func aSubmissionJustBeforeMidnightInAmsterdamIsOnTimeAndOneSecondLaterIsLate() throws {
        let world = try CycleWorld(at: "2027-03-31T21:00:00Z")
        defer { world.platform.stop() }
        try world.fileBrief(office: 0, year: 2026, submit: false)
        try world.fileBrief(office: 1, year: 2026, submit: false)
        func submit(_ index: Int, at instant: String) throws {
            try world.move(to: instant)
            let id = try world.scalar("SELECT b.id FROM mayor_briefs b JOIN cities c ON c.id = b.city_id WHERE c.slug = ? AND b.year = 2026",
                                      world.cities[index])
            let version = try world.scalar("SELECT version FROM mayor_briefs WHERE id = ?", id)
            #expect(try world.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(version))], as: try world.office(index)).status == 303)
        }
        try submit(0, at: "2027-03-31T21:59:59Z")  // 23:59:59 in Amsterdam on the deadline day
        try submit(1, at: "2027-03-31T22:00:00Z")  // 00:00:00 on 1 April in Amsterdam, still 31 March in UTC
        func timeliness() throws -> [String: String] {
            let csv = try world.platform.get("/workspace/compliance.csv?year=2026", as: try world.staff())
            #expect(csv.status == 200)
            let rows = try RFC4180.parse(csv.text)
            let header = try #require(rows.first)
            let slug = try #require(header.firstIndex(of: "city_slug")), value = try #require(header.firstIndex(of: "timeliness"))
            return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[slug], $0[value]) })
        }
        var shown = try timeliness()
        #expect(shown[world.cities[0]] == "on_time")
        #expect(shown[world.cities[1]] == "late")
        // With the secretariat in UTC, the deadline ends two hours later: both were on time.
        let admin = try world.admin()
        let bad = try world.platform.post("/workspace/reporting-cycle/time-zone", form: [("time_zone", "Mars/Olympus"), ("version", "1")], as: admin)
        #expect(bad.status == 422)
        #expect(bad.text.contains("id=\"time-zone-error\">“Mars/Olympus” is not a time zone this server knows"))
        #expect(try world.platform.post("/workspace/reporting-cycle/time-zone", form: [("time_zone", "UTC"), ("version", "1")], as: admin).status == 303)
        shown = try timeliness()
        #expect(shown[world.cities[0]] == "on_time")
        #expect(shown[world.cities[1]] == "on_time")
        #expect(try world.scalar("SELECT count(*) FROM audit_events WHERE entity_type = 'secretariat_settings'") == 1)
        // Staff see the zone but may not change it.
        let staff = try world.staff()
        #expect(try world.platform.get("/workspace/reporting-cycle", as: staff).text.contains("id=\"time-zone\">UTC</strong>"))
        #expect(try world.platform.post("/workspace/reporting-cycle/time-zone", form: [("time_zone", "Europe/Paris"), ("version", "2")], as: staff).status == 403)
    }

    @Test func aLateOfficeFilesLastYearsBriefAfterTheNextCycleOpened() throws {
        let world = try CycleWorld(at: "2027-03-20T10:00:00Z")
        defer { world.platform.stop() }
        let platform = world.platform
        // The secretariat opens 2027 nine days before the 2026 deadline; the confirmation names who has not reported.
        let outstanding = try world.scalar(
            """
            SELECT count(*) FROM cities c WHERE c.membership = 'member'
            AND EXISTS (SELECT 1 FROM commitments m WHERE m.city_id = c.id AND m.status = 'opted_in')
            AND NOT EXISTS (SELECT 1 FROM mayor_briefs b WHERE b.city_id = c.id AND b.year = 2026 AND b.status <> 'draft')
            AND NOT EXISTS (SELECT 1 FROM no_brief_declarations d WHERE d.city_id = c.id AND d.year = 2026)
            """)
        #expect(outstanding > 2)
        let confirm = try world.openCycle(2027, opens: "2027-03-22", deadline: "2028-03-31", closes: "2028-07-01")
        #expect(confirm.text.contains("\(outstanding) cities have not reported for 2026; they can still file until 1 July 2027"))
        #expect(confirm.text.contains("<caption>Cities expected in 2026 without a submitted brief (\(outstanding))</caption>"))

        // On 10 April both cycles are open: 2026 past its deadline but not closed, 2027 just opened.
        try world.move(to: "2027-04-10T08:00:00Z")
        let office = try world.office(0)
        let list = try platform.get("/workspace/briefs", as: office).text
        #expect(list.contains("<h2 id=\"cycle-heading-2027\">Reporting year 2027</h2>"))
        #expect(list.contains("<h2 id=\"cycle-heading-2026\">Reporting year 2026</h2>"))
        #expect(list.contains("href=\"/workspace/briefs/new?year=2026\">Start the 2026 Mayor Brief</a>"))
        #expect(list.contains("href=\"/workspace/briefs/new?year=2027\">Start the 2027 Mayor Brief</a>"))
        #expect(list.contains("counted as late"))
        let home = try platform.get("/workspace/city", as: office).text
        #expect(home.contains("id=\"office-cycle-2026\"") && home.contains("id=\"office-cycle-2027\""))
        #expect(home.contains("data-timeliness=\"not_started\""))
        let newPage = try platform.get("/workspace/briefs/new?year=2026", as: office).text
        #expect(newPage.contains("New Mayor Brief for 2026") && newPage.contains("counted as late"))

        let id = try world.fileBrief(office: 0, year: 2026)
        #expect(try world.scalar("SELECT count(*) FROM mayor_briefs WHERE id = ? AND year = 2026 AND status = 'submitted'", id) == 1)
        let compliance = try platform.get("/workspace/compliance?year=2026", as: try world.staff()).text
        let slug = world.cities[0]
        let name = try platform.app.database.read { db in try db.scalar("SELECT name FROM cities WHERE slug = ?", slug) as String? } ?? ""
        let row = try #require(compliance.firstMatch(of: try Regex("<tr data-city=\"\(HTMLEscapingForTests.escape(name))\"[^>]*>")))
        #expect(String(row.output[0].substring ?? "").contains("data-timeliness=\"late\" data-review=\"in_review\""))
        #expect(compliance.contains("href=\"/workspace/reviews/\(id)\""))
        // The 2027 brief is filed too, and is on time.
        let next = try world.fileBrief(office: 0, year: 2027)
        #expect(try world.scalar("SELECT year FROM mayor_briefs WHERE id = ?", next) == 2027)

        // From 1 July 2027 (Amsterdam) the 2026 cycle is closed: nothing more is started or submitted for it.
        try world.fileBrief(office: 1, year: 2026, submit: false)
        try world.move(to: "2027-06-30T22:00:00Z")
        let closed = try platform.get("/workspace/briefs", as: try world.office(1)).text
        #expect(!closed.contains("Reporting year 2026</h2>"))
        #expect(closed.contains("Reporting year 2027</h2>"))
        let draft = try world.scalar(
            "SELECT b.id FROM mayor_briefs b JOIN cities c ON c.id = b.city_id WHERE c.slug = ? AND b.year = 2026", world.cities[1])
        let version = try world.scalar("SELECT version FROM mayor_briefs WHERE id = ?", draft)
        let refused = try platform.post("/workspace/briefs/\(draft)/submit", form: [("version", String(version))], as: try world.office(1))
        #expect(refused.status == 409)
        #expect(refused.text.contains("The 2026 reporting cycle is closed"))
        #expect(try world.scalar("SELECT count(*) FROM mayor_briefs WHERE id = ? AND status = 'draft'", draft) == 1)
        let start = try platform.post("/workspace/briefs/new", form: [("year", "2026")], as: try world.office(0))
        #expect(start.status == 409)
    }

    @Test func whichCycleIsOpenFollowsTheClockNotTheHighestYear() throws {
        let world = try CycleWorld(at: "2027-02-01T12:00:00Z")
        defer { world.platform.stop() }
        // 2027 is saved ahead of time: it opens on 1 December 2027. Until then 2026 alone is open.
        try world.openCycle(2027, opens: "2027-12-01", deadline: "2028-03-31", closes: "2028-07-01")
        func years() throws -> [Int] {
            let text = try world.platform.get("/workspace/briefs", as: try world.office(0)).text
            return text.matches(of: /<h2 id="cycle-heading-([0-9]{4})">/).map { Int($0.output.1)! }
        }
        #expect(try years() == [2026])
        let page = try world.platform.get("/workspace/reporting-cycle", as: try world.staff()).text
        #expect(page.contains("2027 <span class=\"badge badge--muted\">not yet open</span>"))
        #expect(page.contains("2026 <span class=\"badge badge--ok\">open</span>"))
        #expect(page.contains("2025 <span class=\"badge badge--muted\">closed</span>"))
        // The dashboard counts the most recent open cycle: 2026, not the highest year.
        #expect(try world.platform.get("/workspace", as: try world.staff()).text.contains("Reporting cycle 2026"))
        try world.move(to: "2027-11-30T22:59:59Z")  // 23:59:59 on 30 November in Amsterdam (winter time)
        #expect(try years() == [])
        try world.move(to: "2027-11-30T23:00:00Z")  // midnight: 1 December in Amsterdam
        #expect(try years() == [2027])
        #expect(try world.platform.get("/workspace", as: try world.staff()).text.contains("Reporting cycle 2027"))
    }

    @Test func impossibleDatesEachGetTheirOwnMessageBesideTheField() throws {
        let world = try CycleWorld(at: "2026-12-06T12:00:00Z")
        defer { world.platform.stop() }
        let admin = try world.admin()
        func edit(_ opens: String, _ deadline: String, _ closes: String) throws -> String {
            let response = try world.platform.post(
                "/workspace/reporting-cycle",
                form: [("year", "2026"), ("version", "1"), ("opens_on", opens), ("deadline", deadline), ("closes_on", closes), ("note", "Kept")],
                as: admin)
            #expect(response.status == 422)
            #expect(response.text.contains(">Kept</textarea>"))
            return response.text
        }
        let before = try edit("2027-04-15", "2027-03-31", "2027-07-01")
        #expect(before.contains("id=\"edit-deadline-error\">The deadline (2027-03-31) falls before the cycle opens (2027-04-15)"))
        #expect(before.contains("value=\"2027-04-15\""))
        let closing = try edit("2026-01-05", "2027-03-31", "2027-03-31")
        #expect(closing.contains("id=\"edit-closes-on-error\">The cycle must close after its deadline (2027-03-31)"))
        let february = try edit("2026-02-30", "2027-03-31", "2027-07-01")
        #expect(february.contains("id=\"edit-opens-on-error\">2026-02-30 is not a day of the calendar"))
        let all = try edit("2026-13-01", "2027-02-29", "July")
        #expect(all.contains("id=\"edit-opens-on-error\">2026-13-01 is not a day of the calendar"))
        #expect(all.contains("id=\"edit-deadline-error\">2027-02-29 is not a day of the calendar"))
        #expect(all.contains("id=\"edit-closes-on-error\">Write the closing date as a date YYYY-MM-DD"))
        #expect(all.contains("href=\"#edit-closes-on\""))
        // The opening form says the same, beside its own fields, and opens nothing.
        let opening = try world.platform.post(
            "/workspace/reporting-cycle/new",
            form: [("year", "2027"), ("opens_on", "2028-05-01"), ("deadline", "2028-03-31"), ("closes_on", "2028-02-01"), ("confirm", "1")],
            as: admin)
        #expect(opening.status == 422)
        #expect(opening.text.contains("id=\"new-deadline-error\">The deadline (2028-03-31) falls before the cycle opens (2028-05-01)"))
        #expect(opening.text.contains("id=\"new-closes-on-error\">The cycle must close after its deadline"))
        #expect(try world.scalar("SELECT count(*) FROM reporting_cycles WHERE year = 2027") == 0)
        #expect(try world.scalar("SELECT version FROM reporting_cycles WHERE year = 2026") == 1)
    }
}
