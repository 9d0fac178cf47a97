import Testing
@testable import HTTP

/// The Host field's value against its grammar (RFC 9112 §3.2: `uri-host [ ":" port ]`, RFC 3986 §3.2.2).
@Suite struct HostHeaderTests {
    @Test(arguments: [
        "example.com", "example.com:8080", "EXAMPLE.com", "localhost:", "127.0.0.1", "127.0.0.1:80", "[::1]", "[::1]:8080",
        "[2001:db8::7]", "[::ffff:192.0.2.1]:443", "[v1.fe80::a+en1]", "xn--bcher-kva.example", "a_b~c-d.e", "%41bc",
        "sub!$&'()*+,;=delims", "", "a:0123456789",
    ])
    func validHostsAreAccepted(_ host: String) {
        #expect(HeadParser.isValidHost(host.utf8), "\(host)")
        #expect(parse("GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n").error == nil, "\(host)")
    }

    @Test(arguments: [
        "exa mple.com", "example.com:80a", "example.com:-1", "a:b:c", "user@example.com", "example.com/path", "example.com?x",
        "example.com#f", "[::1", "::1", "[::1]x", "[::1]:8o", "[1.2.3.4]", "[fe80::1%25eth0]", "[::g]", "[v1.]", "[vx.a]",
        "%4", "%zz", "ex\"ample", "<a>", "a\\b", "a{b}", "[]", "ä.example", "a|b", "a^b", "`a`",
    ])
    func invalidHostsAreRefused(_ host: String) {
        #expect(!HeadParser.isValidHost(host.utf8), "\(host)")
        #expect(parse("GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n").error == .badRequest, "\(host)")
    }

    @Test func anInvalidHostIsAnswered400OverTheWire() throws {
        let server = try TestServer(handler: { _ in .text("ok") })
        #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: a b\r\n\r\n")?.status == 400)
        #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: x@y\r\n\r\n")?.status == 400)
        #expect(try server.roundTrip("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n")?.status == 200)
    }
}
