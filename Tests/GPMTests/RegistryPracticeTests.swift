import Foundation
import Testing
@testable import GPM

@Suite("Registry: partnerships and case studies")
struct RegistryPracticeTests {
    @Test func aPartnershipWithThemesAndMembers() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let theme = try fixture.id("SELECT id FROM themes LIMIT 1")
        let mannheim = try fixture.id("SELECT id FROM cities WHERE slug = 'mannheim'")
        let invalid = try fixture.post("/workspace/partnerships/new", [("title", "Twins"), ("type", "marriage"), ("starts_on", "2020"),
            ("ends_on", "2019")])
        #expect(invalid.status == 422)
        #expect(invalid.text.contains("Choose an option for “Type” from the list."))
        #expect(invalid.text.contains("The end must not come before the beginning."))
        let created = try fixture.post("/workspace/partnerships/new", [
            ("title", "Twins <em>forever</em>"), ("type", "twinning"), ("starts_on", "2019-06"), ("summary", "Two cities."), ("themes",
                String(theme)),
        ])
        #expect(created.status == 303)
        let id = try fixture.id("SELECT id FROM partnerships WHERE slug = 'twins-em-forever-em'")
        let both = try fixture.post("/workspace/partnerships/\(id)/members", [("city_id", String(mannheim)), ("organisation", "A university")])
        #expect(both.status == 422)
        #expect(both.text.contains("Choose exactly one"))
        #expect(try fixture.post("/workspace/partnerships/\(id)/members", [("city_id", String(mannheim)), ("role", "partner city")]).status == 303)
        #expect(try fixture.post("/workspace/partnerships/\(id)/members", [("organisation", "Université <x>"), ("role", "research")]).status == 303)
        let page = try fixture.get("/workspace/partnerships/\(id)/edit").text
        #expect(page.contains("Université &lt;x&gt;"))
        let publicPage = try fixture.platform.get("/partnerships/twins-em-forever-em")
        #expect(publicPage.status == 200)
        #expect(publicPage.text.contains("Twins &lt;em&gt;forever&lt;/em&gt;"))
        #expect(publicPage.text.contains("Mannheim"))
        let member = try fixture.id("SELECT id FROM partnership_members WHERE partnership_id = ? AND organisation IS NOT NULL", String(id))
        #expect(try fixture.post("/workspace/partnerships/\(id)/members/\(member)/delete", []).status == 303)
        #expect(try fixture.get("/workspace/partnerships/\(id)/delete").text.contains("1 member — removed with it"))
        #expect(try fixture.post("/workspace/partnerships/\(id)/delete", []).status == 303)
        #expect(try fixture.count("SELECT count(*) FROM partnership_members WHERE partnership_id = ?", id) == 0)
        #expect(try fixture.count("SELECT count(*) FROM audit_events WHERE entity_type = 'partnership' AND entity_id = ?", String(id)) == 5)
    }

    @Test func aCaseStudyIsCreatedEditedAndDeleted() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let city = try fixture.id("SELECT id FROM cities WHERE slug = 'mannheim'")
        let missing = try fixture.post("/workspace/case-studies/new", [("title", "Half"), ("source_url", "ftp://x")])
        #expect(missing.status == 422)
        #expect(missing.text.contains("Summary is required."))
        #expect(missing.text.contains("Source address must be a web address"))
        #expect(missing.text.contains("value=\"ftp://x\""))
        let created = try fixture.post("/workspace/case-studies/new", [
            ("title", "Welcome centres"), ("year", "2015"), ("summary", "<script>x</script> helps."), ("description", "Para one.\n\nPara two."),
            ("source", "'); DROP TABLE case_studies;--"), ("source_url", "https://example.org/w"), ("cities", String(city)),
        ])
        #expect(created.status == 303)
        let id = try fixture.id("SELECT id FROM case_studies WHERE slug = 'welcome-centres'")
        #expect(try fixture.row("SELECT source FROM case_studies WHERE id = ?", id).string("source") == "'); DROP TABLE case_studies;--")
        let publicPage = try fixture.platform.get("/case-studies/welcome-centres").text
        #expect(publicPage.contains("&lt;script&gt;x&lt;/script&gt; helps."))
        #expect(!publicPage.contains("<script>x</script>"))
        let form = try fixture.formValues("/workspace/case-studies/\(id)/edit")
        #expect(try fixture.post("/workspace/case-studies/\(id)/edit", form.setting("year", "2016")).status == 303)
        #expect(try fixture.row("SELECT year FROM case_studies WHERE id = ?", id).int("year") == 2016)
        #expect(try fixture.count("SELECT count(*) FROM case_study_cities WHERE case_study_id = ?", id) == 1)
        #expect(try fixture.post("/workspace/case-studies/\(id)/delete", []).status == 303)
        #expect(try fixture.platform.get("/case-studies/welcome-centres").status == 404)
    }
}
