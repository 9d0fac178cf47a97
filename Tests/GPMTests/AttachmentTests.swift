import Foundation
import HTTP
import SQLite
import Testing
@testable import GPM

/// Brief attachments: what is accepted (by content), how files are stored once and shared by
/// reference, and what a visitor can download.
@Suite("Brief attachments")
struct AttachmentTests {
    static let pdf = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR-test".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8)
    static let gif = Array("GIF89a\u{1}\u{0}\u{1}\u{0}".utf8)
    static let webp = Array("RIFF\u{24}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)

    /// A platform with one city, a published 2023 brief and a draft 2024 brief; no demo data.
    struct Fixture {
        let platform: TestPlatform
        let published: Int
        let draft: Int

        init() throws {
            platform = try TestPlatform(seed: false)
            let database = platform.app.database
            (published, draft) = try database.write { db in
                // Regions (and perhaps countries) come with the schema; a city needs one of each.
                try db.run("INSERT OR IGNORE INTO countries (code, name) VALUES ('GH', 'Ghana')")
                try db.run(
                    "INSERT INTO cities (slug, name, country_code, region_id) VALUES ('accra', 'Accra', 'GH', (SELECT MIN(id) FROM regions))")
                let city = db.lastInsertRowID
                try db.run(
                    """
                    INSERT INTO mayor_briefs (city_id, year, title, status, published_at)
                    VALUES (?, 2023, 'Clean air', 'published', '2024-01-10T09:00:00Z')
                    """, city)
                let published = Int(db.lastInsertRowID)
                try db.run("INSERT INTO mayor_briefs (city_id, year, title) VALUES (?, 2024, 'Clean air, year two')", city)
                return (published, Int(db.lastInsertRowID))
            }
        }

        /// A brief's attachments, read through the store.
        func list(briefID: Int) throws -> [BriefAttachment] {
            try platform.app.database.read { db in try AttachmentStore(db: db).list(briefID: briefID) }
        }

        /// A stored file, read through the store.
        func blob(sha256: String) throws -> AttachmentBlob? {
            try platform.app.database.read { db in try AttachmentStore(db: db).blob(sha256: sha256) }
        }

        func attach(_ bytes: [UInt8], as filename: String, to brief: Int) throws -> BriefAttachment {
            try platform.app.database.write { db in
                let stored = try AttachmentStore(db: db).store(bytes: bytes[...], filename: filename)
                return try AttachmentStore(db: db).attach(briefID: brief, sha256: stored.sha256, filename: stored.filename)
            }
        }

        func count(_ sql: String) throws -> Int { try platform.app.database.read { try $0.scalar(sql) ?? -1 } }
    }

    // MARK: - What is accepted

    @Test func sniffingAcceptsTheFiveKindsByContent() {
        #expect(AttachmentKind.sniff(Self.pdf) == .pdf)
        #expect(AttachmentKind.sniff(Self.png) == .png)
        #expect(AttachmentKind.sniff(Self.jpeg) == .jpeg)
        #expect(AttachmentKind.sniff(Self.gif) == .gif)
        #expect(AttachmentKind.sniff(Self.webp) == .webp)
        #expect(AttachmentKind.allCases.map(\.contentType) == ["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"])
    }

    @Test(arguments: [
        ("setup.pdf", Array("MZ\u{90}\u{0}\u{3}\u{0}This program cannot be run in DOS mode".utf8)),
        ("brief.pdf", Array("<!doctype html><script>alert(1)</script>".utf8)),
        ("logo.png", Array("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".utf8)),
        ("almost.pdf", Array("%PD".utf8)),
        ("riff.webp", Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt ".utf8)),
    ])
    func renamedFilesAreRefusedWith415(filename: String, bytes: [UInt8]) throws {
        let fixture = try Fixture()
        defer { fixture.platform.stop() }
        #expect(AttachmentKind.sniff(bytes) == nil)
        // The store refuses with a typed reason; the service or route writes it for the reader (415).
        let error = #expect(throws: AttachmentRefusal.self) { _ = try fixture.attach(bytes, as: filename, to: fixture.draft) }
        #expect(error == .unsupportedType(filename: filename))
        #expect(error?.status == .unsupportedMediaType)
        #expect(error?.message(Localization.englishOnly.messages(.en)).contains(filename) == true)
        #expect(try fixture.count("SELECT COUNT(*) FROM attachment_blobs") == 0)
    }

    @Test func namesGetAnEndingThatMatchesTheContent() {
        #expect(AttachmentKind.png.filename("scan.html") == "scan.html.png")
        #expect(AttachmentKind.jpeg.filename("../photo.JPEG") == "photo.JPEG")
        #expect(AttachmentKind.pdf.filename("Plan d’action") == "Plan d’action.pdf")
    }

    // MARK: - Storage

    @Test func identicalFilesAreStoredOnce() throws {
        let fixture = try Fixture()
        defer { fixture.platform.stop() }
        let (first, second) = try fixture.platform.app.database.write { db in
            (try AttachmentStore(db: db).store(bytes: Self.pdf[...], filename: "report.pdf"),
             try AttachmentStore(db: db).store(bytes: Self.pdf[...], filename: "copy of report.pdf"))
        }
        #expect(first.isNew && !second.isNew)
        #expect(first.sha256 == second.sha256)
        #expect(first.sha256 == "\(AttachmentHash.sha256(Self.pdf))")
        #expect(AttachmentHash.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        _ = try fixture.attach(Self.pdf, as: "report.pdf", to: fixture.published)
        _ = try fixture.attach(Self.pdf, as: "same.pdf", to: fixture.draft)
        _ = try fixture.attach(Self.pdf, as: "again.pdf", to: fixture.draft)  // already attached: kept as it was
        #expect(try fixture.count("SELECT COUNT(*) FROM attachment_blobs") == 1)
        #expect(try fixture.list(briefID: fixture.draft).map(\.filename) == ["same.pdf"])
        #expect(try fixture.blob(sha256: first.sha256)?.bytes == Self.pdf)
        #expect(try fixture.blob(sha256: first.sha256)?.contentType == "application/pdf")
    }

    @Test func copyingFromLastYearKeepsReferencesNotBytes() throws {
        let fixture = try Fixture()
        defer { fixture.platform.stop() }
        let pdf = try fixture.attach(Self.pdf, as: "Plan 2023.pdf", to: fixture.published)
        let png = try fixture.attach(Self.png, as: "Map.png", to: fixture.published)
        let gif = try fixture.attach(Self.gif, as: "chart.gif", to: fixture.draft)
        let copied = try fixture.platform.app.database.write { db in
            try AttachmentStore(db: db).copyAttachments(fromBrief: fixture.published, toBrief: fixture.draft)
        }
        #expect(copied == 2)
        let draft = try fixture.list(briefID: fixture.draft)
        #expect(draft.map(\.sha256) == [gif.sha256, pdf.sha256, png.sha256])
        #expect(draft.map(\.filename) == ["chart.gif", "Plan 2023.pdf", "Map.png"])
        #expect(draft.map(\.position) == [1, 2, 3])
        #expect(try fixture.count("SELECT COUNT(*) FROM attachment_blobs") == 3)
        let again = try fixture.platform.app.database.write { db in
            try AttachmentStore(db: db).copyAttachments(fromBrief: fixture.published, toBrief: fixture.draft)
        }
        #expect(again == 0)

        // Detaching from one brief keeps bytes the other still uses; the last reference frees them.
        let detached = try fixture.platform.app.database.write { db in
            try AttachmentStore(db: db).detach(briefID: fixture.published, sha256: pdf.sha256)
        }
        #expect(detached)
        #expect(try fixture.blob(sha256: pdf.sha256) != nil)
        let lastDetached = try fixture.platform.app.database.write { db in
            try AttachmentStore(db: db).detach(briefID: fixture.draft, sha256: pdf.sha256)
        }
        #expect(lastDetached)
        #expect(try fixture.blob(sha256: pdf.sha256) == nil)
    }

    // MARK: - Download

    @Test func aPublishedBriefsFileDownloadsWithItsTypeAndName() throws {
        let fixture = try Fixture()
        defer { fixture.platform.stop() }
        let attachment = try fixture.attach(Self.png, as: "Carte d’Accra \"2023\".png", to: fixture.published)
        #expect(attachment.downloadPath.hasPrefix("/attachments/\(attachment.sha256)/Carte%20d%E2%80%99Accra"))

        let response = try fixture.platform.get(attachment.downloadPath)
        #expect(response.status == 200)
        #expect(response.body == Self.png)
        #expect(response.header("Content-Type") == "image/png")
        #expect(response.header("X-Content-Type-Options") == "nosniff")
        #expect(response.header("ETag") == "\"\(attachment.sha256)\"")
        #expect(response.header("Cache-Control")?.hasPrefix("private, max-age=") == true)
        let disposition = try #require(response.header("Content-Disposition"))
        #expect(disposition.hasPrefix("attachment; filename=\"Carte d_Accra _2023_.png\"; "))
        #expect(disposition.hasSuffix("filename*=UTF-8''Carte%20d%E2%80%99Accra%20%222023%22.png"))

        let cached = try fixture.platform.get(attachment.downloadPath, headers: [("If-None-Match", "W/\"other\", \"\(attachment.sha256)\"")])
        #expect(cached.status == 304)
        #expect(cached.body.isEmpty)
        #expect(cached.header("ETag") == "\"\(attachment.sha256)\"")

        // Any name in the link serves the stored name, never one the link invents.
        let renamed = try fixture.platform.get("/attachments/\(attachment.sha256)/evil.html")
        #expect(renamed.status == 200)
        #expect(renamed.header("Content-Disposition")?.contains("evil") == false)
    }

    @Test func filesOfUnpublishedBriefsAreNotFound() throws {
        let fixture = try Fixture()
        defer { fixture.platform.stop() }
        let draft = try fixture.attach(Self.jpeg, as: "draft photo.jpg", to: fixture.draft)
        #expect(try fixture.platform.get(draft.downloadPath).status == 404)
        #expect(try fixture.platform.get("/attachments/\(String(repeating: "0", count: 64))/x.pdf").status == 404)
        #expect(try fixture.platform.get("/attachments/not-a-hash/x.pdf").status == 404)

        // Published later: the same file becomes public.
        try fixture.platform.app.database.write { db in
            try db.run("UPDATE mayor_briefs SET status = 'published', published_at = '2025-02-01T00:00:00Z' WHERE id = ?", fixture.draft)
        }
        #expect(try fixture.platform.get(draft.downloadPath).status == 200)
    }

    @Test func theAccessHookCanBeWidened() throws {
        let request = try Request(method: .get, target: "/attachments/x/y", headers: ["X-Office": "7"])
        let widened = AttachmentAccess.publishedBriefsOnly.widened { request, brief in request.headers["X-Office"] == "\(brief.cityID)" }
        #expect(try widened.allows(request, .init(id: 1, cityID: 7, status: "draft")))
        #expect(try !widened.allows(request, .init(id: 1, cityID: 8, status: "draft")))
        #expect(try AttachmentAccess.publishedBriefsOnly.allows(request, .init(id: 1, cityID: 8, status: "published")))
    }
}
