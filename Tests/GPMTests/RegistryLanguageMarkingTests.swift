import Foundation
import Mustache
import Testing
@testable import GPM

/// Issue 15 on the registry's pages: staff edit the secretariat's originals, so a French or Spanish page
/// shows them as written and marks their language — inline inside the page's own sentences
/// (`<span lang="en" dir="ltr">`), on `<option lang>` in selects — while names (cities, networks) stay
/// unmarked and an English page adds no markup.
@Suite("Registry: the originals marked with their language")
struct RegistryLanguageMarkingTests {
    /// A fixture whose staff member (or admin) reads the workspace in `language`.
    static func fixture(_ language: String, role: String = "staff") throws -> RegistryFixture {
        let fixture = try RegistryFixture(role: role)
        if language != "en" {
            #expect(try fixture.post("/account/language", [("language", language)]).status == 303)
        }
        return fixture
    }

    @Test func theActionEditorMarksItsTitleAndTheSessionOptionsOnAFrenchPage() throws {
        let fixture = try Self.fixture("fr")
        defer { fixture.stop() }
        let action = try fixture.id("SELECT id FROM actions WHERE title = 'Diversity declaration and benchmarking'")
        let session = try fixture.id("SELECT session_id FROM actions WHERE id = ?", String(action))
        let html = try fixture.get("/workspace/actions/\(action)/edit").text
        // The heading is French around the English title, which alone carries lang="en".
        #expect(html.contains("<h1>Modifier la fiche (action)"))
        #expect(html.contains("<span lang=\"en\" dir=\"ltr\">Diversity declaration and benchmarking</span></h1>"))
        #expect(html.contains("<span lang=\"en\" dir=\"ltr\">Diversity declaration and benchmarking</span></a>"), "the public page's link")
        // <option> holds no <span>: the option itself says its language.
        #expect(html.contains(
            "<option value=\"\(session)\" lang=\"en\" selected>Inaugural Convening of the Global Parliament of Mayors — Session 1: Integrating Economic Migrants</option>"))
        // The original's controls say they hold English; the translations' say French and Spanish.
        #expect(html.contains("name=\"title\" type=\"text\" value=\"Diversity declaration and benchmarking\" lang=\"en\""))
        #expect(html.contains("name=\"title__fr\" type=\"text\""))
        #expect(html.contains("lang=\"fr\""))
    }

    @Test func anEnglishPageAddsNoMarkup() throws {
        let fixture = try Self.fixture("en")
        defer { fixture.stop() }
        let action = try fixture.id("SELECT id FROM actions WHERE title = 'Diversity declaration and benchmarking'")
        let html = try fixture.get("/workspace/actions/\(action)/edit").text
        #expect(html.contains("<h1>Edit action: Diversity declaration and benchmarking</h1>"))
    }

    @Test func theSessionEditorMarksThemesConveningsPrinciplesAndActions() throws {
        let fixture = try Self.fixture("es")
        defer { fixture.stop() }
        let session = try fixture.id("SELECT id FROM strategy_sessions WHERE title = 'Integrating Economic Migrants'")
        let theme = try fixture.id("SELECT id FROM themes WHERE name = 'Peer learning'")
        let convening = try fixture.id("SELECT convening_id FROM strategy_sessions WHERE id = ?", String(session))
        let mapping = try fixture.id("SELECT id FROM actions WHERE title = 'Mapping our cities as part of a network'")
        let html = try fixture.get("/workspace/sessions/\(session)/edit").text
        // A theme chosen is named in the admin's language (its translation), marked as such.
        #expect(html.contains("<option value=\"\(theme)\" lang=\"es\">Aprendizaje entre pares</option>"))
        #expect(html.contains("<option value=\"\(convening)\" lang=\"en\" selected>Inaugural Convening of the Global Parliament of Mayors</option>"))
        #expect(html.contains("<a href=\"/workspace/actions/\(mapping)/edit\" lang=\"en\">Mapping our cities as part of a network</a>"))
        #expect(html.contains("lang=\"en\">We believe migrants should be integrated"))
        #expect(html.contains("<span lang=\"en\" dir=\"ltr\">Integrating Economic Migrants</span></h1>"))
        // A city in the people's form is a name: no lang.
        let city = try fixture.id("SELECT id FROM cities WHERE slug = 'kumasi'")
        #expect(html.contains("<option value=\"\(city)\">Kumasi (GH)</option>"))
    }

    @Test func aCaseStudysThemesAreMarkedOnTheirCheckboxLabels() throws {
        let fixture = try Self.fixture("fr")
        defer { fixture.stop() }
        let study = try fixture.id("SELECT id FROM case_studies ORDER BY id LIMIT 1")
        let theme = try fixture.id("SELECT id FROM themes WHERE name = 'Peer learning'")
        let html = try fixture.get("/workspace/case-studies/\(study)/edit").text
        #expect(html.contains("value=\"\(theme)\"") && html.contains("lang=\"fr\">Apprentissage entre pairs</label>"))
    }

    @Test func listsMarkTitlesAndTextColumnsInTheRecordsLanguageButNotNames() throws {
        let fixture = try Self.fixture("fr")
        defer { fixture.stop() }
        let sessions = try fixture.get("/workspace/sessions").text
        #expect(sessions.contains("lang=\"en\" dir=\"ltr\">Integrating Economic Migrants</a>"))
        let themes = try fixture.get("/workspace/themes").text
        #expect(themes.contains("lang=\"en\" dir=\"ltr\">Urban planning and housing</a>"))
        // A city's name is a name.
        let cities = try fixture.get("/workspace/cities?q=Kumasi").text
        #expect(cities.contains(">Kumasi</a>"))
        #expect(!cities.contains("lang=\"en\" dir=\"ltr\">Kumasi</a>"))
        // A case study carries its own language, on its title and its source.
        try fixture.platform.app.database.write { db in
            try db.run("UPDATE case_studies SET title = 'Presupuesto participativo', source = 'Alcaldía, informe (2020)', language = 'es' WHERE id = (SELECT min(id) FROM case_studies)")
        }
        let studies = try fixture.get("/workspace/case-studies?q=Presupuesto").text
        #expect(studies.contains("lang=\"es\" dir=\"ltr\">Presupuesto participativo</a>"))
        #expect(studies.contains("lang=\"es\" dir=\"ltr\">Alcaldía, informe (2020)</td>"))
        let study = try fixture.id("SELECT min(id) FROM case_studies")
        let edit = try fixture.get("/workspace/case-studies/\(study)/edit").text
        #expect(edit.contains("<span lang=\"es\" dir=\"ltr\">Presupuesto participativo</span></h1>"))
        #expect(edit.contains("value=\"Presupuesto participativo\" lang=\"es\""))
    }

    @Test func theDeletePageMarksTheTitleInItsSentences() throws {
        let fixture = try Self.fixture("fr")
        defer { fixture.stop() }
        let theme = try fixture.id("SELECT id FROM themes WHERE name = 'Peer learning'")
        let html = try fixture.get("/workspace/themes/\(theme)/delete").text
        #expect(html.contains("<span lang=\"en\" dir=\"ltr\">Peer learning</span></h1>"))
        #expect(html.contains("« <span lang=\"en\" dir=\"ltr\">Peer learning</span> »") || html.contains("<a href=\"/workspace/themes/\(theme)/edit\">Retour à <span lang=\"en\" dir=\"ltr\">Peer learning</span></a>"))
    }

    @Test func membershipCategoriesAndMemberRolesAreMarked() throws {
        let fixture = try Self.fixture("fr")
        defer { fixture.stop() }
        let network = try fixture.id("SELECT network_id FROM city_networks WHERE category = 'member' LIMIT 1")
        // A known category is shown in the reader's language (NetworkMembershipCategory), so it is not English.
        let networkPage = try fixture.get("/workspace/networks/\(network)/edit").text
        #expect(networkPage.contains(">membre</td>"))
        #expect(!networkPage.contains("<span lang=\"en\" dir=\"ltr\">member</span>"))
        let partnership = try fixture.id("SELECT partnership_id FROM partnership_members WHERE role = 'partner city' LIMIT 1")
        #expect(try fixture.get("/workspace/partnerships/\(partnership)/edit").text.contains("<span lang=\"en\" dir=\"ltr\">partner city</span></td>"))
    }

    @Test func theAuditLogMarksItsEnglishSummaries() throws {
        let fixture = try Self.fixture("fr", role: "admin")
        defer { fixture.stop() }
        let theme = try fixture.id("SELECT id FROM themes WHERE name = 'Peer learning'")
        let form = try fixture.formValues("/workspace/themes/\(theme)/edit")
        #expect(try fixture.post("/workspace/themes/\(theme)/edit", form.setting("description", "Learning between peers.")).status == 303)
        let summary = try fixture.row("SELECT summary FROM audit_events WHERE entity_type = 'theme' ORDER BY id DESC LIMIT 1").string("summary")
        let escaped = HTMLEscaping.escape(summary)
        for page in ["/admin/audit?entity=theme", "/workspace/themes/\(theme)/edit"] {
            let html = try fixture.get(page).text
            #expect(html.contains("<p lang=\"en\">\(escaped)</p>"), "\(page): the summary in <p lang=\"en\">")
            #expect(html.contains("<html lang=\"fr\""))
        }
    }
}
