import Testing

/// Responses the HTTP server writes itself (before any route runs) carry the platform's security
/// headers too.
@Suite("Security headers on server-generated errors")
struct ServerErrorHeadersTests {
    @Test(arguments: [
        ("no Host", "GET / HTTP/1.1\r\n\r\n", 400),
        ("over-long target", "GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: a\r\n\r\n", 414),
        ("body too large", "POST /sign-in HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n", 413),
        ("unknown transfer coding", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
    ])
    func protocolErrorsCarryTheSecurityHeaders(_ name: String, _ raw: String, _ status: Int) throws {
        let bytes = try TestClient.exchange(port: TestPlatform.shared.port, bytes: Array(raw.utf8))
        let response = try TestClient.parse(bytes, isHead: false)
        #expect(response.status == status, "\(name)")
        #expect(response.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(name)")
        #expect(response.header("X-Content-Type-Options") == "nosniff", "\(name)")
        #expect(response.header("Connection") == "close", "\(name)")
    }
}
