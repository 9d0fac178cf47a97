import Foundation
import SQLite
import Testing

/// The networks directory, a network's page and the networks open data, against the seeded demo data.
@Suite("Networks pages and open data")
struct NetworksTests {
    var platform: TestPlatform { TestPlatform.shared }

    func count(_ sql: String) throws -> Int {
        try platform.app.database.read { db in try db.scalar(sql) ?? 0 }
    }

    @Test func directoryListsNetworksWithPublishedFiguresAndPages() throws {
        let total = try count("SELECT count(*) FROM networks")
        let response = try platform.get("/networks")
        #expect(response.status == 200)
        let html = response.text
        #expect(html.contains("<title>Networks and organisations — Global Parliament of Mayors</title>"))
        #expect(html.contains("\(total) networks and organisations"))
        #expect(html.contains("<a href=\"/networks/c40\">C40 Cities Climate Leadership Group</a>"))
        #expect(html.contains("94 of the world&#39;s megacities"))
        #expect(html.contains("Thematic network · founded 2005"))
        #expect(html.components(separatedBy: "class=\"network-item\"").count - 1 == min(total, 24))
        #expect(total > 24)
        #expect(html.contains("href=\"/networks?page=2\" rel=\"next\""))
        #expect(html.contains("href=\"/networks.csv\"") && html.contains("href=\"/networks.json\""))
        let last = try platform.get("/networks?page=\((total + 23) / 24)").text
        #expect(last.components(separatedBy: "class=\"network-item\"").count - 1 == total - 24 * ((total - 1) / 24))
    }

    @Test func kindFilterShowsOnlyThatKindInWords() throws {
        let regional = try count("SELECT count(*) FROM networks WHERE kind = 'regional_network'")
        let html = try platform.get("/networks?kind=regional_network").text
        #expect(html.contains("\(regional) networks and organisations"))
        #expect(html.contains("<option value=\"regional_network\" selected>Regional network</option>"))
        #expect(html.contains("<a href=\"/networks/eurocities\">EUROCITIES</a>"))
        #expect(html.contains("Union of the Baltic Cities"))
        #expect(!html.contains("href=\"/networks/c40\""))
        #expect(html.contains("Association of local governments"))
    }

    @Test func themeFilterAndNameSearchNarrowTheList() throws {
        let climate = try count("""
            SELECT count(*) FROM network_themes nt JOIN themes t ON t.id = nt.theme_id WHERE t.slug = 'climate'
            """)
        let html = try platform.get("/networks?theme=climate").text
        #expect(html.contains("\(climate) network"))
        #expect(html.contains("href=\"/networks/c40\""))
        #expect(!html.contains("href=\"/networks/icorn\""))

        let search = try platform.get("/networks?q=baltic").text
        #expect(search.contains("1 network or organisation"))
        #expect(search.contains("<a href=\"/networks/ubc\">Union of the Baltic Cities</a>"))
        #expect(search.contains("value=\"baltic\""))
        let byAcronym = try platform.get("/networks?q=ICLEI").text
        #expect(byAcronym.contains("href=\"/networks/iclei\""))
    }

    @Test func searchInputIsEscapedAndAnEmptyResultSaysSo() throws {
        let html = try platform.get("/networks?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").text
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("No network or organisation matches these filters."))
        // LIKE wildcards in the query are literal characters.
        #expect(try platform.get("/networks?q=%25").text.contains("No network or organisation matches"))
    }

    @Test func sortByMembersPutsTheLargestPublishedFigureFirst() throws {
        let html = try platform.get("/networks?sort=members").text
        let first = try #require(html.range(of: "class=\"network-item\""))
        #expect(html[first.upperBound...].prefix(400).contains("href=\"/networks/uclg\""))
        let founded = try platform.get("/networks?sort=founded").text
        let cemr = try #require(founded.range(of: "href=\"/networks/cemr\""))
        let c40 = try #require(founded.range(of: "href=\"/networks/c40\""))
        #expect(cemr.lowerBound < c40.lowerBound, "CEMR (1951) comes before C40 (2005)")
    }

    @Test func sectionsShowTheirUmbrellaAndTheUmbrellaItsSections() throws {
        let html = try platform.get("/networks?q=Africa").text
        #expect(html.contains("section of <a href=\"/networks/uclg\">UCLG</a>"))
        let uclg = try platform.get("/networks/uclg")
        #expect(uclg.status == 200)
        #expect(uclg.text.contains("<a href=\"/networks/uclg-africa\">United Cities and Local Governments of Africa</a>"))
        let africa = try platform.get("/networks/uclg-africa").text
        #expect(africa.contains("A section of <a href=\"/networks/uclg\">United Cities and Local Governments</a>"))
        #expect(africa.contains("Rabat, Morocco"))
    }

    @Test func networkPageShowsDescriptionFactsMembersAndMap() throws {
        let members = try count("""
            SELECT count(*) FROM city_networks cn JOIN networks n ON n.id = cn.network_id WHERE n.slug = 'eurocities'
            """)
        let response = try platform.get("/networks/eurocities")
        #expect(response.status == 200)
        let html = response.text
        #expect(html.contains("<title>EUROCITIES — Networks — Global Parliament of Mayors</title>"))
        #expect(html.contains("<h1>EUROCITIES"))
        #expect(html.contains("more than 140 of Europe&#39;s largest cities and over 45 partner cities"))
        #expect(html.contains("<dt>Founded</dt><dd>1986</dd>"))
        #expect(html.contains("<dt>Cities in the registry</dt><dd>\(members)</dd>"))
        #expect(html.contains("<a href=\"/cities/rotterdam\">Rotterdam</a>"))
        #expect(html.contains("<td data-label=\"Category\">founding member</td><td data-label=\"Since\" class=\"num\">1986</td>"))
        #expect(html.contains("<svg class=\"map\""))
        #expect(html.components(separatedBy: "<circle class=\"city\"").count - 1 == members)
        #expect(html.contains("Source: H. Krunke and K. Hovden"))
        #expect(html.contains("rel=\"canonical\" href=\"http://127.0.0.1:\(platform.port)/networks/eurocities\""))
    }

    @Test func networkPageShowsPartnershipsAndSessionPeople() throws {
        let icorn = try platform.get("/networks/icorn").text
        #expect(icorn.contains("Helge Lunde"))
        #expect(icorn.contains("Resource team, <a href=\"/sessions/integrating-refugees-of-war\" lang=\"en\" dir=\"ltr\">"))
        let uclg = try platform.get("/networks/uclg").text
        #expect(uclg.contains("<a href=\"/partnerships/mozambique-brazil\" lang=\"en\" dir=\"ltr\">"))
        #expect(uclg.contains("Triangular, 2013–2015; role: process facilitation</span>"))
    }

    /// Issue 15: on French pages the secretariat's English notes and sources sit inside the translated sentence
    /// with their own `lang`; themes and session titles show their translation.
    @Test func frenchPagesMarkEnglishNotesAndSourcesAndTranslateThemes() throws {
        let directory = try platform.get("/fr/networks").text
        #expect(directory.contains(
            "<p class=\"small\">Membres\u{202F}: <span lang=\"en\" dir=\"ltr\">94 of the world&#39;s megacities, together housing"))
        #expect(directory.contains(#"<a class="tag" href="/fr/networks?theme=climate" lang="fr" dir="ltr">Climat et énergie</a>"#))
        #expect(!directory.contains(#"lang="en" dir="ltr">Climate and energy</a>"#))
        #expect(!directory.contains("Membres\u{202F}: 94 of"))
        let c40 = try platform.get("/fr/networks/c40").text
        #expect(c40.contains("<p class=\"small muted\">Source\u{202F}: <span lang=\"en\" dir=\"ltr\">GPM Sessions on Governance"))
        #expect(c40.contains(#"<dd lang="en" dir="ltr">94 of the world&#39;s megacities"#))
        #expect(c40.contains("content-note__fallback"))
        let uclg = try platform.get("/es/networks/uclg").text
        #expect(uclg.contains(#"; función: <span lang="en" dir="ltr">process facilitation</span>"#))
        let icorn = try platform.get("/fr/networks/icorn").text
        #expect(icorn.contains(#"<a href="/fr/sessions/integrating-refugees-of-war" lang="fr" dir="ltr">Intégrer les réfugiés de guerre</a>"#))
    }

    @Test func unknownNetworkIsNotFound() throws {
        let response = try platform.get("/networks/no-such-network")
        #expect(response.status == 404)
        #expect(response.text.contains("Page not found"))
    }

    @Test func csvParsesWithOneRowPerNetwork() throws {
        let total = try count("SELECT count(*) FROM networks")
        let response = try platform.get("/networks.csv")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/csv; charset=utf-8")
        let table = try RFC4180.parse(response.text)
        let header = try #require(table.first)
        #expect(header.first == "slug")
        #expect(table.count - 1 == total)
        #expect(table.allSatisfy { $0.count == header.count })
        let column = try #require(header.firstIndex(of: "members_note"))
        let eurocities = try #require(table.first { $0.first == "eurocities" })
        #expect(eurocities[column].hasPrefix("more than 140 of Europe's largest cities"))
        let cities = try #require(header.firstIndex(of: "cities"))
        #expect(eurocities[cities].contains("rotterdam"))
    }

    @Test func jsonParsesWithThemesAndCities() throws {
        let total = try count("SELECT count(*) FROM networks")
        let c40Cities = try count("""
            SELECT count(*) FROM city_networks cn JOIN networks n ON n.id = cn.network_id WHERE n.slug = 'c40'
            """)
        let response = try platform.get("/networks.json")
        #expect(response.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["dataset"] as? String == "networks")
        let array = try #require(object["items"] as? [[String: Any]])
        #expect(array.count == total)
        #expect(object["count"] as? Int == total)
        let c40 = try #require(array.first { $0["slug"] as? String == "c40" })
        #expect(c40["acronym"] as? String == "C40")
        #expect(c40["members_count"] as? Int == 94)
        #expect(c40["url"] as? String == platform.app.baseURL + "/networks/c40")
        #expect((c40["cities"] as? [String])?.count == c40Cities)
        #expect((c40["themes"] as? [String])?.contains("climate") == true)
        let africa = try #require(array.first { $0["slug"] as? String == "uclg-africa" })
        #expect(africa["parent"] as? String == "uclg")
    }
}

