import Foundation
import GPM
import SQLite
import Testing

/// Best-practices search (issue 16): a city's yearly series as one result, `-word`, `NOT`, `OR`,
/// quoted phrases, and partnerships and actions among the results.
@Suite("Best practices: grouping, operators and result kinds")
struct PracticeSearchOperatorsTests {
    let platform = TestPlatform.shared

    @Test func aCitysYearlySeriesIsOneResultWithItsYears() throws {
        let page = try platform.get("/best-practices?q=human+mobility+planning")
        let links = BestPracticesTests.resultLinks(page.text)
        let rotterdam = links.filter { $0.hasPrefix("/briefs/rotterdam/") }
        #expect(rotterdam.count == 1, "one result for Rotterdam's eight briefs: \(links)")
        #expect(page.text.contains("class=\"practice__series small\""))
        for year in [2017, 2019, 2024] {
            #expect(page.text.contains("href=\"/briefs/rotterdam/\(year)\""), "the series links \(year)")
        }
        #expect(try BestPracticesTests.count(page.text) == links.count)
    }

    @Test func minusAndNotExcludeAWord() throws {
        let all = BestPracticesTests.resultLinks(try platform.get("/best-practices?q=mobility").text)
        #expect(all.contains { $0.hasPrefix("/briefs/rotterdam/") })
        for q in ["mobility+-rotterdam", "mobility+NOT+rotterdam", "mobility+-Rotterdam"] {
            let links = BestPracticesTests.resultLinks(try platform.get("/best-practices?q=" + q).text)
            #expect(!links.contains { $0.hasPrefix("/briefs/rotterdam/") }, "q=\(q)")
        }
        // Exclusions alone ask for nothing: the page says so instead of listing everything.
        let only = try platform.get("/best-practices?q=-rotterdam")
        #expect(only.status == 200)
        #expect(only.text.contains("holds no words to search for"))
        // Lower-case "not" and "or" are words, and operators never reach FTS5 as syntax.
        #expect(try platform.get("/best-practices?q=%22unclosed+AND+(+NEAR+*").status == 200)
    }

    @Test func phrasesAndAlternatives() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.app.database.write { db in
            try db.run("""
                INSERT INTO case_studies (slug, title, year, summary, description, source) VALUES
                ('ferry-quokka', 'Island transport', 2016, 'Boats.', 'The ferry quokka sails daily.', 'Test'),
                ('quokka-ferry', 'Island animals', 2016, 'Animals.', 'A quokka ferry programme for wombats.', 'Test'),
                ('numbat-study', 'Forest animals', 2016, 'Animals.', 'Numbats in the forest.', 'Test')
                """)
        }
        try SearchIndexService(database: platform.app.database).rebuild()
        func links(_ q: String) throws -> Set<String> {
            Set(BestPracticesTests.resultLinks(try platform.get("/best-practices?q=" + SearchScriptsTests.escape(q)).text))
        }
        #expect(try links("quokka ferry") == ["/case-studies/ferry-quokka", "/case-studies/quokka-ferry"])
        #expect(try links("\"quokka ferry\"") == ["/case-studies/quokka-ferry"])
        #expect(try links("“ferry quokka”") == ["/case-studies/ferry-quokka"])
        #expect(try links("quokka -\"ferry quokka\"") == ["/case-studies/quokka-ferry"])
        #expect(try links("wombats OR numbats") == ["/case-studies/quokka-ferry", "/case-studies/numbat-study"])
        #expect(try links("animals numbat OR wombat") == ["/case-studies/quokka-ferry", "/case-studies/numbat-study"])
        #expect(try links("numbat OR wombat -forest") == ["/case-studies/quokka-ferry"])
        let page = try platform.get("/best-practices?q=%22quokka+ferry%22")
        #expect(page.text.contains("<mark>quokka</mark> <mark>ferry</mark>"))
    }

    @Test func partnershipsAndActionsAreFoundWithTheirKind() throws {
        let page = try platform.get("/best-practices?q=twinning")
        let links = BestPracticesTests.resultLinks(page.text)
        #expect(links.contains("/partnerships/rotterdam-tangier-migrant-twinning"))
        #expect(links.contains("/actions/twinning-cities"))
        #expect(page.text.contains("<span class=\"badge badge--muted\">Partnership</span> · <span>Migrant-flow twinning</span>"))
        #expect(page.text.contains("<span class=\"badge badge--muted\">Action</span>"))
        #expect(page.text.contains("practice--partnership"))

        let onlyPartnerships = BestPracticesTests.resultLinks(try platform.get("/best-practices?q=twinning&kind=partnership").text)
        #expect(!onlyPartnerships.isEmpty)
        #expect(onlyPartnerships.allSatisfy { $0.hasPrefix("/partnerships/") })
        let actions = try platform.get("/best-practices?kind=action")
        #expect(BestPracticesTests.resultLinks(actions.text).allSatisfy { $0.hasPrefix("/actions/") })
        #expect(try BestPracticesTests.count(actions.text) > 0)
    }

    @Test func anEditedPartnershipIsSearchedByItsNewWords() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let id = try fixture.id("SELECT id FROM partnerships WHERE slug = 'rotterdam-tangier-migrant-twinning'")
        let form = try fixture.formValues("/workspace/partnerships/\(id)/edit").setting("summary", "Platypus exchange between harbours.")
        #expect(try fixture.post("/workspace/partnerships/\(id)/edit", form).status == 303)
        let links = BestPracticesTests.resultLinks(try fixture.platform.get("/best-practices?q=platypus").text)
        #expect(links == ["/partnerships/rotterdam-tangier-migrant-twinning"])
    }
}
