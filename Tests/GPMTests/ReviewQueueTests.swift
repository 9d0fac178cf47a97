import Foundation
import SQLite
import Testing

@testable import GPM

/// The review queue and the review page over real HTTP: what the secretariat sees, in which order,
/// what changed between submissions, the files it may open, and who may see any of it.
@Suite("Reviews: the queue and the review page")
struct ReviewQueueTests {
    @Test func queueListsSubmittedBriefsByDeadlineThenSubmissionWithTheirVersion() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let barcelona = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        try f.workflow.requestChanges(briefID: barcelona, review: BriefReview(comment: "Add the budget."), by: f.reviewerUser)
        try f.revise(barcelona, by: f.office) { $0.programme += "\n\nBudget: 2.1 million euros." }
        let copenhagen = try f.submitBrief(by: f.otherOffice, title: "Safe streets in Nørrebro")
        // Copenhagen submitted earlier than Barcelona's resubmission; a 2025 cycle due sooner puts the seeded
        // 2025 submissions (Rotterdam, The Hague, …) first.
        try f.write { db in
            try db.run("UPDATE mayor_briefs SET submitted_at = '2026-01-02T09:00:00Z' WHERE id = ?", copenhagen)
            try db.run("UPDATE mayor_briefs SET submitted_at = '2026-01-05T09:00:00Z' WHERE id = ?", barcelona)
            try db.run("UPDATE reporting_cycles SET deadline = '2026-03-31' WHERE year = 2025")
        }

        let page = try f.platform.get("/workspace/reviews", as: f.reviewer)
        #expect(page.status == 200)
        let text = page.text
        let awaiting = try #require(text.range(of: "Awaiting review")).upperBound
        let changesSection = try #require(text.range(of: "Changes requested — waiting for the city")).lowerBound
        let queue = String(text[awaiting..<changesSection])
        let positions = ["Rotterdam", "Safe streets in Nørrebro", "Welcome desks for newcomers"].map { queue.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions[0]! < positions[1]! && positions[1]! < positions[2]!)
        #expect(queue.contains("resubmission (version 2)") && queue.contains("first submission (version 1)"))
        #expect(queue.contains("31 March 2027") && queue.contains("31 March 2026"))
        #expect(queue.contains("5 January 2026, 09:00 UTC"))
        #expect(queue.contains("href=\"/workspace/reviews/\(barcelona)\""))
        // Seeded briefs sent back (Athens 2025) wait for their city; published ones are listed last.
        let rest = String(text[changesSection...])
        #expect(rest.contains("Athens 2025"))
        #expect(rest.contains("Recently published"))
        #expect(!rest.contains("Welcome desks for newcomers"))
    }

    @Test func emptyQueueSaysSo() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        try f.write { db in try db.run("UPDATE mayor_briefs SET status = 'draft' WHERE status IN ('submitted', 'changes_requested')") }
        let page = try f.platform.get("/workspace/reviews", as: f.admin)
        #expect(page.status == 200)
        #expect(page.text.contains("No brief is waiting for review."))
        #expect(page.text.contains("No brief is back with its city."))
    }

    @Test func reviewPageShowsTheBriefAsSubmittedAndSaysWhenItIsTheFirstSubmission() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers", pdf: true)
        let page = try f.platform.get("/workspace/reviews/\(id)", as: f.reviewer)
        #expect(page.status == 200)
        for expected in [
            "<h1 lang=\"en\" dir=\"ltr\">Welcome desks for newcomers</h1>", "Before the programme, nobody coordinated.", "- 1,200 people housed",
            "SDG 11", "This is the first submission of this brief", "No review yet.", "Approve and publish", "Request changes",
            "name=\"evidence_of_results\"", "name=\"transferability_comment\"", "Your review of version 1", "Download evidence report.pdf",
        ] {
            #expect(page.text.contains(expected), "missing: \(expected)")
        }
        // The secretariat may open the unpublished brief's file; a visitor and another city's office may not.
        let href = try #require(page.text.firstMatch(of: /href="(\/attachments\/[0-9a-f]{64}\/[^"]+)"/).map { String($0.1) })
        let download = try f.platform.get(href, as: f.reviewer)
        #expect(download.status == 200 && download.header("Content-Type") == "application/pdf")
        #expect(download.body == ReviewFixture.pdf)
        #expect(try f.platform.get(href).status == 404)
        #expect(try f.platform.get(href, as: try f.platform.signIn(email: "office@copenhagen.test")).status == 404)
        #expect(try f.platform.get(href, as: f.officeJar).status == 200)
    }

    @Test func afterAResubmissionThePageShowsWhatChanged() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        var form = ReviewFixture.reviewForm(decision: "request_changes", comment: "Give the budget and the number of desks.")
        form.removeAll { $0.0 == "integrated_approach" }
        #expect(try f.platform.post("/workspace/reviews/\(id)", form: form, as: f.reviewer).status == 303)
        try f.revise(id, by: f.office) { fields in
            fields.results = "- 1,200 people housed\n- 9 welcome desks opened"
            fields.sdgNumbers = [10, 11]
        }
        let page = try f.platform.get("/workspace/reviews/\(id)", as: f.reviewer)
        #expect(page.status == 200)
        let text = page.text
        #expect(text.contains("From version 1 to version 2."))
        #expect(text.contains("Results (changed)") && text.contains("- 9 welcome desks opened"))
        #expect(text.contains("SDGs (changed)") && text.contains("SDG 10: Reduced inequalities"))
        #expect(text.contains("Unchanged: Title, Summary, Context"))
        // The earlier review with its ratings, and both submissions.
        #expect(text.contains("Give the budget and the number of desks.") && text.contains("Evidence of results: 4/5"))
        #expect(!text.contains("Integrated approach: "))
        #expect(text.contains("Version 2:") && text.contains("Version 1:") && text.contains("Your review of version 2"))
    }

    @Test func onlyTheSecretariatReviews() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        for path in ["/workspace/reviews", "/workspace/reviews/\(id)", "/workspace/reviews/\(id)/withdraw"] {
            let visitor = try f.platform.get(path)
            #expect(visitor.status == 303 && visitor.header("Location")?.hasPrefix("/sign-in?next=") == true, "\(path)")
            #expect(try f.platform.get(path, as: f.officeJar).status == 403, "\(path)")
            #expect(try f.platform.get(path, as: f.reviewer).status == 200, "\(path)")
            #expect(try f.platform.get(path, as: f.admin).status == 200, "\(path)")
        }
        let post = try f.platform.post("/workspace/reviews/\(id)", form: ReviewFixture.reviewForm(decision: "publish"), as: f.officeJar)
        #expect(post.status == 403)
        #expect(try f.status(id) == "submitted")
        #expect(try f.platform.get("/workspace/reviews/999999", as: f.reviewer).status == 404)
        #expect(try f.platform.get("/workspace/reviews/abc", as: f.reviewer).status == 404)
    }
}

/// A fresh seeded platform for the review tests: a Barcelona office (it files briefs through the
/// workflow service, as its own pages would), a Copenhagen office, a staff reviewer and an admin, all
/// signed in through the real form. Briefs are filed with `BriefService`; the secretariat acts over HTTP.
struct ReviewFixture {
    let platform: TestPlatform
    let workflow: BriefService
    let office: User
    let otherOffice: User
    let reviewerUser: User
    let reviewer: CookieJar
    let admin: CookieJar
    let officeJar: CookieJar

    init(configure: (inout AppConfiguration) -> Void = { _ in }) throws {
        platform = try TestPlatform(configure: configure)
        try platform.confirmAllCommitments()  // issue 13: briefs are submitted after the confirmations
        workflow = BriefService(database: platform.app.database, clock: platform.app.configuration.clock)
        let officeID = try platform.createUser(email: "office@barcelona.test", name: "Barcelona Office", role: "city_office", city: "barcelona")
        let otherID = try platform.createUser(email: "office@copenhagen.test", name: "Copenhagen Office", role: "city_office", city: "copenhagen")
        let reviewerID = try platform.createUser(email: "reviewer@gpm.test", name: "Rita Reviewer", role: "staff")
        try platform.createUser(email: "admin@gpm.test", name: "Ada Admin", role: "admin")
        office = try Self.user(platform, officeID)
        otherOffice = try Self.user(platform, otherID)
        reviewerUser = try Self.user(platform, reviewerID)
        reviewer = try platform.signIn(email: "reviewer@gpm.test")
        admin = try platform.signIn(email: "admin@gpm.test")
        officeJar = try platform.signIn(email: "office@barcelona.test")
    }

    func stop() { platform.stop() }

    static func user(_ platform: TestPlatform, _ id: Int) throws -> User {
        try platform.app.database.read { db in
            try User(row: try #require(try db.queryOne("SELECT \(User.columns) FROM users WHERE id = ?", id)))
        }
    }

    func write<T>(_ body: (Connection) throws -> T) throws -> T { try platform.app.database.write(body) }

    func scalar<T: SQLConvertible>(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> T? {
        try platform.app.database.read { try $0.scalar(sql, arguments: arguments) }
    }

    /// Files and submits a 2026 brief for `user`'s city with a distinctive title; returns its id.
    @discardableResult
    func submitBrief(by user: User, title: String, results: String = "- 1,200 people housed\n- 14 partner cities",
                     pdf: Bool = false) throws -> Int {
        let draft = try workflow.create(city: try #require(user.cityID), year: 2026, by: user)
        var fields = draft.fields
        fields.title = title
        fields.summary = "How \(title) worked."
        fields.context = "Before the programme, nobody coordinated."
        fields.programme = "The city coordinated with its neighbours."
        fields.results = results
        fields.themeIDs = [try #require(try platform.app.database.read { db in try db.scalar("SELECT MIN(id) FROM themes") as Int? })]
        fields.sdgNumbers = [11]
        let saved = try workflow.update(briefID: draft.id, fields: fields, expectedVersion: draft.version, by: user)
        if pdf {
            try workflow.addAttachment(briefID: draft.id, bytes: Self.pdf[...], filename: "evidence report.pdf", by: user)
        }
        try workflow.submit(briefID: draft.id, expectedVersion: saved.version, by: user)
        return draft.id
    }

    /// The office revises a brief sent back to it and resubmits it.
    func revise(_ briefID: Int, by user: User, _ change: (inout BriefFields) -> Void) throws {
        let brief = try workflow.brief(briefID: briefID, for: user)
        var fields = brief.fields
        change(&fields)
        let saved = try workflow.update(briefID: briefID, fields: fields, expectedVersion: brief.version, by: user)
        try workflow.submit(briefID: briefID, expectedVersion: saved.version, by: user)
    }

    func status(_ briefID: Int) throws -> String? { try scalar("SELECT status FROM mayor_briefs WHERE id = ?", briefID) }

    /// A complete review form: all three criteria rated.
    static func reviewForm(decision: String, comment: String = "", reviewing: Int? = nil) -> [(String, String)] {
        var form = [
            ("evidence_of_results", "4"), ("evidence_of_results_comment", "Figures with sources"),
            ("integrated_approach", "5"), ("integrated_approach_comment", ""),
            ("transferability", "3"), ("transferability_comment", "Needs a regional partner"),
            ("comment", comment), ("decision", decision),
        ]
        if let reviewing { form.append(("reviewing", String(reviewing))) }
        return form
    }

    static let pdf = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8)
}
