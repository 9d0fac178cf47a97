import Foundation
import SQLite
import Testing
@testable import GPM

/// Country names and network-membership categories as French and Spanish readers get them: the staff's name
/// of the country in their language, else CLDR's (the staff's English override only on English pages), a known category's
/// label from the catalogue, free text marked `lang="en"`; and the registry pages that show them.
@Suite("Country names and network categories in the reader's language")
struct CountryNameLanguageTests {
    private func scalar(_ platform: TestPlatform, _ sql: String) throws -> String {
        try #require(try platform.app.database.read { db in try db.scalar(sql) as String? })
    }

    @Test func frenchAndSpanishPagesShowTheCLDRNameWhereEnglishShowsTheOverride() throws {
        let platform = TestPlatform.shared
        let french = try platform.get("/fr/cities").text
        #expect(french.contains("<option value=\"NL\">Pays-Bas</option>"))
        // KR: the demo's French name, as formal as the English override (CLDR says "Corée du Sud").
        #expect(french.contains("<option value=\"KR\">République de Corée</option>"))
        #expect(french.contains("<option value=\"BA\">Bosnie-Herzégovine</option>"))
        for override in ["The Netherlands", "Republic of Korea", "Bosnia and Herzegovina"] {
            #expect(!french.contains(override), "/fr/cities shows \(override)")
        }
        #expect(try platform.get("/es/cities").text.contains("<option value=\"NL\">Países Bajos</option>"))
        // English pages keep the staff's name, as the GPM's papers write it.
        #expect(try platform.get("/cities").text.contains("<option value=\"NL\">The Netherlands</option>"))

        let rotterdam = try platform.get("/fr/cities/rotterdam").text
        #expect(rotterdam.contains(">Pays-Bas</a></dd>"))
        #expect(!rotterdam.contains("The Netherlands"))
        #expect(try platform.get("/cities/rotterdam").text.contains(">The Netherlands</a></dd>"))

        let network = try scalar(platform, """
            SELECT n.slug FROM networks n JOIN city_networks cn ON cn.network_id = n.id JOIN cities c ON c.id = cn.city_id
            WHERE c.slug = 'rotterdam' ORDER BY n.id LIMIT 1
            """)
        let networkPage = try platform.get("/fr/networks/\(network)").text
        #expect(networkPage.contains(">Pays-Bas</td>"))
        #expect(!networkPage.contains("The Netherlands"))
    }

    @Test func frenchAndSpanishPagesShowTheStaffsNamesWhereCLDRsAreNotTheGPMs() throws {
        // CLDR says "Chine continentale" / "China continental", "Territoires palestiniens" / "Territorios
        // Palestinos"; the demo's cities Guangzhou (CN), Gaza and Nablus (PS) carry the secretariat's names.
        let platform = TestPlatform.shared
        let french = try platform.get("/fr/cities").text
        #expect(french.contains("<option value=\"CN\">Chine</option>"))
        #expect(french.contains("<option value=\"PS\">Palestine</option>"))
        #expect(try platform.get("/fr/cities/guangzhou").text.contains(">Chine</a></dd>"))
        #expect(try platform.get("/fr/cities/gaza").text.contains(">Palestine</a></dd>"))
        let spanish = try platform.get("/es/cities").text
        #expect(spanish.contains("<option value=\"CN\">China</option>"))
        #expect(spanish.contains("<option value=\"PS\">Palestina</option>"))
        #expect(spanish.contains("<option value=\"KR\">República de Corea</option>"))
        #expect(try platform.get("/es/cities/nablus").text.contains(">Palestina</a></dd>"))
        #expect(try platform.get("/es/cities/guangzhou").text.contains(">China</a></dd>"))
        for (page, cldr) in [(french, "Chine continentale"), (french, "Territoires palestiniens"), (french, "Corée du Sud"),
                             (spanish, "China continental"), (spanish, "Territorios Palestinos"), (spanish, "Corea del Sur")] {
            #expect(!page.contains(cldr), "shows CLDR's \(cldr)")
        }
        // Names in the page's own language: nothing to mark.
        #expect(!french.contains("lang=\"en\" dir=\"ltr\">Palestine"))
    }

    @Test func theEditorSavesTheFrenchNameAndABlankOneFallsBackToCLDR() throws {
        let fixture = try RegistryFixture(role: "staff")
        defer { fixture.stop() }
        let form = try fixture.get("/workspace/countries/NL/edit").text
        #expect(form.contains("<label for=\"field-display-name-fr\">Name on French pages</label>"))
        #expect(form.contains("Leave empty to show the standard (CLDR) French name, shown in the empty field."))
        #expect(form.contains(
            "name=\"display_name_fr\" type=\"text\" value=\"\" lang=\"fr\" dir=\"auto\" placeholder=\"Pays-Bas\" aria-describedby=\"field-display-name-fr-hint\""))
        #expect(form.contains("name=\"display_name_es\" type=\"text\" value=\"\" lang=\"es\" dir=\"auto\" placeholder=\"Países Bajos\""))
        let version = { try fixture.row("SELECT version FROM countries WHERE code = 'NL'").int("version") }

        let saved = try fixture.post("/workspace/countries/NL/edit", [
            ("version", String(try version())), ("display_name", "The Netherlands"), ("display_name_fr", " Royaume des Pays-Bas "),
            ("display_name_es", ""), ("suggested_region_id", "4"),
        ])
        #expect(saved.status == 303)
        let row = try fixture.row("SELECT display_name_fr, display_name_es FROM countries WHERE code = 'NL'")
        #expect(try row.optionalString("display_name_fr") == "Royaume des Pays-Bas")
        #expect(try row.optionalString("display_name_es") == nil)
        #expect(try fixture.platform.get("/fr/cities/rotterdam").text.contains(">Royaume des Pays-Bas</a></dd>"))
        #expect(try fixture.platform.get("/cities/rotterdam").text.contains(">The Netherlands</a></dd>"))
        #expect(try fixture.platform.get("/es/cities/rotterdam").text.contains(">Países Bajos</a></dd>"))
        let audit = try fixture.row("SELECT after_json FROM audit_events WHERE entity_type = 'country' AND entity_id = 'NL' ORDER BY id DESC LIMIT 1")
        #expect(try audit.string("after_json").contains("\"display_name_fr\":\"Royaume des Pays-Bas\""))
        #expect(try fixture.get("/workspace/countries/NL/edit").text.contains("value=\"Royaume des Pays-Bas\" lang=\"fr\""))

        // Too long: refused, the form comes back with the input and the message next to the field.
        let long = String(repeating: "Pays-Bas ", count: 30)
        let invalid = try fixture.post("/workspace/countries/NL/edit", [
            ("version", String(try version())), ("display_name", "The Netherlands"), ("display_name_fr", ""),
            ("display_name_es", long), ("suggested_region_id", "4"),
        ])
        #expect(invalid.status == 422)
        #expect(invalid.text.contains("<p class=\"field-error\" id=\"field-display-name-es-error\">Name on Spanish pages must be at most 200 characters"))
        #expect(invalid.text.contains("value=\"\(long)\" lang=\"es\" dir=\"auto\""))
        #expect(try fixture.row("SELECT display_name_fr FROM countries WHERE code = 'NL'").optionalString("display_name_fr") == "Royaume des Pays-Bas")

        // Blank: the French page shows CLDR's name again.
        let cleared = try fixture.post("/workspace/countries/NL/edit", [
            ("version", String(try version())), ("display_name", "The Netherlands"), ("display_name_fr", "  "),
            ("display_name_es", ""), ("suggested_region_id", "4"),
        ])
        #expect(cleared.status == 303)
        #expect(try fixture.row("SELECT display_name_fr FROM countries WHERE code = 'NL'").optionalString("display_name_fr") == nil)
        #expect(try fixture.platform.get("/fr/cities/rotterdam").text.contains(">Pays-Bas</a></dd>"))
    }

    @Test func everyRegistryCountryHasACLDRNameInFrenchAndSpanish() throws {
        // So the English fallback (marked lang="en") is for codes CLDR may not know, never the demo's.
        let names = try TestPlatform.shared.app.database.read { db in try CountryStore(db: db).names() }
        #expect(names.count == 250)
        for country in names {
            for language in ["fr", "es"] {
                #expect(country.shownLang(in: language) == nil, "\(country.code) has no CLDR name in \(language)")
            }
        }
    }

    @Test func theCountryListIsInTheStaffsLanguageAndMarksTheEnglishOverride() throws {
        let fixture = try RegistryFixture(role: "staff")
        defer { fixture.stop() }
        #expect(try fixture.post("/account/language", [("language", "fr")]).status == 303)
        let list = try fixture.get("/workspace/countries").text
        #expect(list.contains("<p class=\"results\">250 pays.</p>"))
        #expect(!list.contains("250 countries"))
        let netherlands = try #require(list.firstMatch(of: /<tr><th scope="row"><a href="[^"]*">NL<\/a><\/th>([\s\S]*?)<\/tr>/))
        #expect(String(netherlands.1).contains(">Pays-Bas</a></td>"))
        #expect(String(netherlands.1).contains("<span lang=\"en\" dir=\"ltr\">The Netherlands</span>"))
        let jordan = try #require(list.firstMatch(of: /<tr><th scope="row"><a href="[^"]*">JO<\/a><\/th>([\s\S]*?)<\/tr>/))
        #expect(String(jordan.1).contains("<td data-label=\"Région suggérée\">Moyen-Orient et Asie de l’Ouest</td>"))
        let search = try fixture.get("/workspace/countries?q=pays-bas").text
        #expect(search.contains(" sur 250 pays correspondant à «\u{202F}pays-bas\u{202F}».</p>"))

        let edit = try fixture.get("/workspace/countries/NL/edit").text
        #expect(edit.contains("<dd>Pays-Bas</dd>"))
        #expect(edit.contains("<dd lang=\"en\" dir=\"ltr\">The Netherlands</dd>"))
        #expect(edit.contains("value=\"The Netherlands\" lang=\"en\""))
        #expect(edit.contains("<dd lang=\"en\" dir=\"ltr\">Western Europe</dd>"))
        #expect(edit.contains("les pages en français et en espagnol affichent les noms ci-dessous."))
        #expect(edit.contains("<label for=\"field-display-name-fr\">Nom sur les pages en français</label>"))
        #expect(edit.contains("name=\"display_name_es\" type=\"text\" value=\"\" lang=\"es\" dir=\"auto\" placeholder=\"Países Bajos\""))
    }

    @Test func knownCategoriesAreTranslatedAndFreeTextIsMarkedEnglish() throws {
        let platform = TestPlatform.shared
        let member = try scalar(platform, """
            SELECT n.slug FROM networks n JOIN city_networks cn ON cn.network_id = n.id
            WHERE cn.category = 'member' ORDER BY n.id LIMIT 1
            """)
        let french = try platform.get("/fr/networks/\(member)").text
        #expect(french.contains("<td data-label=\"Catégorie\">membre</td>"))
        #expect(!french.contains(">member</td>"))
        #expect(try platform.get("/es/networks/\(member)").text.contains(">miembro</td>"))
        #expect(try platform.get("/networks/\(member)").text.contains(">member</td>"))

        // Free text the vocabulary does not know stays as typed, marked as English on French pages only.
        let host = "host of the Metropolis International Training Institute"
        let city = try scalar(platform, "SELECT c.slug FROM cities c JOIN city_networks cn ON cn.city_id = c.id WHERE cn.category = '\(host)'")
        #expect(try platform.get("/fr/networks/metropolis").text.contains("><span lang=\"en\" dir=\"ltr\">\(host)</span></td>"))
        #expect(try platform.get("/networks/metropolis").text.contains(">\(host)</td>"))
        #expect(try platform.get("/fr/cities/\(city)").text.contains("— <span lang=\"en\" dir=\"ltr\">\(host)</span>"))

        #expect(NetworkMembershipCategory(stored: " Founding  Member ") == .foundingMember)
        #expect(NetworkMembershipCategory(stored: "full member") == nil)
    }

    @Test func theRegistryShowsCategoriesAndMembershipCodesInTheStaffsLanguage() throws {
        let fixture = try RegistryFixture(role: "staff")
        defer { fixture.stop() }
        #expect(try fixture.post("/account/language", [("language", "fr")]).status == 303)
        let city = try fixture.id("SELECT city_id FROM city_networks WHERE category = 'partner city' ORDER BY city_id LIMIT 1")
        let edit = try fixture.get("/workspace/cities/\(city)/edit").text
        #expect(edit.contains("<td data-label=\"Catégorie\">ville partenaire</td>"))
        #expect(edit.contains("name=\"category\" type=\"text\" value=\"\" lang=\"en\""))

        let format = try fixture.get("/workspace/import/cities").text
        #expect(format.contains("<code>member</code> (Membre), <code>observer</code> (Observatrice), <code>former</code> (Ancien membre)</td>"))
        #expect(!format.contains("member (membre)"))
    }
}
