import Foundation
import Testing

@Suite("Home page and health")
struct HomePageTests {
    @Test func healthReportsTheDatabase() throws {
        let response = try TestPlatform.shared.get("/healthz")
        #expect(response.status == 200)
        #expect(response.text.contains(#""database":"ok""#))
    }

    @Test func homeShowsFiguresMapAndLayout() throws {
        let response = try TestPlatform.shared.get("/")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/html; charset=utf-8")
        #expect(response.text.contains("<title>Global Parliament of Mayors"))
        #expect(response.text.contains("member cities"))
        #expect(response.text.contains("<svg class=\"map\""))
        #expect(response.text.contains("rel=\"canonical\" href=\"http://127.0.0.1:\(TestPlatform.shared.port)/\""))
        #expect(response.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
    }

    @Test func unknownPageIsARealNotFoundPage() throws {
        let response = try TestPlatform.shared.get("/no-such-page")
        #expect(response.status == 404)
        #expect(response.text.contains("Page not found"))
        #expect(response.text.contains("<nav class=\"site-nav\""))
    }

    @Test func stylesheetIsServedWithValidators() throws {
        let response = try TestPlatform.shared.get("/css/site.css")
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("text/css") == true)
        let etag = try #require(response.header("ETag"))
        let again = try TestPlatform.shared.get("/css/site.css", headers: [("If-None-Match", etag)])
        #expect(again.status == 304)
        #expect(again.body.count == 0)
    }
}
