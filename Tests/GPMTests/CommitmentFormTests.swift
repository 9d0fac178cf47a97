import Foundation
import SQLite
import Testing
@testable import GPM

/// What the commitments workspace refuses: invalid input (422, input kept), stale forms (409), other cities,
/// visitors and forged posts.
@Suite("Commitments workspace: refusals")
struct CommitmentFormTests {
    let action = CommitmentTests.action

    @Test func optOutWithoutNoteIsRefusedWithTheFormShownAgain() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        #expect(try CommitmentTests.optIn(platform, jar).status == 303)
        let response = try CommitmentTests.optOut(platform, jar, note: "  ")
        #expect(response.status == 422)
        #expect(response.text.contains("<div class=\"error-summary\" role=\"alert\""))
        #expect(response.text.contains("<p class=\"field-error\" id=\"note-error\">Say why the city opts out"))
        #expect(response.text.contains("aria-invalid=\"true\" aria-describedby=\"note-error\""))
        #expect(try CommitmentTests.events(platform) == ["opt_in"])
    }

    @Test func progressValidationKeepsEveryField() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        #expect(try CommitmentTests.optIn(platform, jar).status == 303)
        let version = try CommitmentTests.version(platform, jar)
        let tomorrow = CalendarDay.today(platform.clock.now().addingTimeInterval(86_400))
        let future = try platform.post("/workspace/commitments/\(action)/progress", form: [
            ("version", version), ("progress", "achieved"), ("progress_note", "Done & dusted"),
            ("evidence_url", "https://example.org/x"), ("date", tomorrow),
        ], as: jar)
        #expect(future.status == 422)
        #expect(future.text.contains("id=\"date-error\">The date cannot be in the future"))
        #expect(future.text.contains(">Done &amp; dusted</textarea>"))
        #expect(future.text.contains("value=\"https://example.org/x\""))
        #expect(future.text.contains("value=\"\(tomorrow)\""))
        #expect(future.text.contains("<option value=\"achieved\" selected>"))

        for bad in ["javascript:alert(1)", "ftp://example.org/file", "example.org", "https://"] {
            let response = try platform.post("/workspace/commitments/\(action)/progress", form: [
                ("version", version), ("progress", "planned"), ("progress_note", "Plans"), ("evidence_url", bad),
            ], as: jar)
            #expect(response.status == 422, "\(bad)")
            #expect(response.text.contains("id=\"evidence_url-error\""), "\(bad)")
        }
        let missing = try platform.post("/workspace/commitments/\(action)/progress", form: [
            ("version", version), ("progress", "paused"), ("progress_note", ""), ("date", "2025-02-30"),
        ], as: jar)
        #expect(missing.status == 422)
        #expect(missing.text.contains("id=\"progress_note-error\""))
        #expect(missing.text.contains("id=\"date-error\">Give the date as YYYY-MM-DD"))
        #expect(try CommitmentTests.events(platform) == ["opt_in"])
    }

    @Test func staleVersionIsRefusedWithTheNewerStateAndInputKept() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        #expect(try CommitmentTests.optIn(platform, jar).status == 303)
        let old = try CommitmentTests.version(platform, jar)
        // A colleague reports progress in between.
        try platform.createUser(email: "colleague@new-york.test", role: "city_office", city: "new-york")
        let colleague = try platform.signIn(email: "colleague@new-york.test")
        #expect(try platform.post("/workspace/commitments/\(action)/progress", form: [
            ("version", old), ("progress", "achieved"), ("progress_note", "Their update."),
        ], as: colleague).status == 303)

        let stale = try platform.post("/workspace/commitments/\(action)/progress", form: [
            ("version", old), ("progress", "paused"), ("progress_note", "My update."),
        ], as: jar)
        #expect(stale.status == 409)
        #expect(stale.text.contains("Someone else saved this commitment"))
        #expect(stale.text.contains("progress Achieved"))
        #expect(stale.text.contains(">My update.</textarea>"))
        let newer = try #require(stale.text.firstMatch(of: /name="version" value="([0-9]+)"/)).1.description
        #expect(newer != old)
        #expect(try CommitmentTests.events(platform) == ["opt_in", "progress"])
        // Saving again from the refreshed form succeeds.
        #expect(try platform.post("/workspace/commitments/\(action)/progress", form: [
            ("version", newer), ("progress", "paused"), ("progress_note", "My update."),
        ], as: jar).status == 303)
        #expect(try CommitmentTests.events(platform) == ["opt_in", "progress", "progress"])
    }

    @Test func anOfficeNeverChangesAnotherCitysCommitments() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        let countRotterdam = {
            try platform.app.database.read { db in
                try db.query("""
                    SELECT m.status, m.version, (SELECT COUNT(*) FROM commitment_events e WHERE e.commitment_id = m.id) AS n
                    FROM commitments m JOIN cities c ON c.id = m.city_id WHERE c.slug = 'rotterdam' ORDER BY m.id
                    """).map { "\(try $0.string("status"))/\(try $0.int("version"))/\(try $0.int("n"))" }
            }
        }
        let before = try countRotterdam()
        let rotterdamID: Int = try #require(try platform.app.database.read { db in try db.scalar("SELECT id FROM cities WHERE slug = 'rotterdam'") })
        for city in ["rotterdam", String(rotterdamID)] {
            let response = try platform.post("/workspace/commitments/\(action)/stance",
                                             form: [("version", "0"), ("status", "opted_in"), ("city", city)], as: jar)
            #expect(response.status == 403)
            let query = try platform.post("/workspace/commitments/\(action)/stance?city=\(city)",
                                          form: [("version", "0"), ("status", "opted_in")], as: jar)
            #expect(query.status == 403)
        }
        #expect(try platform.get("/workspace/commitments?city=rotterdam", as: jar).status == 403)
        #expect(try countRotterdam() == before)
        #expect(try CommitmentTests.events(platform).isEmpty)
        // The secretariat has no city of its own: it cannot post commitments for one.
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let staff = try platform.signIn(email: "staff@gpm.test")
        #expect(try platform.post("/workspace/commitments/\(action)/stance",
                                  form: [("version", "0"), ("status", "opted_in"), ("city", "rotterdam")], as: staff).status == 403)
        #expect(try platform.get("/workspace/commitments", as: staff).header("Location") == "/workspace")
        #expect(try countRotterdam() == before)
    }

    @Test func visitorsAreSentToSignInAndForgedPostsRefused() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        for path in ["/workspace/commitments", "/workspace/commitments/\(action)", "/workspace/city"] {
            let response = try platform.get(path)
            #expect(response.status == 303, "\(path)")
            #expect(response.header("Location")?.hasPrefix("/sign-in?next=") == true, "\(path)")
        }
        let visitor = try platform.post("/workspace/commitments/\(action)/stance", form: [("version", "0"), ("status", "opted_in")])
        #expect(visitor.status == 403 || visitor.status == 303)
        let forged = try platform.post("/workspace/commitments/\(action)/stance",
                                       form: [("version", "0"), ("status", "opted_in")], as: jar, csrf: false)
        #expect(forged.status == 403)
        #expect(try CommitmentTests.events(platform).isEmpty)
        #expect(try platform.get("/workspace/commitments/no-such-action", as: jar).status == 404)
        let unknown = try platform.post("/workspace/commitments/no-such-action/stance", form: [("version", "0"), ("status", "opted_in")], as: jar)
        #expect(unknown.status == 404)
    }
}
