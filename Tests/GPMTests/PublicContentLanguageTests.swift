import Foundation
import SQLite
import Testing

@testable import GPM

/// Issue 15 on the public reading pages: the registry's content in the page's language where the secretariat
/// translated it, else marked with its own language; an action without a title named in the page's words.
@Suite("Content languages: public reading pages")
struct PublicContentLanguageTests {
    private func scalar(_ platform: TestPlatform, _ sql: String) throws -> String {
        try #require(try platform.app.database.read { db in try db.queryOne(sql).map { try $0.string("v") } })
    }

    @Test func frenchCityPageNamesSharedActionsAndThemesInFrench() throws {
        let platform = TestPlatform.shared
        let html = try platform.get("/fr/cities/kumasi").text
        let peers = try #require(html.firstMatch(of: /<section aria-labelledby="peers-heading"[\s\S]*?<\/section>/)).0
        // The short title's translation (PeerIndexStore read only the printed title, and wrote "Action 3.2").
        let shortTitle = try scalar(platform, """
            SELECT t.text AS v FROM content_translations t JOIN actions a ON a.id = t.entity_id
            WHERE t.entity = 'action' AND t.field = 'short_title' AND t.language = 'fr' AND a.short_title = 'City identification for all residents'
            """)
        #expect(peers.contains(shortTitle), "\(peers)")
        #expect(!peers.contains("City identification for all residents"))
        let governance = try scalar(platform, """
            SELECT t.text AS v FROM content_translations t JOIN themes h ON h.id = t.entity_id
            WHERE t.entity = 'theme' AND t.field = 'name' AND t.language = 'fr' AND h.name = 'Governance'
            """)
        #expect(peers.contains("thèmes communs\u{202F}: ") && peers.contains(governance), "\(peers)")
        #expect(!peers.contains("shared"))
        // The themes list: French names, marked French.
        #expect(html.contains("lang=\"fr\" dir=\"ltr\">\(governance)</a></li>"))
        // A brief's title inside the translated "{year}: {title}" carries the brief's language.
        #expect(html.contains("2025\u{202F}: <span lang=\"en\" dir=\"ltr\">Kumasi 2025: green streets"))
        // The English page is unchanged: no markup around its own language.
        let english = try platform.get("/cities/kumasi").text
        #expect(english.contains("City identification for all residents"))
        #expect(english.contains("<h3><a href=\"/briefs/kumasi/2025\">2025: Kumasi 2025"))
    }

    /// The secretariat writes partnerships in English and does not translate them: a city page in French
    /// links them with their language.
    @Test func partnershipTitlesOnACityPageCarryTheirLanguage() throws {
        let html = try TestPlatform.shared.get("/fr/cities/medellin").text
        #expect(html.contains("lang=\"en\" dir=\"ltr\">Barcelona and Medellín: a pioneer in city-to-city cooperation</a>"))
    }

    /// A partnership's type is the platform's vocabulary, named by the page in its language (the store keeps
    /// the type, not an English label).
    @Test func partnershipTypesInSearchResultsAreInThePagesLanguage() throws {
        var pages: [String] = []
        for page in 1...6 { pages.append(try TestPlatform.shared.get("/fr/best-practices?q=city&page=\(page)").text) }
        #expect(pages.contains { $0.contains("<span>De ville à ville</span>") })
        #expect(!pages.contains { $0.contains("City-to-city</span>") })
    }

    /// A case study's and a published brief's themes are named in the page's language where the secretariat
    /// translated them ("Climat et énergie"), with the translation's lang.
    @Test func caseStudyAndBriefThemesAreTranslated() throws {
        let platform = TestPlatform.shared
        let study = try scalar(platform, """
            SELECT c.slug AS v FROM case_studies c JOIN case_study_themes x ON x.case_study_id = c.id JOIN themes t ON t.id = x.theme_id
            WHERE t.slug = 'climate' ORDER BY c.id LIMIT 1
            """)
        let studyPage = try platform.get("/fr/case-studies/\(study)").text
        #expect(studyPage.contains("lang=\"fr\" dir=\"ltr\">Climat et énergie</a>"))
        #expect(!studyPage.contains(">Climate and energy</a>"))
        let brief = try scalar(platform, """
            SELECT '/briefs/' || ci.slug || '/' || b.year AS v FROM mayor_briefs b JOIN cities ci ON ci.id = b.city_id
            JOIN brief_themes x ON x.brief_id = b.id JOIN themes t ON t.id = x.theme_id
            WHERE b.status = 'published' AND t.slug = 'climate' ORDER BY b.id LIMIT 1
            """)
        #expect(try platform.get("/es\(brief)").text.contains("lang=\"es\" dir=\"ltr\">Clima y energía</a>"))
        // The best-practices list's theme tags, likewise.
        let list = try platform.get("/fr/best-practices").text
        #expect(list.contains("href=\"/fr/best-practices?theme=migration\" lang=\"fr\" dir=\"ltr\">Migrations</a>"))
    }

    @Test func anUntitledActionIsNumberedInThePagesLanguageNotMarkedAsEnglish() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let session = try platform.app.database.write { db in
            let session = try #require(try db.queryOne("""
                SELECT id, number, (SELECT max(position) + 1 FROM actions WHERE session_id = s.id) AS next
                FROM strategy_sessions s WHERE number IS NOT NULL ORDER BY id LIMIT 1
                """))
            try db.run(
                "INSERT INTO actions (session_id, position, slug, text) VALUES (?, ?, 'untitled-test-action', 'A test action without a title.')",
                try session.int("id"), try session.int("next"))
            try db.run("""
                INSERT INTO commitments (city_id, action_id, status, since)
                VALUES ((SELECT id FROM cities WHERE slug = 'kumasi'), (SELECT id FROM actions WHERE slug = 'untitled-test-action'), 'opted_in', '2024-01-01')
                """)
            return (number: try session.int("number"), position: try session.int("next"))
        }
        let label = "\(session.number).\(session.position)"
        let french = try platform.get("/fr/actions/untitled-test-action").text
        #expect(french.contains("<h1 lang=\"fr\" dir=\"ltr\">Action \(label)</h1>"), "\(french)")
        let spanish = try platform.get("/es/actions/untitled-test-action").text
        #expect(spanish.contains("<h1 lang=\"es\" dir=\"ltr\">Acción \(label)</h1>"))
        #expect(!spanish.contains("lang=\"en\" dir=\"ltr\">Action \(label)"))
        // The city page (its commitments and its cached peer index) writes it in each page's language.
        let city = try platform.get("/es/cities/kumasi").text
        #expect(city.contains("<a href=\"/es/actions/untitled-test-action\" lang=\"es\" dir=\"ltr\">Acción \(label)</a>"))
        #expect(try platform.get("/fr/cities/kumasi").text.contains("lang=\"fr\" dir=\"ltr\">Action \(label)</a>"))
        #expect(try platform.get("/cities/kumasi").text.contains(">Action \(label)</a>"))
    }

    @Test func theActionPageMarksBriefTitlesWithTheBriefsLanguageAndTranslatesTheConvening() throws {
        let platform = TestPlatform.shared
        let html = try platform.get("/fr/actions/mapping-our-cities-as-part-of-a-network").text
        let brief = try #require(try platform.app.database.read { db in
            try db.queryOne("""
                SELECT c.slug, b.year, b.title, b.language FROM brief_actions x JOIN mayor_briefs b ON b.id = x.brief_id
                JOIN cities c ON c.id = b.city_id JOIN actions a ON a.id = x.action_id
                WHERE a.slug = 'mapping-our-cities-as-part-of-a-network' AND b.status = 'published' ORDER BY b.year LIMIT 1
                """)
        })
        let title = try brief.string("title"), language = try brief.string("language")
        #expect(html.contains("<a href=\"/fr/briefs/\(try brief.string("slug"))/\(try brief.int("year"))\" lang=\"\(language)\" dir=\"ltr\">\(title)</a>"))
        let convening = try scalar(platform, """
            SELECT t.text AS v FROM content_translations t JOIN convenings v ON v.id = t.entity_id
            WHERE t.entity = 'convening' AND t.field = 'title' AND t.language = 'fr'
              AND v.id = (SELECT s.convening_id FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
                          WHERE a.slug = 'mapping-our-cities-as-part-of-a-network')
            """)
        #expect(html.contains("(<span lang=\"fr\" dir=\"ltr\">\(convening)</span>)"))
        #expect(!html.contains("(Inaugural Convening of the Global Parliament of Mayors)"))
    }

    @Test func sessionAndCaseStudySourcesAreMarkedInline() throws {
        let platform = TestPlatform.shared
        let session = try platform.get("/fr/sessions/integrating-economic-migrants").text
        #expect(session.contains("Source\u{202F}: <span lang=\"en\" dir=\"ltr\">GPM Inaugural Convening"))
        #expect(session.contains("<strong>Modèle de référence\u{202F}:</strong> <span lang=\"en\" dir=\"ltr\">The Mannheim Declaration</span>"))
        let study = try platform.get("/fr/case-studies/venligboerne").text
        #expect(study.contains("<span lang=\"en\" dir=\"ltr\">H. Krunke and K. Hovden"))
    }
}
