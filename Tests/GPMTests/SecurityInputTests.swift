import Foundation
import SQLite
import Testing

@testable import GPM

/// Hostile input over real HTTP: markup in every name that reaches a raw `{{{…}}}` context (maps, the
/// partnership graph, dashboard charts, search snippets) and in audit summaries; SQL in sort parameters;
/// fields the registry does not know; attachment names in `Content-Disposition`; files posing as PDFs;
/// and the security headers on every kind of response.
@Suite("Security: hostile input, uploads and headers")
struct SecurityInputTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"

    static func expectEscaped(_ page: TestResponse, shows: Bool = true, _ where: String) {
        #expect(!page.text.contains(script), "raw <script> in \(`where`)")
        #expect(!page.text.contains("<img src=x"), "raw <img> in \(`where`)")
        if shows {
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped name missing in \(`where`)")
        }
    }

    @Test func markupInNamesIsEscapedInMapsGraphsChartsSnippetsAndAuditHistory() throws {
        let f = try RegistryFixture(role: "admin")
        defer { f.stop() }
        let barcelona = try f.id("SELECT id FROM cities WHERE slug = 'barcelona'")
        // The name is changed through the registry's own form, so the audit entry carries it too.
        let path = "/workspace/cities/\(barcelona)/edit"
        let saved = try f.post(path, try f.formValues(path).setting("name", "Barcelona \(Self.script)\(Self.image)"))
        #expect(saved.status == 303)
        // Names shown on the network map, the partnership graph, the action map and the dashboard's charts.
        let network = try f.row(
            "SELECT n.id, n.slug FROM networks n JOIN city_networks m ON m.network_id = n.id WHERE m.city_id = ? LIMIT 1", barcelona)
        try f.platform.app.database.write { db in
            try db.run("UPDATE networks SET name = ? WHERE id = ?", "Net \(Self.script)\(Self.image)", try network.int("id"))
            try db.run("UPDATE actions SET title = ? WHERE id IN (SELECT id FROM actions ORDER BY id LIMIT 3)", "Act \(Self.script)\(Self.image)")
            try db.run("UPDATE regions SET name = ? WHERE id IN (SELECT region_id FROM cities WHERE id = ?)", "Reg \(Self.script)", barcelona)
            try db.run("UPDATE mayor_briefs SET title = ? WHERE status = 'published'", "Diversity \(Self.script)\(Self.image)")
        }
        Self.expectEscaped(try f.platform.get("/cities/barcelona"), "city page")
        Self.expectEscaped(try f.platform.get("/"), shows: false, "home map")
        Self.expectEscaped(try f.platform.get("/networks/\(try network.string("slug"))"), "network page and map")
        Self.expectEscaped(try f.platform.get("/partnerships/graph"), shows: false, "partnership graph")
        let action: String = try #require(try f.platform.app.database.read { db in try db.scalar("SELECT slug FROM actions ORDER BY id LIMIT 1") })
        Self.expectEscaped(try f.platform.get("/actions/\(action)"), "action page and map")
        Self.expectEscaped(try f.get("/workspace"), shows: false, "dashboard charts")
        let search = try f.platform.get("/best-practices?q=diversity")
        Self.expectEscaped(search, "search snippets")
        #expect(search.text.contains("<mark>"))  // our own markup survives
        Self.expectEscaped(try f.platform.get("/best-practices?q=%3Cscript%3E"), shows: false, "search for markup")
        Self.expectEscaped(try f.get("/admin/audit"), "audit log")
        Self.expectEscaped(try f.get(path), "edit page history")
        Self.expectEscaped(try f.get("/workspace/cities?q=Barcelona"), "registry list")
        // The values raw contexts are built from are the builders' own escaping, checked directly too.
        let svg = WorldMap.svg([MapPoint(name: Self.image, href: "/\"><x", latitude: 1, longitude: 2)], label: Self.script)
        #expect(!svg.contains("<img") && !svg.contains("<script") && !svg.contains("\"><x"))
        #expect(SnippetMarkup.html("a\u{E000}\(Self.script)\u{E001}b") == "a<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>b")
    }

    @Test func sortParametersAndUnknownFieldsNeverReachSQL() throws {
        let f = try RegistryFixture(role: "admin")
        defer { f.stop() }
        let cities = try f.count("SELECT count(*) FROM cities")
        for sort in ["name;DROP%20TABLE%20cities", "name%20DESC--", "(SELECT%201)", "population,(select%20password_hash%20from%20users)"] {
            let page = try f.get("/workspace/cities?sort=\(sort)&q=%27%22%3B--")
            #expect(page.status == 200, "\(sort)")
        }
        let publicSort = try f.platform.get("/cities?sort=name;DROP%20TABLE%20cities")
        #expect([200, 400].contains(publicSort.status), "public directory answered \(publicSort.status)")
        #expect(try f.count("SELECT count(*) FROM cities") == cities)
        // Mass assignment: fields the catalogue does not list are ignored; id, version and timestamps are the server's.
        let barcelona = try f.id("SELECT id FROM cities WHERE slug = 'barcelona'")
        let before = try f.row("SELECT version, created_at FROM cities WHERE id = ?", barcelona)
        let path = "/workspace/cities/\(barcelona)/edit"
        var form = try f.formValues(path).setting("name", "Barcelona'); DROP TABLE cities;--")
        form += [("id", "424242"), ("created_at", "1999-01-01T00:00:00Z"), ("updated_at", "x"), ("version) = 0, name = ('x", "1"),
                 ("name = 'pwned' --", "1"), ("is_demo; DROP TABLE cities", "1")]
        #expect(try f.post(path, form).status == 303)
        let after = try f.row("SELECT id, name, version, created_at FROM cities WHERE id = ?", barcelona)
        #expect(try after.string("name") == "Barcelona'); DROP TABLE cities;--")
        #expect(try after.int("version") == (try before.int("version")) + 1)
        #expect(try after.string("created_at") == (try before.string("created_at")))
        #expect(try f.count("SELECT count(*) FROM cities WHERE id = 424242") == 0)
        #expect(try f.count("SELECT count(*) FROM cities") == cities)
        // A posted version only chooses which stored version the edit applies to: a forged one is a conflict.
        let stale = try f.formValues(path).setting("version", "1000").setting("name", "Forged")
        #expect(try f.post(path, stale).status == 409)
        #expect(try f.count("SELECT count(*) FROM cities WHERE name = 'Forged'") == 0)
    }

    @Test func attachmentNamesAreSafeInContentDispositionAndFakePDFsAreRefused() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "office@barcelona.test", role: "city_office", city: "barcelona")
        let office = try platform.signIn(email: "office@barcelona.test")
        let created = try platform.post("/workspace/briefs/new", form: [("start", "empty")], as: office)
        let location = try #require(created.header("Location"))
        let briefID = try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))
        let upload = "/workspace/briefs/\(briefID)/attachments"
        // HTML, SVG and script renamed .pdf: refused by content, nothing stored.
        for (name, bytes) in [("page.pdf", "<!doctype html><script>alert(1)</script>"),
                              ("drawing.pdf", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
                              ("x.pdf", "\u{FEFF}<html>%PDF-1.7")] {
            let refused = try SecurityUpload.post(platform, path: upload, as: office, files: [(name, Array(bytes.utf8))])
            #expect(refused.status == 415, "\(name)")
            Self.expectEscaped(refused, shows: false, "415 page")
        }
        #expect(try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM attachment_blobs") as Int? } == 0)
        // Odd names (the multipart header carries them quoted; a CR/LF is smuggled percent-encoded as browsers do not send it raw).
        let names = ["..\\..\\etc\\passwd.pdf", "a\";x=\"y.pdf", "r\u{E9}sum\u{E9} \u{202E}fdp.exe", "/tmp/evil%0d%0aSet-Cookie: x=1.pdf",
                     "%22><img src=x onerror=alert(1)>.pdf", "\(Self.script).pdf"]
        for (index, name) in names.enumerated() {
            let bytes = SecurityUpload.pdf + Array("% \(index)\n".utf8)
            let response = try SecurityUpload.post(platform, path: upload, as: office, files: [(name, bytes)])
            #expect(response.status == 303, "\(name)")
            let sha = AttachmentHash.sha256(bytes)
            let stored: String = try #require(try platform.app.database.read { db in
                try db.scalar("SELECT filename FROM brief_attachments WHERE sha256 = ?", sha)
            })
            #expect(!stored.contains("/") && !stored.contains("\\") && !stored.contains("\u{202E}"), "\(stored)")
            let download = try platform.get(Paths.attachment.href(sha, stored), as: office)
            #expect(download.status == 200)
            let disposition = try #require(download.header("Content-Disposition"))
            #expect(disposition.hasPrefix("attachment; filename=\""))
            // One quoted ASCII name with no quote, backslash or control inside, then the RFC 8187 form.
            let quoted = try #require(disposition.firstMatch(of: /^attachment; filename="([^"]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/))
            #expect(quoted.1.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F && $0 != "\\" })
            #expect(download.headers("Set-Cookie").isEmpty)
            #expect(download.header("Content-Type") == "application/pdf")
            #expect(download.header("Content-Security-Policy") == "default-src 'none'; sandbox")
            #expect(download.header("X-Content-Type-Options") == "nosniff")
            // The workspace page lists the name escaped.
            Self.expectEscaped(try platform.get("/workspace/briefs/\(briefID)/edit", as: office), shows: false, "file list")
        }
    }

    @Test func securityHeadersOnEveryKindOfResponse() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let staff = try platform.signIn(email: "staff@gpm.test")
        let responses: [(String, TestResponse)] = [
            ("page", try platform.get("/cities")), ("404", try platform.get("/no-such-page")),
            ("405", try platform.post("/cities", form: [])), ("403", try platform.get("/admin/users", as: staff)),
            ("redirect", try platform.get("/workspace")), ("static css", try platform.get("/css/site.css")),
            ("static 404", try platform.get("/css/missing.css")), ("csv", try platform.get("/cities.csv")),
            ("json", try platform.get("/cities.json")), ("atom", try platform.get("/feed.atom")),
            ("workspace", try platform.get("/workspace", as: staff)), ("workspace csv", try platform.get("/workspace/import/cities/template.csv", as: staff)),
            ("health", try platform.get("/healthz")), ("head", try platform.head("/cities")),
        ]
        for (kind, response) in responses {
            #expect(response.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(kind)")
            #expect(response.header("Content-Security-Policy")?.contains("script-src 'self'") == true, "\(kind)")
            #expect(response.header("X-Content-Type-Options") == "nosniff", "\(kind)")
            #expect(response.header("X-Frame-Options") == "DENY", "\(kind)")
            #expect(response.header("Referrer-Policy") != nil, "\(kind)")
        }
    }
}
