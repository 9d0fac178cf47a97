import Foundation
import SQLite
import Testing
@testable import GPM

/// The three ways to start (README): the demo, the documents only (`gpm seed --documents-only`) and no seed
/// (reference data only). Over real HTTP.
@Suite("Three ways to start")
struct StartingTests {
    /// Every (table, column) of the schema that marks a row as invented: `is_demo`, `membership_is_demo`.
    static func demoMarkers(_ platform: TestPlatform) throws -> [(table: String, column: String)] {
        try platform.app.database.read { db in
            try db.query(
                """
                SELECT m.name AS tbl, p.name AS col FROM sqlite_schema m, pragma_table_info(m.name) p
                WHERE m.type = 'table' AND p.name IN ('is_demo', 'membership_is_demo') ORDER BY 1, 2
                """
            ).map { (try $0.string("tbl"), try $0.string("col")) }
        }
    }

    /// Demo badges on a page (the layout says once, in its site-wide notice, that the site shows demo data).
    static func demoBadges(_ html: String) -> Int {
        html.components(separatedBy: "class=\"demo-badge\"").count - 1
    }

    static func count(_ platform: TestPlatform, _ sql: String) throws -> Int {
        try platform.app.database.read { db in try db.scalar(sql) } ?? 0
    }

    @Test func documentsOnlyShowsThePapersAndNoRowMarkedDemo() throws {
        let platform = try TestPlatform { $0.seed = .documents }
        defer { platform.stop() }

        // Nothing anywhere is marked demo, in every table that can mark it; no invented membership survives.
        let markers = try Self.demoMarkers(platform)
        #expect(markers.count >= 9)
        for (table, column) in markers {
            #expect(try Self.count(platform, "SELECT count(*) FROM \(table) WHERE \(column) <> 0") == 0, "\(table).\(column)")
        }
        #expect(try Self.count(platform, "SELECT count(*) FROM cities WHERE membership IS NOT NULL OR joined_on IS NOT NULL") == 0)
        #expect(try Self.count(platform, "SELECT count(*) FROM mayor_briefs") == 0)
        #expect(try Self.count(platform, "SELECT count(*) FROM commitments") == 0)
        #expect(try Self.count(platform, "SELECT count(*) FROM commitment_events") == 0)
        // No reporting cycle: an admin opens the first one.
        #expect(try Self.count(platform, "SELECT count(*) FROM reporting_cycles") == 0)
        // What the papers state is all there.
        #expect(try Self.count(platform, "SELECT count(*) FROM convenings") == 1)
        #expect(try Self.count(platform, "SELECT count(*) FROM strategy_sessions") == 5)
        #expect(try Self.count(platform, "SELECT count(*) FROM actions") == 31)
        #expect(try Self.count(platform, "SELECT count(*) FROM case_studies") == 21)
        #expect(try Self.count(platform, "SELECT count(*) FROM partnerships") == 18)
        #expect(try Self.count(platform, "SELECT count(*) FROM networks") == 53)
        #expect(try Self.count(platform, "SELECT count(*) FROM cities") == 60)
        // Every city is named by the papers: each one is referred to by a row from them (or has their profile).
        #expect(try Self.count(platform, "SELECT count(*) FROM cities WHERE profile IS NULL") == 0)

        let sessions = try platform.get("/sessions")
        #expect(sessions.status == 200)
        #expect(sessions.text.contains("Inaugural Convening"))
        #expect(Self.demoBadges(sessions.text) == 0)
        let sessionSlugs: [String] = try platform.app.database.read { db in
            try db.query("SELECT slug FROM strategy_sessions ORDER BY id").map { try $0.string("slug") }
        }
        for slug in sessionSlugs {
            let page = try platform.get("/sessions/\(slug)")
            #expect(page.status == 200, "\(slug)")
            #expect(page.text.contains("<ol") || page.text.contains("<li"), "\(slug) lists its principles and actions")
            #expect(Self.demoBadges(page.text) == 0)
        }
        let actions: [(slug: String, title: String?)] = try platform.app.database.read { db in
            try db.query("SELECT slug, title FROM actions ORDER BY id").map { (try $0.string("slug"), try $0.optionalString("title")) }
        }
        #expect(actions.count == 31)
        for action in actions {
            let page = try platform.get("/actions/\(action.slug)")
            #expect(page.status == 200, "\(action.slug)")
            #expect(Self.demoBadges(page.text) == 0)
        }
        let cities = try platform.get("/cities")
        #expect(cities.status == 200)
        #expect(cities.text.contains("The Hague"))
        #expect(Self.demoBadges(cities.text) == 0)
        #expect(!cities.text.contains("class=\"site-notice\""))  // no demo data, no notice
        let practices = try platform.get("/best-practices")
        #expect(practices.status == 200)
        #expect(practices.text.contains("Street Bump"))
    }

    @Test func theDemoStillHasIts2026Cycle() throws {
        let platform = TestPlatform.shared
        let cycle: Row? = try platform.app.database.read { db in try db.queryOne("SELECT deadline, note FROM reporting_cycles WHERE year = 2026") }
        #expect(try cycle?.string("deadline") == "2027-03-31")
        // 2025 (closed, for the compliance page's on-time and late briefs) and 2026.
        #expect(try Self.count(platform, "SELECT count(*) FROM reporting_cycles") == 2)
        // The badge count the documents-only test relies on does see the demo's badges.
        #expect(Self.demoBadges(try platform.get("/cities").text) > 0)
    }

    /// Every page of an empty install answers 200 and says what to do first.
    @Test func anEmptyInstallSaysWhatToDoFirstOnEveryPage() throws {
        let platform = try TestPlatform(seed: false)
        defer { platform.stop() }
        #expect(try Self.count(platform, "SELECT count(*) FROM reporting_cycles") == 0)
        #expect(try Self.count(platform, "SELECT count(*) FROM cities") == 0)

        func expectPage(_ path: String, _ sentences: [String], as jar: CookieJar? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let page = try jar.map { try platform.get(path, as: $0) } ?? platform.get(path)
            #expect(page.status == 200, "\(path)", sourceLocation: sourceLocation)
            for sentence in sentences {
                #expect(page.text.contains(sentence), "\(path): \(sentence)", sourceLocation: sourceLocation)
            }
        }

        // The public, anonymous.
        try expectPage("/", ["No member city is on the map yet.", "Cities appear here as the GPM secretariat records their membership.",
                             "No Mayor Brief has been published yet.", "No city has opted in to an action yet."])
        try expectPage("/cities", ["No city is in the registry yet.", "The GPM secretariat adds its member cities here"])
        try expectPage("/cities?region=europe", ["No city matches these filters."])
        try expectPage("/networks", ["No network or organisation is in the registry yet."])
        try expectPage("/sessions", ["No convening or strategy session is in the registry yet."])
        try expectPage("/partnerships", ["No partnership is in the registry yet."])
        try expectPage("/partnerships/graph", ["No partnership or shared network links two cities yet."])
        try expectPage("/best-practices", ["No Mayor Brief has been published and no case study added yet.",
                                           "Member cities&#39; Mayor Briefs appear here once they are published."])
        try expectPage("/open-data", ["Open data"])

        // The secretariat: what to do first, with the links.
        try platform.createUser(email: "admin@gpm.test", name: "Ada Admin", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        try expectPage("/workspace", [
            "No reporting cycle is open. An admin opens one at <a href=\"/workspace/reporting-cycle\">Reporting cycle settings</a>",
            "There are no cities in the registry yet",
            "<a href=\"/workspace/cities\">Add the member cities</a>",
            "<a href=\"/workspace/import/cities\">import them from a CSV file</a>",
            "<a href=\"/workspace/reporting-cycle\">Open the first reporting cycle</a>",
            "No brief is due: no reporting cycle is open.",
        ], as: admin)
        let dashboard = try platform.get("/workspace", as: admin)
        #expect(!dashboard.text.contains("Every member city has started"))
        try expectPage("/", ["<a href=\"/workspace/cities\">add the member cities</a>", "open the first reporting cycle"], as: admin)
        try expectPage("/cities", ["<a href=\"/workspace/cities\">add a city</a>", "<a href=\"/workspace/import/cities\">import a CSV of cities</a>"], as: admin)
        try expectPage("/networks", ["<a href=\"/workspace/networks\">add a network or organisation</a>"], as: admin)
        try expectPage("/sessions", ["<a href=\"/workspace/convenings\">add a convening</a>"], as: admin)
        try expectPage("/partnerships", ["<a href=\"/workspace/partnerships\">add a partnership</a>"], as: admin)
        try expectPage("/best-practices", ["<a href=\"/workspace/case-studies\">add a case study</a>"], as: admin)
        try expectPage("/workspace/reviews", ["No brief is waiting for review.", "Nothing published yet."], as: admin)
        try expectPage("/workspace/reporting-cycle", ["No reporting cycle is open yet: city offices cannot start a Mayor Brief until one is.",
                                                      "Open the first cycle", "No cycle has been opened yet."], as: admin)
        try expectPage("/workspace/registry", ["Cities"], as: admin)
        for (key, singular) in [("cities", "city"), ("networks", "network"), ("convenings", "convening"), ("sessions", "strategy session"),
                                ("actions", "action"), ("partnerships", "partnership"), ("case-studies", "case study")] {
            try expectPage("/workspace/\(key)", ["There is no \(singular) in the registry yet.", "Add the first \(singular)</a>"], as: admin)
        }
        try expectPage("/workspace/import/cities", ["Import"], as: admin)
        try expectPage("/admin/users", ["Ada Admin"], as: admin)
        try expectPage("/admin/invitations", ["No pending invitations."], as: admin)
        try expectPage("/admin/audit", ["Audit"], as: admin)

        // A city office (its city added by hand): briefs cannot be started while no cycle is open.
        try platform.app.database.write { db in
            try db.run("INSERT INTO cities (slug, name, country_code, region_id) VALUES ('accra', 'Accra', 'GH', (SELECT id FROM regions ORDER BY id LIMIT 1))")
        }
        try platform.createUser(email: "office@gpm.test", name: "Olga Office", role: "city_office", city: "accra")
        let office = try platform.signIn(email: "office@gpm.test")
        let noCycle = "No reporting cycle is open, so Mayor Briefs cannot be started yet."
        try expectPage("/workspace/city", [noCycle, "Your city has not opted in to any action yet."], as: office)
        try expectPage("/workspace/briefs", [noCycle, "Your city has not filed a Mayor Brief yet."], as: office)
        try expectPage("/workspace/briefs/new", [noCycle], as: office)
        try expectPage("/workspace/commitments", ["No strategy session has adopted an action yet, so there is nothing to opt in to."], as: office)
        try expectPage("/workspace/notifications", ["No notifications yet."], as: office)
        let start = try platform.post("/workspace/briefs/new", form: [("start", "empty")], as: office)
        #expect(start.status == 409)
        #expect(try Self.count(platform, "SELECT count(*) FROM mayor_briefs") == 0)

        // With a city that is not a member, the dashboard says how to make it one.
        try expectPage("/workspace", ["The registry has cities but none is a GPM member yet"], as: admin)
    }

    @Test func anAdminOpensTheFirstCycleOfTheirChoice() throws {
        let platform = try TestPlatform(seed: false)
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", name: "Ada Admin", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let page = try platform.get("/workspace/reporting-cycle", as: admin)
        #expect(page.text.contains("<input id=\"new-year\" name=\"year\" type=\"number\""))
        let refused = try platform.post("/workspace/reporting-cycle/new", form: [("year", "1999"), ("deadline", "2000-03-31")], as: admin)
        #expect(refused.status == 400)
        let form = [("year", "2027"), ("opens_on", "2026-12-01"), ("deadline", "2028-03-31"), ("closes_on", "2028-07-01"), ("note", "")]
        let confirm = try platform.post("/workspace/reporting-cycle/new", form: form, as: admin)
        #expect(confirm.status == 200)
        #expect(confirm.text.contains("There is no 2026 cycle, so no city is left behind."))
        let opened = try platform.post("/workspace/reporting-cycle/new", form: form + [("confirm", "1")], as: admin)
        #expect(opened.status == 303)
        #expect(try Self.count(platform, "SELECT count(*) FROM reporting_cycles WHERE year = 2027") == 1)
        let after = try platform.get("/workspace/reporting-cycle", as: admin)
        #expect(after.text.contains("Open the 2028 cycle"))
        #expect(!after.text.contains("No reporting cycle is open yet"))
        let dashboard = try platform.get("/workspace", as: admin)
        #expect(dashboard.text.contains("Reporting cycle 2027"))
        #expect(dashboard.text.contains("There are no member cities yet, so no brief is expected."))
    }
}
