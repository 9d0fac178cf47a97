import Foundation
import SQLite
import Testing

@testable import GPM

/// Every JSON file in one envelope with one key style, documented by `DatasetCatalogue`; the commitments
/// dataset against SQL written here; the Atom feed advertised from every public page kind.
@Suite("Open data: one JSON envelope, documented keys, the commitments dataset")
struct OpenDataEnvelopeTests {
    /// A seeded platform whose clock stands still, so `generated` can be checked to the second.
    static let now = "2026-12-06T10:00:00Z"
    static let platform: TestPlatform = {
        do {
            return try TestPlatform { $0.clock = PlatformClock(fixed: Timestamp.parse(now)!) }
        } catch {
            fatalError("cannot start the open data test platform: \(error)")
        }
    }()

    var platform: TestPlatform { Self.platform }

    /// snake_case: lower-case words of letters and digits joined by single underscores.
    static func isSnakeCase(_ key: String) -> Bool {
        key.wholeMatch(of: /[a-z][a-z0-9]*(_[a-z0-9]+)*/) != nil
    }

    /// Every key of `object` as `DatasetCatalogue` writes it: `session.slug` inside an object,
    /// `members[].kind` inside the objects of an array, with its value and its own key.
    static func keyPaths(_ object: [String: Any], prefix: String = "") -> [(path: String, key: String, value: Any)] {
        object.flatMap { key, value -> [(path: String, key: String, value: Any)] in
            let path = prefix + key
            var found = [(path: path, key: key, value: value)]
            if let nested = value as? [String: Any] {
                found += keyPaths(nested, prefix: path + ".")
            } else if let array = value as? [Any] {
                for case let element as [String: Any] in array { found += keyPaths(element, prefix: path + "[].") }
            }
            return found
        }
    }

    func json(_ path: String, headers: [(String, String)] = []) throws -> [String: Any] {
        let response = try platform.get(path, headers: headers)
        #expect(response.status == 200, "\(path)")
        #expect(response.header("Content-Type") == "application/json; charset=utf-8", "\(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any], "\(path) is a JSON object")
    }

    func rows(_ sql: String) throws -> [SQLite.Row] {
        try platform.app.database.read { db in try db.query(sql) }
    }

    @Test func everyJSONFileHasTheEnvelopeAndOnlyDocumentedSnakeCaseKeys() throws {
        let envelopeKeys = Set(DatasetCatalogue.envelopeFields.map(\.name))
        #expect(envelopeKeys == ["dataset", "version", "generated", "count", "attribution", "items"])
        let jsonFiles = DatasetCatalogue.datasets.compactMap { dataset in
            dataset.files.first { $0.format == "JSON" }.map { (dataset, $0.path) }
        }
        #expect(Set(jsonFiles.map(\.1)) == [
            "/cities.json", "/networks.json", "/partnerships.json", "/sessions.json", "/actions.json", "/commitments.json",
            "/briefs.json", "/case-studies.json",
        ])
        for (dataset, path) in jsonFiles {
            let object = try json(path)
            #expect(Set(object.keys) == envelopeKeys, "\(path) has exactly the envelope's keys")
            #expect(object["dataset"] as? String == dataset.name, "\(path)")
            #expect(object["version"] as? Int == 1, "\(path)")
            #expect(object["generated"] as? String == Self.now, "\(path): generated from the platform's clock")
            #expect((object["attribution"] as? String)?.contains("Global Parliament of Mayors") == true, "\(path)")
            let items = try #require(object["items"] as? [[String: Any]], "\(path) has items")
            #expect(object["count"] as? Int == items.count, "\(path): count == items.count")
            #expect(!items.isEmpty, "\(path) holds the demo data")

            let documented = Dictionary(uniqueKeysWithValues: dataset.fields.map { ($0.name, $0) })
            let topLevel = Set(dataset.fields.map(\.name).filter { !$0.contains(".") })
            var seen = Set<String>()
            for item in items {
                #expect(Set(item.keys) == topLevel, "\(path): every item has exactly the documented keys")
                for (keyPath, key, value) in Self.keyPaths(item) {
                    seen.insert(keyPath)
                    #expect(Self.isSnakeCase(key), "\(path): \(keyPath) is snake_case")
                    let field = documented[keyPath]
                    #expect(field != nil, "\(path): \(keyPath) is documented on /open-data")
                    if value is NSNull { #expect(field?.type.isNullable == true, "\(path): \(keyPath) is null but documented as never null") }
                }
            }
            #expect(Set(documented.keys).subtracting(seen).isEmpty, "\(path): documented but never written: \(Set(documented.keys).subtracting(seen))")
        }
        #expect(DatasetCatalogue.datasets.flatMap(\.fields).allSatisfy { field in
            field.name.split(whereSeparator: { $0 == "." }).allSatisfy { Self.isSnakeCase(String($0).replacingOccurrences(of: "[]", with: "")) }
        })
    }

    @Test func generatedIsTheInstantOfThePlatformClock() throws {
        let clock = PlatformClock(fixed: Timestamp.parse("2027-01-31T23:59:58Z")!)
        let empty = try TestPlatform(seed: false) { $0.clock = clock }
        defer { empty.stop() }
        func generated() throws -> String? {
            let response = try empty.get("/networks.json", headers: [("Cache-Control", "no-cache")])
            let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            #expect(object?["count"] as? Int == 0)
            #expect((object?["items"] as? [Any])?.isEmpty == true)
            return object?["generated"] as? String
        }
        #expect(try generated() == "2027-01-31T23:59:58Z")
        clock.advance(by: 3)
        #expect(try generated() == "2027-02-01T00:00:01Z")
    }

    @Test func openDataPageDocumentsEveryKeyOfEveryDataset() throws {
        let response = try platform.get("/open-data")
        #expect(response.status == 200)
        let html = response.text
        for field in DatasetCatalogue.envelopeFields {
            #expect(html.contains("<th scope=\"row\"><code>\(field.name)</code></th><td data-label=\"Type\">\(field.type.rawValue)</td>"), "envelope \(field.name)")
        }
        for dataset in DatasetCatalogue.datasets {
            let start = try #require(html.range(of: "<h3 id=\"fields-\(dataset.name)\">"), "a section for \(dataset.name)")
            let section = html[start.upperBound...]
            let end = section.range(of: "</table>")?.lowerBound ?? section.endIndex
            let table = String(section[..<end])
            for field in dataset.fields {
                #expect(table.contains("<th scope=\"row\"><code>\(field.name)</code></th><td data-label=\"Type\">\(field.type.rawValue)</td>"), "\(dataset.name).\(field.name)")
            }
            #expect(html.contains("href=\"#fields-\(dataset.name)\""))
        }
        #expect(html.contains("href=\"/commitments.csv\"") && html.contains("href=\"/commitments.json\""))
    }

    /// The commitments dataset against SQL written here, independently of the store's.
    @Test func commitmentsJSONMatchesTheDatabase() throws {
        let expected = try rows("""
            SELECT c.slug AS city_slug, c.name AS city_name, c.country_code, a.slug AS action_slug,
                   CASE WHEN a.short_title IS NOT NULL AND a.short_title <> '' THEN a.short_title
                        WHEN a.title IS NOT NULL AND a.title <> '' THEN a.title
                        WHEN s.number IS NOT NULL THEN 'Action ' || s.number || '.' || a.position
                        ELSE 'Action ' || a.position END AS action_title,
                   s.slug AS session_slug, m.status AS stance, m.progress, m.since, m.progress_updated_on, m.is_demo,
                   (SELECT e.occurred_on FROM commitment_events e WHERE e.commitment_id = m.id ORDER BY e.occurred_on DESC LIMIT 1)
                       AS last_event_on
            FROM commitments m, cities c, actions a, strategy_sessions s
            WHERE c.id = m.city_id AND a.id = m.action_id AND s.id = a.session_id
            """)
        #expect(expected.count > 20, "the demo data has commitments")
        let object = try json("/commitments.json")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.count == expected.count)
        #expect(object["count"] as? Int == expected.count)

        func text(_ value: Any?) -> String? { value as? String }
        var byKey: [String: [String: Any]] = [:]
        for item in items {
            let key = "\(text(item["city_slug"]) ?? "?")|\(text(item["action_slug"]) ?? "?")"
            #expect(byKey[key] == nil, "one row per city and action: \(key)")
            byKey[key] = item
        }
        var optedOut = 0
        for row in expected {
            let key = "\(try row.string("city_slug"))|\(try row.string("action_slug"))"
            let item = try #require(byKey[key], "\(key) is in the file")
            for column in ["city_slug", "city_name", "country_code", "action_slug", "action_title", "session_slug", "stance", "since"] {
                #expect(text(item[column]) == (try row.string(column)), "\(key).\(column)")
            }
            for column in ["progress", "progress_updated_on", "last_event_on"] {
                let stored = try row.optionalString(column)
                if let stored { #expect(text(item[column]) == stored, "\(key).\(column)") } else { #expect(item[column] is NSNull, "\(key).\(column) is null") }
            }
            #expect(item["is_demo"] as? Bool == (try row.int("is_demo") == 1), "\(key).is_demo")
            if try row.string("stance") == "opted_out" { optedOut += 1 }
        }
        #expect(optedOut > 0, "the demo data has both stances")
    }

    @Test func commitmentsCSVAndJSONAgree() throws {
        let response = try platform.get("/commitments.csv")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/csv; charset=utf-8")
        let table = try RFC4180.parse(response.text)
        let header = try #require(table.first)
        #expect(header == [
            "city_slug", "city_name", "country_code", "action_slug", "action_title", "session_slug", "stance", "progress", "since",
            "progress_updated_on", "last_event_on", "is_demo",
        ])
        let items = try #require(try json("/commitments.json")["items"] as? [[String: Any]])
        let csvRows = Array(table.dropFirst())
        #expect(csvRows.count == items.count)
        for (row, item) in zip(csvRows, items) {
            #expect(row.count == header.count)
            for (column, cell) in zip(header, row) {
                let value: Any = item[column] ?? NSNull()
                let expected: String =
                    if column == "is_demo" { (value as? Bool) == true ? "1" : "0" }
                    else if let string = value as? String { string }
                    else if value is NSNull { "" }
                    else { "\(value)" }
                #expect(cell == expected, "\(column) of \(row.first ?? "?")")
            }
        }
    }

    @Test func everyPublicPageKindAdvertisesTheAtomFeed() throws {
        let brief: String = try #require(try platform.app.database.read { db in
            try db.scalar("""
                SELECT '/briefs/' || c.slug || '/' || b.year FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
                WHERE b.status = 'published' LIMIT 1
                """)
        })
        let pages = [
            "/", "/cities", "/cities?region=europe", "/cities/mannheim", "/networks", "/networks/c40", "/sessions",
            "/sessions/integrating-economic-migrants", "/actions/diversity-declaration-and-benchmarking", "/partnerships",
            "/partnerships/barcelona-medellin", "/partnerships/graph", "/best-practices", "/best-practices?q=migration", brief,
            "/case-studies/street-bump-boston", "/open-data", "/sign-in", "/no-such-page",
        ]
        for path in pages {
            let response = try platform.get(path)
            #expect(response.status == (path == "/no-such-page" ? 404 : 200), "\(path)")
            #expect(
                response.text.contains(#"<link rel="alternate" type="application/atom+xml" title="Published Mayor Briefs" href="/feed.atom">"#),
                "\(path) advertises the feed")
        }
    }
}
