import Foundation
import SQLite
import Testing
@testable import GPM

/// The language of a commitment note (issue 15, migration 0045): the forms ask for it (by default the account's
/// language, checked like a brief's language) and every page that shows the note marks it with `lang` and `dir`.
@Suite("Commitments: the language of a note")
struct CommitmentNoteLanguageTests {
    let action = CommitmentTests.action
    static let frenchNote = "Étude de référence confiée à une université locale."

    @Test func theMigrationMakesEveryEarlierNoteEnglish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gpm-note-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Connection(path: folder.appendingPathComponent("db.sqlite").path)
        let all = try Migrator(directory: TestPlatform.repositoryRoot.appendingPathComponent("Migrations").path)
        #expect(all.migrations.contains { $0.version == 45 })
        try Migrator(migrations: all.migrations.filter { $0.version < 45 }).migrate(db)
        // A note written before 0045 (the row alone: no city or action is needed to see the column's value).
        try db.run("PRAGMA foreign_keys = OFF")
        try db.run("""
            INSERT INTO commitment_events (commitment_id, occurred_on, kind, note, created_at)
            VALUES (1, '2024-03-01', 'opt_in', 'Baseline study commissioned from the local university.', '2024-03-01T09:00:00Z')
            """)
        try all.migrate(db)
        let language: String? = try db.scalar("SELECT language FROM commitment_events")
        #expect(language == "en")
        // The column takes the shape of a brief's language, no more.
        try db.run("INSERT INTO commitment_events (commitment_id, occurred_on, kind, note, language, created_at) VALUES (1, '2024-03-02', 'opt_in', 'x', 'zh-Hant-TW', '2024-03-02T09:00:00Z')")
        #expect(throws: SQLiteError.self) {
            try db.run("INSERT INTO commitment_events (commitment_id, occurred_on, kind, note, language, created_at) VALUES (1, '2024-03-02', 'opt_in', 'x', 'en us', '2024-03-02T09:00:00Z')")
        }
    }

    @Test func theDemosNotesAreEnglish() throws {
        let platform = TestPlatform.shared
        let (total, english): (Int?, Int?) = try platform.app.database.read { db in
            (try db.scalar("SELECT count(*) FROM commitment_events WHERE note IS NOT NULL"),
             try db.scalar("SELECT count(*) FROM commitment_events WHERE note IS NOT NULL AND language = 'en'"))
        }
        #expect((total ?? 0) > 0)
        #expect(total == english)
    }

    @Test func theFormsOfferTheAccountsLanguage() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        var page = try platform.get("/workspace/commitments/\(action)", as: jar).text
        #expect(page.contains("<label for=\"note_language\">Language of the note</label>"))
        #expect(page.contains("id=\"note_language\" name=\"note_language\" value=\"en\" list=\"note_language-suggestions\""))
        #expect(page.contains("<option value=\"ar\">"))
        #expect(page.contains("<textarea id=\"note\" lang=\"en\" dir=\"auto\""))

        try WorkspaceLocalizationTests.choose("fr", platform, jar)
        page = try platform.get("/workspace/commitments/\(action)", as: jar).text
        #expect(page.contains("<label for=\"note_language\">Langue de la note</label>"))
        #expect(page.contains("id=\"note_language\" name=\"note_language\" value=\"fr\""))
        #expect(page.contains("<textarea id=\"note\" lang=\"fr\" dir=\"auto\""))
        // Opted in, the progress form has its own field, also French by default.
        #expect(try CommitmentTests.optIn(platform, jar).status == 303)
        page = try platform.get("/workspace/commitments/\(action)", as: jar).text
        #expect(page.contains("id=\"progress_note_language\" name=\"progress_note_language\" value=\"fr\""))
        #expect(page.contains("<textarea id=\"progress_note\" lang=\"fr\" dir=\"auto\""))
    }

    @Test func aFrenchNoteIsSavedAndMarkedFrenchOnEveryPage() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        let version = try CommitmentTests.version(platform, jar)
        #expect(try platform.post("/workspace/commitments/\(action)/stance", form: [
            ("version", version), ("status", "opted_in"), ("note", Self.frenchNote), ("note_language", "FR"),
        ], as: jar).status == 303)
        #expect(try platform.post("/workspace/commitments/\(action)/progress", form: [
            ("version", try CommitmentTests.version(platform, jar)), ("progress", "planned"), ("progress_note", "Premier atelier prévu."),
            ("progress_note_language", "fr"),
        ], as: jar).status == 303)
        let stored: [String] = try platform.app.database.read { db in
            try db.query("""
                SELECT e.language FROM commitment_events e JOIN commitments m ON m.id = e.commitment_id JOIN cities c ON c.id = m.city_id
                WHERE c.slug = 'new-york' ORDER BY e.id
                """).map { try $0.string("language") }
        }
        #expect(stored == ["fr", "fr"])

        let fresh = [("Cache-Control", "no-cache")]
        let english = try platform.get("/cities/new-york", headers: fresh).text
        #expect(english.contains("<br><span lang=\"fr\" dir=\"ltr\">\(Self.frenchNote)</span>"))
        let french = try platform.get("/fr/cities/new-york", headers: fresh).text
        #expect(french.contains("<span lang=\"fr\" dir=\"ltr\">\(Self.frenchNote)</span>"))
        #expect(!french.contains("lang=\"en\" dir=\"ltr\">\(Self.frenchNote)"))

        let actionPage = try platform.get("/actions/\(action)", headers: fresh).text
        #expect(actionPage.contains("<p lang=\"fr\" dir=\"ltr\">\(Self.frenchNote)</p>"))
        #expect(actionPage.contains("<span lang=\"fr\" dir=\"ltr\">Premier atelier prévu.</span>"))  // the latest progress note
        let workspace = try platform.get("/workspace/commitments/\(action)", as: jar).text
        #expect(workspace.contains("<p lang=\"fr\" dir=\"ltr\">\(Self.frenchNote)</p>"))
        #expect(workspace.contains("<p lang=\"fr\" dir=\"ltr\">Premier atelier prévu.</p>"))
    }

    @Test func aRefusedTagIsShownAgainNextToTheField() throws {
        let (platform, jar) = try CommitmentTests.office()
        defer { platform.stop() }
        let refused = try platform.post("/workspace/commitments/\(action)/stance", form: [
            ("version", try CommitmentTests.version(platform, jar)), ("status", "opted_in"), ("note", "Une note."), ("note_language", "français"),
        ], as: jar)
        #expect(refused.status == 422)
        #expect(refused.text.contains("value=\"français\""))
        #expect(refused.text.contains("aria-describedby=\"note_language-hint note_language-error\" aria-invalid=\"true\""))
        #expect(refused.text.contains("<p class=\"field-error\" id=\"note_language-error\">Enter the language as a tag such as en, fr, es-419 or ar (BCP 47).</p>"))
        #expect(refused.text.contains("href=\"#note_language\""))  // the error summary links the field
        #expect(refused.text.contains(">Une note.</textarea>"))
        #expect(try CommitmentTests.events(platform).isEmpty)
    }

    @Test func theSecretariatRecordsANoteInArabicAndTheReviewPageMarksItInline() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let staff = try platform.signIn(email: "staff@gpm.test")
        let (brief, city, slug): (Int, Int, String) = try platform.app.database.read { db in
            let brief: Int = try #require(try db.scalar("SELECT min(id) FROM mayor_briefs WHERE status = 'submitted'"))
            let city: Int = try #require(try db.scalar("SELECT city_id FROM mayor_briefs WHERE id = ?", brief))
            let slug: String = try #require(try db.scalar("""
                SELECT a.slug FROM brief_actions ba JOIN actions a ON a.id = ba.action_id WHERE ba.brief_id = ? ORDER BY a.id LIMIT 1
                """, brief))
            return (brief, city, slug)
        }
        let form = try platform.get("/workspace/cities/\(city)/commitments?action=\(slug)", as: staff).text
        #expect(form.contains("id=\"note_language\" name=\"note_language\" value=\"en\""))
        let bad = try platform.post("/workspace/cities/\(city)/commitments", form: [
            ("action", slug), ("status", "opted_in"), ("progress", "achieved"), ("note", "ملاحظة"), ("note_language", "arabic"),
            ("evidence_url", ""), ("date", "2026-11-19"),
        ], as: staff)
        #expect(bad.status == 422)
        #expect(bad.text.contains("id=\"note_language-error\">Enter the language as a tag"))
        #expect(bad.text.contains("value=\"arabic\""))
        let saved = try platform.post("/workspace/cities/\(city)/commitments", form: [
            ("action", slug), ("status", "opted_in"), ("progress", "achieved"), ("note", "تم إنجاز المشروع."), ("note_language", "ar"),
            ("evidence_url", ""), ("date", "2026-11-19"),
        ], as: staff)
        #expect(saved.status == 303)
        let review = try platform.get("/workspace/reviews/\(brief)", as: staff).text
        #expect(review.contains("Latest note: <span lang=\"ar\" dir=\"rtl\">تم إنجاز المشروع.</span>"))
        try WorkspaceLocalizationTests.choose("fr", platform, staff)
        let french = try platform.get("/workspace/reviews/\(brief)", as: staff).text
        #expect(french.contains("Dernière note\u{202F}: <span lang=\"ar\" dir=\"rtl\">تم إنجاز المشروع.</span>"))
    }
}
