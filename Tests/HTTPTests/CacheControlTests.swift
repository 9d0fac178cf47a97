import Testing
@testable import HTTP

/// `Cache-Control` directives found as tokens, whatever their case, values or neighbours.
@Suite struct CacheControlTests {
    @Test(arguments: [
        ("no-cache", true), ("No-Cache", true), ("max-age=0, no-cache", true), ("no-cache=\"Set-Cookie\"", true),
        (" max-age=0 ,\tNO-CACHE ", true), ("private, no-store", false), ("no-cachex", false), ("xno-cache", false),
        ("ext=\"a, no-cache\"", false), ("", false),
    ])
    func findsTheDirectiveAsAToken(value: String, expected: Bool) {
        #expect(CacheControl.hasDirective("no-cache", in: value) == expected, "\(value)")
    }
}
