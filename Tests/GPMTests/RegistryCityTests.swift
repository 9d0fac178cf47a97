import Foundation
import SQLite
import Testing
@testable import GPM
import Mustache

@Suite("Registry: cities")
struct RegistryCityTests {
    @Test func createEditAndDeleteACityWithAuditAndPublicPage() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let created = try fixture.post("/workspace/cities/new", [
            ("name", "Düsseldorf Süd"), ("slug", ""), ("country_code", "DE"), ("region_id", "4"), ("population", "1,234"),
            ("latitude", "51.22"), ("longitude", "6.77"), ("membership", "member"), ("joined_on", "2020-02-29"),
            ("website", "https://example.org/d"), ("profile", "First.\r\n\r\nSecond."),
        ])
        #expect(created.status == 303)
        let location = try #require(created.header("Location"))
        #expect(location.hasSuffix("/edit?saved=1"))
        let city = try fixture.row("SELECT * FROM cities WHERE slug = 'dusseldorf-sud'")
        #expect(try city.int("population") == 1234)
        #expect(try city.string("profile") == "First.\n\nSecond.")
        let id = try city.int("id")
        let edit = try fixture.get(location)
        #expect(edit.status == 200)
        #expect(edit.text.contains("Saved."))
        #expect(edit.text.contains("Created city Düsseldorf Süd"))

        let form = try fixture.formValues("/workspace/cities/\(id)/edit")
        let updated = try fixture.post("/workspace/cities/\(id)/edit", form.setting("population", "2000").setting("mayor_name", "Ada Example"))
        #expect(updated.status == 303)
        let audit = try fixture.row("SELECT * FROM audit_events WHERE entity_type = 'city' AND entity_id = ? AND action = 'update'", String(id))
        #expect(try audit.string("before_json").contains("\"population\":1234"))
        #expect(try audit.string("after_json").contains("\"population\":2000"))
        #expect(try audit.string("after_json").contains("\"mayor_name\":\"Ada Example\""))
        let history = try fixture.get("/workspace/cities/\(id)/edit").text
        #expect(history.contains("<th scope=\"row\" lang=\"en\">population</th><td data-label=\"Before\"><span lang=\"en\">1234</span></td><td data-label=\"After\"><span lang=\"en\">2000</span></td>"))
        // The public page shows the change at once (the page cache is invalidated by the write).
        let publicPage = try fixture.platform.get("/cities/dusseldorf-sud")
        #expect(publicPage.status == 200)
        #expect(publicPage.text.contains("Ada Example"))
        #expect(publicPage.text.contains("2,000"))

        #expect(try fixture.get("/workspace/cities/\(id)/delete").text.contains("This deletes the city “Düsseldorf Süd”"))
        let deleted = try fixture.post("/workspace/cities/\(id)/delete", [])
        #expect(deleted.status == 303)
        #expect(try fixture.count("SELECT count(*) FROM cities WHERE id = ?", id) == 0)
        #expect(try fixture.count("SELECT count(*) FROM audit_events WHERE entity_type = 'city' AND entity_id = ? AND action = 'delete'",
            String(id)) == 1)
        #expect(try fixture.get(try #require(deleted.header("Location"))).text.contains("Deleted “Düsseldorf Süd”"))
        #expect(try fixture.platform.get("/cities/dusseldorf-sud").status == 404)
    }

    @Test func validationErrorsKeepTheInputAndSayWhatIsWrong() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let before = try fixture.count("SELECT count(*) FROM cities")
        let response = try fixture.post("/workspace/cities/new", [
            ("name", "Keep <me>"), ("country_code", "XX"), ("region_id", "4"), ("population", "many"), ("latitude", "95"),
            ("longitude", "10"), ("joined_on", "2021-02-30"), ("website", "javascript:alert(1)"), ("slug", "Bad Slug"),
        ])
        #expect(response.status == 422)
        let html = response.text
        #expect(html.contains("role=\"alert\""))
        #expect(html.contains("Population must be a whole number."))
        #expect(html.contains("Latitude must be between -90 and 90."))
        #expect(html.contains("Joined the GPM on must be a date written YYYY-MM-DD."))
        #expect(html.contains("Website must be a web address starting with http:// or https://."))
        #expect(html.contains("Choose an option for “Country” from the list."))
        #expect(html.contains("Slug may hold only lower-case letters"))
        #expect(html.contains("value=\"Keep &lt;me&gt;\""))
        #expect(html.contains("value=\"many\""))
        #expect(html.contains("aria-invalid=\"true\""))
        #expect(html.contains("aria-describedby=\"field-population-error\""))
        #expect(html.contains("<p class=\"field-error\" id=\"field-population-error\">"))
        #expect(try fixture.count("SELECT count(*) FROM cities") == before)
        // A taken slug and a joining date without membership.
        let taken = try fixture.post("/workspace/cities/new", [
            ("name", "Mannheim"), ("country_code", "DE"), ("region_id", "4"), ("joined_on", "2020-01-01"),
        ])
        #expect(taken.status == 422)
        #expect(taken.text.contains("Another city already uses the slug “mannheim”."))
        #expect(taken.text.contains("A joining date needs a membership"))
    }

    @Test func xssIsEscapedAndSqlLookingInputIsStoredVerbatim() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let mannheim = try fixture.id("SELECT id FROM cities WHERE slug = 'mannheim'")
        let payload = "<script>alert('x')</script>"
        let sql = "'); DROP TABLE cities;--"
        let form = try fixture.formValues("/workspace/cities/\(mannheim)/edit")
            .setting("name", "Mannheim " + payload).setting("mayor_name", sql).setting("profile", payload + "\n\n" + sql)
            .setting("mayor_since", "2017")
        #expect(try fixture.post("/workspace/cities/\(mannheim)/edit", form).status == 303)
        let stored = try fixture.row("SELECT name, mayor_name, profile FROM cities WHERE id = ?", mannheim)
        #expect(try stored.string("name") == "Mannheim " + payload)
        #expect(try stored.string("mayor_name") == sql)
        #expect(try stored.string("profile") == payload + "\n\n" + sql)
        #expect(try fixture.count("SELECT count(*) FROM cities") == 60)
        let edit = try fixture.get("/workspace/cities/\(mannheim)/edit").text
        #expect(!edit.contains(payload))
        #expect(edit.contains("&lt;script&gt;"))
        let publicPage = try fixture.platform.get("/cities/mannheim").text
        #expect(!publicPage.contains(payload))
        #expect(publicPage.contains("&lt;script&gt;alert("))
        #expect(publicPage.contains("DROP TABLE cities;--"))
    }

    @Test func secondEditFromTheSameVersionGetsAConflictAndKeepsBothValues() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let mannheim = try fixture.id("SELECT id FROM cities WHERE slug = 'mannheim'")
        let original = try fixture.formValues("/workspace/cities/\(mannheim)/edit")
        #expect(original.contains { $0 == ("version", "1") })
        #expect(try fixture.post("/workspace/cities/\(mannheim)/edit", original.setting("mayor_name", "First Editor")).status == 303)
        let second = try fixture.post("/workspace/cities/\(mannheim)/edit", original.setting("mayor_name", "Second Editor"))
        #expect(second.status == 409)
        let html = second.text
        #expect(html.contains("Someone else saved this record"))
        #expect(html.contains("<th scope=\"row\">Mayor</th><td data-label=\"Stored now\">First Editor</td><td data-label=\"Yours\">Second Editor</td>"))
        #expect(html.contains("value=\"Second Editor\""))
        #expect(html.contains("name=\"version\" value=\"2\""))
        #expect(try fixture.row("SELECT mayor_name FROM cities WHERE id = ?", mannheim).string("mayor_name") == "First Editor")
        // Saving again from the conflict page (carrying version 2) is a deliberate overwrite.
        #expect(try fixture.post("/workspace/cities/\(mannheim)/edit", original.setting("mayor_name", "Second Editor").setting("version",
            "2")).status == 303)
        let row = try fixture.row("SELECT mayor_name, version FROM cities WHERE id = ?", mannheim)
        #expect(try row.string("mayor_name") == "Second Editor")
        #expect(try row.int("version") == 3)
    }

    @Test func deletingMannheimIsRefusedWithAReason() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let mannheim = try fixture.id("SELECT id FROM cities WHERE slug = 'mannheim'")
        let commitments = try fixture.count("SELECT count(*) FROM commitments WHERE city_id = ?", mannheim)
        let briefs = try fixture.count("SELECT count(*) FROM mayor_briefs WHERE city_id = ?", mannheim)
        #expect(commitments > 0)
        let confirm = try fixture.get("/workspace/cities/\(mannheim)/delete")
        #expect(confirm.status == 200)
        let phrase = "Mannheim cannot be deleted: \(commitments) commitments"
        #expect(confirm.text.contains(phrase))
        #expect(!confirm.text.contains("<button class=\"button button--danger\""))
        let refused = try fixture.post("/workspace/cities/\(mannheim)/delete", [])
        #expect(refused.status == 409)
        #expect(refused.text.contains(phrase))
        #expect(refused.text.contains("\(briefs) Mayor Briefs"))
        #expect(try fixture.count("SELECT count(*) FROM cities WHERE id = ?", mannheim) == 1)
        #expect(try fixture.count("SELECT count(*) FROM commitments WHERE city_id = ?", mannheim) == commitments)
    }

    @Test func networkMembershipsAreAddedAndRemovedFromTheCityPage() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let mannheim = try fixture.id("SELECT id FROM cities WHERE slug = 'mannheim'")
        let network = try fixture.id(
            "SELECT id FROM networks WHERE id NOT IN (SELECT network_id FROM city_networks WHERE city_id = ?) ORDER BY id LIMIT 1", String(mannheim))
        let networkName = try fixture.row("SELECT name FROM networks WHERE id = ?", network).string("name")
        let bad = try fixture.post("/workspace/cities/\(mannheim)/networks", [("network_id", ""), ("since", "1500")])
        #expect(bad.status == 422)
        #expect(bad.text.contains("Choose an option for “Network”."))
        #expect(bad.text.contains("Member since must be between 1800 and 2100."))
        #expect(bad.text.contains("value=\"1500\""))
        let added = try fixture.post("/workspace/cities/\(mannheim)/networks", [("network_id", String(network)), ("category", "<b>chair</b>"),
            ("since", "2019")])
        #expect(added.status == 303)
        #expect(try fixture.count("SELECT count(*) FROM city_networks WHERE city_id = ? AND network_id = ?", mannheim, network) == 1)
        let page = try fixture.get("/workspace/cities/\(mannheim)/edit").text
        #expect(page.contains("&lt;b&gt;chair&lt;/b&gt;"))
        #expect(page.contains("Added the membership of Mannheim in"))
        #expect(try fixture.platform.get("/cities/mannheim").text.contains(HTMLEscaping.escape(networkName)))
        #expect(try fixture.post("/workspace/cities/\(mannheim)/networks", [("network_id",
            String(network))]).text.contains("That entry is already there."))
        #expect(try fixture.post("/workspace/cities/\(mannheim)/networks/\(network)/delete", []).status == 303)
        #expect(try fixture.count("SELECT count(*) FROM city_networks WHERE city_id = ? AND network_id = ?", mannheim, network) == 0)
        #expect(try fixture.count("SELECT count(*) FROM audit_events WHERE action = 'remove_membership'") == 1)
    }

    @Test func listSearchesSortsAndPages() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let list = try fixture.get("/workspace/cities").text
        #expect(list.contains("60 records."))
        #expect(list.contains("rel=\"next\"") || list.contains("?page=2"))
        let search = try fixture.get("/workspace/cities?q=mann").text
        #expect(search.contains(">Mannheim</a>"))
        #expect(search.contains("1 record matching “mann”"))
        let byPopulation = try fixture.get("/workspace/cities?sort=population").text
        let rows = byPopulation.matches(of: /<td[^>]* class="num">([0-9,]+)<\/td>/).map { Int($0.1.replacingOccurrences(of: ",", with: ""))! }
        #expect(rows.count > 5)
        #expect(rows == rows.sorted(by: >))
        #expect(try fixture.get("/workspace/cities?q=%3Cscript%3E").text.contains("No Cities match “&lt;script&gt;”."))
    }
}
