import Foundation
import Testing
@testable import GPM

@Suite("Registry: networks and themes")
struct RegistryNetworkTests {
    @Test func createEditAndDeleteANetworkWithThemes() throws {
        let fixture = try RegistryFixture(role: "admin")
        defer { fixture.stop() }
        let climate = try fixture.id("SELECT id FROM themes ORDER BY id LIMIT 1")
        let parent = try fixture.id("SELECT id FROM networks ORDER BY id LIMIT 1")
        let created = try fixture.post("/workspace/networks/new", [
            ("name", "Réseau <i>Test</i>"), ("acronym", "RT"), ("kind", "thematic_network"), ("parent_id", String(parent)),
            ("founded", "2001"), ("members_count", "140"), ("members_note", "more than 140 cities"), ("themes", String(climate)),
            ("description", "One.\n\nTwo."),
        ])
        #expect(created.status == 303)
        let network = try fixture.row("SELECT * FROM networks WHERE slug = 'reseau-i-test-i'")
        let id = try network.int("id")
        #expect(try network.int("members_count") == 140)
        #expect(try fixture.count("SELECT count(*) FROM network_themes WHERE network_id = ? AND theme_id = ?", id, climate) == 1)
        let publicPage = try fixture.platform.get("/networks/reseau-i-test-i")
        #expect(publicPage.status == 200)
        #expect(publicPage.text.contains("Réseau &lt;i&gt;Test&lt;/i&gt;"))

        let form = try fixture.formValues("/workspace/networks/\(id)/edit")
        #expect(form.contains { $0 == ("themes", String(climate)) })
        let edited = try fixture.post("/workspace/networks/\(id)/edit", form.filter { $0.0 != "themes" }.setting("kind", "global_network"))
        #expect(edited.status == 303)
        #expect(try fixture.count("SELECT count(*) FROM network_themes WHERE network_id = ?", id) == 0)
        let audit = try fixture.row("SELECT before_json, after_json FROM audit_events WHERE entity_type = 'network' AND action = 'update'")
        #expect(try audit.string("before_json").contains("\"themes\":\"\(climate)\""))
        #expect(try audit.string("after_json").contains("\"kind\":\"global_network\""))

        let selfParent = try fixture.post("/workspace/networks/\(id)/edit",
            try fixture.formValues("/workspace/networks/\(id)/edit").setting("parent_id", String(id)))
        #expect(selfParent.status == 422)
        #expect(selfParent.text.contains("A network cannot be its own umbrella."))
        #expect(try fixture.post("/workspace/networks/\(id)/delete", []).status == 303)
        #expect(try fixture.count("SELECT count(*) FROM networks WHERE id = ?", id) == 0)
    }

    @Test func aNetworkWithMembersCannotBeDeletedAndMembersAreEditedFromItsPage() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let network = try fixture.id("SELECT network_id FROM city_networks GROUP BY network_id ORDER BY count(*) DESC LIMIT 1")
        let members = try fixture.count("SELECT count(*) FROM city_networks WHERE network_id = ?", network)
        let refused = try fixture.post("/workspace/networks/\(network)/delete", [])
        #expect(refused.status == 409)
        #expect(refused.text.contains("cannot be deleted: \(members) city membership"))
        let city = try fixture.id("SELECT id FROM cities WHERE id NOT IN (SELECT city_id FROM city_networks WHERE network_id = ?) LIMIT 1",
            String(network))
        #expect(try fixture.post("/workspace/networks/\(network)/cities", [("city_id", String(city)), ("since", "2020")]).status == 303)
        #expect(try fixture.count("SELECT count(*) FROM city_networks WHERE network_id = ?", network) == members + 1)
        #expect(try fixture.get("/workspace/networks/\(network)/edit").text.contains("Member cities"))
    }

    /// Issue 15: a French-speaking admin sees the themes' French names in the editors' choices, each label marked
    /// with its language; a partnership's English title and members' roles carry `lang="en"`.
    @Test func editorsNameThemesInTheAdminsLanguageAndMarkEnglishContent() throws {
        let fixture = try RegistryFixture(role: "admin")
        defer { fixture.stop() }
        try fixture.platform.app.database.write { db in try db.run("UPDATE users SET language = 'fr' WHERE email = 'admin@gpm.test'") }
        let climate = try fixture.id("SELECT id FROM themes WHERE slug = 'climate'")
        let c40 = try fixture.id("SELECT id FROM networks WHERE slug = 'c40'")
        let network = try fixture.get("/workspace/networks/\(c40)/edit").text
        #expect(network.contains(#"value="\#(climate)" checked> <label for="field-themes-"#))
        #expect(network.contains(#"lang="fr">Climat et énergie</label>"#))
        #expect(!network.contains(">Climate and energy</label>"))
        let barcelonaMedellin = try fixture.id("SELECT id FROM partnerships WHERE slug = 'barcelona-medellin'")
        let partnership = try fixture.get("/workspace/partnerships/\(barcelonaMedellin)/edit").text
        #expect(partnership.contains(#"<span lang="en" dir="ltr">Barcelona and Medellín: a pioneer in city-to-city cooperation</span></h1>"#))
        #expect(partnership.contains(#"<td data-label="Rôle"><span lang="en" dir="ltr">partner city (Agencia de Cooperación e Inversión de Medellín)</span></td>"#))
        #expect(partnership.contains(#"lang="fr">Urbanisme et logement</label>"#))
        let list = try fixture.get("/workspace/partnerships").text
        #expect(list.contains(#"/edit" lang="en" dir="ltr">Barcelona and Medellín: a pioneer in city-to-city cooperation</a>"#))
        #expect(try fixture.get("/workspace/networks").text.contains(#"/edit">C40 Cities Climate Leadership Group</a>"#))
    }

    @Test func themesInUseAreNotDeletedAndANewThemeIs() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let used = try fixture.id("SELECT theme_id FROM strategy_sessions LIMIT 1")
        let refused = try fixture.post("/workspace/themes/\(used)/delete", [])
        #expect(refused.status == 409)
        #expect(refused.text.contains("strategy session"))
        #expect(try fixture.post("/workspace/themes/new", [("name", "Night-time economy")]).status == 303)
        let id = try fixture.id("SELECT id FROM themes WHERE slug = 'night-time-economy'")
        let duplicate = try fixture.post("/workspace/themes/new", [("name", "Night-time economy"), ("slug", "night-economy")])
        #expect(duplicate.status == 422)
        #expect(duplicate.text.contains("Another theme already has these values (Name)"))
        #expect(try fixture.post("/workspace/themes/\(id)/delete", []).status == 303)
    }
}
