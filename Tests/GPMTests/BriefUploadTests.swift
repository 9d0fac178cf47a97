import Foundation
import SQLite
import Testing

@testable import GPM

/// Files on a brief over real HTTP: multipart uploads with the CSRF part first, types checked by
/// content, the 20 MiB limit with its 413 page, names with a path, removal, and who may download.
@Suite("Briefs: uploading files")
struct BriefUploadTests {
    static let pdf = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8)

    struct Fixture {
        let platform: TestPlatform
        let office: CookieJar
        let otherOffice: CookieJar
        let briefID: Int

        init() throws {
            platform = try TestPlatform()
            try platform.createUser(email: "office@barcelona.test", role: "city_office", city: "barcelona")
            try platform.createUser(email: "office@copenhagen.test", role: "city_office", city: "copenhagen")
            office = try platform.signIn(email: "office@barcelona.test")
            otherOffice = try platform.signIn(email: "office@copenhagen.test")
            let created = try platform.post("/workspace/briefs/new", form: [("start", "empty")], as: office)
            let location = try #require(created.header("Location"))
            briefID = try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))
            let version = try platform.app.database.read { try $0.scalar("SELECT version FROM mayor_briefs WHERE id = ?", briefID) ?? 0 }
            _ = try platform.post("/workspace/briefs/\(briefID)/edit", form: [("version", String(version)), ("title", "Kept text")], as: office)
        }

        /// Posts `files` (field name "file") as multipart/form-data, `_csrf` first unless `csrf` is false.
        func upload(_ files: [(filename: String, bytes: [UInt8])], as jar: CookieJar? = nil, csrf: Bool = true) throws -> TestResponse {
            let jar = jar ?? office
            let boundary = "----gpm-test-\(UUID().uuidString)"
            var body: [UInt8] = []
            func append(_ text: String) { body += Array(text.utf8) }
            if csrf, let token = jar.csrf {
                append("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n")
            }
            for file in files {
                append("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.filename)\"\r\n")
                append("Content-Type: application/octet-stream\r\n\r\n")
                body += file.bytes
                append("\r\n")
            }
            append("--\(boundary)--\r\n")
            return try TestClient.send(
                port: platform.port, method: "POST", target: "/workspace/briefs/\(briefID)/attachments",
                headers: jar.cookieHeader + [("Origin", platform.origin), ("Content-Type", "multipart/form-data; boundary=\(boundary)")],
                body: body)
        }

        func files() throws -> [BriefAttachment] {
            try platform.app.database.read { try AttachmentStore(db: $0).list(briefID: briefID) }
        }
    }

    @Test func anUploadedPDFIsListedDownloadableByTheOfficeAndRemovable() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let response = try f.upload([(#"C:\Users\me\Reports\report 2026.pdf"#, Self.pdf), ("../../chart.png", AttachmentTests.png)])
        #expect(response.status == 303 && response.header("Location") == "/workspace/briefs/\(f.briefID)/edit?uploaded=2#files")
        let files = try f.files()
        #expect(files.map(\.filename) == ["report 2026.pdf", "chart.png"])
        #expect(files.map(\.contentType) == ["application/pdf", "image/png"])
        let edit = try f.platform.get("/workspace/briefs/\(f.briefID)/edit?uploaded=2", as: f.office)
        #expect(edit.text.contains("2 files added.") && edit.text.contains("report 2026.pdf") && edit.text.contains("value=\"Kept text\""))
        let pdf = try #require(files.first)
        // The office downloads its draft's file; another city's office and visitors do not.
        let download = try f.platform.get(pdf.downloadPath, as: f.office)
        #expect(download.status == 200 && download.body == Self.pdf && download.header("Content-Type") == "application/pdf")
        #expect(try f.platform.get(pdf.downloadPath, as: f.otherOffice).status == 404)
        #expect(try f.platform.get(pdf.downloadPath).status == 404)
        // Remove one.
        let removed = try f.platform.post("/workspace/briefs/\(f.briefID)/attachments/\(pdf.sha256)/remove", form: [], as: f.office)
        #expect(removed.status == 303)
        #expect(try f.files().map(\.filename) == ["chart.png"])
        #expect(try f.platform.app.database.read { try $0.scalar("SELECT COUNT(*) FROM attachment_blobs WHERE sha256 = ?", pdf.sha256) as Int? } == 0)
    }

    @Test func aFileThatIsNotAPDFOrImageIsRefusedWith415AndTheTextIsKept() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let response = try f.upload([("brief.pdf", Array("<!doctype html><script>alert(1)</script>".utf8))])
        #expect(response.status == 415)
        #expect(response.text.contains("“brief.pdf” is not a PDF or an image"))
        #expect(response.text.contains("value=\"Kept text\""))
        #expect(try f.files().isEmpty)
    }

    @Test func aFileOverTheLimitGetsAClear413PageLinkingBack() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let big = Self.pdf + [UInt8](repeating: 0x20, count: AttachmentPolicy.maxFileSize + 1 - Self.pdf.count)
        let response = try f.upload([("huge.pdf", big)])
        #expect(response.status == 413)
        #expect(response.text.contains("The file is too large") && response.text.contains("20 MB"))
        #expect(response.text.contains("href=\"/workspace/briefs/\(f.briefID)/edit#files\""))
        #expect(try f.files().isEmpty)
        // The text of the brief is untouched.
        #expect(try f.platform.get("/workspace/briefs/\(f.briefID)/edit", as: f.office).text.contains("value=\"Kept text\""))
    }

    @Test func uploadsNeedTheCSRFPartAndTheBriefsOwnOffice() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        #expect(try f.upload([("a.pdf", Self.pdf)], csrf: false).status == 403)
        #expect(try f.upload([("a.pdf", Self.pdf)], as: f.otherOffice).status == 404)
        #expect(try f.files().isEmpty)
    }
}

@Suite("Briefs: files on the public brief page")
struct BriefPublicFilesTests {
    @Test func aPublishedBriefListsItsFilesForVisitors() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
                let file = try platform.app.database.write { db in
            let id: Int = try #require(try db.scalar(
                "SELECT b.id FROM mayor_briefs b JOIN cities c ON c.id = b.city_id WHERE c.slug = 'barcelona' AND b.year = 2025"))
            let stored = try AttachmentStore(db: db).store(bytes: BriefUploadTests.pdf[...], filename: "Annual <report>.pdf")
            return try AttachmentStore(db: db).attach(briefID: id, sha256: stored.sha256, filename: stored.filename)
        }
        let page = try platform.get("/briefs/barcelona/2025")
        #expect(page.status == 200)
        #expect(page.text.contains("Annual &lt;report&gt;.pdf") && page.text.contains("href=\"\(file.downloadPath)\""))
        #expect(try platform.get(file.downloadPath).status == 200)
    }
}
