import Foundation
import SQLite
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Open data: best practices as CSV, JSON and Atom; the open data page")
struct OpenDataTests {
    let platform = TestPlatform.shared

    private func count(_ sql: String) throws -> Int {
        try #require(try platform.app.database.read { db -> Int? in try db.scalar(sql) })
    }

    @Test func briefsCSVParsesAndHoldsEveryPublishedBrief() throws {
        let response = try platform.get("/briefs.csv")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/csv; charset=utf-8")
        let rows = try RFC4180.parse(response.text)
        let header = try #require(rows.first)
        #expect(header.starts(with: ["city", "city_slug", "country_code", "year", "title", "summary"]))
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
        #expect(rows.count - 1 == (try count("SELECT count(*) FROM mayor_briefs WHERE status = 'published'")))
        let draft: String = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT title FROM mayor_briefs WHERE status = 'draft' LIMIT 1")
        })
        let titleColumn = try #require(header.firstIndex(of: "title"))
        #expect(!rows.contains { $0[titleColumn] == draft })
        let context = try #require(header.firstIndex(of: "context"))
        // Multi-line fields survive the round trip.
        #expect(rows.dropFirst().contains { $0[context].contains("\n") || $0[context].count > 40 })
    }

    @Test func caseStudiesCSVMatchesTheSeeds() throws {
        let response = try platform.get("/case-studies.csv")
        #expect(response.status == 200)
        let rows = try RFC4180.parse(response.text)
        let header = try #require(rows.first)
        #expect(rows.count - 1 == (try count("SELECT count(*) FROM case_studies")))
        let slug = try #require(header.firstIndex(of: "slug"))
        let cities = try #require(header.firstIndex(of: "cities"))
        let bump = try #require(rows.first { $0[slug] == "street-bump-boston" })
        #expect(bump[cities].split(separator: ";").contains("boston"))
        let pair = try #require(rows.first { $0[slug] == "barcelona-medellin" })
        #expect(Set(pair[cities].split(separator: ";")).isSuperset(of: ["barcelona", "medellin"]))
        #expect(Set(rows.dropFirst().map { $0[slug] }).isSuperset(of: ["mile-durban", "baan-mankong-bangkok", "brainport-eindhoven"]))
    }

    @Test func jsonParsesAndMatchesCounts() throws {
        for (path, sql) in [
            ("/briefs.json", "SELECT count(*) FROM mayor_briefs WHERE status = 'published'"),
            ("/case-studies.json", "SELECT count(*) FROM case_studies"),
        ] {
            let response = try platform.get(path)
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/json; charset=utf-8")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
            let items = try #require(object["items"] as? [[String: Any]])
            let expected = try count(sql)
            #expect(items.count == expected)
            #expect(object["count"] as? Int == expected)
            let url = try #require(items.first?["url"] as? String)
            #expect(url.hasPrefix("http://127.0.0.1:\(platform.port)/"))
            let page = try platform.get(String(url.dropFirst("http://127.0.0.1:\(platform.port)".count)))
            #expect(page.status == 200)
        }
        let briefs = try JSONSerialization.jsonObject(with: Data(try platform.get("/briefs.json").body)) as? [String: Any]
        let first = try #require((briefs?["items"] as? [[String: Any]])?.first)
        #expect(first["themes"] is [String])
        #expect(first["sdgs"] is [Int])
        #expect(first["what_did_not_work"] is String)
    }

    @Test func atomFeedIsWellFormedWithOneEntryPerPublishedBrief() throws {
        let response = try platform.get("/feed.atom")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/atom+xml; charset=utf-8")
        let feed = try AtomReader.read(response.body)
        let published = try count("SELECT count(*) FROM mayor_briefs WHERE status = 'published'")
        #expect(feed.entries.count == min(50, published))
        #expect(feed.root == "feed")
        #expect(feed.namespace == "http://www.w3.org/2005/Atom")
        for entry in feed.entries {
            #expect(entry["id"]?.isEmpty == false)
            #expect(entry["title"]?.isEmpty == false)
            #expect(entry["name"]?.isEmpty == false)
            let updated = try #require(entry["updated"])
            #expect(ISO8601DateFormatter().date(from: updated) != nil, "updated is RFC 3339: \(updated)")
            let link = try #require(entry["link"])
            #expect(link == entry["id"])
            #expect(link.contains("/briefs/"))
        }
        // Newest first, and the newest is the most recently published brief.
        let newest: String = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT title FROM mayor_briefs WHERE status = 'published' ORDER BY published_at DESC, id DESC LIMIT 1")
        })
        #expect(feed.entries.first?["title"] == newest)
        let dates = feed.entries.compactMap { $0["updated"] }
        #expect(dates == dates.sorted(by: >))
    }

    @Test func bestPracticesPageAdvertisesTheFeed() throws {
        let page = try platform.get("/best-practices").text
        #expect(page.contains(#"<link rel="alternate" type="application/atom+xml""#))
        #expect(page.contains(#"title="Mayor Briefs — Global Parliament of Mayors" href="/feed.atom">"#))
        #expect(page.contains(#"href="/briefs.csv""#))
    }

    @Test func openDataPageListsEveryDataset() throws {
        let response = try platform.get("/open-data")
        #expect(response.status == 200)
        let text = response.text
        #expect(text.contains("<title>Open data — Global Parliament of Mayors</title>"))
        #expect(text.contains(#"<a href="/open-data" aria-current="page">"#))
        for path in [
            "/cities.csv", "/cities.json", "/networks.csv", "/networks.json", "/partnerships.csv", "/partnerships.json",
            "/actions.csv", "/actions.json", "/commitments.csv", "/commitments.json", "/sessions.json", "/briefs.csv", "/briefs.json", "/case-studies.csv",
            "/case-studies.json", "/feed.atom",
        ] {
            #expect(text.contains("href=\"\(path)\""), "lists \(path)")
        }
        #expect(text.contains("GeoNames"))
        #expect(text.contains("CC BY 4.0"))
        #expect(text.contains("Natural Earth"))
        #expect(text.contains("<caption>"))
        #expect(text.contains(#"<th scope="col">"#))
    }
}

// Nested so their names cannot clash with other suites' helpers in the same test target.
extension OpenDataTests {
    /// Reads an Atom feed with Foundation's XMLParser: the root element and, per entry, the text of
    /// its simple elements and the href of its rel="alternate" link.
    final class AtomReader: NSObject, XMLParserDelegate {
        struct Feed {
            var root = ""
            var namespace = ""
            var entries: [[String: String]] = []
        }

        struct Failure: Error, CustomStringConvertible { let description: String }

        private var feed = Feed()
        private var entry: [String: String]?
        private var text = ""

        static func read(_ bytes: [UInt8]) throws -> Feed {
            let parser = XMLParser(data: Data(bytes))
            parser.shouldProcessNamespaces = true
            let reader = AtomReader()
            parser.delegate = reader
            guard parser.parse() else { throw Failure(description: "not well-formed: \(String(describing: parser.parserError))") }
            return reader.feed
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if feed.root.isEmpty {
                feed.root = name
                feed.namespace = namespaceURI ?? ""
            }
            if name == "entry" { entry = [:] }
            if name == "link", entry != nil, attributes["rel"] == "alternate" { entry?["link"] = attributes["href"] }
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "entry", let finished = entry {
                feed.entries.append(finished)
                entry = nil
            } else if entry != nil, name != "link", name != "author" {
                entry?[name] = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            text = ""
        }
    }
}
