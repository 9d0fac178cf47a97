import Foundation
import SQLite
import Testing

@testable import GPM

/// Issue 15, content in languages: a BCP 47 tag's shape and its one direction rule.
@Suite("Content languages: tags and directions")
struct ContentLanguageTagTests {
    @Test func tagsOfEveryShapeAreAcceptedInCanonicalCase() {
        let accepted: [(String, String)] = [
            ("en", "en"), ("FR", "fr"), ("es-419", "es-419"), ("ES_419", "es-419"), ("ar", "ar"), ("pt-br", "pt-BR"),
            ("zh-hant-tw", "zh-Hant-TW"), ("sr-Latn", "sr-Latn"), ("de-CH-1996", "de-CH-1996"), ("x-klingon", "x-klingon"),
            ("en-US-x-twain", "en-US-x-twain"), ("yue", "yue"), ("ckb-IQ", "ckb-IQ"),
        ]
        for (input, canonical) in accepted { #expect(ContentLanguage(validating: input)?.tag == canonical, "\(input)") }
    }

    @Test func textThatIsNotATagIsRefused() {
        for input in ["", "e", "english please", "en-", "-en", "en--US", "a1", "français", "en-US-abcdefghi", "x", "toolonglanguage", "Spanish", "english", "Arab"] {
            #expect(ContentLanguage(validating: input) == nil, "\(input)")
        }
    }

    @Test func oneFunctionDecidesTheDirection() {
        for tag in ["ar", "ar-JO", "he", "fa", "ur", "ps", "yi", "ckb", "az-Arab", "ug"] {
            #expect(ContentLanguage.direction(of: tag) == "rtl", "\(tag)")
        }
        for tag in ["en", "fr", "es-419", "zh-Hant", "ku-Latn", "tr", "sw", "ar-Latn"] {
            #expect(ContentLanguage.direction(of: tag) == "ltr", "\(tag)")
        }
    }
}

/// Issue 15: dates and numbers as each page's language writes them (Foundation's CLDR data).
@Suite("Content languages: formatting by the page's language")
struct ContentFormattingTests {
    @Test func numbersGroupDigitsAsEachLanguageDoes() {
        #expect(NumberFormats.integer(.en).string(from: 2_156_658) == "2,156,658")
        // French groups with a narrow no-break space (U+202F), Spanish with a full stop.
        #expect(NumberFormats.integer(.fr).string(from: 2_156_658) == "2\u{202F}156\u{202F}658")
        #expect(NumberFormats.integer(.es).string(from: 2_156_658) == "2.156.658")
    }

    @Test func datesReadInTheLanguage() {
        #expect(Formatting.date("2016-09-10", in: .en) == "10 September 2016")
        #expect(Formatting.date("2016-09-10", in: .fr) == "10 septembre 2016")
        #expect(Formatting.date("2016-09-10", in: .es) == "10 de septiembre de 2016")
        #expect(Formatting.date("2016-09", in: .fr) == "septembre 2016")
        #expect(Formatting.date("2016", in: .es) == "2016")
        #expect(Formatting.timestamp("2026-03-02T14:05:09Z", in: .en) == "2 March 2026, 14:05 UTC")
        #expect(Formatting.timestamp("2026-03-02T14:05:09Z", in: .fr) == "2 mars 2026, 14:05 UTC")
    }

    @Test func pagesOverHTTPFormatInTheirLanguage() throws {
        let platform = TestPlatform.shared
        let en = try platform.get("/sessions/integrating-economic-migrants").text
        let fr = try platform.get("/fr/sessions/integrating-economic-migrants").text
        let es = try platform.get("/es/sessions/integrating-economic-migrants").text
        #expect(en.contains("10 September 2016"))
        #expect(fr.contains("10 septembre 2016"))
        #expect(es.contains("10 de septiembre de 2016"))
        // The convening's dates, one month: "10–11 septembre 2016".
        #expect(fr.contains("10–11 septembre 2016"))
        #expect(es.contains("10–11 de septiembre de 2016"))
        // A city's population on its page, grouped the French way.
        let population = try #require(try platform.app.database.read { db in
            try db.queryOne("SELECT slug, population FROM cities WHERE population > 1000000 ORDER BY population DESC LIMIT 1")
        })
        let slug = try population.string("slug"), figure = try population.int("population")
        let french = try #require(NumberFormats.integer(.fr).string(from: NSNumber(value: figure)))
        #expect(french.contains("\u{202F}"))
        #expect(try platform.get("/fr/cities/\(slug)").text.contains(french))
    }
}

/// Issue 15: what the secretariat writes, in French and Spanish besides the original — edited in the
/// registry form, shown on `/fr/…` and `/es/…`, the original with its own `lang` and a note otherwise.
@Suite("Content languages: translations of the registry's content")
struct ContentTranslationTests {
    /// A network's "members, as published" note is the secretariat's text too: the editor takes its French and
    /// Spanish, and the French list shows it in place of the marked English.
    @Test func aNetworksMembersNoteTakesATranslation() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let network = try fixture.id("SELECT id FROM networks WHERE members_note IS NOT NULL ORDER BY id LIMIT 1")
        let slug = try fixture.row("SELECT slug FROM networks WHERE id = ?", String(network)).string("slug")
        let edit = try fixture.get("/workspace/networks/\(network)/edit").text
        #expect(edit.contains("name=\"members_note__fr\""))
        let french = "plus de 100 villes de 30 pays"
        let form = try fixture.formValues("/workspace/networks/\(network)/edit")
        #expect(try fixture.post("/workspace/networks/\(network)/edit", form.setting("members_note__fr", french)).status == 303)
        let page = try fixture.get("/fr/networks/\(slug)").text
        #expect(page.contains(french))
    }

    @Test func aTranslationTypedInTheRegistryShowsOnTheFrenchPageAndTheOriginalElsewhere() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let session = try fixture.id("SELECT id FROM strategy_sessions WHERE slug = 'integrating-economic-migrants'")
        let principle = try fixture.id("SELECT id FROM principles WHERE session_id = ? ORDER BY position LIMIT 1", String(session))
        // Start from no translation (the seed may carry some).
        try fixture.platform.app.database.write { db in try db.run("DELETE FROM content_translations") }

        let edit = try fixture.get("/workspace/principles/\(principle)/edit").text
        #expect(edit.contains("name=\"text__fr\""))
        #expect(edit.contains("lang=\"fr\" dir=\"auto\""))
        #expect(edit.contains("Text (Français)"))
        let french = "Nous estimons que les migrants doivent être intégrés à nos économies locales."
        let form = try fixture.formValues("/workspace/principles/\(principle)/edit")
        #expect(try fixture.post("/workspace/principles/\(principle)/edit", form.setting("text__fr", french)).status == 303)
        #expect(try fixture.count(
            "SELECT count(*) FROM content_translations WHERE entity = 'principle' AND entity_id = ? AND language = 'fr'", principle) == 1)
        // The form shows it back, and the record's history has it.
        #expect(try fixture.get("/workspace/principles/\(principle)/edit").text.contains(french))
        #expect(try fixture.count(
            "SELECT count(*) FROM audit_events WHERE entity_type = 'principle' AND entity_id = ? AND after_json LIKE '%text__fr%'",
            String(principle)) == 1)

        let fr = try fixture.platform.get("/fr/sessions/integrating-economic-migrants").text
        #expect(fr.contains("<li lang=\"fr\" dir=\"ltr\"><p>\(french)</p></li>"))
        #expect(fr.contains("Traduction du secrétariat."))
        // The session's title has no French translation: the original, marked English, and the note; the
        // "Strategy Session N:" heading around it is the page's own words, in French: only the title is marked.
        #expect(fr.contains("<h1>Session stratégique 1\u{202F}: <span lang=\"en\" dir=\"ltr\">Integrating Economic Migrants</span></h1>"))
        #expect(fr.contains("Non disponible en français — affiché en anglais."))

        let es = try fixture.platform.get("/es/sessions/integrating-economic-migrants").text
        #expect(!es.contains(french))
        #expect(es.contains("No disponible en español; se muestra en inglés."))
        #expect(!es.contains("Traducción de la Secretaría."))

        let en = try fixture.platform.get("/sessions/integrating-economic-migrants").text
        #expect(!en.contains(french))
        #expect(!en.contains("content-note"))
        #expect(en.contains("lang=\"en\" dir=\"ltr\""))

        // Emptying the field removes the translation; deleting the record removes its translations.
        let again = try fixture.formValues("/workspace/principles/\(principle)/edit")
        #expect(try fixture.post("/workspace/principles/\(principle)/edit", again.setting("text__fr", "")).status == 303)
        #expect(try fixture.count("SELECT count(*) FROM content_translations WHERE entity = 'principle' AND entity_id = ?", principle) == 0)
        let more = try fixture.formValues("/workspace/principles/\(principle)/edit")
        #expect(try fixture.post("/workspace/principles/\(principle)/edit", more.setting("text__es", "Creemos.")).status == 303)
        #expect(try fixture.post("/workspace/principles/\(principle)/delete", []).status == 303)
        #expect(try fixture.count("SELECT count(*) FROM content_translations WHERE entity = 'principle' AND entity_id = ?", principle) == 0)
    }

    @Test func anActionsShortTitleAndTextAreTranslatedOnItsPage() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let row = try fixture.row("SELECT id, slug FROM actions WHERE short_title IS NOT NULL ORDER BY id LIMIT 1")
        let action = try row.int("id"), slug = try row.string("slug")
        let form = try fixture.formValues("/workspace/actions/\(action)/edit")
        let saved = try fixture.post(
            "/workspace/actions/\(action)/edit",
            form.setting("short_title__es", "Título breve en español").setting("text__es", "Texto de la acción en español."))
        #expect(saved.status == 303)
        let es = try fixture.platform.get("/es/actions/\(slug)").text
        #expect(es.contains("<h1 lang=\"es\" dir=\"ltr\">Título breve en español</h1>"))
        #expect(es.contains("lang=\"es\" dir=\"ltr\"><p>Texto de la acción en español.</p>"))
        #expect(es.contains("Traducción de la Secretaría."))
        #expect(!es.contains("No disponible en español"))
        // The session's page lists it translated too.
        let session = try fixture.platform.get(
            "/es/sessions/\(try fixture.row("SELECT s.slug FROM strategy_sessions s JOIN actions a ON a.session_id = s.id WHERE a.id = ?", action).string("slug"))"
        ).text
        #expect(session.contains("Título breve en español"))
    }

    @Test func theDemoCarriesFrenchAndSpanishTranslationsOfThePapers() throws {
        let platform = TestPlatform.shared
        let counts = try platform.app.database.read { db in
            try db.query("SELECT entity, language, count(*) AS n FROM content_translations GROUP BY entity, language").map {
                (try $0.string("entity") + "/" + $0.string("language"), try $0.int("n"))
            }
        }
        let byKey = Dictionary(uniqueKeysWithValues: counts)
        let principles = try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM principles") as Int? } ?? 0
        let actions = try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM actions") as Int? } ?? 0
        for language in ["fr", "es"] {
            #expect(byKey["principle/\(language)"] == principles)
            #expect((byKey["action/\(language)"] ?? 0) >= actions)
            #expect((byKey["session/\(language)"] ?? 0) > 0)
        }
        let fr = try platform.get("/fr/sessions/integrating-economic-migrants").text
        #expect(fr.contains("Traduction du secrétariat."))
        #expect(fr.contains("<h1>Session stratégique 1\u{202F}: Intégrer les migrants économiques</h1>"))
        #expect(fr.contains("<li lang=\"fr\" dir=\"ltr\"><p>Nous estimons que les migrants doivent être intégrés"))
        #expect(!fr.contains("Non disponible en français"))
        let es = try platform.get("/es/actions/migration-and-security-3").text
        #expect(es.contains("<h1 lang=\"es\" dir=\"ltr\">Lucha contra las redes de tráfico de migrantes</h1>"))
        #expect(es.contains("Combatiremos las organizaciones delictivas"))
    }
}

/// Issue 15: a case study has a language (set in the registry form, a BCP 47 tag); a page in another
/// language shows it with its own `lang` and says so.
@Suite("Content languages: case studies")
struct CaseStudyLanguageTests {
    @Test func aCaseStudyInSpanishIsMarkedSpanishAndNotedOnEnglishPages() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let id = try fixture.id("SELECT id FROM case_studies WHERE slug = 'street-bump-boston'")
        let form = try fixture.formValues("/workspace/case-studies/\(id)/edit")
        #expect(form.contains { $0.0 == "language" && $0.1 == "en" })
        let refused = try fixture.post("/workspace/case-studies/\(id)/edit", form.setting("language", "Spanish"))
        #expect(refused.status == 422)
        #expect(refused.text.contains("Enter the language as a tag such as en, fr, es-419 or ar (BCP 47)."))
        #expect(try fixture.post("/workspace/case-studies/\(id)/edit", form.setting("language", "ES")).status == 303)
        #expect(try fixture.row("SELECT language FROM case_studies WHERE id = ?", id).string("language") == "es")

        let en = try fixture.platform.get("/case-studies/street-bump-boston").text
        #expect(en.contains("<h1 id=\"case-study-title\" lang=\"es\" dir=\"ltr\">"))
        #expect(en.contains("Not available in English — shown in Spanish."))
        // Its Spanish page shows it as the original: no note.
        let es = try fixture.platform.get("/es/case-studies/street-bump-boston").text
        #expect(es.contains("<h1 id=\"case-study-title\" lang=\"es\" dir=\"ltr\">"))
        #expect(!es.contains("content-note"))
    }

    @Test func theDemoShowsTheSecretariatsTranslationOfACaseStudysTitleAndSummary() throws {
        let platform = TestPlatform.shared
        let fr = try platform.get("/fr/case-studies/mile-durban").text
        #expect(fr.contains(
            "<h1 id=\"case-study-title\" lang=\"fr\" dir=\"ltr\">La décision de Durban de créer un institut municipal d’apprentissage (MILE)</h1>"))
        #expect(fr.contains(
            "<p class=\"lead\" lang=\"fr\" dir=\"ltr\">eThekwini, la municipalité métropolitaine de Durban, a créé son propre institut "))
        #expect(fr.contains("Traduction du secrétariat."))
        // The description has no translation: the English original, marked as such, and the note says so.
        #expect(fr.contains("<div class=\"prose\" lang=\"en\" dir=\"ltr\">"))
        #expect(fr.contains("Non disponible en français — affiché en anglais."))

        let es = try platform.get("/es/case-studies/mile-durban").text
        #expect(es.contains(
            "<h1 id=\"case-study-title\" lang=\"es\" dir=\"ltr\">La decisión de Durban de crear un instituto municipal de aprendizaje (MILE)</h1>"))
        #expect(es.contains("<p class=\"lead\" lang=\"es\" dir=\"ltr\">eThekwini, el municipio metropolitano de Durban, creó su propio instituto "))
        #expect(es.contains("Traducción de la Secretaría."))
        #expect(!es.contains("La décision de Durban"))

        // The English page shows the original, the text of record, with no note.
        let original = try #require(try platform.app.database.read { db in
            try db.queryOne("SELECT title, summary FROM case_studies WHERE slug = 'mile-durban'")
        })
        let en = try platform.get("/case-studies/mile-durban").text
        let title = BestPracticesTests.html(try original.string("title"))
        #expect(en.contains("<h1 id=\"case-study-title\" lang=\"en\" dir=\"ltr\">\(title)</h1>"))
        #expect(en.contains("<p class=\"lead\" lang=\"en\" dir=\"ltr\">\(BestPracticesTests.html(try original.string("summary")))</p>"))
        #expect(!en.contains("content-note"))
        #expect(!en.contains("La décision de Durban"))
    }
}

/// Issue 15: a Mayor Brief has a language (any BCP 47 tag, Arabic included), checked by the form, and is
/// written with its `lang` and `dir` wherever its text shows; names sit in `<bdi>`.
@Suite("Content languages: briefs")
struct BriefLanguageTests {
    @Test func everyBriefStoredBeforeHasEnglishByMigration() throws {
        let platform = TestPlatform.shared
        let (total, english) = try platform.app.database.read { db in
            (try db.scalar("SELECT count(*) FROM mayor_briefs") as Int? ?? 0,
             try db.scalar("SELECT count(*) FROM mayor_briefs WHERE language = 'en'") as Int? ?? 0)
        }
        #expect(total > 0)
        #expect(english == total)
        let cases = try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM case_studies WHERE language <> 'en'") as Int? }
        #expect(cases == 0)
    }

    @Test func theBriefFormTakesATagAndRefusesOtherText() throws {
        let f = try BriefEditorTests.Fixture()
        defer { f.platform.stop() }
        let id = try f.createDraft()
        let form = try f.platform.get("/workspace/briefs/\(id)/edit", as: f.office).text
        #expect(form.contains("name=\"language\" value=\"en\""))
        #expect(form.contains("<option value=\"ar\">"))
        #expect(form.contains("lang=\"en\" dir=\"auto\""))

        let refused = try f.postEdit(id, fields: try f.fields(id) + [("language", "Arabic please")])
        #expect(refused.status == 422)
        #expect(refused.text.contains("Enter the language as a tag such as en, fr, es-419 or ar (BCP 47)."))
        #expect(refused.text.contains("id=\"f-language\" name=\"language\" value=\"Arabic please\""))
        #expect(try f.scalar("SELECT language FROM mayor_briefs WHERE id = ?", id) == "en")

        #expect(try f.postEdit(id, fields: try f.fields(id) + [("language", "ES_419")]).status == 303)
        #expect(try f.scalar("SELECT language FROM mayor_briefs WHERE id = ?", id) == "es-419")
        #expect(try f.postEdit(id, fields: try f.fields(id, title: "مدن بلا سيارات") + [("language", "ar")]).status == 303)
        #expect(try f.scalar("SELECT language FROM mayor_briefs WHERE id = ?", id) == "ar")
        let arabic = try f.platform.get("/workspace/briefs/\(id)/edit", as: f.office).text
        #expect(arabic.contains("name=\"title\" lang=\"ar\" dir=\"auto\" value=\"مدن بلا سيارات\""))
    }

    /// "إربد · 2026" must not display reversed: the title and the summary carry `lang="ar" dir="rtl"`, the
    /// city's name sits in `<bdi>` (isolated from the English around it) on the home page, the brief's page
    /// and the review queue.
    @Test func anArabicBriefIsMarkedRightToLeftWhereverItShows() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "reviewer@gpm.test", name: "Reviewer", role: "staff")
        let staff = try platform.signIn(email: "reviewer@gpm.test")
        let title = "مدينة للجميع"
        let summary = "برنامج إربد لدمج القادمين الجدد."
        try platform.app.database.write { db in
            try db.run("INSERT INTO cities (slug, name, country_code, region_id) VALUES ('irbid', 'إربد', 'JO', 6)")
            let city: Int = try #require(try db.scalar("SELECT id FROM cities WHERE slug = 'irbid'"))
            try db.run("""
                INSERT INTO mayor_briefs (city_id, year, title, summary, results, status, published_at, submitted_at, language,
                                          created_at, updated_at)
                VALUES (?, 2025, ?, ?, '- ١٢٠٠ أسرة', 'published', '2026-11-20T11:00:00Z', '2026-11-01T10:00:00Z', 'ar',
                        '2026-11-01T10:00:00Z', '2026-11-20T11:00:00Z')
                """, city, title, summary)
            try db.run("""
                INSERT INTO mayor_briefs (city_id, year, title, summary, results, status, submitted_at, language, created_at, updated_at)
                VALUES (?, 2026, ?, ?, '- ١٢٠٠ أسرة', 'submitted', '2026-11-19T10:00:00Z', 'ar', '2026-11-19T10:00:00Z',
                        '2026-11-19T10:00:00Z')
                """, city, title, summary)
        }

        let home = try platform.get("/").text
        #expect(home.contains("<h3 lang=\"ar\" dir=\"rtl\"><a href=\"/briefs/irbid/2025\">\(title)</a></h3>"))
        #expect(home.contains("<bdi>إربد</bdi> · 2025"))
        #expect(home.contains("<p lang=\"ar\" dir=\"rtl\">\(summary)</p>"))
        // The same in French: the content keeps its own language whatever the page's.
        #expect(try platform.get("/fr/").text.contains("<h3 lang=\"ar\" dir=\"rtl\"><a href=\"/fr/briefs/irbid/2025\">\(title)</a></h3>"))

        let page = try platform.get("/briefs/irbid/2025").text
        #expect(page.contains("<h1 id=\"brief-title\" lang=\"ar\" dir=\"rtl\">\(title)</h1>"))
        #expect(page.contains("<p class=\"lead\" lang=\"ar\" dir=\"rtl\">\(summary)</p>"))
        #expect(page.contains("<div class=\"prose\" lang=\"ar\" dir=\"rtl\">"))
        #expect(page.contains("<bdi>إربد</bdi> 2025"))
        #expect(page.contains("<html lang=\"en\""))

        let queue = try platform.get("/workspace/reviews", as: staff).text
        #expect(queue.contains("<th scope=\"row\"><bdi>إربد</bdi></th>"))
        #expect(queue.contains("<span lang=\"ar\" dir=\"rtl\">\(title)</span>"))
        let submitted: Int = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT id FROM mayor_briefs WHERE year = 2026 AND language = 'ar'")
        })
        let review = try platform.get("/workspace/reviews/\(submitted)", as: staff).text
        #expect(review.contains("<h1 lang=\"ar\" dir=\"rtl\">\(title)</h1>"))
        #expect(review.contains("<bdi>إربد</bdi>"))

        let practices = try platform.get("/best-practices").text
        #expect(practices.contains("<h3 lang=\"ar\" dir=\"rtl\"><a href=\"/briefs/irbid/2025\">\(title)</a></h3>"))
        #expect(practices.contains("<bdi>إربد</bdi>"))
    }
}
