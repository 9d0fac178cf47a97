import Foundation
import Testing

@testable import GPM

/// Issue 15: the directories' filters name themes and actions as content — the secretariat's translation
/// where there is one, else the original — and each `<option>` says which language it is in.
@Suite("Content languages: filter choices")
struct ContentFilterLanguageTests {
    var platform: TestPlatform { TestPlatform.shared }

    @Test func themeChoicesShowTheTranslationMarkedWithThePageLanguage() throws {
        for path in ["/fr/cities", "/fr/networks", "/fr/partnerships", "/fr/best-practices"] {
            let html = try platform.get(path).text
            #expect(html.contains(#"lang="fr" dir="ltr">Migrations</option>"#) || !html.contains(#"value="migration""#), "\(path)")
            #expect(!html.contains(#">Migration</option>"#), "\(path)")
        }
        let es = try platform.get("/es/cities").text
        #expect(es.contains(#"<option value="migration" lang="es" dir="ltr">Migración</option>"#))
    }

    @Test func englishPagesMarkTheirChoicesEnglish() throws {
        let html = try platform.get("/cities").text
        #expect(html.contains(#"<option value="migration" lang="en" dir="ltr">Migration</option>"#))
        #expect(html.contains(#"<optgroup label="#))
        #expect(!html.contains(#"<optgroup label="" "#))
    }
}
