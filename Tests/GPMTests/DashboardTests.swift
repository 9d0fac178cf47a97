import Foundation
import SQLite
import Testing
@testable import GPM

/// A platform with one user of each role, signed in.
struct WorkspaceFixture {
    let platform: TestPlatform
    let admin: CookieJar
    let staff: CookieJar
    let office: CookieJar

    init() throws {
        platform = try TestPlatform()
        let city: String = try #require(try platform.app.database.read { db in try db.scalar("SELECT slug FROM cities ORDER BY id LIMIT 1") })
        try platform.createUser(email: "admin@gpm.test", name: "Ada Admin", role: "admin")
        try platform.createUser(email: "staff@gpm.test", name: "Sam Staff", role: "staff")
        try platform.createUser(email: "office@gpm.test", name: "Olga Office", role: "city_office", city: city)
        admin = try platform.signIn(email: "admin@gpm.test")
        staff = try platform.signIn(email: "staff@gpm.test")
        office = try platform.signIn(email: "office@gpm.test")
    }

    func scalar(_ sql: String, _ arguments: any SQLBindable...) throws -> Int {
        try platform.app.database.read { db in try db.scalar(sql, arguments: arguments) ?? 0 }
    }
}

@Suite("Dashboard")
struct DashboardTests {
    static func figure(_ key: String, in html: String) -> String? {
        let pattern = try! Regex("id=\"figure-\(key)\">(?:<a [^>]*>)?<span class=\"figure__value\">([0-9,]+)</span>")
        return html.firstMatch(of: pattern).map { String($0.output[1].substring ?? "") }
    }

    static func svgs(in html: String) -> [String] {
        html.matches(of: /<svg class="bar-chart[\s\S]*?<\/svg>/).map { String($0.output) }
    }

    @Test func figuresEqualTheDatabaseCounts() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let page = try fixture.platform.get("/workspace", as: fixture.staff)
        #expect(page.status == 200)
        let html = page.text
        let year = try fixture.scalar("SELECT max(year) FROM reporting_cycles")
        let expected: [(String, Int)] = [
            ("member-cities", try fixture.scalar("SELECT count(*) FROM cities WHERE membership = 'member'")),
            ("commitments", try fixture.scalar("SELECT count(*) FROM commitments WHERE status = 'opted_in'")),
            ("published", try fixture.scalar("SELECT count(*) FROM mayor_briefs WHERE status = 'published'")),
            ("awaiting-review", try fixture.scalar("SELECT count(*) FROM mayor_briefs WHERE status IN ('submitted', 'resubmitted')")),
            // Expected cities (members with a commitment, the cycle's default) that have not started / not submitted.
            ("not-started", try fixture.scalar(
                """
                SELECT count(*) FROM cities c WHERE membership = 'member'
                AND EXISTS (SELECT 1 FROM commitments WHERE city_id = c.id AND status = 'opted_in')
                AND NOT EXISTS (SELECT 1 FROM mayor_briefs WHERE city_id = c.id AND year = ?)
                AND NOT EXISTS (SELECT 1 FROM no_brief_declarations WHERE city_id = c.id AND year = ?)
                """,
                year, year)),
            ("not-submitted", try fixture.scalar(
                """
                SELECT count(*) FROM cities c WHERE membership = 'member'
                AND EXISTS (SELECT 1 FROM commitments WHERE city_id = c.id AND status = 'opted_in')
                AND NOT EXISTS (SELECT 1 FROM mayor_briefs WHERE city_id = c.id AND year = ? AND status <> 'draft')
                AND NOT EXISTS (SELECT 1 FROM no_brief_declarations WHERE city_id = c.id AND year = ?)
                """, year, year)),
        ]
        for (key, count) in expected {
            #expect(Self.figure(key, in: html) == Formatting.number(count), "\(key)")
        }
        // The seeds as the data notes count them, so the figures are not trivially zero.
        #expect(Self.figure("published", in: html) == "122")
        #expect(Self.figure("awaiting-review", in: html) == "6")
        #expect(html.contains("Reporting cycle 2026"))
        #expect(html.contains("<time datetime=\"2027-03-31\">31 March 2027</time>"))
        #expect(html.contains("days left") || html.contains("past the deadline") || html.contains("due today"))
    }

    @Test func waitingBriefsAndCitiesWithoutABrief() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let database = fixture.platform.app.database
        // A resubmitted brief waits too, in submission order (the oldest first).
        let briefID: Int = try database.write { db in
            try db.run(
                """
                UPDATE mayor_briefs SET submitted_at = '2000-01-01T00:00:00Z'
                WHERE id = (SELECT max(id) FROM mayor_briefs WHERE status = 'submitted')
                """)
            return try db.scalar("SELECT id FROM mayor_briefs WHERE submitted_at = '2000-01-01T00:00:00Z'") ?? 0
        }
        let html = try fixture.platform.get("/workspace", as: fixture.admin).text
        let expected: [Int] = try database.read { db in
            try db.query("SELECT id FROM mayor_briefs WHERE status IN ('submitted', 'resubmitted') ORDER BY submitted_at, id")
                .map { try $0.int("id") }
        }
        let table = try #require(html.firstMatch(of: /<table class="table table--stack" id="waiting-table">[\s\S]*?<\/table>/)).output
        let shown = table.matches(of: /href="\/workspace\/reviews\/([0-9]+)"/).map { Int($0.output.1)! }
        #expect(shown == expected)
        #expect(shown.first == briefID)
        #expect(expected.count == 6)

        let year = try fixture.scalar("SELECT max(year) FROM reporting_cycles")
        let without: [String] = try database.read { db in
            try db.query(
                """
                SELECT slug FROM cities c WHERE membership = 'member'
                AND EXISTS (SELECT 1 FROM commitments WHERE city_id = c.id AND status = 'opted_in')
                AND NOT EXISTS (SELECT 1 FROM mayor_briefs WHERE city_id = c.id AND year = ?) ORDER BY name, id
                """, year
            ).map { try $0.string("slug") }
        }
        let list = try #require(html.firstMatch(of: /<ul class="tags" id="without-brief-list">[\s\S]*?<\/ul>/)).output
        #expect(list.matches(of: /href="\/cities\/([a-z0-9-]+)"/).map { String($0.output.1) } == without)
        #expect(!without.isEmpty)
        // A city that starts its brief leaves the list.
        let first = without[0]
        try database.write { db in
            try db.run(
                "INSERT INTO mayor_briefs (city_id, year, title, status) SELECT id, ?, 'Draft', 'draft' FROM cities WHERE slug = ?", year, first)
        }
        let after = try fixture.platform.get("/workspace", as: fixture.admin).text
        let listAfter = try #require(after.firstMatch(of: /<ul class="tags" id="without-brief-list">[\s\S]*?<\/ul>/)).output
        #expect(!listAfter.contains("href=\"/cities/\(first)\""))
        #expect(Self.figure("not-started", in: after) == String(without.count - 1))
    }

    @Test func chartsAreWellFormedSVGWithEachRegionsCount() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let html = try fixture.platform.get("/workspace", as: fixture.staff).text
        let charts = Self.svgs(in: html)
        #expect(charts.count == 2)
        for chart in charts {
            #expect(chart.contains("role=\"img\""))
            #expect(try XMLTexts.texts(of: "title", in: chart).count > 1)
            #expect(try XMLTexts.texts(of: "desc", in: chart).count == 1)
        }
        let regions: [(String, Int)] = try fixture.platform.app.database.read { db in
            try db.query(
                """
                SELECT r.name, (SELECT count(*) FROM commitments m JOIN cities c ON c.id = m.city_id
                                WHERE c.region_id = r.id AND m.status = 'opted_in') AS n FROM regions r ORDER BY position
                """
            ).map { (try $0.string("name"), try $0.int("n")) }
        }
        let regionChart = try #require(charts.first { $0.contains("Commitments per region") })
        let titles = try XMLTexts.texts(of: "title", in: regionChart)
        #expect(titles == ["Commitments per region"] + regions.map { "\($0.0): \($0.1)" })
        #expect(regions.contains { $0.1 > 0 })
        let table = try #require(html.firstMatch(of: /<table class="table table--stack" id="region-table">[\s\S]*?<\/table>/)).output
        for (name, count) in regions {
            #expect(table.contains(">\(HTMLEscapingForTests.escape(name))</a></th><td data-label=\"Commitments\" class=\"num\">\(count)</td>"), "\(name)")
        }
        // Actions: one bar per action, most opted-in first, labelled as the pages label them.
        let actionChart = try #require(charts.first { $0.contains("Commitments per action") })
        let actionTitles = try XMLTexts.texts(of: "title", in: actionChart).dropFirst()
        #expect(actionTitles.count == (try fixture.scalar("SELECT count(*) FROM actions")))
        let counts = actionTitles.map { Int($0.split(separator: " ").last!)! }
        #expect(counts == counts.sorted(by: >))
        #expect(counts.reduce(0, +) == (try fixture.scalar("SELECT count(*) FROM commitments WHERE status = 'opted_in'")))
        #expect(actionTitles.contains { $0.hasPrefix("Real-time data on migration and crime") })  // an editorial short title
    }

    @Test func recentActivityShowsTheLatestAuditEvents() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        try fixture.platform.app.database.write { db in
            for index in 0..<20 {
                try AuditStore(db: db).record(at: "2026-11-01T10:00:00Z", user: nil, action: .update, entity: "network", id: index, summary: "Change <b>\(index)</b>")
            }
        }
        let html = try fixture.platform.get("/workspace", as: fixture.admin).text
        let table = try #require(html.firstMatch(of: /<table class="table table--stack" id="activity-table">[\s\S]*?<\/table>/)).output
        #expect(table.matches(of: /<tr><td data-label="When"><time/).count == 15)
        #expect(table.contains("Update: <span lang=\"en\">Change &lt;b&gt;19&lt;/b&gt;</span>"))
        #expect(!table.contains("Change &lt;b&gt;4&lt;/b&gt;"))
        #expect(table.contains("the platform"))
        #expect(table.contains("href=\"/admin/audit?entity=network&amp;id=19\""))
    }

    @Test func onlyTheSecretariatSeesTheDashboard() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let visitor = try platform.get("/workspace")
        #expect(visitor.status == 303)
        #expect(visitor.header("Location") == "/sign-in?next=%2Fworkspace")
        let office = try platform.get("/workspace", as: fixture.office)
        #expect(office.status == 303)
        #expect(office.header("Location") == "/workspace/city")
        for jar in [fixture.admin, fixture.staff] {
            let page = try platform.get("/workspace", as: jar)
            #expect(page.status == 200)
            #expect(page.text.contains("<h1>Dashboard</h1>"))
            #expect(page.text.contains("aria-current=\"page\">Dashboard</a>"))
        }
    }
}

/// The escaping the templates apply, for expectations on rendered names.
enum HTMLEscapingForTests {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
