import Foundation
import GPM
import SQLite
import Testing

@Suite("Best practices: search, filters, brief and case study pages")
struct BestPracticesTests {
    let platform = TestPlatform.shared

    // MARK: search

    @Test func searchFindsACaseStudyByAWordOfItsDescription() throws {
        // "IDEO" appears only in the description of Street Bump, not in its title or summary.
        let page = try platform.get("/best-practices?q=IDEO")
        #expect(page.status == 200)
        #expect(Self.resultLinks(page.text).first == "/case-studies/street-bump-boston")
        #expect(page.text.contains("<mark>IDEO</mark>"))

        let durban = try platform.get("/best-practices?q=Municipal+Institute+of+Learning&kind=case-study")
        #expect(Self.resultLinks(durban.text) == ["/case-studies/mile-durban"])
    }

    @Test func stemmingFindsOtherFormsOfAWord() throws {
        let plural = try platform.get("/best-practices?q=migrants")
        let singular = try platform.get("/best-practices?q=migrant")
        // The index holds the stem (prepared text, Migrations/0035): every form finds the same entries.
        let indexed: Int = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT count(*) FROM best_practices_fts WHERE best_practices_fts MATCH 'migrant'")
        })
        #expect(indexed > 0)
        let expected = try Self.count(singular.text)
        #expect(expected > 0 && expected <= indexed, "a city's series counts once")
        #expect(try Self.count(plural.text) == expected)
        #expect(Self.resultLinks(plural.text) == Self.resultLinks(singular.text))
        // The stored word is "migrant": found by "migrants" and highlighted as it is written.
        #expect(plural.text.contains("<mark>migrant</mark>"))
    }

    @Test func titleMatchesRankFirst() throws {
        let page = try platform.get("/best-practices?q=Barcelona")
        let titles = Self.resultTitles(page.text)
        #expect(titles.count > 2, "a city's series is one result, so fewer than a page")
        let inTitle = titles.map { $0.localizedCaseInsensitiveContains("barcelona") }
        #expect(inTitle.first == true)
        #expect(inTitle.contains(false), "the first page also holds entries that only mention Barcelona in their text")
        #expect(inTitle == inTitle.sorted { $0 && !$1 }, "every title match comes before every text-only match: \(titles)")
    }

    @Test func titleWeighsMoreThanRepetitionsInTheText() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.app.database.write { db in
            try db.run("""
                INSERT INTO case_studies (slug, title, year, summary, description, source) VALUES
                ('quokka-text', 'A study of ferries', 2016, 'Boats.', 'Quokka quokka quokka: the quokka ferry.', 'Test'),
                ('quokka-title', 'The quokka programme', 2016, 'Animals.', 'A programme about small animals.', 'Test')
                """)
        }
        try SearchIndexService(database: platform.app.database).rebuild()  // rows written with SQL alone
        let page = try platform.get("/best-practices?q=quokka")
        #expect(Self.resultLinks(page.text) == ["/case-studies/quokka-title", "/case-studies/quokka-text"])
    }

    @Test func snippetsMarkHitsAndEscapeTheText() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.app.database.write { db in
            try db.run("""
                INSERT INTO case_studies (slug, title, year, summary, description, source) VALUES
                ('markup-test', 'Escaping <b>test</b>', 2016, 'Summary & more.',
                 'Before <script>alert("x")</script> the Zanzibarian ferry & "quoted" <i>tags</i> after.', 'Test')
                """)
        }
        try SearchIndexService(database: platform.app.database).rebuild()
        let page = try platform.get("/best-practices?q=zanzibarian")
        let text = page.text
        #expect(page.status == 200)
        let expected = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; the <mark>Zanzibarian</mark> ferry "
            + "&amp; &quot;quoted&quot; &lt;i&gt;tags&lt;/i&gt;"
        #expect(text.contains(expected))
        #expect(text.contains("Escaping &lt;b&gt;test&lt;/b&gt;"))
        #expect(!text.contains("<script>"))
        #expect(!text.contains("<i>tags"))
    }

    @Test(arguments: ["\"", "AND (", "*", "NEAR(", "<script>alert(1)</script>", "OR", "\"unbalanced", "a:b", "^x", "-", "((((", "title:x"])
    func hostileQueriesAnswerAndAreEscaped(query: String) throws {
        let page = try platform.get("/best-practices?q=" + Self.percent(query))
        #expect(page.status == 200)
        #expect(!page.text.contains("<script>"))
        #expect(page.text.contains("value=\"\(Self.html(query))\""))
    }

    // MARK: list, filters, pagination

    @Test func withoutWordsTheListShowsEverythingNewestFirst() throws {
        let page = try platform.get("/best-practices")
        #expect(page.status == 200)
        #expect(page.text.contains("<title>Best practices — Global Parliament of Mayors</title>"))
        #expect(page.text.contains(#"<link rel="alternate" type="application/atom+xml""#))
        let total: Int = try Self.database { db in
            try db.scalar("SELECT (SELECT count(*) FROM mayor_briefs WHERE status = 'published') + (SELECT count(*) FROM case_studies)")
        }
        #expect(try Self.count(page.text) == total)
        let years = Self.resultYears(page.text)
        #expect(years.count == 20)
        #expect(years == years.sorted(by: >))
    }

    @Test(arguments: [
        ("kind=brief", "SELECT count(*) FROM mayor_briefs WHERE status = 'published'"),
        ("kind=case-study", "SELECT count(*) FROM case_studies"),
        ("theme=migration", """
            SELECT (SELECT count(*) FROM mayor_briefs b JOIN brief_themes x ON x.brief_id = b.id JOIN themes t ON t.id = x.theme_id
                    WHERE b.status = 'published' AND t.slug = 'migration')
                 + (SELECT count(*) FROM case_study_themes x JOIN themes t ON t.id = x.theme_id WHERE t.slug = 'migration')
            """),
        ("region=africa", """
            SELECT (SELECT count(*) FROM mayor_briefs b JOIN cities c ON c.id = b.city_id WHERE b.status = 'published' AND c.region_id = 1)
                 + (SELECT count(DISTINCT x.case_study_id) FROM case_study_cities x JOIN cities c ON c.id = x.city_id WHERE c.region_id = 1)
            """),
        ("year=2016", """
            SELECT (SELECT count(*) FROM mayor_briefs WHERE status = 'published' AND year = 2016)
                 + (SELECT count(*) FROM case_studies WHERE year = 2016)
            """),
        ("sdg=11", """
            SELECT (SELECT count(*) FROM mayor_briefs b JOIN brief_sdgs x ON x.brief_id = b.id WHERE b.status = 'published' AND x.sdg_number = 11)
                 + (SELECT count(*) FROM case_study_sdgs WHERE sdg_number = 11)
            """),
    ])
    func eachFilterNarrowsToTheDatabaseCount(query: String, sql: String) throws {
        let all = try Self.count(try platform.get("/best-practices").text)
        let filtered = try platform.get("/best-practices?" + query)
        #expect(filtered.status == 200)
        let expected: Int = try Self.database { db in try db.scalar(sql) }
        #expect(expected > 0)
        #expect(expected < all)
        #expect(try Self.count(filtered.text) == expected)
    }

    @Test func filtersCombineWithSearch() throws {
        let both = try Self.count(try platform.get("/best-practices?q=migrant").text)
        let briefs = try Self.count(try platform.get("/best-practices?q=migrant&kind=brief").text)
        let studies = try Self.count(try platform.get("/best-practices?q=migrant&kind=case-study").text)
        let partnerships = try Self.count(try platform.get("/best-practices?q=migrant&kind=partnership").text)
        let actions = try Self.count(try platform.get("/best-practices?q=migrant&kind=action").text)
        #expect(briefs + studies + partnerships + actions == both)
        #expect(partnerships > 0 && actions > 0)
        #expect(briefs > 0)
        let page = try platform.get("/best-practices?q=migrant&kind=case-study")
        #expect(Self.resultLinks(page.text).allSatisfy { $0.hasPrefix("/case-studies/") })
    }

    @Test func paginationWalksThroughEveryEntry() throws {
        let first = try platform.get("/best-practices")
        let total = try Self.count(first.text)
        let pages = (total + 19) / 20
        #expect(pages > 1)
        #expect(first.text.contains(#"href="/best-practices?page=2" rel="next""#))
        var seen = Set<String>()
        for number in 1...pages {
            let page = try platform.get("/best-practices?page=\(number)")
            let links = Self.resultLinks(page.text)
            #expect(links.count == (number < pages ? 20 : total - 20 * (pages - 1)))
            seen.formUnion(links)
        }
        #expect(seen.count == total)
        let past = try platform.get("/best-practices?page=9999")
        #expect(past.status == 200)
        #expect(Self.resultLinks(past.text).count == total - 20 * (pages - 1))
        let filtered = try platform.get("/best-practices?q=city")
        #expect(try Self.count(filtered.text) > 20)
        #expect(filtered.text.contains(#"href="/best-practices?q=city&amp;page=2" rel="next""#))
    }

    @Test func noMatchShowsSuggestions() throws {
        let page = try platform.get("/best-practices?q=xylophonist&theme=climate")
        #expect(page.status == 200)
        #expect(try Self.count(page.text) == 0)
        #expect(page.text.contains("No best practice matches “xylophonist”"))
        #expect(page.text.contains(#"<a href="/best-practices?q=xylophonist">Search all best practices for the same words</a>"#))
        #expect(page.text.contains(#"<a class="tag" href="/best-practices?theme=climate" lang="en" dir="ltr">"#))
    }

    // MARK: pages

    @Test func aPublishedBriefShowsItsSections() throws {
        let row = try #require(try platform.app.database.read { db in
            try db.queryOne("""
                SELECT c.slug, c.name, b.year, b.title, b.context, b.what_did_not_work, b.next_steps, b.id FROM mayor_briefs b
                JOIN cities c ON c.id = b.city_id
                WHERE b.status = 'published' AND b.what_did_not_work <> '' AND EXISTS (SELECT 1 FROM brief_actions WHERE brief_id = b.id)
                ORDER BY b.id LIMIT 1
                """)
        })
        let slug = try row.string("slug")
        let year = try row.int("year")
        let page = try platform.get("/briefs/\(slug)/\(year)")
        #expect(page.status == 200)
        let text = page.text
        // The brief's text carries its language and direction; the city's name sits in <bdi> (issue 15).
        #expect(text.contains("<h1 id=\"brief-title\" lang=\"en\" dir=\"ltr\">\(Self.html(try row.string("title")))</h1>"))
        #expect(text.contains("<a href=\"/cities/\(slug)\"><bdi>\(Self.html(try row.string("name")))</bdi></a>"))
        for heading in ["Context", "Programme", "Results", "What did not work", "Partners", "Next steps"] {
            #expect(text.contains(">\(heading)</h2>"))
        }
        let firstParagraph = try #require(try row.string("context").components(separatedBy: "\n\n").first)
        #expect(text.contains(Self.html(firstParagraph)))
        #expect(text.contains(Self.html(try row.string("what_did_not_work").components(separatedBy: "\n\n")[0])))
        let actionSlug: String = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT a.slug FROM brief_actions x JOIN actions a ON a.id = x.action_id WHERE x.brief_id = ?", try row.int("id"))
        })
        #expect(text.contains("href=\"/actions/\(actionSlug)\""))
        #expect(text.contains("rel=\"canonical\" href=\"http://127.0.0.1:\(platform.port)/briefs/\(slug)/\(year)\""))
    }

    @Test func briefsThatAreNotPublishedAreNotFound() throws {
        let rows = try platform.app.database.read { db in
            try db.query("""
                SELECT c.slug, b.year, b.title, b.status FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
                WHERE b.status <> 'published'
                """)
        }
        #expect(Set(try rows.map { try $0.string("status") }).isSuperset(of: ["draft", "submitted"]))
        for row in rows {
            let page = try platform.get("/briefs/\(try row.string("slug"))/\(try row.int("year"))")
            #expect(page.status == 404)
            #expect(!page.text.contains(Self.html(try row.string("title"))))
        }
        #expect(try platform.get("/briefs/no-such-city/2017").status == 404)
        #expect(try platform.get("/briefs/mannheim/twenty").status == 404)
    }

    @Test func unpublishedBriefsNeverAppearInSearch() throws {
        let rows = try platform.app.database.read { db in
            try db.query("""
                SELECT c.slug, b.year, b.title FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
                WHERE b.status <> 'published' ORDER BY b.id LIMIT 5
                """)
        }
        #expect(!rows.isEmpty)
        for row in rows {
            let page = try platform.get("/best-practices?q=" + Self.percent(try row.string("title")))
            #expect(page.status == 200)
            #expect(!Self.resultLinks(page.text).contains("/briefs/\(try row.string("slug"))/\(try row.int("year"))"))
        }
    }

    @Test func caseStudyPageIsFaithfulToTheSeeds() throws {
        let row = try #require(try platform.app.database.read { db in
            try db.queryOne("SELECT title, summary, year, source, source_url, description FROM case_studies WHERE slug = 'street-bump-boston'")
        })
        let page = try platform.get("/case-studies/street-bump-boston")
        #expect(page.status == 200)
        let text = page.text
        #expect(text.contains("<h1 id=\"case-study-title\" lang=\"en\" dir=\"ltr\">\(Self.html(try row.string("title")))</h1>"))
        #expect(text.contains(Self.html(try row.string("summary"))))
        #expect(text.contains(#"<a class="tag" href="/cities/boston"><bdi>Boston</bdi></a>"#))
        #expect(text.contains("<dd>\(try row.int("year"))</dd>"))
        #expect(text.contains(Self.html(try row.string("source"))))
        if let url = try row.optionalString("source_url") { #expect(text.contains("href=\"\(Self.html(url))\"")) }
        for paragraph in try row.string("description").components(separatedBy: "\n\n") where !paragraph.hasPrefix("- ") {
            #expect(text.contains(Self.html(paragraph.trimmingCharacters(in: .whitespacesAndNewlines))))
        }

        let pair = try platform.get("/case-studies/barcelona-medellin").text
        #expect(pair.contains(#"href="/cities/barcelona""#))
        #expect(pair.contains(#"href="/cities/medellin""#))
        for slug in ["mile-durban", "baan-mankong-bangkok", "brainport-eindhoven"] {
            #expect(try platform.get("/case-studies/\(slug)").status == 200)
        }
        #expect(try platform.get("/case-studies/no-such-study").status == 404)
    }

    // MARK: helpers

    static func database<T>(_ body: (Connection) throws -> T?) throws -> T {
        try #require(try TestPlatform.shared.app.database.read(body))
    }

    /// The number in "123 best practices" (the count line of the list).
    static func count(_ html: String) throws -> Int {
        let marker = #"role="status">"#
        let start = try #require(html.range(of: marker)).upperBound
        let digits = html[start...].prefix { $0.isNumber || $0 == "," }.filter(\.isNumber)
        return try #require(Int(String(digits)))
    }

    static func resultLinks(_ html: String) -> [String] {
        matches(#"<h3 lang="[^"]+" dir="[^"]+"><a href="([^"]+)">"#, in: html)
    }

    static func resultTitles(_ html: String) -> [String] {
        matches(#"<h3 lang="[^"]+" dir="[^"]+"><a href="[^"]+">(.*?)</a></h3>"#, in: html).map {
            $0.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "")
        }
    }

    static func resultYears(_ html: String) -> [Int] {
        matches(#"<span class="badge badge--muted">[^<]+</span> · (\d{4})"#, in: html).compactMap { Int($0) }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// Percent-encoding for a query value in a test URL.
    static func percent(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// As the templates escape text.
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
