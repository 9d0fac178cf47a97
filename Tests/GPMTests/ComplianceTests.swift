import Foundation
import SQLite
import Testing

@testable import GPM

/// `/workspace/compliance`: who reported, checked against SQL written here independently of the store.
@Suite("Compliance: who reported")
struct ComplianceTests {
    /// Each expected city's (timeliness, review state) for `year`, by slug, computed here in SQL: `deadline`
    /// is the deadline instant worked out by hand.
    static func expected(_ world: CycleWorld, year: Int, deadline: String) throws -> [String: [String]] {
        let rows: [(String, String, String)] = try world.platform.app.database.read { db in
            try db.query(
                """
                WITH first AS (
                    SELECT b.city_id, b.status,
                           CASE WHEN b.status = 'draft' THEN NULL
                                ELSE coalesce((SELECT min(submitted_at) FROM brief_versions v WHERE v.brief_id = b.id), b.submitted_at) END AS at
                    FROM mayor_briefs b WHERE b.year = ?1)
                SELECT c.slug,
                       CASE WHEN f.at IS NOT NULL AND f.at < ?2 THEN 'on_time'
                            WHEN f.at IS NOT NULL THEN 'late'
                            WHEN d.city_id IS NOT NULL THEN 'no_brief'
                            WHEN f.status = 'draft' THEN 'draft'
                            ELSE 'not_started' END AS timeliness,
                       CASE f.status WHEN 'submitted' THEN 'in_review' WHEN 'changes_requested' THEN 'changes_requested'
                            WHEN 'published' THEN 'published' WHEN 'withdrawn' THEN 'withdrawn' ELSE 'none' END AS review
                FROM cities c
                LEFT JOIN first f ON f.city_id = c.id
                LEFT JOIN no_brief_declarations d ON d.city_id = c.id AND d.year = ?1
                WHERE c.membership = 'member' AND c.id IN (SELECT city_id FROM commitments WHERE status = 'opted_in')
                """, year, deadline
            ).map { (try $0.string("slug"), try $0.string("timeliness"), try $0.string("review")) }
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.0, [$0.1, $0.2]) })
    }

    /// The CSV's rows as (timeliness, review) by slug.
    static func csv(_ world: CycleWorld, _ query: String) throws -> [String: [String]] {
        let response = try world.platform.get("/workspace/compliance.csv" + query, as: try world.staff())
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/csv; charset=utf-8")
        let rows = try RFC4180.parse(response.text)
        let header = try #require(rows.first)
        #expect(header == ComplianceCSV.header)
        let slug = try #require(header.firstIndex(of: "city_slug"))
        let timeliness = try #require(header.firstIndex(of: "timeliness")), review = try #require(header.firstIndex(of: "review_status"))
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[slug], [$0[timeliness], $0[review]]) })
    }

    /// The page's rows as (timeliness, review) by city name, and its counts by key.
    static func page(_ world: CycleWorld, _ query: String) throws -> (rows: [String: [String]], counts: [String: Int], html: String) {
        let response = try world.platform.get("/workspace/compliance" + query, as: try world.staff())
        #expect(response.status == 200)
        let html = response.text
        var rows: [String: [String]] = [:]
        for match in html.matches(of: /<tr data-city="([^"]*)" data-timeliness="([a-z_]+)" data-review="([a-z_]+)">/) {
            rows[String(match.output.1)] = [String(match.output.2), String(match.output.3)]
        }
        var counts: [String: Int] = [:]
        for match in html.matches(of: /<li class="figure" id="count-([a-z_]+)"><a [^>]*><span class="figure__value">([0-9]+)<\/span>/) {
            counts[String(match.output.1)] = Int(match.output.2)
        }
        return (rows, counts, html)
    }

    static func names(_ world: CycleWorld) throws -> [String: String] {
        try world.platform.app.database.read { db in
            Dictionary(uniqueKeysWithValues: try db.query("SELECT slug, name FROM cities").map { (try $0.string("slug"), try $0.string("name")) })
        }
    }

    @Test func thePageAndItsCSVEqualIndependentSQLAcrossTheDeadline() throws {
        let world = try CycleWorld(at: "2027-03-31T12:00:00Z")
        defer { world.platform.stop() }
        // The deadline of 31 March 2027 ends at midnight in Amsterdam (summer time): 22:00 UTC.
        let deadline = "2027-03-31T22:00:00Z"
        try world.fileBrief(office: 0, year: 2026)
        try world.move(to: "2027-04-02T09:00:00Z")
        try world.fileBrief(office: 1, year: 2026)
        let names = try Self.names(world)
        for query in ["", "?year=2026"] {
            let sql = try Self.expected(world, year: 2026, deadline: deadline)
            #expect(sql[world.cities[0]] == ["on_time", "in_review"])
            #expect(sql[world.cities[1]] == ["late", "in_review"])
            #expect(try Self.csv(world, query) == sql)
            let page = try Self.page(world, query)
            #expect(page.rows == Dictionary(uniqueKeysWithValues: sql.map { (HTMLEscapingForTests.escape(names[$0.key] ?? ""), $0.value) }))
            for timeliness in Timeliness.allCases {
                #expect(page.counts[timeliness.rawValue] == sql.values.filter { $0[0] == timeliness.rawValue }.count, "\(timeliness)")
            }
        }
        // 2025 (closed): the seeded briefs of 2025 were submitted in February–April 2026; its deadline was 31 March 2026.
        let closed = try Self.expected(world, year: 2025, deadline: "2026-03-31T22:00:00Z")
        #expect(try Self.csv(world, "?year=2025") == closed)
        #expect(closed.values.contains { $0[0] == "late" } && closed.values.contains { $0[0] == "on_time" })
        // Filters: the CSV and the page apply the same ones.
        let late = try Self.csv(world, "?year=2026&timeliness=late")
        #expect(try late == sql(filter: { $0[0] == "late" }))
        let region: String = try world.platform.app.database.read { db in
            try db.scalar("SELECT r.slug FROM cities c JOIN regions r ON r.id = c.region_id WHERE c.slug = ?", world.cities[0]) ?? ""
        }
        let inRegion = try Self.page(world, "?year=2026&region=\(region)")
        #expect(inRegion.rows[HTMLEscapingForTests.escape(names[world.cities[0]] ?? "")] == ["on_time", "in_review"])
        let byName = try Self.page(world, "?year=2026&q=" + TestClient.formEscape(names[world.cities[1]] ?? ""))
        #expect(byName.rows.keys.contains(HTMLEscapingForTests.escape(names[world.cities[1]] ?? "")))
        let none = try Self.page(world, "?year=2026&q=zzzznowhere")
        #expect(none.rows.isEmpty && none.html.contains("id=\"no-match\""))
        #expect(try world.platform.get("/workspace/compliance?year=2031", as: try world.staff()).status == 404)

        func sql(filter: ([String]) -> Bool) throws -> [String: [String]] {
            try Self.expected(world, year: 2026, deadline: deadline).filter { filter($0.value) }
        }
    }

    @Test func noBriefThisYearWithItsReasonShowsUpAndCanBeTakenBack() throws {
        let world = try CycleWorld(at: "2027-02-01T12:00:00Z")
        defer { world.platform.stop() }
        let office = try world.office(0)
        let empty = try world.platform.post("/workspace/briefs/no-brief", form: [("year", "2026"), ("reason", "  ")], as: office)
        #expect(empty.status == 422)
        #expect(empty.text.contains("id=\"reason-2026-error\">Say why your city files no Mayor Brief for 2026"))
        let reason = "=Programme completed in 2025 <b>no new work</b>"
        let declared = try world.platform.post("/workspace/briefs/no-brief", form: [("year", "2026"), ("reason", reason)], as: office)
        #expect(declared.status == 303)
        let list = try world.platform.get("/workspace/briefs?declared=2026", as: office).text
        #expect(list.contains("files <strong>no Mayor Brief for 2026</strong>"))
        #expect(list.contains("=Programme completed in 2025 &lt;b&gt;no new work&lt;/b&gt;"))
        #expect(!list.contains("Start the 2026 Mayor Brief"))
        let names = try Self.names(world)
        let page = try Self.page(world, "?year=2026")
        #expect(page.rows[HTMLEscapingForTests.escape(names[world.cities[0]] ?? "")] == ["no_brief", "none"])
        #expect(page.html.contains("Reason: =Programme completed in 2025 &lt;b&gt;no new work&lt;/b&gt;"))
        #expect(page.counts["no_brief"] == 1)
        // The CSV carries the reason, neutralised against spreadsheet formulas.
        let csv = try RFC4180.parse(try world.platform.get("/workspace/compliance.csv?year=2026&timeliness=no_brief", as: try world.staff()).text)
        #expect(csv.count == 2)
        #expect(csv[1][ComplianceCSV.header.firstIndex(of: "no_brief_reason") ?? 0] == "'" + reason)
        #expect(try world.scalar("SELECT count(*) FROM audit_events WHERE entity_type = 'no_brief_declaration' AND action = 'create'") == 1)
        // The office's own home shows the same row.
        #expect(try world.platform.get("/workspace/city", as: office).text.contains("data-timeliness=\"no_brief\""))
        // Taken back while the cycle is open: expected again.
        #expect(try world.platform.post("/workspace/briefs/no-brief/undo", form: [("year", "2026")], as: office).status == 303)
        #expect(try Self.page(world, "?year=2026").rows[HTMLEscapingForTests.escape(names[world.cities[0]] ?? "")] == ["not_started", "none"])
        // Once the city has submitted, it cannot declare; once the cycle is closed, nothing changes.
        try world.fileBrief(office: 0, year: 2026)
        let refused = try world.platform.post("/workspace/briefs/no-brief", form: [("year", "2026"), ("reason", "Changed our mind")], as: try world.office(0))
        #expect(refused.status == 409)
        #expect(try world.platform.post("/workspace/briefs/no-brief", form: [("year", "2026"), ("reason", "Nothing new")], as: try world.office(1)).status == 303)
        try world.move(to: "2027-07-02T12:00:00Z")
        #expect(try world.platform.post("/workspace/briefs/no-brief/undo", form: [("year", "2026")], as: try world.office(1)).status == 409)
        #expect(try world.scalar("SELECT count(*) FROM no_brief_declarations WHERE year = 2026") == 1)
    }

    @Test func theDashboardCountsAreTheCompliancePagesCounts() throws {
        let world = try CycleWorld(at: "2027-04-10T08:00:00Z")
        defer { world.platform.stop() }
        try world.fileBrief(office: 0, year: 2026)
        #expect(try world.platform.post("/workspace/briefs/no-brief", form: [("year", "2026"), ("reason", "Done")], as: try world.office(1)).status == 303)
        try world.openCycle(2027, opens: "2027-04-01", deadline: "2028-03-31", closes: "2028-07-01")
        let dashboard = try world.platform.get("/workspace", as: try world.staff()).text
        // Both open cycles have their line; each count equals the compliance page's.
        for year in [2027, 2026] {
            let page = try Self.page(world, "?year=\(year)")
            for timeliness in Timeliness.allCases {
                let pattern = try Regex("id=\"reporting-\(year)-\(timeliness.rawValue)\"><a [^>]*><span class=\"figure__value\">([0-9]+)</span>")
                let shown = try #require(dashboard.firstMatch(of: pattern)).output[1].substring.map(String.init)
                #expect(shown == page.counts[timeliness.rawValue].map(String.init), "\(year) \(timeliness)")
            }
        }
        // The headline figures count the most recent open cycle (2027).
        let page2027 = try Self.page(world, "?year=2027")
        #expect(DashboardTests.figure("not-started", in: dashboard) == String(page2027.counts["not_started"] ?? -1))
        #expect(DashboardTests.figure("not-submitted", in: dashboard)
                == String((page2027.counts["not_started"] ?? 0) + (page2027.counts["draft"] ?? 0)))
        #expect(dashboard.contains("Reporting cycle 2027"))
        #expect(try Self.page(world, "").html.contains("<h1>Who reported in 2027</h1>"))
    }

    @Test func theExpectedCitiesAreASettingOfTheCycle() throws {
        let world = try CycleWorld(at: "2027-02-01T12:00:00Z")
        defer { world.platform.stop() }
        let admin = try world.admin()
        func save(_ expected: String, cities: String) throws -> TestResponse {
            let version = try world.scalar("SELECT version FROM reporting_cycles WHERE year = 2026")
            return try world.platform.post(
                "/workspace/reporting-cycle",
                form: [("year", "2026"), ("version", String(version)), ("opens_on", "2026-01-05"), ("deadline", "2027-03-31"),
                       ("closes_on", "2027-07-01"), ("expected", expected), ("cities", cities), ("note", "")], as: admin)
        }
        let unknown = try save("chosen", cities: "\(world.cities[0])\nno-such-city")
        #expect(unknown.status == 422)
        #expect(unknown.text.contains("id=\"edit-cities-error\">No city in the registry has the slug “no-such-city”."))
        let empty = try save("chosen", cities: "")
        #expect(empty.text.contains("id=\"edit-cities-error\">List the cities expected to report"))
        #expect(try save("chosen", cities: world.cities.joined(separator: ", ")).status == 303)
        #expect(try Self.csv(world, "?year=2026").keys.sorted() == world.cities.sorted())
        #expect(try save("members", cities: "").status == 303)
        #expect(try Self.csv(world, "?year=2026").count == world.scalar("SELECT count(*) FROM cities WHERE membership = 'member'"))
        #expect(try world.scalar("SELECT count(*) FROM reporting_cycle_cities") == 0)
        // A cycle that expects nobody says so.
        try world.platform.app.database.write { db in try db.run("UPDATE cities SET membership = 'observer' WHERE membership = 'member'") }
        let page = try Self.page(world, "?year=2026")
        #expect(page.html.contains("id=\"none-expected\""))
    }

    @Test func onlyTheSecretariatSeesWhoReported() throws {
        let world = try CycleWorld(at: "2027-02-01T12:00:00Z")
        defer { world.platform.stop() }
        for path in ["/workspace/compliance", "/workspace/compliance.csv", "/workspace/compliance?year=2026"] {
            #expect(try world.platform.get(path, as: try world.office(0)).status == 403, "\(path)")
            let visitor = try world.platform.get(path)
            #expect(visitor.status == 303 && (visitor.header("Location") ?? "").hasPrefix("/sign-in?next="), "\(path)")
            #expect(try world.platform.get(path, as: try world.admin()).status == 200, "\(path)")
        }
        // An office cannot declare for another city: the city always comes from the account.
        #expect(try world.platform.post("/workspace/briefs/no-brief", form: [("year", "2026"), ("reason", "x")], as: try world.staff()).status == 403)
        // A new install without cycles: the page says what to do.
        let empty = try TestPlatform(seed: false)
        defer { empty.stop() }
        try empty.createUser(email: "staff@gpm.test", name: "Sam", role: "staff")
        let page = try empty.get("/workspace/compliance", as: try empty.signIn(email: "staff@gpm.test"))
        #expect(page.status == 200 && page.text.contains("id=\"no-cycle\""))
    }
}

extension ComplianceTests {
    @Test func eachRowIsAlsoOnTheCitysWorkspacePage() throws {
        let world = try CycleWorld(at: "2027-04-10T08:00:00Z")
        defer { world.platform.stop() }
        let id = try world.fileBrief(office: 0, year: 2026)
        let staff = try world.staff()
        let compliance = try world.platform.get("/workspace/compliance?year=2026", as: staff).text
        let slug = world.cities[0]
        #expect(compliance.contains("href=\"/workspace/city?city=\(slug)\""))
        let page = try world.platform.get("/workspace/city?city=\(slug)", as: staff)
        #expect(page.status == 200)
        #expect(page.text.contains("as the secretariat reads it"))
        #expect(page.text.contains("data-timeliness=\"late\" data-review=\"in_review\""))
        #expect(page.text.contains("href=\"/workspace/reviews/\(id)\""))
        #expect(!page.text.contains("Opt in to actions and report progress"))
        // The office sees the same row on its own home, without the reviewers' link.
        let home = try world.platform.get("/workspace/city", as: try world.office(0)).text
        #expect(home.contains("data-timeliness=\"late\" data-review=\"in_review\""))
        #expect(!home.contains("href=\"/workspace/reviews/\(id)\""))
        // Another city's office may not read it; an unknown city is 404.
        #expect(try world.platform.get("/workspace/city?city=\(slug)", as: try world.office(1)).status == 403)
        #expect(try world.platform.get("/workspace/city?city=no-such-city", as: staff).status == 404)
    }
}
