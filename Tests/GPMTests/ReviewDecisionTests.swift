import Foundation
import SQLite
import Testing

@testable import GPM

/// Decisions over real HTTP: publishing puts the brief on every public page, requesting changes reaches
/// the office, ratings are stored, refusals are clear (422, 409, CSRF), withdrawal takes it all back.
@Suite("Reviews: decisions")
struct ReviewDecisionTests {
    @Test func publishingPutsTheBriefOnThePublicPagesSearchAndFeed() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Zanzibarian welcome desks", pdf: true)
        #expect(try f.platform.get("/briefs/barcelona/2026").status == 404)

        let response = try f.platform.post(
            "/workspace/reviews/\(id)", form: ReviewFixture.reviewForm(decision: "publish", comment: "Exemplary.", reviewing: 1), as: f.reviewer)
        #expect(response.status == 303 && response.header("Location") == "/workspace/reviews/\(id)?decided=publish")
        let after = try f.platform.get(try #require(response.header("Location")), as: f.reviewer)
        #expect(after.text.contains("Approved and published.") && after.text.contains("Rita Reviewer"))
        #expect(try f.status(id) == "published")

        #expect(try f.platform.get("/briefs/barcelona/2026").text.contains("Zanzibarian welcome desks"))
        #expect(try f.platform.get("/best-practices?q=Zanzibarian").text.contains("href=\"/briefs/barcelona/2026\""))
        #expect(try f.platform.get("/cities/barcelona").text.contains("Zanzibarian welcome desks"))
        #expect(try f.platform.get("/feed.atom").text.contains("Zanzibarian welcome desks"))
        // Its file is public now.
        let href = try #require(try f.platform.get("/workspace/reviews/\(id)", as: f.reviewer).text
            .firstMatch(of: /href="(\/attachments\/[0-9a-f]{64}\/[^"]+)"/).map { String($0.1) })
        #expect(try f.platform.get(href).status == 200)

        // Ratings, the review, the office's notification and the audit entry are stored.
        #expect(try f.scalar("SELECT evidence_of_results FROM brief_reviews WHERE brief_id = ?", id) == 4)
        #expect(try f.scalar("SELECT transferability_comment FROM brief_reviews WHERE brief_id = ?", id) == "Needs a regional partner")
        #expect(try f.scalar("SELECT decision FROM brief_reviews WHERE brief_id = ?", id) == "published")
        #expect(try f.scalar("SELECT COUNT(*) FROM notifications WHERE brief_id = ? AND kind = 'published' AND user_id = ?", id, f.office.id) == 1)
        let audit = "SELECT COUNT(*) FROM audit_events WHERE entity_type = 'mayor_brief' AND entity_id = ? AND action = 'publish'"
        #expect(try f.scalar(audit, String(id)) == 1)
    }

    @Test func requestingChangesReachesTheOfficeAndTheQueue() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        let comment = "Give the budget <and> the number of desks."
        let form = ReviewFixture.reviewForm(decision: "request_changes", comment: comment)
        #expect(try f.platform.post("/workspace/reviews/\(id)", form: form, as: f.reviewer).status == 303)
        #expect(try f.status(id) == "changes_requested")
        let message: String? = try f.scalar(
            "SELECT message FROM notifications WHERE brief_id = ? AND kind = 'changes_requested' AND user_id = ?", id, f.office.id)
        #expect(message?.contains(comment) == true)
        #expect(try f.scalar("SELECT COUNT(*) FROM notifications WHERE brief_id = ? AND user_id = ?", id, f.otherOffice.id) == 0)
        // The office reads the comments in its workspace; the review page quotes them, escaped.
        let briefs = try f.platform.get("/workspace/briefs", as: f.officeJar)
        #expect(briefs.status == 200 && briefs.text.contains("Give the budget &lt;and&gt; the number of desks."))
        let page = try f.platform.get("/workspace/reviews/\(id)", as: f.reviewer)
        #expect(page.text.contains("Give the budget &lt;and&gt; the number of desks.") && !page.text.contains("Approve and publish"))
        let queue = try f.platform.get("/workspace/reviews", as: f.reviewer).text
        let waiting = try #require(queue.range(of: "Changes requested — waiting for the city")).upperBound
        #expect(queue[waiting...].contains("Welcome desks for newcomers"))
        #expect(try f.platform.get("/briefs/barcelona/2026").status == 404)
    }

    @Test func refusedFormsKeepTheInputAndSayWhy() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        // Requesting changes without a comment.
        var form = ReviewFixture.reviewForm(decision: "request_changes", comment: "  ")
        var response = try f.platform.post("/workspace/reviews/\(id)", form: form, as: f.reviewer)
        #expect(response.status == 422)
        #expect(response.text.contains("Say what the office should change") && response.text.contains("aria-invalid=\"true\""))
        #expect(response.text.contains("Figures with sources") && response.text.contains("<option value=\"4\" selected>"))
        // Publishing without every criterion rated, and a rating out of range.
        form = ReviewFixture.reviewForm(decision: "publish", comment: "Fine.")
        form.removeAll { $0.0 == "transferability" }
        form.append(("transferability", ""))
        form[form.firstIndex { $0.0 == "evidence_of_results" }!].1 = "7"
        response = try f.platform.post("/workspace/reviews/\(id)", form: form, as: f.reviewer)
        #expect(response.status == 422)
        #expect(response.text.contains("Rate transferability from 1 to 5 before publishing."))
        #expect(response.text.contains("Evidence of results is rated from 1 to 5."))
        #expect(try f.status(id) == "submitted")
        #expect(try f.scalar("SELECT COUNT(*) FROM brief_reviews WHERE brief_id = ?", id) == 0)
    }

    @Test func aSecondDecisionIsAConflictNotAnError() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        #expect(try f.platform.post("/workspace/reviews/\(id)", form: ReviewFixture.reviewForm(decision: "publish"), as: f.admin).status == 303)
        let late = ReviewFixture.reviewForm(decision: "request_changes", comment: "Please add figures.", reviewing: 1)
        let response = try f.platform.post("/workspace/reviews/\(id)", form: late, as: f.reviewer)
        #expect(response.status == 409)
        #expect(response.text.contains("no longer awaiting review") && response.text.contains("Published"))
        #expect(response.text.contains("Ada Admin") && response.text.contains("Please add figures."))
        #expect(try f.status(id) == "published")
        #expect(try f.scalar("SELECT COUNT(*) FROM brief_reviews WHERE brief_id = ?", id) == 1)
    }

    @Test func aResubmissionWhileReviewingIsShownBeforeDeciding() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        try f.workflow.requestChanges(briefID: id, review: BriefReview(comment: "Budget?"), by: f.reviewerUser)
        try f.revise(id, by: f.office) { $0.partners = "UNHCR" }
        let stale = ReviewFixture.reviewForm(decision: "publish", comment: "Good.", reviewing: 1)
        let response = try f.platform.post("/workspace/reviews/\(id)", form: stale, as: f.reviewer)
        #expect(response.status == 409 && response.text.contains("submitted version 2 while you were reviewing"))
        #expect(response.text.contains("Your review of version 2") && response.text.contains("Good."))
        #expect(try f.status(id) == "submitted")
    }

    @Test func formsWithoutTheTokenAreRefused() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")
        let form = ReviewFixture.reviewForm(decision: "publish")
        let response = try f.platform.post("/workspace/reviews/\(id)", form: form, as: f.reviewer, csrf: false)
        #expect(response.status == 403)
        #expect(try f.status(id) == "submitted")
        try f.workflow.publish(briefID: id, review: BriefReview(comment: "", ratings: Self.ratings), by: f.reviewerUser)
        let withdraw = try f.platform.post("/workspace/reviews/\(id)/withdraw", form: [("reason", "Wrong")], as: f.reviewer, csrf: false)
        #expect(withdraw.status == 403)
        #expect(try f.status(id) == "published")
    }

    @Test func withdrawingTakesTheBriefOffThePublicPagesAndSearch() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let id = try f.submitBrief(by: f.office, title: "Zanzibarian welcome desks")
        #expect(try f.platform.post("/workspace/reviews/\(id)", form: ReviewFixture.reviewForm(decision: "publish"), as: f.reviewer).status == 303)
        #expect(try f.platform.get("/best-practices?q=Zanzibarian").text.contains("href=\"/briefs/barcelona/2026\""))

        let confirm = try f.platform.get("/workspace/reviews/\(id)/withdraw", as: f.reviewer)
        #expect(confirm.status == 200 && confirm.text.contains("Withdraw “Zanzibarian welcome desks”"))
        #expect(confirm.text.contains("the office is notified") || confirm.text.contains("office is notified"))
        let empty = try f.platform.post("/workspace/reviews/\(id)/withdraw", form: [("reason", " ")], as: f.reviewer)
        #expect(empty.status == 422 && empty.text.contains("Say why the brief is withdrawn"))
        let done = try f.platform.post("/workspace/reviews/\(id)/withdraw", form: [("reason", "Figures could not be verified.")], as: f.reviewer)
        #expect(done.status == 303 && done.header("Location") == "/workspace/reviews/\(id)?decided=withdraw")
        #expect(try f.status(id) == "withdrawn")

        #expect(try f.platform.get("/briefs/barcelona/2026").status == 404)
        #expect(!(try f.platform.get("/best-practices?q=Zanzibarian").text.contains("href=\"/briefs/barcelona/2026\"")))
        #expect(!(try f.platform.get("/cities/barcelona").text.contains("Zanzibarian welcome desks")))
        #expect(!(try f.platform.get("/feed.atom").text.contains("Zanzibarian welcome desks")))
        let message: String? = try f.scalar(
            "SELECT message FROM notifications WHERE brief_id = ? AND kind = 'withdrawn' AND user_id = ?", id, f.office.id)
        #expect(message?.contains("Figures could not be verified.") == true)
        // Withdrawing again: 409 with the current state, not a 500.
        let again = try f.platform.post("/workspace/reviews/\(id)/withdraw", form: [("reason", "Again")], as: f.admin)
        #expect(again.status == 409 && again.text.contains("Only a published brief can be withdrawn. This one is “Withdrawn”."))
    }

    static let ratings: [BriefCriterion: BriefReview.Rating] = [
        .evidenceOfResults: .init(score: 4), .integratedApproach: .init(score: 4), .transferability: .init(score: 4),
    ]
}
