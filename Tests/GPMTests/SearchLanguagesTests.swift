import Foundation
import GPM
import SQLite
import Testing
import TextSearch

/// Each text of the search index is stemmed by its content's language (issue 16): a Spanish brief by
/// Spanish rules, a French case study by French ones, the secretariat's translations by theirs; a query,
/// whose language is unknown, is prepared in the page's language and in every language the index holds.
/// And a brief's address with an old city slug answers 301 with the current one.
@Suite("Search: each text stemmed by its language")
struct SearchLanguagesTests {
    @Test func aSpanishBriefAndAFrenchCaseStudyAreFoundByOtherFormsOfTheirWords() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.app.database.write { db in
            try db.run("INSERT INTO cities (slug, name, country_code, region_id) VALUES ('valparaiso', 'Valparaíso', 'CL', 5)")
            try db.run("""
                INSERT INTO mayor_briefs (city_id, year, title, summary, results, status, published_at, submitted_at, language,
                                          created_at, updated_at)
                SELECT id, 2025, 'Viviendas asequibles para todos', 'Programa municipal de alquileres.', '- 1200 familias', 'published',
                       '2026-11-20T11:00:00Z', '2026-11-01T10:00:00Z', 'es-419', '2026-11-01T10:00:00Z', '2026-11-20T11:00:00Z'
                FROM cities WHERE slug = 'valparaiso'
                """)
            try db.run("""
                INSERT INTO case_studies (slug, title, year, summary, description, source, language) VALUES
                ('logements-sociaux', 'Des logements pour les nouveaux arrivants', 2021, 'Résumé.',
                 'La ville transforme des bureaux vides en logements.', 'Test', 'fr')
                """)
        }
        try SearchIndexService(database: platform.app.database).rebuild()
        let spanish = "/briefs/valparaiso/2025"
        for prefix in ["", "/es", "/fr"] {
            for q in ["vivienda", "viviendas", "asequible", "vivienda+asequible"] {
                let links = BestPracticesTests.resultLinks(try platform.get(prefix + "/best-practices?q=" + q).text)
                #expect(links.contains(prefix + spanish), "\(prefix) q=\(q): \(links)")
            }
        }
        for prefix in ["/fr", ""] {
            let page = try platform.get(prefix + "/best-practices?q=logement").text
            #expect(BestPracticesTests.resultLinks(page).contains(prefix + "/case-studies/logements-sociaux"), "\(prefix)")
            #expect(page.contains("<mark>logements</mark>"), "the word is marked as written")
        }
        // The words were stemmed by French and Spanish rules, not English ones.
        let titles = try platform.app.database.read { db in
            try db.query("SELECT title FROM best_practices_fts WHERE rowid IN (SELECT 4 * id + 1 FROM case_studies WHERE slug = 'logements-sociaux')")
                .map { try $0.string("title") }
        }
        let french = "Des logements pour les nouveaux arrivants"
        #expect(titles == [SearchText.prepare(french, language: "fr")])
        #expect(SearchText.prepare(french, language: "fr") != SearchText.prepare(french, language: "en"))
        let languages = try platform.app.database.read { db in
            try db.query("SELECT language FROM search_index_languages").map { try $0.string("language") }
        }
        #expect(Set(languages).isSuperset(of: ["en", "es", "fr"]))
    }

    @Test func englishStemmingIsUnchanged() throws {
        let platform = TestPlatform.shared
        let migrants = BestPracticesTests.resultLinks(try platform.get("/best-practices?q=migrants").text)
        let migrant = BestPracticesTests.resultLinks(try platform.get("/best-practices?q=migrant").text)
        #expect(!migrants.isEmpty)
        #expect(migrants == migrant)
        let stored = try platform.app.database.read { db in
            try db.scalar("SELECT count(*) FROM best_practices_fts WHERE best_practices_fts MATCH 'migrant'") as Int?
        }
        #expect((stored ?? 0) > 0, "English text keeps Porter's stems")
    }

    @Test func theSecretariatsTranslationsAreFoundInTheirLanguage() throws {
        let platform = TestPlatform.shared
        let slug = try #require(try platform.app.database.read { db in
            try db.scalar("""
                SELECT a.slug FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
                WHERE s.slug = 'integrating-economic-migrants' AND a.position = 1
                """) as String?
        })
        // "Déclaration sur la diversité et étalonnage" (French), "evaluación comparativa" (Spanish):
        // the English original says "benchmarking".
        let french = BestPracticesTests.resultLinks(try platform.get("/fr/best-practices?q=%C3%A9talonnages").text)
        #expect(french.contains("/fr/actions/\(slug)"), "\(french)")
        let spanish = BestPracticesTests.resultLinks(try platform.get("/es/best-practices?q=evaluaciones+comparativas").text)
        #expect(spanish.contains("/es/actions/\(slug)"), "\(spanish)")
    }

    @Test func aTranslationEditedInTheRegistryIsSearchable() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let action = try fixture.id("SELECT id FROM actions ORDER BY id LIMIT 1")
        let slug = try fixture.row("SELECT slug FROM actions WHERE id = ?", action).string("slug")
        let path = "/workspace/actions/\(action)/edit"
        let form = try fixture.formValues(path)
        #expect(form.contains { $0.0 == "text__fr" }, "the form has the French translation of the text")
        #expect(try fixture.post(path, form.setting("text__fr", "Les maires accueillent les ornithorynques.")).status == 303)
        let links = BestPracticesTests.resultLinks(try fixture.platform.get("/fr/best-practices?q=ornithorynque").text)
        #expect(links.contains("/fr/actions/\(slug)"), "\(links)")
    }

    // MARK: a brief's old city slug

    @Test func aBriefsAddressWithAnOldCitySlugRedirects() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let rotterdam = try fixture.id("SELECT id FROM cities WHERE slug = 'rotterdam'")
        let year = try fixture.id("SELECT max(year) FROM mayor_briefs WHERE city_id = ? AND status = 'published'", String(rotterdam))
        #expect(try fixture.platform.get("/briefs/rotterdam/\(year)").status == 200)
        let form = try fixture.formValues("/workspace/cities/\(rotterdam)/edit").setting("slug", "rotterdam-nl")
        #expect(try fixture.post("/workspace/cities/\(rotterdam)/edit", form).status == 303)

        for prefix in ["", "/fr", "/es"] {
            let old = try fixture.platform.get(prefix + "/briefs/rotterdam/\(year)")
            #expect(old.status == 301, "\(prefix)")
            #expect(old.header("Location") == prefix + "/briefs/rotterdam-nl/\(year)", "\(prefix)")
            #expect(try fixture.platform.get(prefix + "/briefs/rotterdam-nl/\(year)").status == 200, "\(prefix)")
        }
        // A year the city has no published brief for is not found under either slug; an unknown slug neither.
        #expect(try fixture.platform.get("/briefs/rotterdam/2001").status == 404)
        #expect(try fixture.platform.get("/briefs/rotterdam-nl/2001").status == 404)
        #expect(try fixture.platform.get("/briefs/no-such-city/\(year)").status == 404)
        // The search results link the current address.
        let links = BestPracticesTests.resultLinks(try fixture.platform.get("/best-practices?q=rotterdam").text)
        #expect(links.contains { $0.hasPrefix("/briefs/rotterdam-nl/") } && !links.contains { $0.hasPrefix("/briefs/rotterdam/") })
    }
}
