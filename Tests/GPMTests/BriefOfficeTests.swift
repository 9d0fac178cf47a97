import Foundation
import SQLite
import Testing

@testable import GPM

/// The city office's Mayor Brief pages over real HTTP: create, edit, submit, resubmit, delete, and
/// every refusal a user can meet (another city, a visitor, a stale form, a missing CSRF token).
@Suite("Briefs: the city office's pages")
struct BriefOfficeTests {
    /// A seeded platform with signed-in browsers for Barcelona's office (no 2026 brief yet), Copenhagen's
    /// office, and a reviewer.
    struct Fixture {
        let platform: TestPlatform
        let office: CookieJar
        let otherOffice: CookieJar
        let staff: CookieJar
        let reviewer: User
        let barcelona: Int

        init() throws {
            platform = try TestPlatform()
            try platform.confirmAllCommitments()  // issue 13: briefs are submitted after the confirmations
            try platform.createUser(email: "office@barcelona.test", name: "Barcelona Office", role: "city_office", city: "barcelona")
            try platform.createUser(email: "office@copenhagen.test", role: "city_office", city: "copenhagen")
            let reviewerID = try platform.createUser(email: "reviewer@gpm.test", name: "Reviewer", role: "staff")
            office = try platform.signIn(email: "office@barcelona.test")
            otherOffice = try platform.signIn(email: "office@copenhagen.test")
            staff = try platform.signIn(email: "reviewer@gpm.test")
            reviewer = try platform.app.database.read { db in
                try User(row: try #require(try db.queryOne("SELECT \(User.columns) FROM users WHERE id = ?", reviewerID)))
            }
            barcelona = try platform.app.database.read { try $0.scalar("SELECT id FROM cities WHERE slug = 'barcelona'") ?? 0 }
        }

        func scalar(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Int {
            try platform.app.database.read { try $0.scalar(sql, arguments: arguments) ?? -1 }
        }

        /// Creates the 2026 draft through the form; returns its id.
        func createDraft(start: String = "empty") throws -> Int {
            let response = try platform.post("/workspace/briefs/new", form: [("start", start)], as: office)
            #expect(response.status == 303)
            let location = try #require(response.header("Location"))
            return try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))
        }

        /// The edit form's fields, filled.
        func form(version: Int, title: String = "Superblocks, year two", extra: [(String, String)] = []) -> [(String, String)] {
            [("version", String(version)), ("title", title), ("summary", "Streets given back."), ("context", "Traffic."),
             ("programme", "Six superblocks."), ("results", "- 25% less traffic"), ("what_did_not_work", ""), ("partners", ""),
             ("next_steps", ""), ("sdg", "11"), ("sdg", "3")] + extra
        }

        func auditCount(_ id: Int, _ action: String) throws -> Int {
            try scalar("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'mayor_brief' AND entity_id = ? AND action = ?", String(id), action)
        }

        func version(_ id: Int) throws -> Int { try scalar("SELECT version FROM mayor_briefs WHERE id = ?", id) }
    }

    @Test func anOfficeFilesSubmitsAndResubmitsItsBrief() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let list = try f.platform.get("/workspace/briefs", as: f.office)
        #expect(list.status == 200)
        #expect(list.text.contains("Mayor Briefs of Barcelona") && list.text.contains("31 March 2027"))
        #expect(list.text.contains("Start the 2026 Mayor Brief"))

        let id = try f.createDraft()
        let edit = try f.platform.get("/workspace/briefs/\(id)/edit?created=1", as: f.office)
        #expect(edit.status == 200 && edit.text.contains("Draft created"))
        #expect(edit.text.contains("SDG 17: Partnerships for the goals") || edit.text.contains("SDG 17:"))
        // A draft may be incomplete: submitting it is refused with what is missing, 422.
        var response = try f.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(try f.version(id)))], as: f.office)
        #expect(response.status == 422 && response.text.contains("Results is required to submit the brief."))

        response = try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: try f.version(id)), as: f.office)
        #expect(response.status == 303)
        response = try f.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(try f.version(id)))], as: f.office)
        #expect(response.status == 303 && response.header("Location") == "/workspace/briefs/\(id)?submitted=1")
        #expect(try f.scalar("SELECT COUNT(*) FROM brief_versions WHERE brief_id = ?", id) == 1)
        // Submitted: no more editing by the office.
        #expect(try f.platform.get("/workspace/briefs/\(id)/edit", as: f.office).status == 409)
        #expect(try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: try f.version(id)), as: f.office).status == 409)

        // The secretariat asks for changes (the review UI is another helper's; the workflow is called directly).
        try f.platform.app.briefWorkflowForTests.requestChanges(
            briefID: id, review: BriefReview(comment: "Add the budget <b>please</b>."), by: f.reviewer)
        let asked = try f.platform.get("/workspace/briefs", as: f.office)
        #expect(asked.text.contains("Add the budget &lt;b&gt;please&lt;/b&gt;.") && asked.text.contains("1 unread notification"))
        let notifications = try f.platform.get("/workspace/notifications", as: f.office)
        #expect(notifications.text.contains("Changes were requested on your 2026 Mayor Brief"))
        let notificationID = try f.scalar("SELECT id FROM notifications WHERE brief_id = ? AND kind = 'changes_requested'", id)
        #expect(try f.platform.post("/workspace/notifications/read", form: [("id", String(notificationID))], as: f.office).status == 303)
        #expect(try f.scalar("SELECT COUNT(*) FROM notifications WHERE brief_id = ? AND kind = 'changes_requested' AND read_at IS NOT NULL", id) == 1)

        response = try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: try f.version(id), title: "Revised"), as: f.office)
        #expect(response.status == 303)
        response = try f.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(try f.version(id)))], as: f.office)
        #expect(response.status == 303)
        let view = try f.platform.get("/workspace/briefs/\(id)", as: f.office)
        #expect(view.text.contains("Versions submitted"))
        #expect(view.text.contains("<th scope=\"row\">2</th>") && view.text.contains("<th scope=\"row\">1</th>"))
        #expect(view.text.contains("Changes requested — version 1"))
        #expect(try f.auditCount(id, "submit") == 2)

        // Published: visible to visitors, with the office notified.
        try f.platform.app.briefWorkflowForTests.publish(briefID: id, review: BriefReview(comment: "", ratings: [
            .evidenceOfResults: .init(score: 4), .integratedApproach: .init(score: 4), .transferability: .init(score: 4),
        ]), by: f.reviewer)
        #expect(try f.platform.get("/briefs/barcelona/2026").status == 200)
        #expect(try f.platform.get("/best-practices?q=superblocks").text.contains("/briefs/barcelona/2026"))
        #expect(try f.platform.get("/workspace/notifications", as: f.office).text.contains("was published as a best practice"))
    }

    /// Another city's brief answers exactly like a missing one: same status, same page (the id in the
    /// page's own links aside), so a refusal never tells that a brief exists.
    @Test func anotherCitysBriefAnswersExactlyLikeAMissingOne() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let version = try f.version(id)
        let missing = id + 1000
        func same(_ request: (Int) throws -> TestResponse) throws {
            let theirs = try request(id), none = try request(missing)
            #expect(theirs.status == 404 && none.status == 404)
            #expect(theirs.text.replacingOccurrences(of: "/\(id)", with: "/N") == none.text.replacingOccurrences(of: "/\(missing)", with: "/N"))
        }
        try same { try f.platform.get("/workspace/briefs/\($0)", as: f.otherOffice) }
        try same { try f.platform.get("/workspace/briefs/\($0)/edit", as: f.otherOffice) }
        try same { try f.platform.get("/workspace/briefs/\($0)/delete", as: f.otherOffice) }
        try same { try f.platform.post("/workspace/briefs/\($0)/edit", form: f.form(version: version), as: f.otherOffice) }
        try same { try f.platform.post("/workspace/briefs/\($0)/submit", form: [], as: f.otherOffice) }
        try same { try f.platform.post("/workspace/briefs/\($0)/delete", form: [], as: f.otherOffice) }
        try same { try f.platform.post("/workspace/briefs/\($0)/attachments/\(String(repeating: "a", count: 64))/remove", form: [], as: f.otherOffice) }
        #expect(try f.version(id) == version)
    }

    @Test func otherCitiesVisitorsAndTheSecretariatCannotActAsTheOffice() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let version = try f.version(id)
        // Another city's office: the draft does not exist for it, for reading or for changing.
        #expect(try f.platform.get("/workspace/briefs/\(id)", as: f.otherOffice).status == 404)
        #expect(try f.platform.get("/workspace/briefs/\(id)/edit", as: f.otherOffice).status == 404)
        #expect(try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: version), as: f.otherOffice).status == 404)
        #expect(try f.platform.post("/workspace/briefs/\(id)/submit", form: [], as: f.otherOffice).status == 404)
        #expect(try f.platform.post("/workspace/briefs/\(id)/delete", form: [], as: f.otherOffice).status == 404)
        // The secretariat reviews but never files.
        #expect(try f.platform.get("/workspace/briefs", as: f.staff).status == 403)
        #expect(try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: version), as: f.staff).status == 403)
        // A visitor is sent to sign in and never sees a draft.
        let visitor = try f.platform.get("/workspace/briefs/\(id)")
        #expect(visitor.status == 303 && visitor.header("Location")?.hasPrefix("/sign-in") == true)
        #expect(try f.platform.get("/briefs/barcelona/2026").status == 404)
        // Without the CSRF token nothing changes.
        #expect(try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: version), as: f.office, csrf: false).status == 403)
        #expect(try f.platform.post("/workspace/briefs/\(id)/delete", form: [], as: f.office, csrf: false).status == 403)
        #expect(try f.version(id) == version)
        #expect(try f.scalar("SELECT COUNT(*) FROM mayor_briefs WHERE id = ?", id) == 1)
    }

    @Test func oneBriefPerCityPerYear() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let again = try f.platform.post("/workspace/briefs/new", form: [("start", "empty")], as: f.office)
        #expect(again.status == 409)
        #expect(again.text.contains("already has a Mayor Brief for 2026") && again.text.contains("href=\"/workspace/briefs/\(id)\""))
        #expect(try f.platform.get("/workspace/briefs/new", as: f.office).text.contains("href=\"/workspace/briefs/\(id)\""))
        #expect(try f.scalar("SELECT COUNT(*) FROM mayor_briefs WHERE city_id = ? AND year = 2026", f.barcelona) == 1)
    }

    @Test func startFromLastYearPrefillsTheDraft() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let page = try f.platform.get("/workspace/briefs/new", as: f.office)
        #expect(page.text.contains("Start from the 2025 brief"))
        let id = try f.createDraft(start: "previous")
        let previous = try f.scalar("SELECT id FROM mayor_briefs WHERE city_id = ? AND year = 2025", f.barcelona)
        #expect(try f.scalar(
            "SELECT COUNT(*) FROM mayor_briefs a, mayor_briefs b WHERE a.id = ? AND b.id = ? AND a.results = b.results AND a.context = b.context",
                             id, previous) == 1)
        for (table, column) in [("brief_themes", "theme_id"), ("brief_actions", "action_id"), ("brief_sdgs", "sdg_number")] {
            let sql = "SELECT group_concat(\(column)) FROM (SELECT \(column) FROM \(table) WHERE brief_id = ? ORDER BY 1)"
            let copied: String? = try f.platform.app.database.read { try $0.scalar(sql, id) }
            let original: String? = try f.platform.app.database.read { try $0.scalar(sql, previous) }
            #expect(copied == original && copied != nil, "\(table)")
        }
    }

    @Test func aStaleSaveIsRefusedWithBothVersionsShown() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let loaded = try f.version(id)
        #expect(try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: loaded, title: "Their title"), as: f.office).status == 303)
        let stale = try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: loaded, title: "My <title>"), as: f.office)
        #expect(stale.status == 409)
        #expect(stale.text.contains("Someone else saved this brief"))
        #expect(stale.text.contains("Their title"))  // theirs, beside
        #expect(stale.text.contains("value=\"My &lt;title&gt;\""))  // mine, kept in the form and escaped
        #expect(stale.text.contains("name=\"version\" value=\"\(loaded + 1)\""))
        // Saving again (with the version the 409 carried) overwrites.
        #expect(try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: loaded + 1, title: "Mine"), as: f.office).status == 303)
        #expect(try f.scalar("SELECT COUNT(*) FROM mayor_briefs WHERE id = ? AND title = 'Mine'", id) == 1)
        // A too-long title: 422, input kept, message beside the field.
        let long = String(repeating: "x", count: 201)
        let invalid = try f.platform.post("/workspace/briefs/\(id)/edit", form: f.form(version: loaded + 2, title: long), as: f.office)
        #expect(invalid.status == 422 && invalid.text.contains("value=\"\(long)\"") && invalid.text.contains("aria-invalid=\"true\""))
    }

    @Test func aDraftIsDeletedAfterConfirmation() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let confirm = try f.platform.get("/workspace/briefs/\(id)/delete", as: f.office)
        #expect(confirm.status == 200 && confirm.text.contains("Delete the 2026 draft"))
        let response = try f.platform.post("/workspace/briefs/\(id)/delete", form: [], as: f.office)
        #expect(response.status == 303 && response.header("Location") == "/workspace/briefs?deleted=1")
        #expect(try f.scalar("SELECT COUNT(*) FROM mayor_briefs WHERE id = ?", id) == 0)
        #expect(try f.auditCount(id, "delete") == 1)
        // A submitted brief cannot be deleted.
        let submitted = try f.scalar("SELECT id FROM mayor_briefs WHERE city_id = ? AND year = 2025", f.barcelona)
        #expect(try f.platform.post("/workspace/briefs/\(submitted)/delete", form: [], as: f.office).status == 409)
    }
}
