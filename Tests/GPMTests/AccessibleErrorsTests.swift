import Foundation
import HTTP
import Testing

@testable import GPM

/// Issue 17: GOV.UK's error pattern on the forms (a focused "There is a problem" summary in form order,
/// linked to marked fields, "Error:" in the title), HTML pages for the server's own answers, and the help
/// link on every page.
@Suite("Accessible errors, server pages and the help link")
struct AccessibleErrorsTests {
    /// The `href`s of the error summary, in order.
    static func summaryLinks(_ html: String) -> [String] {
        guard let start = html.range(of: "class=\"error-summary\""), let end = html[start.upperBound...].range(of: "</div>") else { return [] }
        return html[start.upperBound..<end.lowerBound].matches(of: /<a href="([^"]*)"/).map { String($0.1) }
    }

    static func title(_ html: String) -> String {
        html.firstMatch(of: /<title>([^<]*)<\/title>/).map { String($0.1) } ?? ""
    }

    @Test func signInErrorHasAFocusedSummaryAnErrorTitleAndAMarkedField() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        var jar = CookieJar()
        jar.absorb(try platform.get("/sign-in", as: jar))
        let refused = try platform.post("/sign-in", form: [("email", "nobody@gpm.test"), ("password", "not the password at all")], as: jar)
        #expect(refused.status == 422)
        let html = refused.text
        #expect(Self.title(html).hasPrefix("Error: "))
        #expect(html.contains("<h2 class=\"error-summary__title\" id=\"error-summary-title\">There is a problem</h2>"))
        #expect(html.contains("tabindex=\"-1\" autofocus"))
        #expect(Self.summaryLinks(html) == ["#email"])
        #expect(html.contains("id=\"email-error\""))
        #expect(html.contains("aria-invalid=\"true\" aria-describedby=\"email-error\""))
        // The form before any attempt: no summary, no "Error:".
        let form = try platform.get("/sign-in", as: jar)
        #expect(!form.text.contains("error-summary"))
        #expect(!Self.title(form.text).hasPrefix("Error"))
    }

    @Test func accountPasswordErrorsMarkTheFieldTheyAreAbout() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let jar = try platform.signIn(email: "staff@gpm.test")
        let wrongCurrent = try platform.post(
            "/account/password", form: [("current", "wrong password here"), ("password", "a new password 123"), ("confirm", "a new password 123")], as: jar)
        #expect(wrongCurrent.status == 422)
        #expect(Self.summaryLinks(wrongCurrent.text) == ["#current"])
        #expect(wrongCurrent.text.contains("id=\"current\" name=\"current\" type=\"password\" autocomplete=\"current-password\" required aria-invalid=\"true\" aria-describedby=\"current-error\""))
        let differ = try platform.post(
            "/account/password", form: [("current", "correct horse battery"), ("password", "a new password 123"), ("confirm", "another one 12345")], as: jar)
        #expect(Self.summaryLinks(differ.text) == ["#confirm"])
        #expect(differ.text.contains("aria-describedby=\"confirm-error\""))
        #expect(Self.title(differ.text).hasPrefix("Error: "))
        // Valid HTML: no paragraph inside a paragraph.
        #expect(!differ.text.contains("<p class=\"field-error\""))
    }

    @Test func invitationErrorsAreListedInFormOrderNotByKey() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let jar = try platform.signIn(email: "admin@gpm.test")
        // Email (not an address), role (missing): "email" < "role" by key too, so add the city's error by
        // choosing a city office without a city: email, role and city are the form's order.
        let refused = try platform.post("/admin/invitations", form: [("email", "not-an-address"), ("role", "city_office"), ("city", "")], as: jar)
        #expect(refused.status == 422)
        let links = Self.summaryLinks(refused.text)
        #expect(links.first == "#email")
        #expect(links == links.sorted { ["#email", "#role", "#city"].firstIndex(of: $0)! < ["#email", "#role", "#city"].firstIndex(of: $1)! })
        #expect(refused.text.contains("aria-invalid=\"true\" aria-describedby=\"email-error\""))
    }

    @Test func summaryOrderFollowsTheFieldsNotTheAlphabet() {
        let summary = FormErrorSummaryView(["progress_note": "Say what happened.", "date": "Give a date.", "note": "Say why."],
                                           order: ["note", "progress", "progress_note", "evidence_url", "date"])
        #expect(summary.items.map(\.href) == ["#note", "#progress_note", "#date"])
        #expect(summary.show && summary.count == 3)
        #expect(!FormErrorSummaryView.none.show)
    }

    @Test func serverMadeAnswersAreHTMLPagesWithLanguageTitleAndAWayHome() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        for (raw, status) in [
            ("GET /cities?q=%ZZ HTTP/1.1\r\nHost: a\r\n\r\n", 400),
            ("POST /sign-in HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n", 413),
            ("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: a\r\n\r\n", 414),
        ] {
            let response = try TestClient.parse(try TestClient.exchange(port: platform.port, bytes: Array(raw.utf8)), isHead: false)
            #expect(response.status == status)
            #expect(response.header("Content-Type") == "text/html; charset=utf-8", "\(status)")
            #expect(response.text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "\(status)")
            #expect(response.text.contains("— Global Parliament of Mayors</title>"), "\(status)")
            #expect(response.text.contains("<h1>"), "\(status)")
            #expect(response.text.contains("<a href=\"/\">"), "\(status)")
        }
        // GET on a POST-only address: the site's own page, in its layout.
        let signOut = try platform.get("/sign-out")
        #expect(signOut.status == 405)
        #expect(signOut.text.contains("<html lang=\"en\">"))
        #expect(signOut.text.contains("class=\"site-header\""))
        #expect(signOut.text.contains("<h1>Method not allowed</h1>"))
    }

    @Test func theHTTPModulesDefaultPageIsMinimalHTML() {
        let page = ServerErrorPage.minimalPage(language: "en", title: "400 <Bad>", heading: "Bad", text: "x", homeHref: "/", homeText: "Home")
        #expect(page.contains("<title>400 &lt;Bad&gt;</title>"))
        #expect(page.contains("<html lang=\"en\">"))
    }

    @Test func everyPageHasTheHelpLinkAndTheAdminSetsItsAddress() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        for path in ["/", "/cities", "/sign-in", "/best-practices", "/no-such-page"] {
            let page = try platform.get(path)
            #expect(page.text.contains("class=\"help-link\""), "\(path)")
            #expect(page.text.contains("href=\"mailto:secretariat@globalparliamentofmayors.org\""), "\(path)")
        }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let jar = try platform.signIn(email: "admin@gpm.test")
        let refused = try platform.post("/admin/settings", form: [("help_email", "not an address")], as: jar)
        #expect(refused.status == 422)
        #expect(Self.summaryLinks(refused.text) == ["#help-email"])
        let saved = try platform.post("/admin/settings", form: [("help_email", "help@gpm.example")], as: jar)
        #expect(saved.status == 303)
        #expect(try platform.get("/cities").text.contains("href=\"mailto:help@gpm.example\""))
        let audited: Int? = try platform.app.database.read { db in
            try db.scalar("SELECT count(*) FROM audit_events WHERE entity_type = 'setting'")
        }
        #expect(audited == 1)
    }

    @Test func aRefusedSubmissionLinksToTheFieldsItMarksOnTheEditPage() throws {
        let f = try BriefOfficeTests.Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let refused = try f.platform.post("/workspace/briefs/\(id)/submit", form: [("version", String(try f.version(id)))], as: f.office)
        #expect(refused.status == 422)
        let links = Self.summaryLinks(refused.text)
        // In the form's order (title, summary, …, results), each to the edit page that marks it.
        #expect(links.first == "/workspace/briefs/\(id)/edit?check=submit#f-summary" || links.first == "/workspace/briefs/\(id)/edit?check=submit#f-title")
        #expect(links.contains("/workspace/briefs/\(id)/edit?check=submit#f-results"))
        #expect(links.firstIndex { $0.hasSuffix("#f-summary") }! < links.firstIndex { $0.hasSuffix("#f-results") }!)
        let edit = try f.platform.get("/workspace/briefs/\(id)/edit?check=submit", as: f.office)
        #expect(edit.status == 200)
        #expect(Self.title(edit.text).hasPrefix("Error: "))
        #expect(Self.summaryLinks(edit.text).contains("#f-results"))
        #expect(edit.text.contains("f-results-error\" aria-invalid=\"true\""))
        #expect(edit.text.contains("<span class=\"field-error\" id=\"f-results-error\">"))
        // Without the check, the same page marks nothing.
        #expect(!(try f.platform.get("/workspace/briefs/\(id)/edit", as: f.office)).text.contains("error-summary"))
    }

    @Test func anAdminsRefusedRoleChangeMarksTheCityField() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let staff = try platform.createUser(email: "staff@gpm.test", role: "staff")
        let jar = try platform.signIn(email: "admin@gpm.test")
        let refused = try platform.post("/admin/users/\(staff)/role", form: [("role", "city_office"), ("city", "")], as: jar)
        #expect(refused.status == 422)
        #expect(Self.summaryLinks(refused.text) == ["#city"])
        #expect(refused.text.contains("aria-invalid=\"true\" aria-describedby=\"city-error\""))
    }

    @Test func demoDataIsAnnouncedOnceNotOnEveryRow() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let page = try platform.get("/cities")
        #expect(page.text.components(separatedBy: "class=\"site-notice\"").count == 2)
    }
}
