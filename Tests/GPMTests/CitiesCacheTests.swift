import Foundation
import Mustache
import SQLite
import Synchronization
import Testing

@testable import GPM

/// What the cities pages keep per write generation (peer profiles, filter choices) must never show
/// a visitor something older than the last write.
@Suite("Cities: caches per write generation")
struct CitiesCacheTests {
    @Test func aCachedValueIsReadAgainAfterAWrite() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pool = try DatabasePool(path: directory.appendingPathComponent("cache.sqlite").path)
        defer { pool.close() }
        try pool.write { db in
            try db.run("CREATE TABLE things (name TEXT NOT NULL)")
            try db.run("INSERT INTO things VALUES ('first')")
        }
        let cache = TableCache<[String]>(database: pool)
        let loads = Atomic<Int>(0)
        let load: (Connection) throws -> [String] = { db in
            loads.add(1, ordering: .relaxed)
            return try db.query("SELECT name FROM things ORDER BY rowid").map { try $0.string("name") }
        }
        #expect(try cache.value(load) == ["first"])
        #expect(try cache.value(load) == ["first"])
        #expect(loads.load(ordering: .relaxed) == 1, "a second call without a write is a lookup")

        try pool.write { db in try db.run("INSERT INTO things VALUES ('second')") }
        #expect(try cache.value(load) == ["first", "second"])
        #expect(loads.load(ordering: .relaxed) == 2)
    }

    @Test func aCachedValueExpiresAfterItsMaximumAge() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pool = try DatabasePool(path: directory.appendingPathComponent("cache.sqlite").path)
        defer { pool.close() }
        let cache = TableCache<Int>(database: pool, maximumAge: .zero)
        let loads = Atomic<Int>(0)
        for _ in 0..<3 {
            _ = try cache.value { db in loads.add(1, ordering: .relaxed); return try db.scalar("SELECT 1") ?? 0 }
        }
        #expect(loads.load(ordering: .relaxed) == 3, "writes by another process are seen once the value is older than its maximum age")
    }

    @Test func peersAndFilterChoicesFollowAWrite() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        // Warm both caches (and vary the target, so the page cache is not what answers).
        let before = try platform.get("/cities/mannheim?v=1").text
        #expect(!before.contains("/cities/aaa-peer-test-city"))
        let directoryBefore = try platform.get("/cities?v=1").text
        #expect(!directoryBefore.contains("Cache Test Network"))

        // A new city that shares every opted-in action and network of Mannheim's: its best peer.
        try platform.app.database.write { db in
            try db.run("""
                INSERT INTO cities (slug, name, country_code, region_id)
                SELECT 'aaa-peer-test-city', 'Aaa Peer Test City', country_code, region_id FROM cities WHERE slug = 'mannheim'
                """)
            try db.run("""
                INSERT INTO commitments (city_id, action_id, status, since)
                SELECT (SELECT id FROM cities WHERE slug = 'aaa-peer-test-city'), action_id, 'opted_in', '2024-01-01'
                FROM commitments WHERE status = 'opted_in' AND city_id = (SELECT id FROM cities WHERE slug = 'mannheim')
                """)
            try db.run("""
                INSERT INTO city_networks (city_id, network_id)
                SELECT (SELECT id FROM cities WHERE slug = 'aaa-peer-test-city'), network_id
                FROM city_networks WHERE city_id = (SELECT id FROM cities WHERE slug = 'mannheim')
                """)
            try db.run("INSERT INTO networks (slug, name, kind) VALUES ('cache-test-network', 'Cache Test Network', 'programme')")
            try db.run("""
                INSERT INTO city_networks (city_id, network_id)
                SELECT (SELECT id FROM cities WHERE slug = 'aaa-peer-test-city'), id FROM networks WHERE slug = 'cache-test-network'
                """)
        }
        let after = try platform.get("/cities/mannheim?v=2").text
        let section = try #require(after.firstMatch(of: /<section aria-labelledby="peers-heading"[\s\S]*?<\/section>/)).0
        let first = try #require(section.firstMatch(of: /<li><a href="\/cities\/([^"]+)">/))
        #expect(first.1 == "aaa-peer-test-city")
        #expect(try platform.get("/cities/aaa-peer-test-city?v=2").text.contains("<a href=\"/cities/mannheim\">"))

        let directory = try platform.get("/cities?network=cache-test-network&v=2").text
        #expect(directory.contains("<option value=\"cache-test-network\" selected>Cache Test Network</option>"))
        #expect(directory.contains("Aaa Peer Test City"))
    }

    @Test func choicesMarkOnlyTheSelectedEntry() throws {
        typealias Option = CityDirectoryOption
        let choices = CityDirectoryChoices(
            regions: [Option(value: "europe", label: "Europe"), Option(value: "africa", label: "Africa")],
            countries: [], networks: [], themes: [],
            actions: [Option(value: "a1", label: "A1", group: "S1"), Option(value: "a2", label: "A2", group: "S1"),
                      Option(value: "b1", label: "B1", group: "S2")])
        let regions = choices.regions.selecting("africa")
        #expect(regions.map(\.selected) == [false, true])
        #expect(regions[1].label == "Africa")
        let none = choices.regions.selecting("nowhere")
        #expect(none.allSatisfy { !$0.selected })

        let groups = choices.actionGroups(selecting: "b1")
        #expect(groups.map(\.label) == ["S1", "S2"])
        let second = groups[1].actions.options, first = groups[0].actions.options
        #expect(second.map(\.selected) == [true])
        #expect(first.allSatisfy { !$0.selected })
        // What the template gets equals what the typed options encode to.
        let list = choices.regions.selectingList("africa")
        #expect(list.options == regions)
        #expect(list.mustacheValue == (try MustacheEncoder.encode(regions, usesRepresentations: false)))
    }
}
