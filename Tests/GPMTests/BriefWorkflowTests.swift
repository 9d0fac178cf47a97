import Foundation
import SQLite
import Testing

@testable import GPM

/// The workflow service against a real seeded database: versions at each submission, reviews,
/// notifications, audit entries, the search index, and refusals by status and role.
@Suite("Briefs: the workflow service")
struct BriefWorkflowTests {
    /// A seeded platform with an office for Barcelona (published 2025 brief, no 2026 one), an office for
    /// Copenhagen, and a secretariat reviewer.
    struct Fixture {
        let platform: TestPlatform
        let workflow: BriefService
        let barcelona: Int
        let office: User
        let colleague: User
        let otherOffice: User
        let reviewer: User

        init() throws {
            platform = try TestPlatform()
            try platform.confirmAllCommitments()  // issue 13: briefs are submitted after the confirmations
            workflow = platform.app.briefWorkflowForTests
            let ids = (
                try platform.createUser(email: "office@barcelona.test", name: "Office", role: "city_office", city: "barcelona"),
                try platform.createUser(email: "colleague@barcelona.test", name: "Colleague", role: "city_office", city: "barcelona"),
                try platform.createUser(email: "office@copenhagen.test", role: "city_office", city: "copenhagen"),
                try platform.createUser(email: "reviewer@gpm.test", name: "Reviewer", role: "staff")
            )
            let database = platform.app.database
            func user(_ id: Int) throws -> User {
                try database.read { db in try User(row: try #require(try db.queryOne("SELECT \(User.columns) FROM users WHERE id = ?", id))) }
            }
            office = try user(ids.0)
            colleague = try user(ids.1)
            otherOffice = try user(ids.2)
            reviewer = try user(ids.3)
            barcelona = try #require(office.cityID)
        }

        func write<T>(_ body: (Connection) throws -> T) throws -> T { try platform.app.database.write(body) }
        func count(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Int {
            try platform.app.database.read { try $0.scalar(sql, arguments: arguments) ?? -1 }
        }

        /// A 2026 draft with the required fields filled.
        func completeDraft() throws -> BriefRecord {
            let draft = try workflow.create(city: barcelona, year: 2026, by: office)
            var fields = draft.fields
            fields.title = "Superblocks, year two"
            fields.summary = "More streets given back to people."
            fields.results = "- 6 new superblocks\n- 25% less traffic"
            fields.themeIDs = [try #require(try platform.app.database.read { db in try db.scalar("SELECT MIN(id) FROM themes") as Int? })]
            fields.sdgNumbers = [11, 3]
            return try workflow.update(briefID: draft.id, fields: fields, expectedVersion: draft.version, by: office)
        }

        static let ratings: [BriefCriterion: BriefReview.Rating] = [
            .evidenceOfResults: .init(score: 4, comment: "Figures given"), .integratedApproach: .init(score: 5),
            .transferability: .init(score: 3, comment: "Large city"),
        ]
    }

    @Test func theWholeCycleKeepsVersionsReviewsNotificationsAndAudit() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let draft = try f.completeDraft()
        #expect(draft.status == .draft && draft.fields.sdgNumbers == [3, 11])

        let first = try f.workflow.submit(briefID: draft.id, expectedVersion: draft.version, by: f.office)
        #expect(first.number == 1 && first.fields.title == "Superblocks, year two" && first.submittedByName == "Office")
        try f.workflow.requestChanges(briefID: draft.id, review: BriefReview(comment: "Add the budget."), by: f.reviewer)
        var brief = try f.workflow.brief(briefID: draft.id, for: f.office)
        #expect(brief.status == .changesRequested)
        // Both users of the office are told; the other city is not.
        #expect(try f.count("SELECT COUNT(*) FROM notifications WHERE kind = 'changes_requested' AND brief_id = ?", draft.id) == 2)
        #expect(try f.count("SELECT COUNT(*) FROM notifications WHERE user_id = ?", f.otherOffice.id) == 0)

        var fields = brief.fields
        fields.programme = "Budget: EUR 12 million."
        fields.sdgNumbers = [11]
        brief = try f.workflow.update(briefID: draft.id, fields: fields, expectedVersion: brief.version, by: f.colleague)
        let second = try f.workflow.submit(briefID: draft.id, by: f.colleague)
        #expect(second.number == 2)

        let diff = try #require(try f.workflow.diff(briefID: draft.id))
        #expect(diff.fromNumber == 1 && diff.toNumber == 2)
        #expect(diff.texts.filter(\.isChanged).map(\.key) == ["programme"])
        #expect(diff.texts.first { $0.key == "programme" }?.after == "Budget: EUR 12 million.")
        let sdgs = try #require(diff.lists.first { $0.key == "sdgs" })
        #expect(sdgs.removed == ["SDG 3: Good health and well-being"] && sdgs.added.isEmpty)

        // The search index's key of a brief is its city and year (Migrations/0035).
        let key = (draft.cityID * 128 + draft.year - 2000) * 4
        #expect(try f.count("SELECT COUNT(*) FROM best_practices_fts WHERE rowid = ?", key) == 0)
        let approval = BriefReview(comment: "Exemplary.", ratings: Fixture.ratings)
        let published = try f.workflow.publish(briefID: draft.id, review: approval, by: f.reviewer)
        #expect(published.status == .published && published.publishedAt != nil)
        // The store indexes the brief on the status change (prepared text: stemmed, folded).
        #expect(try f.count("SELECT COUNT(*) FROM best_practices_fts WHERE best_practices_fts MATCH 'superblock' AND rowid = ?", key) == 1)
        let reviews = try f.workflow.reviews(briefID: draft.id)
        #expect(reviews.map(\.decision) == [.published, .changesRequested])
        #expect(reviews.first?.versionNumber == 2 && reviews.first?.review.ratings == Fixture.ratings)
        #expect(try f.count("SELECT COUNT(*) FROM notifications WHERE kind = 'published' AND user_id = ?", f.office.id) == 1)

        try f.workflow.withdraw(briefID: draft.id, reason: "At the city's request", by: f.reviewer)
        #expect(try f.count("SELECT COUNT(*) FROM best_practices_fts WHERE rowid = ?", key) == 0)
        #expect(try f.count("SELECT COUNT(*) FROM mayor_briefs WHERE id = ? AND published_at IS NOT NULL", draft.id) == 1)

        let actions = try f.platform.app.database.read { db in
            try AuditStore(db: db).history(entity: BriefService.auditEntity, id: draft.id).map(\.action.rawValue)
        }
        #expect(actions == ["withdraw", "publish", "submit", "update", "request_changes", "submit", "update", "create"])
    }

    @Test func refusalsByStatusAndRole() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let draft = try f.completeDraft()
        let review = BriefReview(comment: "x", ratings: Fixture.ratings)
        // The office never publishes; the secretariat never submits, edits or deletes; no other city touches it.
        #expect(throws: BriefWorkflowError.forbidden) { try f.workflow.publish(briefID: draft.id, review: review, by: f.office) }
        #expect(throws: BriefWorkflowError.forbidden) { try f.workflow.submit(briefID: draft.id, by: f.reviewer) }
        // Another city's office is told what a missing brief would tell it: not found.
        #expect(throws: BriefWorkflowError.notFound) { try f.workflow.submit(briefID: draft.id, by: f.otherOffice) }
        #expect(throws: BriefWorkflowError.notFound) {
            try f.workflow.update(briefID: draft.id, fields: draft.fields, expectedVersion: draft.version, by: f.otherOffice)
        }
        #expect(throws: BriefWorkflowError.forbidden) { try f.workflow.delete(briefID: draft.id, by: f.reviewer) }
        #expect(throws: BriefWorkflowError.notFound) { try f.workflow.brief(briefID: draft.id, for: f.otherOffice) }
        // A draft cannot be reviewed or withdrawn.
        #expect(throws: BriefWorkflowError.notAllowed(transition: .publish, status: .draft)) {
            try f.workflow.publish(briefID: draft.id, review: review, by: f.reviewer)
        }
        #expect(throws: BriefWorkflowError.notAllowed(transition: .withdraw, status: .draft)) {
            try f.workflow.withdraw(briefID: draft.id, reason: "", by: f.reviewer)
        }
        // Stale edits are refused.
        #expect(throws: BriefWorkflowError.stale(current: draft.version)) {
            try f.workflow.update(briefID: draft.id, fields: draft.fields, expectedVersion: draft.version - 1, by: f.office)
        }
        try f.workflow.submit(briefID: draft.id, by: f.office)
        // Submitted: no editing, no second submission, no deletion; publishing needs ratings, changes need a comment.
        #expect(throws: BriefWorkflowError.notAllowed(transition: nil, status: .submitted)) {
            try f.workflow.update(briefID: draft.id, fields: draft.fields, expectedVersion: draft.version + 1, by: f.office)
        }
        #expect(throws: BriefWorkflowError.notAllowed(transition: .submit, status: .submitted)) {
            try f.workflow.submit(briefID: draft.id, by: f.office)
        }
        #expect(throws: BriefWorkflowError.notAllowed(transition: .delete, status: .submitted)) {
            try f.workflow.delete(briefID: draft.id, by: f.office)
        }
        #expect(throws: BriefWorkflowError.incomplete(["ratings": "Rate all three criteria before publishing."])) {
            try f.workflow.publish(briefID: draft.id, review: BriefReview(comment: "ok"), by: f.reviewer)
        }
        #expect(throws: BriefWorkflowError.self) {
            try f.workflow.requestChanges(briefID: draft.id, review: BriefReview(comment: "  "), by: f.reviewer)
        }
        #expect(throws: BriefWorkflowError.invalid("Transferability is rated from 1 to 5.")) {
            try f.workflow.publish(briefID: draft.id, review: BriefReview(comment: "", ratings: Fixture.ratings.merging(
                [.transferability: .init(score: 9)]) { $1 }), by: f.reviewer)
        }
        // Nothing of the refused steps was written.
        #expect(try f.count("SELECT COUNT(*) FROM brief_reviews WHERE brief_id = ?", draft.id) == 0)
        #expect(try f.count("SELECT COUNT(*) FROM brief_versions WHERE brief_id = ?", draft.id) == 1)
    }

    @Test func incompleteDraftsCannotBeSubmittedAndOnlyOneBriefPerYear() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let draft = try f.workflow.create(city: f.barcelona, year: 2026, by: f.office)
        #expect(throws: BriefWorkflowError.incomplete([
            "title": "Title is required to submit the brief.", "summary": "Summary is required to submit the brief.",
            "results": "Results is required to submit the brief.",
        ])) { try f.workflow.submit(briefID: draft.id, by: f.office) }
        #expect(throws: BriefWorkflowError.duplicate(existingID: draft.id, year: 2026)) {
            try f.workflow.create(city: f.barcelona, year: 2026, by: f.colleague)
        }
        try f.workflow.delete(briefID: draft.id, by: f.office)
        #expect(try f.count("SELECT COUNT(*) FROM mayor_briefs WHERE id = ?", draft.id) == 0)
    }

    @Test func startFromLastYearCopiesSectionsLinksAndFilesByReference() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
                let previousID = try f.count("SELECT id FROM mayor_briefs WHERE city_id = ? AND year = 2025", f.barcelona)
        let sha = try f.write { db in
            let stored = try AttachmentStore(db: db).store(bytes: Array("%PDF-1.7 report".utf8)[...], filename: "report.pdf")
            try AttachmentStore(db: db).attach(briefID: previousID, sha256: stored.sha256, filename: stored.filename)
            return stored.sha256
        }
        let previous = try f.workflow.brief(briefID: previousID, for: f.office)
        let draft = try f.workflow.create(city: f.barcelona, year: 2026, by: f.office, startFromPrevious: true)
        #expect(draft.fields.results == previous.fields.results && !draft.fields.results.isEmpty)
        #expect(draft.fields.context == previous.fields.context)
        #expect(draft.fields.actionIDs == previous.fields.actionIDs && draft.fields.themeIDs == previous.fields.themeIDs)
        #expect(draft.fields.sdgNumbers == previous.fields.sdgNumbers)
        #expect(draft.fields.title.isEmpty)
        let files = try f.workflow.attachments(briefID: draft.id)
        #expect(files.map(\.sha256) == [sha] && files.first?.filename == "report.pdf")
        #expect(try f.count("SELECT COUNT(*) FROM attachment_blobs WHERE sha256 = ?", sha) == 1)
    }
}

extension Application {
    /// The workflow over this platform's database.
    var briefWorkflowForTests: BriefService { BriefService(database: database, clock: configuration.clock) }
}
