import Foundation
import Testing

@testable import GPM

/// What the browser suite's three-language crawl (Tests/browser/language_checks.py) found on French and
/// Spanish pages, fixed and kept fixed: the open data page's links leave the language no more, a 404 reads in
/// the page's language, the stale mark of a commitment is translated, and the data values an open-data meaning
/// names read as code.
@Suite("Localization: findings of the language crawl")
struct LanguageCrawlFindingsTests {
    let platform = TestPlatform.shared

    @Test func frenchOpenDataPageLinksStayFrench() throws {
        let html = try platform.get("/fr/open-data").text
        let links = LanguageRoutingTests.internalLinks(html).filter { !$0.hasPrefix("/sign-in") }
        #expect(links.contains("/fr/cities"))
        for link in links where !link.hasPrefix("/fr/") {
            Issue.record("a link on /fr/open-data leaves French: \(link)")
        }
        // The dataset's own page is linked in English on the English page.
        #expect(LanguageRoutingTests.internalLinks(try platform.get("/open-data").text).contains("/cities"))
    }

    @Test func openDataMeaningsWriteTheirValuesAsCode() {
        let parts = OpenDataPage.Field.parts(
            "Son dernier état : planned, in_progress, achieved ou paused ; null avant.",
            source: "Its latest progress: planned, in_progress, achieved or paused; null before the first update.")
        #expect(parts.filter(\.isValue).map(\.text) == ["planned", "in_progress", "achieved", "paused"])
        // A word French shares with the English text is not a value outside a list of values.
        let role = OpenDataPage.Field.parts(
            "Son rôle dans la session : chair, co_chair ou author.", source: "Their role in the session: chair, co_chair or author.")
        #expect(role.filter(\.isValue).map(\.text) == ["chair", "co_chair", "author"])
        // The English text keeps its words: only snake_case values are code there.
        let english = "One of twinning, city_to_city, triangular."
        #expect(OpenDataPage.Field.parts(english, source: english).filter(\.isValue).map(\.text) == ["city_to_city"])
    }

    @Test func aFrenchNotFoundPageHasNoEnglishReasonPhrase() throws {
        let response = try platform.get("/fr/cities/no-such-city-in-any-language")
        #expect(response.status == 404)
        #expect(!response.text.contains("Not Found"))
        #expect(response.text.contains("<html lang=\"fr\">"))
    }

    @Test func theStaleMarkFollowsThePage() throws {
        let path = "/actions/mapping-our-cities-as-part-of-a-network"
        let english = try platform.get(path).text
        let french = try platform.get("/fr" + path).text
        #expect(!french.contains("Not confirmed for over a cycle"))
        // Where the English page marks a stale commitment, the French one marks it in French.
        if english.contains("Not confirmed for over a cycle") {
            #expect(french.contains("Non confirmé depuis plus d’un cycle"))
        }
    }
}
