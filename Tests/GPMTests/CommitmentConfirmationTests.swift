import Foundation
import SQLite
import Testing
@testable import GPM

/// Issue 13: commitments confirmed every cycle, the submit rule, staleness, the stance/progress rule, the
/// secretariat's record for a city without an account, short titles, and the evidence beside the brief — over
/// real HTTP with a fixed clock in the demo's 2026 cycle.
@Suite("Commitments confirmed every cycle, evidence beside the brief")
struct CommitmentConfirmationTests {
    /// 20 November 2026, inside the demo's 2026 cycle.
    static let start = Date(timeIntervalSince1970: 1_795_176_000)

    struct Fixture {
        let platform: TestPlatform
        let clock: PlatformClock

        init() throws {
            let clock = PlatformClock(fixed: CommitmentConfirmationTests.start)
            self.clock = clock
            platform = try TestPlatform { $0.clock = clock }
        }

        func scalar(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Int {
            try platform.app.database.read { try $0.scalar(sql, arguments: arguments) ?? -1 }
        }

        func text(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> String {
            try platform.app.database.read { try $0.scalar(sql, arguments: arguments) ?? "" }
        }

        func write(_ sql: String, _ arguments: (any SQLBindable)?...) throws {
            try platform.app.database.write { try $0.run(sql, arguments: arguments) }
        }

        /// A public page, never from the page cache.
        func fresh(_ path: String) throws -> String {
            try platform.get(path, headers: [("Cache-Control", "no-cache")]).text
        }

        func office(_ city: String) throws -> CookieJar {
            try platform.createUser(email: "office@\(city).test", name: "Office of \(city)", role: "city_office", city: city)
            return try platform.signIn(email: "office@\(city).test")
        }

        func staff() throws -> CookieJar {
            try platform.createUser(email: "staff@gpm.test", name: "Secretariat Staff", role: "staff")
            return try platform.signIn(email: "staff@gpm.test")
        }
    }

    @Test func noChangeIsOneClickAndShowsLastConfirmedPublicly() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let jar = try f.office("mannheim")
        let slug = try f.text("""
            SELECT a.slug FROM commitments m JOIN actions a ON a.id = m.action_id JOIN cities c ON c.id = m.city_id
            WHERE c.slug = 'mannheim' AND m.status = 'opted_in' ORDER BY a.id LIMIT 1
            """)
        let version = try f.scalar("""
            SELECT m.version FROM commitments m JOIN actions a ON a.id = m.action_id JOIN cities c ON c.id = m.city_id
            WHERE c.slug = 'mannheim' AND a.slug = ?
            """, slug)
        let list = try f.platform.get("/workspace/commitments", as: jar).text
        #expect(list.contains("Confirm your commitments for the 2026 cycle"))
        #expect(list.contains("action=\"/workspace/commitments/\(slug)/confirm\""))

        _ = try f.platform.get("/cities/mannheim")  // the page cache keeps it until a table it read is written
        #expect(try f.platform.get("/cities/mannheim").header("X-Page-Cache") == "hit")
        let confirmed = try f.platform.post("/workspace/commitments/\(slug)/confirm", form: [("version", String(version))], as: jar)
        #expect(confirmed.status == 303)
        #expect(confirmed.header("Location") == "/workspace/commitments?confirmed=1")
        #expect(try f.scalar("SELECT count(*) FROM commitment_confirmations WHERE cycle_year = 2026 AND kind = 'unchanged'") == 1)
        #expect(try f.scalar("SELECT count(*) FROM audit_events WHERE entity_type = 'commitment' AND action = 'confirm'") == 1)

        let city = try f.platform.get("/cities/mannheim").text  // a confirmation refreshes the cached page
        #expect(city.contains("Last confirmed 20 November 2026"))
        let action = try f.fresh("/actions/\(slug)")
        #expect(action.contains("Last confirmed 20 November 2026"))
        // The dashboard counts it in the share confirmed for the cycle.
        let dashboard = try f.platform.get("/workspace", as: try f.staff()).text
        #expect(dashboard.contains("id=\"confirmed-share\">1 of"))
    }

    @Test func aCycleWithoutConfirmationMarksTheCommitmentStale() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let jar = try f.office("new-york")
        // New York has no commitment: opting in during the 2026 cycle counts as its confirmation.
        let version = try #require(try f.platform.get("/workspace/commitments/twinning-cities", as: jar).text
            .firstMatch(of: /name="version" value="([0-9]+)"/)).1
        let opted = try f.platform.post(
            "/workspace/commitments/twinning-cities/stance", form: [("version", String(version)), ("status", "opted_in"), ("note", "")], as: jar)
        #expect(opted.status == 303)
        var page = try f.fresh("/cities/new-york")
        #expect(page.contains("Last confirmed 20 November 2026"))
        #expect(!page.contains(CommitmentFreshness.staleLabel))

        // The 2027 cycle opens: 2026 is the previous cycle, in which it was confirmed — still current.
        try f.write("INSERT INTO reporting_cycles (year, opens_on, deadline, closes_on) VALUES (2027, '2027-01-01', '2028-03-31', '2028-07-01')")
        f.clock.set(Date(timeIntervalSince1970: 1_800_014_400))  // 15 January 2027
        page = try f.fresh("/cities/new-york")
        #expect(!page.contains(CommitmentFreshness.staleLabel))

        // The 2028 cycle opens: the whole 2027 cycle passed without a confirmation.
        try f.write("INSERT INTO reporting_cycles (year, opens_on, deadline, closes_on) VALUES (2028, '2028-01-01', '2029-03-31', '2029-07-01')")
        f.clock.set(Date(timeIntervalSince1970: 1_863_172_800))  // 15 January 2029
        page = try f.fresh("/cities/new-york")
        #expect(page.contains(CommitmentFreshness.staleLabel))
        #expect(try f.fresh("/actions/twinning-cities").contains(CommitmentFreshness.staleLabel))
    }

    @Test func submitIsRefusedUntilEveryCommitmentIsConfirmed() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let jar = try f.office("mannheim")
        try f.write("DELETE FROM mayor_briefs WHERE city_id = (SELECT id FROM cities WHERE slug = 'mannheim') AND year = 2026")
        let created = try f.platform.post("/workspace/briefs/new", form: [("start", "empty")], as: jar)
        let location = try #require(created.header("Location"))
        let id = try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))
        try f.write("UPDATE mayor_briefs SET title = 'Welcome centres', summary = 'One door.', results = 'Open.' WHERE id = ?", id)
        let version = try f.scalar("SELECT version FROM mayor_briefs WHERE id = ?", id)
        let commitments = try f.scalar("SELECT count(*) FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = 'mannheim'")
        #expect(commitments > 1)

        let refused = try f.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(version))], as: jar)
        #expect(refused.status == 422)
        #expect(refused.text.contains("Confirm your commitments first: \(commitments) of your city&#39;s commitments are not confirmed"))
        #expect(refused.text.contains("<a href=\"/workspace/commitments\">Confirm your commitments</a>"))
        #expect(try f.text("SELECT status FROM mayor_briefs WHERE id = ?", id) == "draft")

        // "Confirm all unchanged", then the brief goes.
        let all = try f.platform.post("/workspace/commitments/confirm-all", form: [], as: jar)
        #expect(all.status == 303)
        #expect(all.header("Location") == "/workspace/commitments?confirmed=\(commitments)")
        #expect(try f.platform.get("/workspace/commitments?confirmed=\(commitments)", as: jar).text
            .contains("id=\"confirmed-count\">\(commitments) of \(commitments) confirmed"))
        let submitted = try f.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(version))], as: jar)
        #expect(submitted.status == 303)
        #expect(try f.text("SELECT status FROM mayor_briefs WHERE id = ?", id) == "submitted")
    }

    @Test func aContradictionIsRefusedWithTheFieldsKept() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let staff = try f.staff()
        let city = try f.scalar("SELECT id FROM cities WHERE slug = 'new-york'")
        let refused = try f.platform.post("/workspace/cities/\(city)/commitments", form: [
            ("action", "twinning-cities"), ("status", "opted_out"), ("progress", "achieved"), ("note", "The mayor's letter of May"),
            ("evidence_url", ""), ("date", "2026-11-20"),
        ], as: staff)
        #expect(refused.status == 422)
        #expect(refused.text.contains("id=\"progress-error\">A city that is opted out has no progress to report"))
        #expect(refused.text.contains(">The mayor&#39;s letter of May</textarea>") || refused.text.contains(">The mayor's letter of May</textarea>"))
        #expect(refused.text.contains("<option value=\"achieved\" selected>"))
        #expect(refused.text.contains("<option value=\"opted_out\" selected>"))
        #expect(try f.scalar("SELECT count(*) FROM commitments WHERE city_id = ?", city) == 0)

        // The vocabulary's rule, and the schema's: no opted-out row keeps a progress.
        #expect(!CommitmentStance.allows(.optedOut, progress: .achieved))
        #expect(!CommitmentStance.allows(nil, progress: .planned))
        #expect(CommitmentStance.allows(.optedOut, progress: nil))
        #expect(try f.scalar("SELECT count(*) FROM commitments WHERE status <> 'opted_in' AND progress IS NOT NULL") == 0)
        #expect(throws: (any Error).self) {
            try f.write("UPDATE commitments SET progress = 'achieved' WHERE id = (SELECT min(id) FROM commitments WHERE status = 'opted_out')")
        }

        // The office's own opt-out clears the current progress (the history keeps it).
        let jar = try f.office("mannheim")
        let slug = try f.text("""
            SELECT a.slug FROM commitments m JOIN actions a ON a.id = m.action_id JOIN cities c ON c.id = m.city_id
            WHERE c.slug = 'mannheim' AND m.status = 'opted_in' AND m.progress IS NOT NULL ORDER BY a.id LIMIT 1
            """)
        let version = try #require(try f.platform.get("/workspace/commitments/\(slug)", as: jar).text
            .firstMatch(of: /name="version" value="([0-9]+)"/)).1
        let out = try f.platform.post(
            "/workspace/commitments/\(slug)/stance", form: [("version", String(version)), ("status", "opted_out"), ("note", "No budget.")], as: jar)
        #expect(out.status == 303)
        #expect(try f.scalar("""
            SELECT count(*) FROM commitments m JOIN actions a ON a.id = m.action_id JOIN cities c ON c.id = m.city_id
            WHERE c.slug = 'mannheim' AND a.slug = ? AND m.progress IS NULL
            """, slug) == 1)
    }

    @Test func theSecretariatRecordsForACityWithoutAnAccount() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let staff = try f.staff()
        let city = try f.scalar("SELECT id FROM cities WHERE slug = 'new-york'")
        #expect(try f.scalar("SELECT count(*) FROM users WHERE city_id = ?", city) == 0)
        let edit = try f.platform.get("/workspace/cities/\(city)/edit", as: staff).text
        #expect(edit.contains("href=\"/workspace/cities/\(city)/commitments\""))
        #expect(try f.platform.get("/workspace/cities/\(city)/commitments", as: staff).status == 200)

        let saved = try f.platform.post("/workspace/cities/\(city)/commitments", form: [
            ("action", "twinning-cities"), ("status", "opted_in"), ("progress", "in_progress"), ("note", "Told us at the convening."),
            ("evidence_url", "https://example.org/ny-twinning"), ("date", "2026-11-18"),
        ], as: staff)
        #expect(saved.status == 303)
        #expect(saved.header("Location") == "/workspace/cities/\(city)/commitments?saved=1")
        #expect(try f.scalar("SELECT recorded_by_secretariat FROM commitments WHERE city_id = ?", city) == 1)
        #expect(try f.scalar("SELECT count(*) FROM commitment_events WHERE recorded_by_secretariat = 1") == 2)
        let audit = try f.text("SELECT summary FROM audit_events WHERE entity_type = 'commitment' ORDER BY id DESC LIMIT 1")
        #expect(audit.hasPrefix("Recorded by the secretariat: New York opted in Twinning cities"))

        let page = try f.fresh("/cities/new-york")
        #expect(page.contains("recorded by the secretariat"))
        #expect(page.contains("Progress: In progress <span class=\"muted small\">(recorded by the secretariat)</span>"))
        #expect(page.contains("In progress"))
        #expect(try f.fresh("/actions/twinning-cities").contains("recorded by the secretariat"))
        // An office cannot reach the secretariat's page.
        #expect(try f.platform.get("/workspace/cities/\(city)/commitments", as: try f.office("mannheim")).status == 403)
    }

    @Test func aShortTitleEditedByStaffShowsOnPublicPages() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let id = try fixture.id("SELECT id FROM actions WHERE slug = 'migration-and-security-1'")
        // The demo gives the untitled action an editorial short title.
        var page = try fixture.platform.get("/actions/migration-and-security-1").text
        #expect(page.contains("<h1 lang=\"en\" dir=\"ltr\">Real-time data on migration and crime</h1>"))
        #expect(page.contains("Editorial title"))

        let form = try fixture.formValues("/workspace/actions/\(id)/edit")
        let tooLong = try fixture.post("/workspace/actions/\(id)/edit", form.setting("short_title", String(repeating: "x", count: 81)))
        #expect(tooLong.status == 422)
        let saved = try fixture.post(
            "/workspace/actions/\(id)/edit", form.setting("short_title", "Facts on migrants and crime").setting("short_title_is_editorial", ""))
        #expect(saved.status == 303)
        page = try fixture.platform.get("/actions/migration-and-security-1", headers: [("Cache-Control", "no-cache")]).text
        #expect(page.contains("<h1 lang=\"en\" dir=\"ltr\">Facts on migrants and crime</h1>"))
        #expect(!page.contains("Editorial title"))
        let session = try fixture.platform.get("/sessions/migration-and-security", headers: [("Cache-Control", "no-cache")]).text
        #expect(session.contains(">Facts on migrants and crime</a>"))
    }

    @Test func theBriefAndReviewPagesShowTheEvidenceAndFlagAContradiction() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let staff = try f.staff()
        // A submitted demo brief and one action it reports on.
        let brief = try f.scalar("SELECT min(id) FROM mayor_briefs WHERE status = 'submitted'")
        let city = try f.scalar("SELECT city_id FROM mayor_briefs WHERE id = ?", brief)
        let citySlug = try f.text("SELECT slug FROM cities WHERE id = ?", city)
        let action = try f.text("""
            SELECT a.slug FROM brief_actions ba JOIN actions a ON a.id = ba.action_id WHERE ba.brief_id = ? ORDER BY a.id LIMIT 1
            """, brief)
        var review = try f.platform.get("/workspace/reviews/\(brief)", as: staff).text
        #expect(review.contains("Evidence beside the brief"))
        #expect(review.contains("Opted in"))

        // The secretariat records that the city opted out of it: the brief now contradicts the records.
        let saved = try f.platform.post("/workspace/cities/\(city)/commitments", form: [
            ("action", action), ("status", "opted_out"), ("progress", ""), ("note", "Left the programme."), ("evidence_url", ""),
            ("date", "2026-11-19"),
        ], as: staff)
        #expect(saved.status == 303)
        review = try f.platform.get("/workspace/reviews/\(brief)", as: staff).text
        #expect(review.contains("The brief reports on this action, but the city opted out of it on 19 November 2026."))
        #expect(review.contains("id=\"evidence-contradictions\""))
        #expect(review.contains("Left the programme."))

        let office = try f.office(citySlug)
        let own = try f.platform.get("/workspace/briefs/\(brief)", as: office).text
        #expect(own.contains("Evidence beside the brief"))
        #expect(own.contains("but the city opted out of it"))
    }

    @Test func theReviewerSeesWordLevelDifferencesFromLastYearsPublishedBrief() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let staff = try f.staff()
        let brief = try f.scalar("SELECT min(id) FROM mayor_briefs WHERE status = 'submitted'")
        let city = try f.scalar("SELECT city_id FROM mayor_briefs WHERE id = ?", brief)
        let year = try f.scalar("SELECT year FROM mayor_briefs WHERE id = ?", brief)
        // Last year's brief of the same city, published, with a text the new one changes by two words.
        try f.write("DELETE FROM mayor_briefs WHERE city_id = ? AND year < ?", city, year)
        try f.write("""
            INSERT INTO mayor_briefs (city_id, year, title, summary, results, status, published_at)
            VALUES (?, ?, 'Last year', 'Same summary.', 'Three centres opened in the north.', 'published', '2026-01-10T10:00:00Z')
            """, city, year - 1)
        try f.write("UPDATE mayor_briefs SET summary = 'Same summary.', results = 'Five centres opened in the north and south.' WHERE id = ?", brief)
        try f.write("UPDATE brief_versions SET summary = 'Same summary.', results = 'Five centres opened in the north and south.' WHERE brief_id = ?", brief)

        let review = try f.platform.get("/workspace/reviews/\(brief)", as: staff).text
        #expect(review.contains("Compared with last year"))
        #expect(review.contains("<del>Three</del> <ins>Five</ins> centres opened in the <del>north.</del> <ins>north and south.</ins>"))
        #expect(review.contains("Unchanged since \(year - 1):"))
        #expect(review.contains("Summary"))
    }

    @Test func wordDiffMarksInsertionsAndDeletionsWithinTheText() {
        let segments = WordDiff.segments(from: "The city opened two centres.\n\nMore next year.", to: "The city opened three centres.\n\nMore next year.")
        #expect(segments.map(\.kind) == [.same, .deleted, .inserted, .same, .paragraph, .same])
        #expect(segments.map(\.text) == ["The city opened", "two", "three", "centres.", "", "More next year."])
    }
}
