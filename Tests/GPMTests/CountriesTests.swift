import Foundation
import SQLite
import Testing
@testable import GPM

/// Countries on a real install: names shown from CLDR unless staff override them, staff editing the
/// override and the suggested region, and new cities found in GeoNames' world cities or added by hand.
@Suite("Countries and world cities")
struct CountriesTests {
    /// The city form's values after following `path` (a world city chosen).
    private func prefilled(_ fixture: RegistryFixture, _ path: String) throws -> [(String, String)] {
        try fixture.formValues(path).filter { $0.0 != "version" }
    }

    /// The link of the first match of a world-city search for `q`, and the search page.
    private func firstMatch(_ fixture: RegistryFixture, _ q: String) throws -> (href: String, page: String) {
        let page = try fixture.get("/workspace/cities/new?q=" + (q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? q))
        #expect(page.status == 200)
        let html = page.text
        let list = try #require(html.range(of: "<ul class=\"world-cities\">"), "no matches for \(q)")
        let link = try #require(html[list.upperBound...].firstMatch(of: /<a href="([^"]+)">/))
        return (String(link.1).replacingOccurrences(of: "&amp;", with: "&"), html)
    }

    @Test func anAdminAddsCitiesOnFiveContinentsOnAnInstallWithoutDemoData() throws {
        let fixture = try RegistryFixture(role: "admin", seed: false)
        defer { fixture.stop() }
        #expect(try fixture.count("SELECT count(*) FROM cities") == 0)

        let form = try fixture.get("/workspace/cities/new").text
        #expect(form.contains("Find the city in GeoNames&#39; list of cities of 100,000 or more"))
        #expect(form.contains("href=\"https://www.geonames.org/\""))
        #expect(form.contains("CC BY 4.0"))

        // Found in the world cities: the search (any case, with or without accents) lists the most populous
        // first, with country and population; choosing one fills in the form.
        let found: [(q: String, name: String, slug: String, country: String, region: String)] = [
            ("maputo", "Maputo", "maputo", "Mozambique", "Africa"),
            ("AMM", "Amman", "amman", "Jordan", "Middle East &amp; West Asia"),
            ("medellin", "Medellín", "medellin", "Colombia", "Latin America"),
            ("Seo", "Seoul", "seoul", "South Korea", "Asia-Pacific"),
            ("rotterd", "Rotterdam", "rotterdam", "Netherlands", "Europe"),
        ]
        for city in found {
            let (href, page) = try firstMatch(fixture, city.q)
            #expect(page.contains(">\(city.name)</a>"), "\(city.q) lists \(city.name)")
            #expect(page.contains(", \(city.country) — population "))
            var values = try prefilled(fixture, href)
            let value = { (name: String) in values.first { $0.0 == name }?.1 ?? "" }
            #expect(value("name") == city.name)
            #expect(value("slug") == city.slug)
            #expect(!value("latitude").isEmpty && !value("longitude").isEmpty && Int(value("population")) ?? 0 >= 100_000)
            #expect(try fixture.get(href).text.contains("Filled in from GeoNames: \(city.name), \(city.country)."))
            values.removeAll { $0.0 == "membership" }
            values.append(("membership", "member"))
            let created = try fixture.post("/workspace/cities/new", values)
            #expect(created.status == 303, "\(city.name) was created")
        }
        let medellin = try fixture.row("SELECT * FROM cities WHERE slug = 'medellin'")
        #expect(try medellin.string("country_code") == "CO")
        #expect(try medellin.int("population") == 1_999_979)
        #expect(abs(try medellin.double("latitude") - 6.245) < 1e-9)
        #expect(abs(try medellin.double("longitude") - -75.57151) < 1e-9)

        // Not in the world cities (under 100,000): the search says so, and the city is added by hand.
        let none = try fixture.get("/workspace/cities/new?q=Alice+Springs").text
        #expect(none.contains("No city of 100,000 or more has a name starting with “Alice Springs”"))
        let byHand = try fixture.post("/workspace/cities/new", [
            ("name", "Alice Springs"), ("country_code", "AU"), ("region_id", "2"), ("population", "25000"),
            ("latitude", "-23.698"), ("longitude", "133.8807"), ("membership", "observer"),
        ])
        #expect(byHand.status == 303)

        let pages = found.map { ($0.slug, $0.country, $0.region) } + [("alice-springs", "Australia", "Asia-Pacific")]
        for (slug, country, region) in pages {
            let page = try fixture.platform.get("/cities/\(slug)")
            #expect(page.status == 200)
            #expect(page.text.contains("<dt>Country</dt><dd><a href=\"/cities?country="), "\(slug) links its country")
            #expect(page.text.contains(">\(country)</a></dd>"), "\(slug) shows \(country)")
            #expect(page.text.contains(">\(region)</a></dd>"), "\(slug) shows \(region)")
        }
        // The directory lists them with their countries, and offers exactly those countries.
        let directory = try fixture.platform.get("/cities").text
        for (_, country, _) in pages { #expect(directory.contains("<td data-label=\"Country\">\(country)</td>")) }
        #expect(directory.contains("<option value=\"KR\">South Korea</option>"))
        #expect(!directory.contains("<option value=\"DE\">"))
    }

    @Test func theSearchListsTheTwentyMostPopulousMatchesAndEscapesWildcards() throws {
        let fixture = try RegistryFixture(role: "staff", seed: false)
        defer { fixture.stop() }
        let html = try fixture.get("/workspace/cities/new?q=San").text
        let items = html.matches(of: /<li><a href="[^"]*geoname=(\d+)/)
        #expect(items.count == 20)
        let populations = try items.map { item in
            try fixture.count("SELECT population FROM world_cities WHERE geoname_id = ?", Int(item.1)!)
        }
        #expect(populations == populations.sorted(by: >))
        // `%` and `_` are searched for, not wildcards.
        #expect(try fixture.get("/workspace/cities/new?q=%25").text.contains("No city of 100,000 or more has a name starting with “%”"))
        #expect(try fixture.get("/workspace/cities/new?q=_").text.contains("No city of 100,000 or more"))
        // An unknown GeoNames id fills nothing in.
        let unknown = try fixture.get("/workspace/cities/new?geoname=1")
        #expect(unknown.status == 200)
        #expect(!unknown.text.contains("Filled in from GeoNames"))
        // Other registry forms have no world-city search.
        #expect(!(try fixture.get("/workspace/networks/new").text.contains("world-city-search")))
    }

    @Test func aDisplayNameOverridesTheCLDRNameUntilItIsCleared() throws {
        let fixture = try RegistryFixture(role: "staff", seed: false)
        defer { fixture.stop() }
        let created = try fixture.post("/workspace/cities/new", [
            ("name", "Rotterdam"), ("country_code", "NL"), ("region_id", "4"),
        ])
        #expect(created.status == 303)
        #expect(try fixture.platform.get("/cities/rotterdam").text.contains(">Netherlands</a></dd>"))

        // The list shows every country with its names and suggested region.
        let list = try fixture.get("/workspace/countries").text
        #expect(list.contains("250 countries"))
        #expect(list.contains("\">China mainland</td>"))
        let nl = try #require(list.firstMatch(of: /<tr><th scope="row"><a href="[^"]*">NL<\/a><\/th>([\s\S]*?)<\/tr>/))
        #expect(String(nl.1).contains("<td data-label=\"Suggested region\">Europe</td>"))
        #expect(try fixture.get("/workspace/countries?q=jordan").text.contains("1 of 250 countries"))

        let edit = try fixture.get("/workspace/countries/NL/edit")
        #expect(edit.status == 200)
        #expect(edit.text.contains("<dt>CLDR name</dt><dd>Netherlands</dd>"))
        let saved = try fixture.post("/workspace/countries/NL/edit", [
            ("version", "1"), ("display_name", "  Kingdom of the Netherlands "), ("suggested_region_id", "4"),
        ])
        #expect(saved.status == 303)
        #expect(try fixture.get(try #require(saved.header("Location"))).text.contains("Saved."))
        #expect(try fixture.row("SELECT display_name FROM countries WHERE code = 'NL'").string("display_name") == "Kingdom of the Netherlands")
        let page = try fixture.platform.get("/cities/rotterdam").text
        #expect(page.contains(">Kingdom of the Netherlands</a></dd>"))
        // The open data keeps the registry's name (GeoNames').
        #expect(try fixture.platform.get("/cities.csv").text.contains(",NL,The Netherlands,"))
        let audit = try fixture.row("SELECT * FROM audit_events WHERE entity_type = 'country' AND entity_id = 'NL'")
        #expect(try audit.string("after_json").contains("\"display_name\":\"Kingdom of the Netherlands\""))
        #expect(try audit.string("summary") == "Updated country Kingdom of the Netherlands (NL)")

        // A stale form is refused and shows what differs; nothing is written.
        let stale = try fixture.post("/workspace/countries/NL/edit", [
            ("version", "1"), ("display_name", "Holland"), ("suggested_region_id", "4"),
        ])
        #expect(stale.status == 409)
        #expect(stale.text.contains("Someone else saved this record (staff@gpm.test)"))
        #expect(stale.text.contains("<td data-label=\"Stored now\">Kingdom of the Netherlands</td><td data-label=\"Yours\">Holland</td>"))
        #expect(try fixture.row("SELECT display_name FROM countries WHERE code = 'NL'").string("display_name") == "Kingdom of the Netherlands")

        // An unknown region is refused.
        let invalid = try fixture.post("/workspace/countries/NL/edit", [
            ("version", "2"), ("display_name", ""), ("suggested_region_id", "99"),
        ])
        #expect(invalid.status == 422)
        #expect(invalid.text.contains("Choose an option for “Suggested UCLG region” from the list."))

        // Cleared, the CLDR name shows again; the suggested region changes what a new city is offered.
        let cleared = try fixture.post("/workspace/countries/NL/edit", [
            ("version", "2"), ("display_name", ""), ("suggested_region_id", "3"),
        ])
        #expect(cleared.status == 303)
        #expect(try fixture.row("SELECT display_name FROM countries WHERE code = 'NL'").optionalString("display_name") == nil)
        #expect(try fixture.platform.get("/cities/rotterdam").text.contains(">Netherlands</a></dd>"))
        let suggested = try fixture.formValues("/workspace/cities/new?geoname=2747891")
        #expect(suggested.contains { $0 == ("region_id", "3") })
        #expect(try fixture.get("/workspace/countries/NL/edit").text.contains("Updated country Netherlands (NL)"))
        #expect(try fixture.get("/workspace/countries/QQ/edit").status == 404)
    }

    @Test func visitorsCannotSeeOrEditCountries() throws {
        let platform = try TestPlatform(seed: false)
        defer { platform.stop() }
        let anonymous = try platform.get("/workspace/countries")
        #expect(anonymous.status == 303 || anonymous.status == 401 || anonymous.status == 403)
        #expect(try platform.post("/workspace/countries/NL/edit", form: [("display_name", "X")]).status != 303)
        #expect(try platform.app.database.read { db in try db.scalar("SELECT display_name FROM countries WHERE code = 'NL'") as String? } == nil)
    }

    @Test func shownNamesComeFromCLDRInTheReadersLanguage() {
        let korea = CountryName(code: "KR", name: "South Korea", displayName: nil)
        #expect(korea.shown() == "South Korea")
        #expect(korea.shown(in: "fr") == "Corée du Sud")
        #expect(korea.shown(in: "es") == "Corea del Sur")
        let override = CountryName(code: "CN", name: "China", displayName: "China")
        #expect(CountryName(code: "CN", name: "China", displayName: nil).shown() == "China mainland")
        #expect(override.shown(in: "en") == "China")
        // The override is English: French and Spanish readers get CLDR's name in their language, unmarked,
        // unless staff named the country in theirs.
        #expect(override.shown(in: "fr") == "Chine continentale")
        let named = CountryName(code: "CN", name: "China", displayName: "China", displayNameFr: "Chine", displayNameEs: "China")
        #expect(named.shown(in: "fr") == "Chine")
        #expect(named.shown(in: "fr-CA") == "Chine")
        #expect(named.shown(in: "es") == "China")
        #expect(named.shown(in: "en") == "China")
        #expect(named.shownLang(in: "fr") == nil)
        #expect(CountryName(code: "QQ", name: "Nowhere", displayName: "Nowhere Land", displayNameFr: "Nulle part").shownLang(in: "fr") == nil)
        #expect(CountryName(code: "QQ", name: "Nowhere", displayName: "Nowhere Land", displayNameFr: "Nulle part").shown(in: "es") == "Nowhere Land")
        let netherlands = CountryName(code: "NL", name: "The Netherlands", displayName: "The Netherlands")
        #expect(netherlands.shown(in: "en") == "The Netherlands")
        #expect(netherlands.shown(in: "fr") == "Pays-Bas")
        #expect(netherlands.shown(in: "es") == "Países Bajos")
        #expect(netherlands.shownLang(in: "fr") == nil)
        // Only when CLDR has no name does a French page fall back to the override, marked as English.
        let unknown = CountryName(code: "QQ", name: "Nowhere", displayName: "Nowhere Land")
        #expect(unknown.shown(in: "fr") == "Nowhere Land")
        #expect(unknown.shownLang(in: "fr") == "en")
        #expect(unknown.shownLang(in: "en") == nil)
        #expect(CountryName(code: "QQ", name: "Nowhere", displayName: nil).shown(in: "es") == "Nowhere")
        // A code CLDR does not know shows the registry's name.
        #expect(CountryName(code: "QQ", name: "Nowhere", displayName: nil).shown() == "Nowhere")
        let sorted = CountryName.sorted([
            CountryName(code: "ZA", name: "South Africa", displayName: nil), CountryName(code: "AX", name: "Aland Islands", displayName: nil),
            CountryName(code: "AF", name: "Afghanistan", displayName: nil),
        ]).map(\.code)
        #expect(sorted == ["AF", "AX", "ZA"])
    }

    @Test func theDemoShowsTheNamesItShowedBefore() throws {
        let platform = TestPlatform.shared
        let directory = try platform.get("/cities").text
        for name in ["The Netherlands", "Republic of Korea", "Palestine", "Bosnia and Herzegovina", "China"] {
            #expect(directory.contains(">\(name)</option>"), "the demo still names \(name)")
        }
    }
}
