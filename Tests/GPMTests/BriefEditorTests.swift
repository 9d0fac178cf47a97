import Foundation
import SQLite
import Testing

@testable import GPM

/// The brief editor of issue 13 over real HTTP: one multipart form for text, links and files; limits
/// shown and enforced; text carried over from last year marked until edited; a form posted after the
/// session expired kept for its user; files of a submitted version never deleted.
@Suite("Briefs: the editor")
struct BriefEditorTests {
    static let pdf = BriefUploadTests.pdf

    /// Barcelona's office (with a 2025 brief in the demo) and a reviewer, on a movable clock, with limits
    /// small enough to reach.
    struct Fixture {
        let platform: TestPlatform
        let clock: PlatformClock
        let office: CookieJar
        let staff: CookieJar
        let reviewer: User

        init(limits: BriefLimits = BriefLimits()) throws {
            platform = try TestPlatform { configuration in configuration.briefLimits = limits }
            clock = platform.clock
            try platform.createUser(email: "office@barcelona.test", name: "Barcelona Office", role: "city_office", city: "barcelona")
            try platform.confirmAllCommitments()  // the office may submit (commitments confirmed for the cycle)
            let reviewerID = try platform.createUser(email: "reviewer@gpm.test", name: "Reviewer", role: "staff")
            office = try platform.signIn(email: "office@barcelona.test")
            staff = try platform.signIn(email: "reviewer@gpm.test")
            reviewer = try platform.app.database.read { db in
                try User(row: try #require(try db.queryOne("SELECT \(User.columns) FROM users WHERE id = ?", reviewerID)))
            }
        }

        func scalar<T: SQLConvertible>(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> T? {
            try platform.app.database.read { try $0.scalar(sql, arguments: arguments) }
        }

        /// Creates the 2026 draft (`start`: "empty" or "previous"); returns its id.
        func createDraft(start: String = "empty") throws -> Int {
            let response = try platform.post("/workspace/briefs/new", form: [("start", start)], as: office)
            #expect(response.status == 303)
            let location = try #require(response.header("Location"))
            return try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))
        }

        func version(_ id: Int) throws -> Int { try scalar("SELECT version FROM mayor_briefs WHERE id = ?", id) ?? 0 }

        /// The edit form's text fields, filled.
        func fields(_ id: Int, title: String = "Superblocks, year two", summary: String = "Streets given back.",
                    results: String = "- 25% less traffic") throws -> [(String, String)] {
            [("version", String(try version(id))), ("title", title), ("summary", summary), ("context", "Traffic."),
             ("programme", "Six superblocks."), ("results", results), ("what_did_not_work", ""), ("partners", ""),
             ("next_steps", ""), ("sdg", "11")]
        }

        /// Posts the edit form as the browser does: multipart, `_csrf` first, then `fields`, then `files`.
        func postEdit(_ id: Int, fields: [(String, String)], files: [(filename: String, bytes: [UInt8])] = [], as jar: CookieJar? = nil) throws -> TestResponse {
            let jar = jar ?? office
            let boundary = "----gpm-test-\(UUID().uuidString)"
            var body: [UInt8] = []
            func append(_ text: String) { body += Array(text.utf8) }
            if let token = jar.csrf { append("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n") }
            for (name, value) in fields {
                append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
            }
            for file in files {
                append("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.filename)\"\r\n")
                append("Content-Type: application/octet-stream\r\n\r\n")
                body += file.bytes
                append("\r\n")
            }
            append("--\(boundary)--\r\n")
            return try TestClient.send(
                port: platform.port, method: "POST", target: "/workspace/briefs/\(id)/edit",
                headers: jar.cookieHeader + [("Origin", platform.origin), ("Content-Type", "multipart/form-data; boundary=\(boundary)")],
                body: body)
        }

        func files(_ id: Int) throws -> [BriefAttachment] {
            try platform.app.database.read { try AttachmentStore(db: $0).list(briefID: id) }
        }
    }

    @Test func theFormShowsCheckboxesBesideTheirLabelsTextareasForSentencesAndTheLimits() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let page = try f.platform.get("/workspace/briefs/\(id)/edit", as: f.office).text
        // Each checkbox is followed directly by its own label, inside a grid.
        #expect(page.contains(#"<ul class="choice-grid">"#))
        #expect(page.contains(#"<li><input type="checkbox" id="sdg-11" name="sdg" value="11"><label for="sdg-11">"#))
        // "Two or three sentences" is a textarea, with its limit.
        // Each carries the brief's language, and lets the browser find the direction of what is typed (issue 15).
        #expect(page.contains(#"<textarea id="f-summary" name="summary" lang="en" dir="auto" rows="3" maxlength="1000""#))
        #expect(page.contains(#"<input type="text" id="f-title" name="title" lang="en" dir="auto" value="" maxlength="200""#))
        #expect(page.contains("0 of 10,000 characters") && page.contains("0 of 20 files") && page.contains("of 200 MB used by your city"))
        // One form: the file input is inside the form that posts the text.
        let form = try #require(page.firstMatch(of: /<form method="post" action="[^"]*\/edit" class="brief-form" enctype="multipart\/form-data">[\s\S]*?<\/form>/))
        #expect(form.0.contains(#"type="file""#) && form.0.contains(#"name="title""#))
    }

    @Test func anUploadKeepsTheTextTypedWithIt() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let response = try f.postEdit(id, fields: try f.fields(id, title: "Typed before the upload") + [("intent", "upload")],
                                      files: [("report.pdf", Self.pdf)])
        #expect(response.status == 303 && response.header("Location") == "/workspace/briefs/\(id)/edit?saved=1&uploaded=1#files")
        #expect(try f.files(id).map(\.filename) == ["report.pdf"])
        #expect(try f.scalar("SELECT title FROM mayor_briefs WHERE id = ?", id) == "Typed before the upload")
        // A refused file (not a PDF) still saves the text, and says why next to the file input.
        let refused = try f.postEdit(id, fields: try f.fields(id, title: "Typed again"), files: [("x.pdf", Array("<html>".utf8))])
        #expect(refused.status == 422)
        #expect(refused.text.contains(#"id="file-error""#) && refused.text.contains("is not a PDF or an image"))
        #expect(refused.text.contains("Your text was saved.") && refused.text.contains(#"value="Typed again""#))
        #expect(try f.scalar("SELECT title FROM mayor_briefs WHERE id = ?", id) == "Typed again")
    }

    @Test func anOverLimitSectionGetsItsMessageAndKeepsTheRestOfTheForm() throws {
        var limits = BriefLimits()
        limits.maxSectionLength = 50
        let f = try Fixture(limits: limits)
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let long = String(repeating: "a", count: 51)
        let response = try f.postEdit(id, fields: try f.fields(id, title: "Kept title", results: long))
        #expect(response.status == 422)
        #expect(response.text.contains(#"<span class="field-error" id="f-results-error">Results is 51 characters; at most 50 are accepted.</span>"#))
        #expect(response.text.contains(#"value="Kept title""#) && response.text.contains(">\(long)</textarea>"))
        #expect(response.text.contains("51 of 50 characters") && response.text.contains(#"value="11" checked"#))
        #expect(try f.scalar("SELECT title FROM mayor_briefs WHERE id = ?", id) == "")
        // A url-encoded post (a client without the file input) meets the same rule.
        let plain = try f.platform.post("/workspace/briefs/\(id)/edit", form: try f.fields(id, results: long), as: f.office)
        #expect(plain.status == 422 && plain.text.contains("f-results-error"))
    }

    @Test func filesPerBriefAndBytesPerCityAreLimited() throws {
        var limits = BriefLimits()
        limits.maxFilesPerBrief = 1
        let f = try Fixture(limits: limits)
        defer { f.platform.stop() }
        let id = try f.createDraft()
        #expect(try f.postEdit(id, fields: try f.fields(id), files: [("one.pdf", Self.pdf)]).status == 303)
        let page = try f.platform.get("/workspace/briefs/\(id)/edit", as: f.office).text
        #expect(page.contains("1 of 1 files") && page.contains("remove one to add another") && !page.contains(#"type="file""#))
        let second = try f.postEdit(id, fields: try f.fields(id, title: "Still kept"), files: [("two.png", AttachmentTests.png)])
        #expect(second.status == 422 && second.text.contains("A brief holds at most 1 files"))
        #expect(try f.files(id).count == 1 && f.scalar("SELECT title FROM mayor_briefs WHERE id = ?", id) == "Still kept")

        var bytes = BriefLimits()
        bytes.maxBytesPerCity = Self.pdf.count + 10
        let g = try Fixture(limits: bytes)
        defer { g.platform.stop() }
        let draft = try g.createDraft()
        #expect(try g.postEdit(draft, fields: try g.fields(draft), files: [("one.pdf", Self.pdf)]).status == 303)
        let over = try g.postEdit(draft, fields: try g.fields(draft), files: [("two.png", AttachmentTests.png)])
        #expect(over.status == 422 && over.text.contains("are kept per city"))
        #expect(try g.files(draft).map(\.filename) == ["one.pdf"])
    }

    @Test func textCarriedOverFromLastYearIsMarkedUntilEdited() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft(start: "previous")
        let context: String = try #require(try f.scalar("SELECT context FROM mayor_briefs WHERE id = ?", id))
        #expect(!context.isEmpty)
        var page = try f.platform.get("/workspace/briefs/\(id)/edit", as: f.office).text
        #expect(page.contains(#"<span class="carried-note small" id="f-context-carried">Carried over from the 2025 brief"#))
        #expect(page.contains("carried over</span>") && page.contains(#"id="carried-over-summary""#))
        // Edit the context only: its mark goes, the others stay.
        let programme: String = try #require(try f.scalar("SELECT programme FROM mayor_briefs WHERE id = ?", id))
        var fields = try f.fields(id).filter { !["context", "programme"].contains($0.0) }
        fields += [("context", "What happened in 2026."), ("programme", programme)]
        #expect(try f.postEdit(id, fields: fields).status == 303)
        page = try f.platform.get("/workspace/briefs/\(id)/edit", as: f.office).text
        #expect(!page.contains(#"id="f-context-carried""#))
        #expect(page.contains(#"id="f-programme-carried""#) == !programme.isEmpty)
        let stored: String = try #require(try f.scalar("SELECT carried_over FROM mayor_briefs WHERE id = ?", id))
        #expect(!stored.contains("\"context\""))
    }

    @Test func aRemovedFileOfASubmittedVersionStillDownloadsForTheReviewer() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        #expect(try f.postEdit(id, fields: try f.fields(id), files: [("evidence.pdf", Self.pdf)]).status == 303)
        let file = try #require(try f.files(id).first)
        #expect(try f.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(try f.version(id)))], as: f.office).status == 303)
        try f.platform.app.briefWorkflowForTests.requestChanges(briefID: id, review: BriefReview(comment: "More figures."), by: f.reviewer)
        // The office removes the file from the draft (the remove button of the one form).
        let removed = try f.postEdit(id, fields: try f.fields(id) + [("remove", file.sha256)])
        #expect(removed.status == 303 && removed.header("Location")?.contains("removed=1") == true)
        #expect(try f.files(id).isEmpty)
        // The bytes stay: version 1 lists them; the reviewer's link still works, and the office's.
        #expect(try f.scalar("SELECT COUNT(*) FROM attachment_blobs WHERE sha256 = ?", file.sha256) == 1)
        let download = try f.platform.get(file.downloadPath, as: f.staff)
        #expect(download.status == 200 && download.body == Self.pdf)
        #expect(try f.platform.get(file.downloadPath, as: f.office).status == 200)
        #expect(try f.platform.get(file.downloadPath).status == 404)
        // A file only ever in a draft goes with its last reference.
        #expect(try f.postEdit(id, fields: try f.fields(id), files: [("chart.png", AttachmentTests.png)]).status == 303)
        let png = try #require(try f.files(id).first)
        #expect(try f.postEdit(id, fields: try f.fields(id) + [("remove", png.sha256)]).status == 303)
        #expect(try f.scalar("SELECT COUNT(*) FROM attachment_blobs WHERE sha256 = ?", png.sha256) == 0)
    }
}

/// A form posted after its session expired: kept for that user, shown pre-filled after sign-in, never
/// saved by itself; an upload's file is "not received".
@Suite("Briefs: a form posted after the session expired")
struct BriefKeptFormTests {
    @Test func aPostAfterExpiryComesBackPrefilledAfterSignInAndIsNotReplayed() throws {
        let f = try BriefEditorTests.Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let fields = try f.fields(id, title: "Typed for three hours")
        f.clock.advance(by: TimeInterval(f.platform.app.configuration.accounts.sessionIdleTimeout + 60))
        let response = try f.postEdit(id, fields: fields)
        #expect(response.status == 303)
        let location = try #require(response.header("Location"))
        #expect(location.hasPrefix("/sign-in?next=") && location.contains("kept=text"))
        #expect(try f.scalar("SELECT title FROM mayor_briefs WHERE id = ?", id) == "")
        #expect(try f.scalar("SELECT COUNT(*) FROM kept_forms") == 1)
        let signInPage = try f.platform.get(location)
        #expect(signInPage.text.contains("We kept what you typed: sign in to review and save it."))
        // Sign in again through the form with the `next` it carries, and follow it.
        var jar = CookieJar()
        jar.absorb(signInPage)
        let next = try #require(signInPage.text.firstMatch(of: /name="next" value="([^"]*)"/)).1
        let signedIn = try f.platform.post(
            "/sign-in", form: [("email", "office@barcelona.test"), ("password", "correct horse battery"),
                               ("next", String(next).replacingOccurrences(of: "&amp;", with: "&"))], as: jar)
        #expect(signedIn.status == 303 && signedIn.header("Location") == "/workspace/briefs/\(id)/edit?kept=1")
        jar.absorb(signedIn)
        let page = try f.platform.get("/workspace/briefs/\(id)/edit?kept=1", as: jar)
        #expect(page.text.contains("We kept what you typed; review and save.") && page.text.contains(#"value="Typed for three hours""#))
        // Not saved by itself, and shown once.
        #expect(try f.scalar("SELECT title FROM mayor_briefs WHERE id = ?", id) == "")
        #expect(try f.scalar("SELECT COUNT(*) FROM kept_forms") == 0)
        #expect(!(try f.platform.get("/workspace/briefs/\(id)/edit?kept=1", as: jar)).text.contains("Typed for three hours"))
    }

    @Test func anUploadAfterExpirySaysFileNotReceivedAndKeepsTheText() throws {
        let f = try BriefEditorTests.Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let fields = try f.fields(id, title: "Typed with a file")
        f.clock.advance(by: TimeInterval(f.platform.app.configuration.accounts.sessionIdleTimeout + 60))
        let response = try f.postEdit(id, fields: fields, files: [("report.pdf", BriefUploadTests.pdf)])
        let location = try #require(response.header("Location"))
        #expect(response.status == 303 && location.contains("kept=files"))
        #expect(try f.platform.get(location).text.contains("the file was not received"))
        #expect(try f.files(id).isEmpty)
        let jar = try f.platform.signIn(email: "office@barcelona.test")
        let page = try f.platform.get("/workspace/briefs/\(id)/edit?kept=1", as: jar)
        #expect(page.text.contains("File not received") && page.text.contains(#"value="Typed with a file""#))
    }

    @Test func aSignedOutSessionKeepsNothing() throws {
        let f = try BriefEditorTests.Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let fields = try f.fields(id)
        _ = try f.platform.post("/sign-out", form: [], as: f.office)
        let response = try f.postEdit(id, fields: fields)
        #expect(response.status == 303 && response.header("Location")?.contains("kept=") == false)
        #expect(try f.scalar("SELECT COUNT(*) FROM kept_forms") == 0)
    }
}

/// Notifications for the secretariat and unread counts for everyone signed in.
@Suite("Briefs: staff notifications and unread counts")
struct BriefNotificationTests {
    @Test func staffAreNotifiedOfASubmissionAndSeeTheUnreadCount() throws {
        let f = try BriefEditorTests.Fixture()
        defer { f.platform.stop() }
        var before = try f.platform.get("/workspace", as: f.staff).text
        #expect(!before.contains("nav-unread"))
        let id = try f.createDraft()
        #expect(try f.postEdit(id, fields: try f.fields(id)).status == 303)
        #expect(try f.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(try f.version(id)))], as: f.office).status == 303)
        before = try f.platform.get("/workspace", as: f.staff).text
        #expect(before.contains(#"<span class="nav-unread">1<span class="visually-hidden"> unread</span></span>"#))
        let list = try f.platform.get("/workspace/notifications", as: f.staff)
        #expect(list.status == 200 && list.text.contains("Barcelona submitted its 2026 Mayor Brief"))
        #expect(list.text.contains(#"href="/workspace/reviews/\#(id)""#))
        #expect(try f.platform.post("/workspace/notifications/read", form: [], as: f.staff).status == 303)
        #expect(!(try f.platform.get("/workspace", as: f.staff)).text.contains("nav-unread"))
    }

    @Test func anOfficeWideNotificationIsMarkedReadPerUser() throws {
        let f = try BriefEditorTests.Fixture()
        defer { f.platform.stop() }
        try f.platform.createUser(email: "second@barcelona.test", role: "city_office", city: "barcelona")
        let second = try f.platform.signIn(email: "second@barcelona.test")
        let (barcelona, notification): (Int, Int) = try f.platform.app.database.write { db in
            let city: Int = try #require(try db.scalar("SELECT id FROM cities WHERE slug = 'barcelona'"))
            try db.run("INSERT INTO notifications (city_id, kind, message, created_at) VALUES (?, 'published', 'For the whole office.', '2026-01-01T00:00:00Z')", city)
            return (city, Int(db.lastInsertRowID))
        }
        #expect(barcelona > 0)
        #expect(try f.platform.get("/workspace/notifications", as: f.office).text.contains("For the whole office."))
        #expect(try f.platform.get("/workspace/briefs", as: f.office).text.contains(#"<span class="nav-unread">1"#))
        #expect(try f.platform.post("/workspace/notifications/read", form: [("id", String(notification))], as: f.office).status == 303)
        #expect(!(try f.platform.get("/workspace/briefs", as: f.office)).text.contains("nav-unread"))
        // The colleague still has it unread.
        #expect(try f.platform.get("/workspace/briefs", as: second).text.contains(#"<span class="nav-unread">1"#))
        #expect(try f.scalar("SELECT COUNT(*) FROM notification_reads WHERE notification_id = ?", notification) == 1)
    }
}

/// The audit log keeps long values bounded and shows them collapsed.
@Suite("Audit: long values bounded")
struct AuditBoundedValueTests {
    @Test func aLongSectionIsStoredBoundedAndShownCollapsed() throws {
        let f = try BriefEditorTests.Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let long = String(repeating: "b", count: 5_000)
        #expect(try f.postEdit(id, fields: try f.fields(id, results: long)).status == 303)
        let after: String = try #require(try f.scalar(
            "SELECT after_json FROM audit_events WHERE entity_type = 'mayor_brief' AND entity_id = ? AND action = 'update' ORDER BY id DESC LIMIT 1",
            String(id)))
        #expect(after.contains(String(repeating: "b", count: 2_000) + "…(3,000 more characters)"))
        #expect(!after.contains(String(repeating: "b", count: 2_001)))
        let admin = try f.platform.createUser(email: "admin@gpm.test", role: "admin")
        #expect(admin > 0)
        let log = try f.platform.get("/admin/audit?entity=mayor_brief", as: try f.platform.signIn(email: "admin@gpm.test"))
        #expect(log.status == 200 && log.text.contains(#"<details class="audit-value">"#))
    }
}

/// Large uploads meet the session check at their head: an expired session's is read (its text kept, the
/// file not received), an unknown session's refused before the body with the same words on the sign-in page.
@Suite("Briefs: large uploads after the session expired")
struct BriefLargeUploadExpiryTests {
    @Test func aLargeUploadOnAnExpiredSessionKeepsTheTextAndAnUnknownOneSaysFileNotReceived() throws {
        let f = try BriefEditorTests.Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let fields = try f.fields(id, title: "Typed with a large file")
        let large = BriefUploadTests.pdf + [UInt8](repeating: 0x20, count: 2 << 20)
        f.clock.advance(by: TimeInterval(f.platform.app.configuration.accounts.sessionIdleTimeout + 60))
        let kept = try f.postEdit(id, fields: fields, files: [("large.pdf", large)])
        #expect(kept.status == 303 && kept.header("Location")?.contains("kept=files") == true)
        #expect(try f.scalar("SELECT COUNT(*) FROM kept_forms") == 1)

        var stranger = f.office
        stranger.cookies["gpm_session"] = "no-such-session-token-0000000000000000000000"
        stranger.csrf = FormToken.derived(fromSession: "no-such-session-token-0000000000000000000000")
        let refused = try f.postEdit(id, fields: fields, files: [("large.pdf", large)], as: stranger)
        let location = try #require(refused.header("Location"))
        #expect(refused.status == 303 && location.contains("kept=upload"))
        #expect(try f.platform.get(location).text.contains("the file was not received"))
    }
}
