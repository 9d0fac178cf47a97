import HTTP
import Testing
@testable import GPM

/// The route table's typed paths: one declaration registers the route and writes its links.
@Suite struct PathTests {
    @Test func linksAreBuiltFromTheDeclarationWithEachSegmentEscaped() {
        #expect(Paths.cities.href == "/cities")
        #expect(Paths.city.href("são-paulo") == "/cities/s%C3%A3o-paulo")
        #expect(Paths.city.href("a/b?c") == "/cities/a%2Fb%3Fc")
        #expect(Paths.publishedBrief.href("mannheim", 2017) == "/briefs/mannheim/2017")
        #expect(Paths.cities.href(QueryString([("country", "NL"), ("q", "den haag")])) == "/cities?country=NL&q=den%20haag")
        #expect(Paths.home.href == "/")
    }

    @Test func integerParametersAcceptOnlyCanonicalDecimals() {
        #expect(Int(pathSegment: "2017") == 2017)
        #expect(Int(pathSegment: "0") == 0)
        for bad in ["", "+7", "-1", "007", "7a", "1e3", "9999999999999999999", " 7"] {
            #expect(Int(pathSegment: bad) == nil, "\(bad) parsed as an integer")
        }
    }

    @Test func aParameterThatDoesNotParseAnswers404() throws {
        let platform = TestPlatform.shared
        #expect(try platform.get("/briefs/mannheim/2017").status == 200)
        #expect(try platform.get("/briefs/mannheim/+2017").status == 404)
        #expect(try platform.get("/briefs/mannheim/twenty").status == 404)
        #expect(try platform.get("/briefs/mannheim/02017").status == 404)
    }

    @Test func thePageCacheKeysOnTheDeclaredParametersInTheirOrder() throws {
        var router = Router()
        router.get("/cities") { _ in .text("") }
        router.get("/search") { _ in .text("") }
        let key = PageCacheKey(declaredParameters: ["/cities": ["q", "country"]], patterns: router.patterns)
        func keyed(_ target: String) throws -> String {
            var request = try Request(method: .get, target: target)
            request.routeMatch = router.match(request.head)
            return key.key(for: request)
        }
        #expect(try keyed("/cities?country=NL&q=x&utm_source=mail") == keyed("/cities?q=x&country=NL"))
        #expect(try keyed("/cities?q=x") != keyed("/cities?q=y"))
        // Undeclared: every parameter counts, in sorted order.
        #expect(try keyed("/search?b=2&a=1") == keyed("/search?a=1&b=2"))
        #expect(try keyed("/search?a=1") != keyed("/search?a=1&nocache=2"))
    }
}
