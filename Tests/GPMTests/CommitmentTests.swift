import Foundation
import SQLite
import Testing
@testable import GPM

/// A city office opts in and out of actions and reports progress, over real HTTP; the public pages show it.
@Suite("Commitments workspace")
struct CommitmentTests {
    static let action = "twinning-cities"

    /// A fresh platform with a New York city office signed in (New York has no commitments in the seeds).
    static func office(city: String = "new-york") throws -> (TestPlatform, CookieJar) {
        let platform = try TestPlatform()
        try platform.createUser(email: "office@\(city).test", name: "Office", role: "city_office", city: city)
        return (platform, try platform.signIn(email: "office@\(city).test"))
    }

    /// The version the action's page carries in its forms.
    static func version(_ platform: TestPlatform, _ jar: CookieJar, action: String = action) throws -> String {
        let page = try platform.get("/workspace/commitments/\(action)", as: jar).text
        return try #require(page.firstMatch(of: /name="version" value="([0-9-]+)"/)).1.description
    }

    static func optIn(_ platform: TestPlatform, _ jar: CookieJar, note: String = "") throws -> TestResponse {
        try platform.post("/workspace/commitments/\(action)/stance",
                          form: [("version", version(platform, jar)), ("status", "opted_in"), ("note", note)], as: jar)
    }

    static func optOut(_ platform: TestPlatform, _ jar: CookieJar, note: String) throws -> TestResponse {
        try platform.post("/workspace/commitments/\(action)/stance",
                          form: [("version", version(platform, jar)), ("status", "opted_out"), ("note", note)], as: jar)
    }

    static func events(_ platform: TestPlatform, city: String = "new-york") throws -> [String] {
        try platform.app.database.read { db in
            try db.query("""
                SELECT e.kind FROM commitment_events e JOIN commitments m ON m.id = e.commitment_id
                JOIN cities c ON c.id = m.city_id JOIN actions a ON a.id = m.action_id
                WHERE c.slug = ? AND a.slug = ? ORDER BY e.id
                """, city, action).map { try $0.string("kind") }
        }
    }

    @Test func listShowsEveryActionBySessionWithTheCitysStance() throws {
        let (platform, jar) = try Self.office(city: "mannheim")
        defer { platform.stop() }
        let page = try platform.get("/workspace/commitments", as: jar)
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>Commitments of Mannheim</h1>"))
        #expect(page.text.contains("Integrating Economic Migrants"))
        #expect(page.text.contains(">Twinning cities</a>"))
        #expect(page.text.contains(">Real-time data on migration and crime</a>"))  // untitled actions read by their short title
        let rows = page.text.matches(of: /<th scope="row"><a href="\/workspace\/commitments\//).count
        #expect(rows == 31)
        let optedIn: Int = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT COUNT(*) FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = 'mannheim' AND status = 'opted_in'")
        })
        #expect(page.text.matches(of: /badge--ok">Opted in<\/span> since/).count == optedIn)
        #expect(page.text.contains("Never opted in"))
    }

    @Test func optInShowsOnPublicPagesAndOptOutKeepsHistory() throws {
        let (platform, jar) = try Self.office()
        defer { platform.stop() }
        let today = platform.app.configuration.clock.today()
        let cityBefore = try platform.get("/cities/new-york").text  // warms the page cache: a write must invalidate it
        #expect(cityBefore.contains("has not opted in to any GPM action yet"))

        let first = try Self.optIn(platform, jar)
        #expect(first.status == 303)
        #expect(first.header("Location") == "/workspace/commitments/\(Self.action)?saved=1")
        let page = try platform.get("/workspace/commitments/\(Self.action)?saved=1", as: jar).text
        #expect(page.contains("Saved."))
        #expect(page.contains("badge--ok\">Opted in</span> since <time datetime=\"\(today)\""))

        let city = try platform.get("/cities/new-york").text
        #expect(city.contains(">Twinning cities</a>"))
        #expect(city.contains("Opted in</span> since \(Formatting.date(today))"))
        let action = try platform.get("/actions/\(Self.action)").text
        #expect(action.contains("<a href=\"/cities/new-york\"><bdi>New York</bdi></a> · Opted in"))
        // The stance and the timeline follow the page's language, not only the chrome around them.
        let frenchCity = try platform.get("/fr/cities/new-york").text
        #expect(frenchCity.contains("Engagée</span>") && !frenchCity.contains("Opted in</span>"))
        #expect(try platform.get("/fr/actions/\(Self.action)").text.contains("<bdi>New York</bdi></a> · Engagée"))

        let out = try Self.optOut(platform, jar, note: "Budget moved to housing.")
        #expect(out.status == 303)
        #expect(try Self.events(platform) == ["opt_in", "opt_out"])
        let history = try platform.get("/workspace/commitments/\(Self.action)", as: jar).text
        let outIndex = try #require(history.range(of: "Opted out")?.lowerBound)
        let noteIndex = try #require(history.range(of: "Budget moved to housing.")?.lowerBound)
        #expect(outIndex < noteIndex)
        #expect(try platform.get("/cities/new-york").text.contains("Budget moved to housing."))

        #expect(try Self.optIn(platform, jar, note: "Back with a new budget.").status == 303)
        #expect(try Self.events(platform) == ["opt_in", "opt_out", "opt_in"])
        let row = try #require(try platform.app.database.read { db in
            try db.queryOne("""
                SELECT m.status, m.since, m.version FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = 'new-york'
                """)
        })
        #expect(try row.string("status") == "opted_in")
        #expect(try row.string("since") == today)
        #expect(try row.int("version") == 3)
        let timeline = try platform.get("/actions/\(Self.action)").text
        #expect(timeline.matches(of: /New York<\/bdi><\/a> · Opted/).count == 3)
    }

    @Test func progressUpdateShowsOnTheTimelinesWithNoteAndEvidence() throws {
        let (platform, jar) = try Self.office()
        defer { platform.stop() }
        #expect(try Self.optIn(platform, jar).status == 303)
        let response = try platform.post("/workspace/commitments/\(Self.action)/progress", form: [
            ("version", Self.version(platform, jar)), ("progress", "in_progress"), ("progress_note", "Twinned with Accra."),
            ("evidence_url", "https://example.org/accra"), ("date", "2025-05-04"),
        ], as: jar)
        #expect(response.status == 303)
        let city = try platform.get("/cities/new-york").text
        #expect(city.contains("Progress: In progress"))
        #expect(city.contains("Twinned with Accra."))
        #expect(city.contains("href=\"https://example.org/accra\""))
        let action = try platform.get("/actions/\(Self.action)").text
        #expect(action.contains(
            "<time datetime=\"2025-05-04\">4 May 2025</time> — <a href=\"/cities/new-york\"><bdi>New York</bdi></a> · Progress: In progress"))
        #expect(action.contains("Evidence for New York, 4 May 2025"))
        let page = try platform.get("/workspace/commitments/\(Self.action)", as: jar).text
        #expect(page.contains("Progress: In progress"))
        // An older update does not replace the newer one as the current progress.
        _ = try platform.post("/workspace/commitments/\(Self.action)/progress", form: [
            ("version", Self.version(platform, jar)), ("progress", "planned"), ("progress_note", "First plans."), ("date", "2024-01-10"),
        ], as: jar)
        let current: String? = try platform.app.database.read { db in
            try db.scalar("SELECT progress FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = 'new-york'")
        }
        #expect(current == "in_progress")
    }

    @Test func progressIsRefusedUnlessOptedIn() throws {
        let (platform, jar) = try Self.office()
        defer { platform.stop() }
        let response = try platform.post("/workspace/commitments/\(Self.action)/progress", form: [
            ("version", "0"), ("progress", "planned"), ("progress_note", "Early."),
        ], as: jar)
        #expect(response.status == 422)
        #expect(response.text.contains("opt in first"))
        #expect(try Self.events(platform).isEmpty)
    }

    @Test func notesAreEscapedOnPublicPages() throws {
        let (platform, jar) = try Self.office()
        defer { platform.stop() }
        #expect(try Self.optIn(platform, jar, note: "<script>alert(1)</script>").status == 303)
        _ = try platform.post("/workspace/commitments/\(Self.action)/progress", form: [
            ("version", Self.version(platform, jar)), ("progress", "planned"), ("progress_note", "<img src=x onerror=alert(2)>"),
        ], as: jar)
        for path in ["/cities/new-york", "/actions/\(Self.action)"] {
            let text = try platform.get(path).text
            #expect(!text.contains("<script>alert(1)"), "\(path)")
            #expect(!text.contains("<img src=x"), "\(path)")
            #expect(text.contains("&lt;img src=x onerror=alert(2)&gt;"), "\(path)")
        }
        #expect(try platform.get("/cities/new-york").text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!(try platform.get("/workspace/commitments/\(Self.action)", as: jar).text.contains("<script>alert(1)")))
    }

    @Test func writesAreAudited() throws {
        let (platform, jar) = try Self.office()
        defer { platform.stop() }
        #expect(try Self.optIn(platform, jar).status == 303)
        #expect(try Self.optOut(platform, jar, note: "Paused by council.").status == 303)
        let id: Int = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT m.id FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = 'new-york'")
        })
        let history = try platform.app.database.read { db in try AuditStore(db: db).history(entity: "commitment", id: id) }
        #expect(history.map(\.action.rawValue) == ["opt_out", "create"])
        #expect(history.allSatisfy { $0.userEmail == "office@new-york.test" })
        #expect(history.first?.summary == "New York opted out of Twinning cities: Paused by council.")
        #expect(history.first?.changes.contains { $0.field == "status" && $0.before == "opted_in" && $0.after == "opted_out" } == true)
    }
}
