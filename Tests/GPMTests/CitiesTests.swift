import Foundation
import Mustache
import SQLite
import Testing

@testable import GPM

/// The cities directory and city pages as a visitor sees them, over real HTTP against the seeded
/// demo data; expected figures are computed from the database independently of the app's code.
@Suite("Cities: directory and city pages")
struct CitiesTests {
    let platform = TestPlatform.shared

    // MARK: Helpers

    func read<T>(_ body: (Connection) throws -> T) throws -> T { try platform.app.database.read(body) }

    func count(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Int {
        try read { db in try db.scalar(sql, arguments: arguments) ?? -1 }
    }

    func slugs(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> [String] {
        try read { db in try db.query(sql, arguments: arguments).map { try $0.string("slug") } }
    }

    /// The city slugs listed in the directory's table, in order.
    func listedSlugs(_ html: String) -> [String] {
        html.matches(of: /<th scope="row"><a href="\/cities\/([^"]+)">/).map { String($0.1) }
    }

    /// The number in the result heading ("60 cities", "1 city").
    func resultCount(_ html: String) -> Int? {
        html.firstMatch(of: /class="cities-count">([0-9,]+) cit/).flatMap { Int($0.1.replacingOccurrences(of: ",", with: "")) }
    }

    func page(_ target: String) throws -> String {
        let response = try platform.get(target)
        #expect(response.status == 200, "GET \(target)")
        return response.text
    }

    // MARK: Directory

    @Test func directoryListsTheRegistryPageByPage() throws {
        let total = try count("SELECT count(*) FROM cities")
        let html = try page("/cities")
        #expect(html.contains("<title>Cities — Global Parliament of Mayors</title>"))
        #expect(html.contains("<h1>Cities</h1>"))
        #expect(resultCount(html) == total)
        let expected = try slugs("SELECT slug FROM cities ORDER BY name COLLATE NOCASE, id LIMIT 24")
        #expect(listedSlugs(html) == expected)
        #expect(html.contains(">Athens</a>"))
        #expect(html.contains("<span class=\"badge badge--ok\">Member</span>"))
        #expect(html.contains("<a href=\"/cities.csv\">") && html.contains("<a href=\"/cities.json\">"))
        #expect(html.contains("rel=\"canonical\" href=\"\(platform.app.baseURL)/cities\""))
    }

    @Test func filterFormIsFilledFromTheDatabase() throws {
        let html = try page("/cities?region=europe")
        #expect(html.contains("<label for=\"cities-region\">Region</label>"))
        #expect(html.contains("<option value=\"europe\" selected>Europe</option>"))
        #expect(html.contains("<option value=\"middle-east-west-asia\">Middle East &amp; West Asia</option>"))
        #expect(html.contains("<option value=\"DE\">Germany</option>"))
        #expect(html.contains("<option value=\"eurocities\">EUROCITIES</option>"))
        #expect(html.contains("<option value=\"diversity-declaration-and-benchmarking\" lang=\"en\" dir=\"ltr\">Diversity declaration and benchmarking</option>"))
        let themes = try count("SELECT count(*) FROM themes")
        let themeSelect = try #require(html.firstMatch(of: /<select id="cities-theme"[\s\S]*?<\/select>/)).0
        #expect(themeSelect.matches(of: /<option value="[a-z]/).count == themes)
    }

    /// Each filter against a count computed straight from the tables.
    static let filterCases: [(String, String)] = [
        ("region=europe", "SELECT count(*) FROM cities c JOIN regions r ON r.id = c.region_id WHERE r.slug = 'europe'"),
        ("region=latin-america", "SELECT count(*) FROM cities c JOIN regions r ON r.id = c.region_id WHERE r.slug = 'latin-america'"),
        ("country=DE", "SELECT count(*) FROM cities WHERE country_code = 'DE'"),
        ("country=nl", "SELECT count(*) FROM cities WHERE country_code = 'NL'"),
        ("network=eurocities", """
            SELECT count(*) FROM city_networks cn JOIN networks n ON n.id = cn.network_id WHERE n.slug = 'eurocities'
            """),
        ("action=diversity-declaration-and-benchmarking", """
            SELECT count(DISTINCT m.city_id) FROM commitments m JOIN actions a ON a.id = m.action_id
            WHERE a.slug = 'diversity-declaration-and-benchmarking' AND m.status = 'opted_in'
            """),
        ("theme=migration", """
            SELECT count(*) FROM cities WHERE id IN (
                SELECT m.city_id FROM commitments m JOIN actions a ON a.id = m.action_id
                    JOIN strategy_sessions s ON s.id = a.session_id JOIN themes t ON t.id = s.theme_id
                    WHERE t.slug = 'migration' AND m.status = 'opted_in'
                UNION SELECT b.city_id FROM mayor_briefs b JOIN brief_themes bt ON bt.brief_id = b.id JOIN themes t ON t.id = bt.theme_id
                    WHERE t.slug = 'migration' AND b.status = 'published'
                UNION SELECT pm.city_id FROM partnership_members pm JOIN partnership_themes pt ON pt.partnership_id = pm.partnership_id
                    JOIN themes t ON t.id = pt.theme_id WHERE t.slug = 'migration')
            """),
        ("membership=member", "SELECT count(*) FROM cities WHERE membership = 'member'"),
        ("membership=observer", "SELECT count(*) FROM cities WHERE membership = 'observer'"),
        ("membership=former", "SELECT count(*) FROM cities WHERE membership = 'former'"),
        ("membership=none", "SELECT count(*) FROM cities WHERE membership IS NULL"),
        ("region=europe&network=eurocities&membership=member", """
            SELECT count(*) FROM cities c JOIN regions r ON r.id = c.region_id
            WHERE r.slug = 'europe' AND c.membership = 'member'
              AND c.id IN (SELECT city_id FROM city_networks WHERE network_id = (SELECT id FROM networks WHERE slug = 'eurocities'))
            """),
    ]

    @Test(arguments: filterCases)
    func eachFilterNarrowsTheDirectory(filter: String, sql: String) throws {
        let all = try count("SELECT count(*) FROM cities")
        let expected = try count(sql)
        #expect(expected > 0 && expected < all, "the seeds should make \(filter) a real narrowing")
        let html = try page("/cities?" + filter)
        #expect(resultCount(html) == expected, "\(filter)")
        #expect(listedSlugs(html).count == min(expected, 24))
        #expect(html.contains("Clear all filters"))
    }

    @Test func regionFilterListsOnlyThatRegion() throws {
        let html = try page("/cities?region=latin-america")
        let expected = try slugs("""
            SELECT c.slug FROM cities c JOIN regions r ON r.id = c.region_id WHERE r.slug = 'latin-america'
            ORDER BY c.name COLLATE NOCASE, c.id LIMIT 24
            """)
        #expect(listedSlugs(html) == expected)
        #expect(listedSlugs(html).contains("medellin"))
        #expect(html.contains("Region: Latin America <a href=\"/cities\">clear"))
    }

    @Test func activeFiltersClearOneAtATime() throws {
        let html = try page("/cities?region=europe&membership=member&sort=population")
        #expect(html.contains("Region: Europe <a href=\"/cities?membership=member&amp;sort=population\">clear"))
        #expect(html.contains("Membership: Members <a href=\"/cities?region=europe&amp;sort=population\">clear"))
        #expect(html.contains("<option value=\"population\" selected>"))
    }

    @Test func sortsByPopulationAndCountry() throws {
        let byPopulation = try page("/cities?sort=population")
        let expected = try slugs("SELECT slug FROM cities ORDER BY population IS NULL, population DESC, name COLLATE NOCASE, id LIMIT 24")
        #expect(listedSlugs(byPopulation) == expected)
        let figures = byPopulation.matches(of: /<td class="num"[^>]*>([0-9,]+)<\/td>/).compactMap { Int($0.1.replacingOccurrences(of: ",", with: "")) }
        #expect(figures.count == 24)
        #expect(figures == figures.sorted(by: >))

        let byCountry = try page("/cities?sort=country")
        let countries = try read { db in
            try db.query("""
                SELECT co.name FROM cities c JOIN countries co ON co.code = c.country_code
                ORDER BY co.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id LIMIT 24
                """).map { try HTMLEscaping.escape($0.string("name")) }
        }
        let shown = byCountry.matches(of: /<\/th>\s*<td[^>]*>([^<]*)<\/td>/).map { String($0.1) }
        #expect(shown == countries)
    }

    @Test func paginatesWithFiltersKept() throws {
        let members = try count("SELECT count(*) FROM cities WHERE membership = 'member'")
        try #require(members > 24, "the seeds should give more than one page of members")
        let first = try page("/cities?membership=member")
        #expect(first.contains("<a href=\"/cities?membership=member&amp;page=2\" rel=\"next\">Next</a>"))
        #expect(first.contains("1–24 of \(members)"))
        let second = try page("/cities?membership=member&page=2")
        let expected = try slugs("""
            SELECT slug FROM cities WHERE membership = 'member' ORDER BY name COLLATE NOCASE, id LIMIT 24 OFFSET 24
            """)
        #expect(listedSlugs(second) == expected)
        #expect(Set(listedSlugs(second)).isDisjoint(with: listedSlugs(first)))
        #expect(second.contains("<a href=\"/cities?membership=member\" rel=\"prev\">Previous</a>"))
        #expect(second.contains("<span aria-current=\"page\">2</span>"))
        #expect(second.contains("rel=\"canonical\" href=\"\(platform.app.baseURL)/cities?membership=member&amp;page=2\""))
        let beyond = try page("/cities?membership=member&page=99")
        #expect(listedSlugs(beyond) == listedSlugs(second) || listedSlugs(beyond).count == members % 24)
    }

    @Test(arguments: [("medellin", "medellin"), ("MEDELLÍN", "medellin"), ("malmo", "malmo"), ("hague", "the-hague")])
    func nameSearchIgnoresCaseAndAccents(query: String, slug: String) throws {
        let html = try page("/cities?q=" + QueryString.escape(query))
        #expect(listedSlugs(html).contains(slug), "q=\(query)")
        #expect(html.contains("Name contains:"))
    }

    @Test func nameSearchCombinesWithFilters() throws {
        #expect(listedSlugs(try page("/cities?q=medellin&region=latin-america")) == ["medellin"])
        #expect(listedSlugs(try page("/cities?q=medellin&region=europe")).isEmpty)
    }

    @Test func searchInputIsEscapedAndNoMatchShowsTheEmptyState() throws {
        let html = try page("/cities?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
        #expect(resultCount(html) == 0)
        #expect(html.contains("No city matches these filters."))
        #expect(html.contains("<a href=\"/cities\">Show all cities</a>"))
        #expect(!html.contains("<table"))
    }

    @Test func unknownSlugFilterIsEmptyNotAnError() throws {
        let html = try page("/cities?network=no-such-network")
        #expect(resultCount(html) == 0)
        #expect(html.contains("Network: no-such-network"))
    }

    @Test func invalidEnumerationsAreBadRequests() throws {
        let membership = try platform.get("/cities?membership=royalty")
        #expect(membership.status == 400)
        #expect(membership.text.contains("Unknown membership"))
        #expect(try platform.get("/cities?sort=%27;DROP").status == 400)
        #expect(try platform.get("/cities.csv?sort=size").status == 400)
    }

    // MARK: City page

    @Test func cityPageShowsFactsProfileAndMap() throws {
        let html = try page("/cities/mannheim")
        let facts = try #require(try read { db in
            try db.queryOne("SELECT population, mayor_name, latitude FROM cities WHERE slug = 'mannheim'")
        })
        #expect(html.contains("<title>Mannheim, Germany — Cities — Global Parliament of Mayors</title>"))
        #expect(html.contains("<h1>Mannheim"))
        #expect(html.contains("<dd><a href=\"/cities?country=DE\">Germany</a></dd>"))
        #expect(html.contains("<dd>" + Formatting.number(try facts.int("population")) + "</dd>"))
        #expect(html.contains("<dd>Peter Kurz"))
        #expect(html.contains("° N, "))
        #expect(html.contains("The Mannheim Declaration"))
        #expect(html.contains("<svg class=\"map\"") && html.contains("<title>Mannheim</title>"))
        #expect(html.contains("rel=\"canonical\" href=\"\(platform.app.baseURL)/cities/mannheim\""))
    }

    @Test func cityPageListsCommitmentsWithTimelines() throws {
        let html = try page("/cities/mannheim")
        let commitments = try read { db in
            try db.query("""
                SELECT a.slug, m.status FROM commitments m JOIN actions a ON a.id = m.action_id JOIN cities c ON c.id = m.city_id
                WHERE c.slug = 'mannheim'
                """).map { (try $0.string("slug"), try $0.string("status")) }
        }
        try #require(!commitments.isEmpty, "the seeds should give Mannheim commitments")
        // Each label carries its language (the secretariat's English here).
        for (slug, _) in commitments { #expect(html.contains("<h3><a href=\"/actions/\(slug)\" lang=\"en\" dir=\"ltr\">"), "\(slug)") }
        #expect(html.contains("<h3><a href=\"/actions/diversity-declaration-and-benchmarking\" lang=\"en\" dir=\"ltr\">Diversity declaration and benchmarking</a>"))
        let events = try count("""
            SELECT count(*) FROM commitment_events e JOIN commitments m ON m.id = e.commitment_id JOIN cities c ON c.id = m.city_id
            WHERE c.slug = 'mannheim'
            """)
        #expect(html.matches(of: /<li><time datetime="/).count == events)
        #expect(html.contains("— Opted in"))
        #expect(html.contains("— Progress: "))
    }

    @Test func cityPageLinksNetworksPartnershipsBriefsAndCaseStudies() throws {
        let mannheim = try page("/cities/mannheim")
        #expect(mannheim.contains("<a href=\"/networks/eurocities\">EUROCITIES</a>"))
        #expect(mannheim.contains("<a href=\"/partnerships/mannheim-north-delhi-exchange\" lang=\"en\" dir=\"ltr\">"))

        let brief = try #require(try read { db in
            try db.queryOne("""
                SELECT c.slug, b.year, b.title FROM mayor_briefs b JOIN cities c ON c.id = b.city_id
                WHERE b.status = 'published' ORDER BY b.id LIMIT 1
                """)
        })
        let briefCity = try page("/cities/" + brief.string("slug"))
        #expect(briefCity.contains("<a href=\"/briefs/\(try brief.string("slug"))/\(try brief.int("year"))\">"))
        #expect(briefCity.contains(HTMLEscaping.escape(try brief.string("title"))))
        let unpublished = try count("""
            SELECT count(*) FROM mayor_briefs b JOIN cities c ON c.id = b.city_id WHERE b.status <> 'published' AND c.slug = ?
            """, try brief.string("slug"))
        let published = try count("""
            SELECT count(*) FROM mayor_briefs b JOIN cities c ON c.id = b.city_id WHERE b.status = 'published' AND c.slug = ?
            """, try brief.string("slug"))
        #expect(briefCity.matches(of: /<a href="\/briefs\//).count == published, "\(unpublished) unpublished briefs stay hidden")

        let hague = try page("/cities/the-hague")
        #expect(hague.contains("The Hague Security Delta"))
        #expect(hague.contains("<a href=\"/case-studies/"))
    }

    @Test func peerCitiesAreRankedAndExplained() throws {
        let html = try page("/cities/mannheim")
        let section = try #require(html.firstMatch(of: /<section aria-labelledby="peers-heading"[\s\S]*?<\/section>/)).0
        let peers = section.matches(
            of: /<li><a href="\/cities\/([^"]+)">[^<]*<\/a> <span class="muted small">\(([0-9]+) points\)<\/span><br><span class="small">([^<]*)<\/span>/)
        #expect(peers.count == 6)
        let scores = peers.map { Int($0.2)! }
        #expect(scores == scores.sorted(by: >))
        #expect(!peers.map(\.1).contains("mannheim"))
        // The first peer's shared actions, counted in the database.
        let first = try #require(peers.first)
        let sharedActions = try count("""
            SELECT count(*) FROM commitments mine JOIN commitments theirs ON theirs.action_id = mine.action_id
            WHERE mine.city_id = (SELECT id FROM cities WHERE slug = 'mannheim') AND mine.status = 'opted_in'
              AND theirs.city_id = (SELECT id FROM cities WHERE slug = ?) AND theirs.status = 'opted_in'
            """, String(first.1))
        let explanation = String(first.3)
        if sharedActions > 0 {
            #expect(explanation.hasPrefix("\(sharedActions) shared action"), "\(explanation)")
        }
        #expect(explanation.contains("shared"))
        #expect(section.contains("shared opted-in actions (3 points each)"))
    }

    @Test func accentedCityPage() throws {
        let html = try page("/cities/medellin")
        #expect(html.contains("<h1>Medellín"))
        #expect(html.contains("Colombia"))
    }

    @Test func unknownCityIsARealNotFoundPage() throws {
        let response = try platform.get("/cities/atlantis")
        #expect(response.status == 404)
        #expect(response.text.contains("Page not found"))
    }

    // MARK: Open data

    @Test func csvParsesAndMatchesTheDatabase() throws {
        let response = try platform.get("/cities.csv")
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("text/csv") == true)
        let rows = try RFC4180.parse(response.text)
        let header = try #require(rows.first)
        #expect(header.first == "slug" && header.contains("population") && header.contains("gpm_membership"))
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
        #expect(rows.count - 1 == (try count("SELECT count(*) FROM cities")))
        let name = try #require(header.firstIndex(of: "name"))
        let mayor = try #require(header.firstIndex(of: "mayor"))
        let medellin = try #require(rows.first { $0.first == "medellin" })
        #expect(medellin[name] == "Medellín")
        let mannheim = try #require(rows.first { $0.first == "mannheim" })
        #expect(mannheim[mayor] == "Peter Kurz")

        let europe = try RFC4180.parse(try platform.get("/cities.csv?region=europe").text)
        #expect(europe.count - 1 == (try count("SELECT count(*) FROM cities WHERE region_id = (SELECT id FROM regions WHERE slug = 'europe')")))
    }

    @Test func jsonParsesAndHonoursFilters() throws {
        let response = try platform.get("/cities.json?membership=member&sort=population")
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("application/json") == true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["dataset"] as? String == "cities")
        let cities = try #require(object["items"] as? [[String: Any]])
        let members = try count("SELECT count(*) FROM cities WHERE membership = 'member'")
        #expect(cities.count == members)
        #expect(object["count"] as? Int == members)
        let populations = cities.compactMap { $0["population"] as? Int }
        #expect(populations == populations.sorted(by: >))
        let mannheim = try #require(cities.first { $0["slug"] as? String == "mannheim" })
        #expect(mannheim["mayor"] as? String == "Peter Kurz")
        #expect(mannheim["country_code"] as? String == "DE")
        #expect(mannheim["url"] as? String == platform.app.baseURL + "/cities/mannheim")
    }

    @Test func dataLinksCarryTheFilters() throws {
        let html = try page("/cities?region=europe&q=ma")
        #expect(html.contains("<a href=\"/cities.csv?q=ma&amp;region=europe\">"))
        #expect(html.contains("<a href=\"/cities.json?q=ma&amp;region=europe\">"))
    }
}
