import Foundation
import SQLite
import Mustache
import Testing

@testable import GPM

/// Issue 15 in the workspace: an office and a reviewer read the actions, sessions and themes in their own
/// language (the secretariat's translations, as the public pages show them), the original marked `lang="en"`
/// where there is none; a brief's title carries the brief's language.
@Suite("Content languages: the workspace")
struct WorkspaceContentLanguageTests {
    /// The secretariat's translation of one field into `language` (the demo carries French and Spanish).
    static func translation(_ platform: TestPlatform, _ entity: String, _ id: Int, _ field: String, _ language: String) throws -> String {
        try #require(try platform.app.database.read { db in
            try db.scalar(
                "SELECT text FROM content_translations WHERE entity = ? AND entity_id = ? AND field = ? AND language = ?",
                entity, id, field, language) as String?
        })
    }

    /// Removes every translation of one record into `language`: the page then shows the original.
    static func untranslate(_ platform: TestPlatform, _ entity: String, _ id: Int, _ language: String) throws {
        try platform.app.database.write { db in
            try db.run("DELETE FROM content_translations WHERE entity = ? AND entity_id = ? AND language = ?", entity, id, language)
        }
    }

    @Test func aFrenchOfficeReadsItsCommitmentsWithTheFrenchSessionTitlesAndActionNames() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "office@barcelona.test", role: "city_office", city: "barcelona")
        try RefusalLocalizationTests.setLanguage(platform, email: "office@barcelona.test", "fr")
        let office = try platform.signIn(email: "office@barcelona.test")
        let rows = try platform.app.database.read { db in
            try db.query("""
                SELECT a.id, a.slug, s.id AS session_id, s.slug AS session_slug, s.title AS session_title
                FROM actions a JOIN strategy_sessions s ON s.id = a.session_id WHERE a.short_title IS NOT NULL ORDER BY a.id LIMIT 2
                """).map { (id: try $0.int("id"), slug: try $0.string("slug"),
                            session: try $0.int("session_id"), sessionSlug: try $0.string("session_slug"), sessionTitle: try $0.string("session_title")) }
        }
        let (translated, untranslated) = (rows[0], rows[1])
        try Self.untranslate(platform, "action", untranslated.id, "fr")

        let page = try platform.get("/workspace/commitments", as: office).text
        let sessionTitle = try Self.translation(platform, "session", translated.session, "title", "fr")
        let shortTitle = try Self.translation(platform, "action", translated.id, "short_title", "fr")
        #expect(page.contains(
            "<h2 id=\"session-\(translated.sessionSlug)\" lang=\"fr\" dir=\"ltr\">\(HTMLEscaping.escape(sessionTitle))</h2>"), "\(page)")
        #expect(page.contains("lang=\"fr\" dir=\"ltr\">\(HTMLEscaping.escape(shortTitle))</a></th>"))
        #expect(!page.contains(HTMLEscaping.escape(translated.sessionTitle)))
        // The section and its table are named by the heading and a caption, not by an attribute holding the title.
        #expect(page.contains("aria-labelledby=\"session-\(translated.sessionSlug)\""))
        #expect(!page.contains("aria-label=\"\(HTMLEscaping.escape(sessionTitle))\""))
        // An action the secretariat has not translated keeps its English name, marked as such.
        let shortOriginal = try #require(try platform.app.database.read { db in
            try db.scalar("SELECT short_title FROM actions WHERE id = ?", untranslated.id) as String?
        })
        #expect(page.contains("lang=\"en\" dir=\"ltr\">\(HTMLEscaping.escape(shortOriginal))</a></th>"))

        // The action's own page: heading and text in French; the untranslated one in English, marked.
        let action = try platform.get("/workspace/commitments/\(translated.slug)", as: office).text
        #expect(action.contains("<h1 lang=\"fr\" dir=\"ltr\">\(HTMLEscaping.escape(shortTitle))</h1>"))
        #expect(action.contains("<title>\(HTMLEscaping.escape(shortTitle)) — "))
        let text = try Self.translation(platform, "action", translated.id, "text", "fr")
        let firstParagraph = try #require(Formatting.paragraphs(text).first)
        #expect(action.contains("<p lang=\"fr\" dir=\"ltr\">\(HTMLEscaping.escape(firstParagraph))</p>"))
        let other = try platform.get("/workspace/commitments/\(untranslated.slug)", as: office).text
        #expect(other.contains("<h1 lang=\"en\" dir=\"ltr\">\(HTMLEscaping.escape(shortOriginal))</h1>"))
    }

    @Test func theSecretariatRecordsForACityWithActionNamesInItsLanguage() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let platform = fixture.platform
        let action = try fixture.row("SELECT id, slug FROM actions WHERE short_title IS NOT NULL ORDER BY id LIMIT 1")
        let id = try action.int("id"), slug = try action.string("slug")
        let city = try fixture.row("SELECT id FROM cities WHERE slug = 'barcelona'").int("id")
        try Self.untranslate(platform, "action", id, "es")
        try platform.app.database.write { db in try db.run("UPDATE users SET language = 'es'") }
        let page = try fixture.get("/workspace/cities/\(city)/commitments").text
        let original = try fixture.row("SELECT short_title FROM actions WHERE id = ?", id).string("short_title")
        // Inside <option> (no child elements) the language goes on the option itself.
        #expect(page.contains("<option value=\"\(slug)\" lang=\"en\" dir=\"ltr\">\(HTMLEscaping.escape(original))</option>"), "\(page)")
        #expect(page.contains("<th scope=\"row\" lang=\"en\" dir=\"ltr\">\(HTMLEscaping.escape(original))</th>"))
        let other = try fixture.row("SELECT id, slug FROM actions WHERE short_title IS NOT NULL AND id <> ? ORDER BY id LIMIT 1", id)
        let spanish = try Self.translation(platform, "action", try other.int("id"), "short_title", "es")
        #expect(page.contains("<option value=\"\(try other.string("slug"))\" lang=\"es\" dir=\"ltr\">\(HTMLEscaping.escape(spanish))</option>"))
    }

    @Test func aBriefTitleCarriesTheBriefsLanguageAndLinksAreNamedInTheReadersLanguage() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let platform = f.platform
        let (actionID, themeID) = try platform.app.database.read { db in
            (try db.scalar("SELECT MIN(id) FROM actions WHERE short_title IS NOT NULL") as Int? ?? 0, try db.scalar("SELECT MIN(id) FROM themes") as Int? ?? 0)
        }
        let draft = try f.workflow.create(city: try #require(f.office.cityID), year: 2026, by: f.office)
        var fields = draft.fields
        fields.title = "Supermanzanas para todos"
        fields.language = "es"
        fields.summary = "Cómo funcionó."
        fields.context = "Antes nadie coordinaba."
        fields.programme = "La ciudad coordinó."
        fields.results = "- 1.200 personas alojadas"
        fields.themeIDs = [themeID]
        fields.actionIDs = [actionID]
        fields.sdgNumbers = [11]
        let saved = try f.workflow.update(briefID: draft.id, fields: fields, expectedVersion: draft.version, by: f.office)
        try f.workflow.submit(briefID: draft.id, expectedVersion: saved.version, by: f.office)
        try RefusalLocalizationTests.setLanguage(platform, email: "office@barcelona.test", "fr")
        try RefusalLocalizationTests.setLanguage(platform, email: "reviewer@gpm.test", "fr")

        // The office's list: the Spanish title marked Spanish on a French page.
        let list = try platform.get("/workspace/briefs", as: f.officeJar).text
        #expect(list.contains("lang=\"es\" dir=\"ltr\">Supermanzanas para todos</a>"), "\(list)")
        // The secretariat's dashboard lists it waiting, with its language.
        let dashboard = try platform.get("/workspace", as: f.reviewer).text
        #expect(dashboard.contains("lang=\"es\" dir=\"ltr\">Supermanzanas para todos</a>"))

        // The brief's page and the review page name its action and theme in French.
        let theme = try Self.translation(platform, "theme", themeID, "name", "fr")
        let action = try Self.translation(platform, "action", actionID, "short_title", "fr")
        let show = try platform.get("/workspace/briefs/\(draft.id)", as: f.officeJar).text
        #expect(show.contains("<li class=\"tag\" lang=\"fr\" dir=\"ltr\">\(HTMLEscaping.escape(theme))</li>"))
        #expect(show.contains("<li lang=\"fr\" dir=\"ltr\">\(HTMLEscaping.escape(action))</li>"))
        let review = try platform.get("/workspace/reviews/\(draft.id)", as: f.reviewer).text
        #expect(review.contains("lang=\"fr\" dir=\"ltr\">\(HTMLEscaping.escape(theme))</a></li>"))
        #expect(review.contains("lang=\"fr\" dir=\"ltr\">\(HTMLEscaping.escape(action))</a></li>"))

        // Without the secretariat's translation, the review page shows the English name, marked.
        try Self.untranslate(platform, "theme", themeID, "fr")
        let english = try #require(try platform.app.database.read { db in try db.scalar("SELECT name FROM themes WHERE id = ?", themeID) as String? })
        let untranslated = try platform.get("/workspace/reviews/\(draft.id)", as: f.reviewer).text
        #expect(untranslated.contains("lang=\"en\" dir=\"ltr\">\(HTMLEscaping.escape(english))</a></li>"))
    }

    @Test func theBriefFormOffersActionsAndThemesInTheOfficesLanguage() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        let platform = f.platform
        try RefusalLocalizationTests.setLanguage(platform, email: "office@barcelona.test", "es")
        let created = try platform.post("/workspace/briefs/new", form: [("start", "empty")], as: f.officeJar)
        let location = try #require(created.header("Location"))
        let id = try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))
        let (themeID, session) = try platform.app.database.read { db in
            (try db.scalar("SELECT MIN(id) FROM themes") as Int? ?? 0,
             // A session with an action the city is not opted in to: it has its own group in the form.
             try db.queryOne("""
                SELECT s.id, s.title FROM strategy_sessions s JOIN actions a ON a.session_id = s.id
                WHERE a.id NOT IN (SELECT m.action_id FROM commitments m JOIN cities c ON c.id = m.city_id
                                   WHERE c.slug = 'barcelona' AND m.status = 'opted_in')
                ORDER BY s.id LIMIT 1
                """).map {
                 (id: try $0.int("id"), title: try $0.string("title"))
             })
        }
        let last = try #require(session)
        try Self.untranslate(platform, "session", last.id, "es")
        let form = try platform.get("/workspace/briefs/\(id)/edit", as: f.officeJar).text
        let theme = try Self.translation(platform, "theme", themeID, "name", "es")
        #expect(form.contains("<label for=\"theme-\(themeID)\" lang=\"es\" dir=\"ltr\">\(HTMLEscaping.escape(theme))</label>"), "\(form)")
        // A session with no Spanish title: the sentence is Spanish, the title inside it English, marked.
        #expect(form.contains("<span lang=\"en\" dir=\"ltr\">\(HTMLEscaping.escape(last.title))</span></legend>"))
    }
}
