import Testing

@testable import GPM

/// The one rule for turning a stored URL into an href (city websites, evidence, case study sources).
@Suite("Safe URL")
struct SafeURLTests {
    @Test(arguments: [
        "https://example.org", "http://example.org/report.pdf", "HTTPS://Example.org/a?b=c#d", "/briefs/mannheim/2024", "/",
    ])
    func linksWebAddressesAndSitePaths(_ url: String) {
        #expect(SafeURL.mayLink(url))
    }

    @Test(arguments: [
        "", "javascript:alert(1)", "data:text/html,x", "//evil.example", "/\\evil.example", "https://", "http:///path",
        "https://exa mple.org", "https://example.org/\"onmouseover=x", "example.org", "ftp://example.org", "https://a\n.org",
    ])
    func refusesEverythingElse(_ url: String) {
        #expect(!SafeURL.mayLink(url))
    }

    @Test func webAddressesAreAbsoluteOnly() {
        #expect(SafeURL.isWebAddress("https://example.org"))
        #expect(!SafeURL.isWebAddress("/cities/mannheim"))
    }
}
