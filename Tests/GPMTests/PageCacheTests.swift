import Foundation
import Testing

/// The public-page cache must never show a visitor something older than the last write.
@Suite("Page cache")
struct PageCacheTests {
    @Test func aWriteIsVisibleOnTheNextRequest() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let before = try platform.get("/cities/mannheim")
        #expect(before.status == 200)
        #expect(before.text.contains("Mannheim"))
        try platform.app.database.write { db in
            try db.run("UPDATE cities SET name = 'Mannheim an Rhein und Neckar' WHERE slug = 'mannheim'")
        }
        let after = try platform.get("/cities/mannheim")
        #expect(after.text.contains("Mannheim an Rhein und Neckar"))
    }

    @Test func conditionalRequestsStillGet304() throws {
        let first = try TestPlatform.shared.get("/css/site.css")
        let etag = try #require(first.header("ETag"))
        for _ in 0..<3 {
            let again = try TestPlatform.shared.get("/css/site.css", headers: [("If-None-Match", etag)])
            #expect(again.status == 304)
        }
    }
}
