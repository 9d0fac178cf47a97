import Testing

@testable import GPM

/// Issue 15: a translation remembers the original it was made from (`content_translations.source_text`,
/// migration 0042). When the secretariat changes the original, the registry form marks the translation as
/// out of date and public pages show the current original with a note, until the translation is updated or
/// confirmed.
@Suite("Content languages: translations of a changed original")
struct TranslationStalenessTests {
    static let outdatedHint = "Out of date: the original has changed since this translation was saved."

    @Test func editingAnActionsEnglishTextMarksItsFrenchTranslationUntilItIsSavedAgain() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let row = try fixture.row("SELECT id, slug FROM actions ORDER BY id LIMIT 1")
        let action = try row.int("id"), slug = try row.string("slug")
        let edit = "/workspace/actions/\(action)/edit"
        let french = "Texte de l’action, traduit par le secrétariat."
        #expect(try fixture.post(edit, try fixture.formValues(edit).setting("text__fr", french)).status == 303)
        #expect(try fixture.platform.get("/fr/actions/\(slug)").text.contains("<p>\(french)</p>"))
        #expect(!(try fixture.get(edit).text.contains(Self.outdatedHint)))

        // The English text changes; the French field, sent back unchanged, is now a translation of older text.
        let english = "The cities commit to a revised text of this action."
        #expect(try fixture.post(edit, try fixture.formValues(edit).setting("text", english)).status == 303)
        #expect(try fixture.count(
            "SELECT count(*) FROM content_translations WHERE entity = 'action' AND entity_id = ? AND field = 'text' AND language = 'fr' AND source_text IS NOT ?",
            action, english) == 1)
        let form = try fixture.get(edit).text
        #expect(form.contains(Self.outdatedHint))
        #expect(form.contains("name=\"text__fr__current\""))
        #expect(form.contains("id=\"field-text--fr-hint\""))
        #expect(!form.contains("name=\"short_title__fr__current\""), "a translation of an unchanged original is current")

        // The French page shows the current original, marked English, and says why.
        let page = try fixture.platform.get("/fr/actions/\(slug)").text
        #expect(!page.contains(french))
        #expect(page.contains("lang=\"en\" dir=\"ltr\"><p>\(english)</p>"))
        #expect(page.contains("La traduction en français n’est plus à jour — affiché en anglais."))

        // Saving the translation again (edited) makes it current: the page shows it, the mark is gone.
        let updated = "Les villes s’engagent sur un texte révisé de cette action."
        #expect(try fixture.post(edit, try fixture.formValues(edit).setting("text__fr", updated)).status == 303)
        #expect(!(try fixture.get(edit).text.contains("name=\"text__fr__current\"")))
        let again = try fixture.platform.get("/fr/actions/\(slug)").text
        #expect(again.contains("<p>\(updated)</p>"))
        #expect(!again.contains("n’est plus à jour"))
    }

    @Test func anOutOfDateTranslationThatStillHoldsIsConfirmedWithItsCheckbox() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let theme = try fixture.id("SELECT id FROM themes ORDER BY id LIMIT 1")
        let edit = "/workspace/themes/\(theme)/edit"
        #expect(try fixture.post(edit, try fixture.formValues(edit).setting("name__es", "Nombre del tema")).status == 303)
        let renamed = try fixture.formValues(edit).first { $0.0 == "name" }.map { $0.1 + " (renamed)" } ?? "Renamed"
        #expect(try fixture.post(edit, try fixture.formValues(edit).setting("name", renamed)).status == 303)
        #expect(try fixture.get(edit).text.contains("name=\"name__es__current\""))
        // Saved without ticking: still out of date. Ticked: current, with the same text.
        #expect(try fixture.post(edit, try fixture.formValues(edit)).status == 303)
        #expect(try fixture.get(edit).text.contains("name=\"name__es__current\""))
        #expect(try fixture.post(edit, try fixture.formValues(edit).setting("name__es__current", "1")).status == 303)
        #expect(!(try fixture.get(edit).text.contains("name=\"name__es__current\"")))
        #expect(try fixture.count(
            "SELECT count(*) FROM content_translations WHERE entity = 'theme' AND entity_id = ? AND text = 'Nombre del tema' AND source_text = ?",
            theme, renamed) == 1)
    }

    @Test func seededTranslationsAreCurrentAndTheNoteTellsMissingFromOutOfDate() throws {
        let platform = TestPlatform.shared
        // Translations inserted without a source (the seed's file) take the original as it stands.
        let unsourced = try platform.app.database.read { db in
            try db.scalar("SELECT count(*) FROM content_translations WHERE source_text IS NULL") as Int?
        }
        #expect(unsourced == 0)
        let french = try Localization(directory: TestPlatform.repositoryRoot.appendingPathComponent("Locales").path, isStrict: false).messages(.fr)
        let missing = ContentTextView(ContentText(original: "A", isFallback: true))
        let outdated = ContentTextView(ContentText(original: "B", isFallback: true, isOutdated: true))
        #expect(ContentNoteView.make([missing], messages: french)?.fallback == "Non disponible en français — affiché en anglais.")
        #expect(ContentNoteView.make([outdated], messages: french)?.fallback == "La traduction en français n’est plus à jour — affiché en anglais.")
        #expect(ContentNoteView.make([missing, outdated], messages: french)?.fallback?.hasPrefix("Non disponible en français, ou") == true)
    }
}

/// Issue 15: where content is shown in another language than the page's, `lang` marks the content alone,
/// never the page's own words around it.
@Suite("Content languages: lang on the content, not on the heading around it")
struct ContentLanguageMarkupTests {
    @Test func anUntranslatedSessionTitleIsMarkedAloneInsideTheFrenchHeading() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        try fixture.platform.app.database.write { db in
            try db.run("DELETE FROM content_translations WHERE entity = 'session' AND field = 'title' AND language = 'fr'")
        }
        let marked = "Session stratégique 1\u{202F}: <span lang=\"en\" dir=\"ltr\">Integrating Economic Migrants</span>"
        let session = try fixture.platform.get("/fr/sessions/integrating-economic-migrants").text
        #expect(session.contains("<h1>\(marked)</h1>"))
        let list = try fixture.platform.get("/fr/sessions").text
        #expect(list.contains(">\(marked)</a></h4>"))
        #expect(!list.contains("<h4><a href=\"/fr/sessions/integrating-economic-migrants\" lang="))
        let action = try fixture.row(
            "SELECT a.slug FROM actions a JOIN strategy_sessions s ON s.id = a.session_id WHERE s.slug = 'integrating-economic-migrants' LIMIT 1")
        let page = try fixture.platform.get("/fr/actions/\(try action.string("slug"))").text
        #expect(page.contains("\">\(marked)</a></nav>"))
        // In English, nothing to mark.
        #expect(try fixture.platform.get("/sessions/integrating-economic-migrants").text
            .contains("<h1>Strategy Session 1: Integrating Economic Migrants</h1>"))
    }

    @Test func inlineMarkupEscapesAndMarksOnlyAnotherLanguage() {
        let arabic = ContentTextView("إربد <2026>", language: ContentLanguage(validating: "ar")!)
        #expect(arabic.inlineHTML(on: .fr) == "<span lang=\"ar\" dir=\"rtl\">إربد &lt;2026&gt;</span>")
        let french = ContentTextView("Intégrer", language: ContentLanguage(.fr))
        #expect(french.inlineHTML(on: .fr) == "Intégrer")
        #expect(french.inlineHTML(on: .en) == "<span lang=\"fr\" dir=\"ltr\">Intégrer</span>")
    }
}
