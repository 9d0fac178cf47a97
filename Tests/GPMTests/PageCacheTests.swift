import Foundation
import Testing

/// The public-page cache must never show a visitor something older than the last write to what the page
/// shows, and must not be flushed by writes to what it does not show.
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

    @Test func aRepeatedPageIsAHitAndQueryOrderDoesNotMatter() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        #expect(try platform.get("/networks?kind=global&theme=migration").header("X-Page-Cache") == "miss")
        #expect(try platform.get("/networks?kind=global&theme=migration").header("X-Page-Cache") == "hit")
        #expect(try platform.get("/networks?theme=migration&kind=global").header("X-Page-Cache") == "hit")
        // A hard reload (and the benchmarks' uncached runs) asks past the cache.
        #expect(try platform.get("/networks?kind=global&theme=migration", headers: [("Cache-Control", "no-cache")])
            .header("X-Page-Cache") == "bypass")
    }

    @Test func aSignInDoesNotFlushPublicPages() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        _ = try platform.get("/cities")
        #expect(try platform.get("/cities").header("X-Page-Cache") == "hit")
        // Writes to tables no public page reads: a session, a failed sign-in, a notification read.
        try platform.app.database.write { db in
            try db.run("DELETE FROM user_sessions")
            try db.run("DELETE FROM sign_in_failures")
            try db.run("UPDATE users SET last_sign_in_at = NULL")
        }
        #expect(try platform.get("/cities").header("X-Page-Cache") == "hit")
    }

    @Test func aMadeUpSessionCookieDoesNotBypassTheCache() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        _ = try platform.get("/sessions")
        let forged = try platform.get("/sessions", headers: [("Cookie", "gpm_session=not-a-session")])
        #expect(forged.header("X-Page-Cache") == "hit")
    }

    /// One case per public page kind: a write to a table the page shows changes it on the next request.
    private struct Case: Sendable {
        let target: String
        let table: String
        let update: String
        let shows: String
    }

    private static let cases: [Case] = [
        Case(target: "/", table: "cities", update: "UPDATE cities SET name = 'Mannheim Zwei' WHERE slug = 'mannheim'", shows: "Mannheim Zwei"),
        Case(target: "/cities", table: "countries", update: "UPDATE countries SET display_name = 'Deutschland' WHERE code = 'DE'", shows: "Deutschland"),
        Case(target: "/cities/mannheim", table: "cities",
             update: "UPDATE cities SET mayor_name = 'Maya Probe' WHERE slug = 'mannheim'", shows: "Maya Probe"),
        Case(target: "/networks", table: "networks", update: "UPDATE networks SET name = name || ' Zqxn'", shows: "Zqxn"),
        Case(target: "/networks/uclg", table: "networks",
             update: "UPDATE networks SET name = 'United Cities Probe' WHERE slug = 'uclg'", shows: "United Cities Probe"),
        Case(target: "/sessions", table: "strategy_sessions",
             update: "UPDATE strategy_sessions SET title = 'Integrating Probe Migrants' WHERE slug = 'integrating-economic-migrants'",
             shows: "Integrating Probe Migrants"),
        Case(target: "/sessions/integrating-economic-migrants", table: "actions",
             update: "UPDATE actions SET title = 'Residency probe rights' WHERE slug = 'residency-based-rights-of-access'",
             shows: "Residency probe rights"),
        Case(target: "/actions/diversity-declaration-and-benchmarking", table: "cities",
             update: "UPDATE cities SET name = 'Mannheim Drei' WHERE slug = 'mannheim'", shows: "Mannheim Drei"),
        Case(target: "/partnerships", table: "partnerships",
             update: "UPDATE partnerships SET title = 'Barcelona and Medellín probe' WHERE slug = 'barcelona-medellin'",
             shows: "Barcelona and Medellín probe"),
        Case(target: "/partnerships/barcelona-medellin", table: "partnerships",
             update: "UPDATE partnerships SET title = 'Barcelona and Medellín probe' WHERE slug = 'barcelona-medellin'",
             shows: "Barcelona and Medellín probe"),
        Case(target: "/partnerships/graph", table: "cities",
             update: "UPDATE cities SET name = 'Medellín Probe' WHERE slug = 'medellin'", shows: "Medellín Probe"),
        Case(target: "/best-practices", table: "mayor_briefs",
             update: "UPDATE mayor_briefs SET title = title || ' Zqxb' WHERE status = 'published'", shows: "Zqxb"),
        Case(target: "/briefs/mannheim/2017", table: "mayor_briefs",
             update: "UPDATE mayor_briefs SET title = 'Mannheim 2017: probe' WHERE year = 2017 AND city_id = (SELECT id FROM cities WHERE slug = 'mannheim')",
             shows: "Mannheim 2017: probe"),
        Case(target: "/case-studies/mile-durban", table: "themes",
             update: "UPDATE themes SET name = 'Probe theme' WHERE id = (SELECT theme_id FROM case_study_themes WHERE case_study_id = (SELECT id FROM case_studies WHERE slug = 'mile-durban') LIMIT 1)",
             shows: "Probe theme"),
    ]

    @Test(arguments: cases.map(\.target))
    func aWriteToATableThePageShowsIsSeenAtOnce(target: String) throws {
        let probe = try #require(Self.cases.first { $0.target == target })
        let platform = try TestPlatform()
        defer { platform.stop() }
        let first = try platform.get(target)
        #expect(first.status == 200)
        #expect(!first.text.contains(probe.shows))
        #expect(try platform.get(target).header("X-Page-Cache") == "hit")
        try platform.app.database.write { db in try db.run(probe.update) }
        let after = try platform.get(target)
        #expect(after.header("X-Page-Cache") == "miss", "a write to \(probe.table) left \(target) cached")
        #expect(after.text.contains(probe.shows), "\(target) does not show the write to \(probe.table)")
    }
}
