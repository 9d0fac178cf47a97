import Foundation
import SQLite
import Testing

@Suite("Sessions and actions pages")
struct SessionsTests {
    let platform = TestPlatform.shared

    // MARK: - /sessions

    @Test func directoryListsEverySessionUnderItsTheme() throws {
        let page = try platform.get("/sessions")
        #expect(page.status == 200)
        let html = page.text
        #expect(html.contains("<h1>Strategy sessions and actions</h1>"))
        #expect(html.contains("Inaugural Convening of the Global Parliament of Mayors"))
        #expect(html.contains(#"<a href="/cities/the-hague">The Hague</a>, 10–11 September 2016"#))
        #expect(html.contains("Strategy Session 1: Integrating Economic Migrants"))
        #expect(html.contains("Strategy Session 4: Migration Administration &amp; Management"))

        let sessions = try database { db in
            try db.query("SELECT s.slug, t.name FROM strategy_sessions s JOIN themes t ON t.id = s.theme_id").map {
                (try $0.string("slug"), try $0.string("name"))
            }
        }
        #expect(sessions.count == 5)
        // Each theme section holds exactly that theme's sessions.
        let sections = html.components(separatedBy: #"<section class="session-theme""#).dropFirst()
        var seen: [String] = []
        for section in sections {
            let theme = try #require(between(section, ">", "</h3>", after: "<h3 id="))
            let links = hrefs(in: section, prefix: "/sessions/")
            #expect(Set(links) == Set(sessions.filter { $0.1 == theme }.map { "/sessions/" + $0.0 }), "theme \(theme)")
            seen += links
        }
        #expect(seen.sorted() == sessions.map { "/sessions/" + $0.0 }.sorted())
        #expect(html.contains(#"href="/sessions.json""#) && html.contains(#"href="/actions.csv""#))
    }

    @Test func themeFilterNarrowsTheSessions() throws {
        let html = try platform.get("/sessions?theme=migration").text
        #expect(Set(hrefs(in: html, prefix: "/sessions/")) == [
            "/sessions/integrating-economic-migrants", "/sessions/integrating-refugees-of-war",
            "/sessions/migration-and-security", "/sessions/migration-administration-and-management",
        ])
        #expect(html.contains(#"<option value="migration" selected>Migration</option>"#))
        #expect(html.contains(#"/sessions?theme=migration">"#))

        let governance = try platform.get("/sessions?theme=governance").text
        #expect(hrefs(in: governance, prefix: "/sessions/") == ["/sessions/cities-as-governance-partners"])

        let unknown = try platform.get("/sessions?theme=%3Cscript%3E")
        #expect(unknown.status == 200)
        #expect(unknown.text.contains("No strategy session on this theme yet."))
        #expect(!unknown.text.contains("<script>"))
    }

    // MARK: - /sessions/:slug

    @Test func sessionPageShowsChairsPrinciplesAndActionsAsPrinted() throws {
        let html = try platform.get("/sessions/integrating-economic-migrants").text
        #expect(html.contains("<title>Strategy Session 1: Integrating Economic Migrants — Global Parliament of Mayors</title>"))
        #expect(html.contains("<h1>Strategy Session 1: Integrating Economic Migrants</h1>"))
        #expect(html.contains(#"<li>Mayor Peter Kurz (<a href="/cities/mannheim">Mannheim</a>)</li>"#))
        #expect(html.contains(#"<li>Mayor Sanjeev Nayyar (<a href="/cities/north-delhi">North Delhi</a>)</li>"#))
        #expect(html.contains("10 September 2016"))
        #expect(html.contains(#"<span class="badge badge--warn">Draft</span>"#))
        #expect(html.contains(
            "We believe migrants should be integrated into our local economies and be made partners in the development of our cities."))
        #expect(html.contains("Diversity declaration and benchmarking"))
        #expect(html.contains("<p>We will implement and/or advocate for changes in national statutes (where necessary) to enable cities to "
            + "provide access to services and labour markets to all those who reside in the city, regardless of legal status.</p>"))
        #expect(html.contains("<strong>Role model:</strong> The Mannheim Declaration"))
        #expect(html.contains("These principles have not yet been ratified by the Global Parliament of Mayors"))
    }

    @Test(arguments: [
        "integrating-economic-migrants", "integrating-refugees-of-war", "migration-and-security",
        "migration-administration-and-management", "cities-as-governance-partners",
    ])
    func everyPrincipleAndActionIsShownInOrder(slug: String) throws {
        let html = try platform.get("/sessions/" + slug).text
        let (principles, actions) = try database { db in
            let id: Int = try #require(try db.scalar("SELECT id FROM strategy_sessions WHERE slug = ?", slug))
            let principles = try db.query("SELECT text FROM principles WHERE session_id = ? ORDER BY position", id)
                .map { try $0.string("text") }
            let actions = try db.query("SELECT slug, text FROM actions WHERE session_id = ? ORDER BY position", id).map {
                (try $0.string("slug"), try $0.string("text"))
            }
            return (principles, actions)
        }
        #expect(!actions.isEmpty)
        var cursor = html.startIndex
        for text in principles + actions.map(\.1) {
            for paragraph in text.components(separatedBy: "\n\n") {
                let found = html.range(of: "<p>" + escape(paragraph) + "</p>", range: cursor..<html.endIndex)
                #expect(found != nil, "missing or out of order: \(paragraph.prefix(60))")
                if let found { cursor = found.upperBound }
            }
        }
        for (action, _) in actions { #expect(html.contains(#"href="/actions/\#(action)""#)) }
    }

    @Test func resourceTeamLinksRegistryOrganisationsAndGovernanceActionsGetLabels() throws {
        let refugees = try platform.get("/sessions/integrating-refugees-of-war").text
        let icorn: String = try #require(try database { try $0.scalar("SELECT slug FROM networks WHERE acronym = 'ICORN' OR name = 'ICORN'") })
        #expect(refugees.contains(#"<li>Helge Lunde, <a href="/networks/\#(icorn)">ICORN</a></li>"#))
        #expect(refugees.contains("<li>Khaled Rifai, McKinsey</li>"))
        #expect(refugees.contains(#"<li>Mayor Ahmed Aboutaleb (<a href="/cities/rotterdam">Rotterdam</a>)</li>"#))

        let governance = try platform.get("/sessions/cities-as-governance-partners").text
        let untitled: Int = try #require(try database {
            try $0.scalar("""
                SELECT count(*) FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
                WHERE s.slug = 'cities-as-governance-partners' AND a.title IS NULL AND a.short_title IS NULL
                """)
        })
        #expect(untitled == 0)  // the editors gave every untitled action a short title
        #expect(governance.contains(">A permanent platform for cities</a> <span class=\"editorial-title small muted\">editorial title</span></h3>"))
        let security = try platform.get("/sessions/migration-and-security").text
        #expect(security.contains(#"<a href="/actions/migration-and-security-3" lang="en" dir="ltr">Fighting migrant-smuggling networks</a>"#))
        #expect(security.contains("We will fight the criminal organizations that support illegal migration."))
    }

    @Test func unknownSlugsAreNotFound() throws {
        #expect(try platform.get("/sessions/no-such-session").status == 404)
        let action = try platform.get("/actions/no-such-action")
        #expect(action.status == 404)
        #expect(action.text.contains("Page not found"))
    }

    // MARK: - /actions/:slug

    @Test func actionPageListsExactlyTheCitiesThatOptedInAndOut() throws {
        let slug: String = try #require(try database {
            try $0.scalar("""
                SELECT a.slug FROM actions a JOIN commitments m ON m.action_id = a.id AND m.status = 'opted_out'
                GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1
                """)
        })
        let html = try platform.get("/actions/" + slug).text
        func cities(_ status: String) throws -> Set<String> {
            try database { db in
                Set(try db.query("""
                    SELECT c.slug FROM commitments m JOIN cities c ON c.id = m.city_id JOIN actions a ON a.id = m.action_id
                    WHERE a.slug = ? AND m.status = ?
                    """, slug, status).map { "/cities/" + (try $0.string("slug")) })
            }
        }
        let table = try #require(between(html, #"id="opted-in""#, "</table>"))
        #expect(Set(hrefs(in: table, prefix: "/cities/")) == (try cities("opted_in")))
        let optedOut = try #require(between(html, #"<ul id="opted-out">"#, "</ul>"))
        #expect(Set(hrefs(in: optedOut, prefix: "/cities/")) == (try cities("opted_out")))
        #expect(html.contains("<svg class=\"map\""))

        // The timeline lists every event of every city, oldest first.
        let events: Int = try #require(try database {
            try $0.scalar("""
                SELECT count(*) FROM commitment_events e JOIN commitments m ON m.id = e.commitment_id
                JOIN actions a ON a.id = m.action_id WHERE a.slug = ?
                """, slug)
        })
        let timeline = try #require(between(html, #"id="action-timeline">"#, "</ol>"))
        let dates = timeline.components(separatedBy: #"<time datetime=""#).dropFirst().map { String($0.prefix(10)) }
        #expect(dates.count == events)
        #expect(dates == dates.sorted())
    }

    @Test func actionPageShowsProgressCountsAndPublishedBriefsOnly() throws {
        let row = try #require(try database { db in
            try db.queryOne("""
                SELECT a.slug, c.slug AS city, b.year FROM brief_actions x JOIN mayor_briefs b ON b.id = x.brief_id
                JOIN actions a ON a.id = x.action_id JOIN cities c ON c.id = b.city_id
                WHERE b.status = 'published' ORDER BY a.id LIMIT 1
                """)
        })
        let slug = try row.string("slug")
        let html = try platform.get("/actions/" + slug).text
        #expect(html.contains(#"href="/briefs/\#(try row.string("city"))/\#(try row.int("year"))""#))
        let unpublished = try database { db in
            try db.query("""
                SELECT c.slug, b.year FROM brief_actions x JOIN mayor_briefs b ON b.id = x.brief_id
                JOIN actions a ON a.id = x.action_id JOIN cities c ON c.id = b.city_id
                WHERE a.slug = ? AND b.status <> 'published'
                """, slug).map { "/briefs/\(try $0.string("slug"))/\(try $0.int("year"))" }
        }
        for href in unpublished { #expect(!html.contains(#"href="\#(href)""#)) }

        let achieved: Int = try #require(try database {
            try $0.scalar("""
                SELECT count(*) FROM commitments m JOIN actions a ON a.id = m.action_id
                WHERE a.slug = ? AND m.status = 'opted_in' AND m.progress = 'achieved'
                """, slug)
        })
        #expect(html.contains(#"<span class="badge badge--ok">Achieved</span> <span class="action-progress__count">\#(achieved)</span>"#))
    }

    // MARK: - Open data

    @Test func actionsCSVParsesAndMatchesTheDatabase() throws {
        let response = try platform.get("/actions.csv")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/csv; charset=utf-8")
        let rows = try RFC4180.parse(response.text)
        let header = try #require(rows.first)
        #expect(header.first == "slug")
        let column = { (name: String) in header.firstIndex(of: name)! }
        let expected = try database { db in
            try db.query("""
                SELECT a.slug, a.text, (SELECT count(*) FROM commitments m WHERE m.action_id = a.id AND m.status = 'opted_in') AS n
                FROM actions a
                """).map { (try $0.string("slug"), (try $0.string("text"), try $0.int("n"))) }
        }
        let byslug = Dictionary(uniqueKeysWithValues: expected)
        #expect(rows.count - 1 == expected.count)
        for row in rows.dropFirst() {
            #expect(row.count == header.count)
            let (text, count) = try #require(byslug[row[column("slug")]])
            #expect(row[column("text")] == text)
            #expect(Int(row[column("cities_opted_in")]) == count)
            let progress = ["planned", "in_progress", "achieved", "paused", "not_reported"].compactMap { Int(row[column($0)]) }
            #expect(progress.reduce(0, +) == count)
        }
    }

    @Test func actionsJSONMatchesTheDatabase() throws {
        let response = try platform.get("/actions.json")
        #expect(response.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["dataset"] as? String == "actions")
        let actions = try #require(object["items"] as? [[String: Any]])
        let count: Int = try #require(try database { try $0.scalar("SELECT count(*) FROM actions") })
        #expect(actions.count == count)
        #expect(object["count"] as? Int == count)
        let first = try #require(actions.first)
        #expect(first["slug"] as? String == "diversity-declaration-and-benchmarking")
        #expect((first["session"] as? [String: Any])?["slug"] as? String == "integrating-economic-migrants")
        #expect((first["theme"] as? [String: Any])?["slug"] as? String == "migration")
        let optedIn: Int = try #require(try database {
            try $0.scalar("""
                SELECT count(*) FROM commitments m JOIN actions a ON a.id = m.action_id
                WHERE a.slug = 'diversity-declaration-and-benchmarking' AND m.status = 'opted_in'
                """)
        })
        #expect(first["cities_opted_in"] as? Int == optedIn)
    }

    @Test func sessionsJSONHoldsSessionsWithTheirConveningPrinciplesActionsAndPeople() throws {
        let response = try platform.get("/sessions.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["dataset"] as? String == "sessions")
        let sessions = try #require(object["items"] as? [[String: Any]])
        #expect(object["count"] as? Int == sessions.count)
        let counts = try database { db in
            (try db.scalar("SELECT count(*) FROM strategy_sessions") as Int?, try db.scalar("SELECT count(*) FROM principles") as Int?,
             try db.scalar("SELECT count(*) FROM actions") as Int?, try db.scalar("SELECT count(*) FROM session_people") as Int?)
        }
        #expect(sessions.count == counts.0)
        #expect(sessions.map { ($0["principles"] as? [String])?.count ?? 0 }.reduce(0, +) == counts.1)
        #expect(sessions.map { ($0["actions"] as? [Any])?.count ?? 0 }.reduce(0, +) == counts.2)
        #expect(sessions.map { ($0["people"] as? [Any])?.count ?? 0 }.reduce(0, +) == counts.3)
        let first = try #require(sessions.first)
        let chair = try #require((first["people"] as? [[String: Any]])?.first)
        #expect(chair["name"] as? String == "Peter Kurz")
        #expect((chair["city"] as? [String: Any])?["slug"] as? String == "mannheim")
        let convening = try #require(first["convening"] as? [String: Any])
        #expect(convening["slug"] as? String == "inaugural-convening-2016")
        #expect(convening["starts_on"] as? String == "2016-09-10")
    }

    // MARK: - Helpers

    private func database<T>(_ body: (Connection) throws -> T) throws -> T {
        try platform.app.database.read { try body($0) }
    }

    /// The text between `start` and `end`, searching from after `after` when given.
    private func between(_ text: String, _ start: String, _ end: String, after: String? = nil) -> String? {
        var from = text.startIndex
        if let after { guard let found = text.range(of: after) else { return nil }; from = found.upperBound }
        guard let open = text.range(of: start, range: from..<text.endIndex),
              let close = text.range(of: end, range: open.upperBound..<text.endIndex) else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    /// Distinct `href` values starting with `prefix`, in order of appearance.
    private func hrefs(in html: String, prefix: String) -> [String] {
        var out: [String] = []
        for part in html.components(separatedBy: #"href=""#).dropFirst() {
            let href = String(part.prefix { $0 != "\"" })
            if href.hasPrefix(prefix), !out.contains(href) { out.append(href) }
        }
        return out
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

}
