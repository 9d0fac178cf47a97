import Foundation
import SQLite
import Testing
@testable import GPM

/// `/workspace/city`: a city office's home.
@Suite("City office home")
struct CityOfficeTests {
    @Test func homeShowsCityCycleBriefAndCommitments() throws {
        let (platform, jar) = try CommitmentTests.office(city: "mannheim")
        defer { platform.stop() }
        let page = try platform.get("/workspace/city", as: jar)
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>Mannheim</h1>"))
        #expect(page.text.contains("<a href=\"/cities/mannheim\">See Mannheim's public page</a>"))
        #expect(page.text.contains("<dt>Reporting year</dt><dd>2026</dd>"))
        #expect(page.text.contains("<time datetime=\"2027-03-31\">31 March 2027</time>"))
        #expect(page.text.contains("left</span>") || page.text.contains("overdue</span>") || page.text.contains("due today</span>"))
        // Mannheim has a 2026 draft in the seeds.
        #expect(page.text.contains("<a class=\"button\" href=\"/workspace/briefs\">Continue your 2026 Mayor Brief</a>"))
        let optedIn: Int = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT COUNT(*) FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = 'mannheim' AND status = 'opted_in'")
        })
        #expect(page.text.contains("Opted in to \(optedIn) actions"))
        #expect(page.text.contains("<a href=\"/workspace/commitments\">"))
        #expect(page.text.contains("aria-current=\"page\">My city</a>") || page.text.contains("My city"))
    }

    @Test func briefStatusTellsWhatIsAsked() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        func home() throws -> String { try platform.get("/workspace/city", as: jar).text }
        #expect(try home().contains("<a class=\"button\" href=\"/workspace/briefs/new?year=2026\">Start your 2026 Mayor Brief</a>"))
        #expect(try home().contains("has not opted in to any action yet"))
        let cityID: Int = try #require(try platform.app.database.read { db in try db.scalar("SELECT id FROM cities WHERE slug = 'new-york'") })
        try platform.app.database.write { db in
            try db.run("""
                INSERT INTO mayor_briefs (city_id, year, title, status, submitted_at)
                VALUES (?, 2026, 'NY', 'submitted', '2026-05-01T00:00:00Z')
                """, cityID)
        }
        #expect(try home().contains("waiting for review"))
        try platform.app.database.write { db in
            try db.run("UPDATE mayor_briefs SET status = 'changes_requested' WHERE city_id = ?", cityID)
        }
        #expect(try home().contains("asked for changes"))
        try platform.app.database.write { db in
            try db.run("UPDATE mayor_briefs SET status = 'published', published_at = '2026-06-01T00:00:00Z' WHERE city_id = ?", cityID)
        }
        #expect(try home().contains("href=\"/briefs/new-york/2026\""))
        // A commitment shows in the summary.
        #expect(try CommitmentTests.optIn(platform, jar).status == 303)
        let page = try home()
        #expect(page.contains("Opted in to 1 action."))
        #expect(page.contains("Not yet reported</span></th><td data-label=\"Actions\" class=\"num\">1</td>"))
    }

    @Test func secretariatIsSentToItsWorkspaceAndAnOfficeWithoutCityIsTold() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let staff = try platform.signIn(email: "staff@gpm.test")
        let response = try platform.get("/workspace/city", as: staff)
        #expect(response.status == 303)
        #expect(response.header("Location") == "/workspace")

        try platform.createUser(email: "lost@gpm.test", role: "city_office", city: "velsen")
        // The schema keeps every city office bound to an existing city; only a broken foreign key can lose it.
        try platform.app.database.writeWithoutTransaction { db in
            try db.execute(script: """
                PRAGMA foreign_keys = OFF; UPDATE users SET city_id = 999999 WHERE email = 'lost@gpm.test'; PRAGMA foreign_keys = ON;
                """)
        }
        let lost = try platform.signIn(email: "lost@gpm.test")
        for path in ["/workspace/city", "/workspace/commitments"] {
            let page = try platform.get(path, as: lost)
            #expect(page.status == 200, "\(path)")
            #expect(page.text.contains("Your account has no city"), "\(path)")
        }
    }
}
