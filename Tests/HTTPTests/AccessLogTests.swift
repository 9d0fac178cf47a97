import Foundation
import Testing
@testable import HTTP

/// The access log's two formats, over real sockets: the JSON lines parse and carry exactly the agreed
/// fields, with the real client, the peer, the scheme and the route pattern.
@Suite struct AccessLogTests {
    static let jsonFields: Set<String> = ["time", "client", "peer", "scheme", "method", "target", "route", "status", "bytes", "duration_ms"]

    private func loggedServer(_ format: AccessLog.Format, lines: ReportedErrors, trusting proxies: [CIDR] = []) throws -> TestServer {
        var router = Router()
        router.get("/cities/:slug") { request in .text("city \(request.pathParameters["slug"] ?? "")") }
        router.use(AccessLog(format: format, write: { lines.add($0) }, redact: { $0.replacingOccurrences(of: "SECRET", with: "[redacted]") }))
        return try TestServer(configure: { $0.trustedProxies = proxies }, router: router)
    }

    private func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
    }

    @Test func jsonLinesCarryTheAgreedFields() throws {
        let lines = ReportedErrors()
        let server = try loggedServer(.json, lines: lines, trusting: [CIDR("127.0.0.0/8")!])
        _ = try server.roundTrip("GET /cities/mannheim?x=SECRET HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 2001:db8::5\r\nX-Forwarded-Proto: https\r\n\r\n")
        _ = try server.roundTrip("HEAD /nowhere HTTP/1.1\r\nHost: x\r\n\r\n", headRequest: true)
        #expect(eventually { lines.all.count == 2 })
        let first = try object(lines.all[0])
        #expect(Set(first.keys) == Self.jsonFields)
        #expect(first["client"] as? String == "2001:db8::5")
        #expect(first["peer"] as? String == "127.0.0.1")
        #expect(first["scheme"] as? String == "https")
        #expect(first["method"] as? String == "GET")
        #expect(first["target"] as? String == "/cities/mannheim?x=[redacted]")
        #expect(first["route"] as? String == "/cities/:slug")
        #expect(first["status"] as? Int == 200)
        #expect(first["bytes"] as? Int == 13)
        #expect((first["duration_ms"] as? Double).map { $0 >= 0 } == true)
        let time = try #require(first["time"] as? String)
        #expect(time.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        #expect(ISO8601DateFormatter().date(from: time) != nil)
        let second = try object(lines.all[1])
        #expect(Set(second.keys) == Self.jsonFields)
        #expect(second["route"] is NSNull)
        #expect(second["status"] as? Int == 404)
        #expect(second["bytes"] as? Int == 0)
        #expect(second["client"] as? String == "127.0.0.1")
        #expect(second["scheme"] as? String == "http")
    }

    @Test func jsonEscapesEverythingATargetMayHold() throws {
        let entry = AccessLogEntry(
            time: 0, client: "192.0.2.1", peer: "192.0.2.1", scheme: .http, method: .get,
            target: "/q?a=\"x\"\\y\n\r\t\u{01}\u{7F}é世🙂", route: nil, status: 200, bytes: 1, durationMilliseconds: 0.5)
        let line = entry.json
        #expect(!line.contains("\n") && !line.contains("\r") && !line.contains("\u{01}") && !line.contains("\u{7F}"))
        #expect(line.contains("é世🙂"))  // non-ASCII as UTF-8, not escaped
        let parsed = try object(line)
        #expect(parsed["target"] as? String == "/q?a=\"x\"\\y\n\r\t\u{01}\u{7F}é世🙂")
        #expect(parsed["time"] as? String == "1970-01-01T00:00:00Z")
        #expect(parsed["duration_ms"] as? Double == 0.5)
    }

    @Test func textLinesNameTheClient() throws {
        let lines = ReportedErrors()
        let server = try loggedServer(.text, lines: lines, trusting: [CIDR("127.0.0.0/8")!])
        _ = try server.roundTrip("GET /cities/a%0Ab HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.4\r\n\r\n")
        #expect(eventually { lines.all.count == 1 })
        let line = try #require(lines.all.first)
        #expect(line.contains("Z 198.51.100.4 GET /cities/a%0Ab 200 "), "\(line)")
        #expect(line.hasSuffix("ms"))
    }
}

extension RawResponse {
    /// The values of every `Set-Cookie` field.
    var setCookies: [String] {
        head.split(separator: "\r\n").filter { $0.lowercased().hasPrefix("set-cookie:") }.map { String($0.dropFirst(11)).trimmingCharacters(in: .whitespaces) }
    }
}

/// Behind HTTPS every cookie is `Secure` and HSTS is sent; over plain HTTP nothing changes unless forced.
@Suite struct TransportSecurityTests {
    private func server(forced: Bool) throws -> TestServer {
        var router = Router()
        router.get("/") { _ in
            var response = Response.text("ok")
            response.setCookie(Cookie(name: "a", value: "1"))
            response.setCookie(Cookie(name: "b", value: "2", secure: true))
            return response
        }
        router.use(TransportSecurity(forced: forced))
        return try TestServer(configure: { $0.trustedProxies = [CIDR("127.0.0.1")!] }, router: router)
    }

    @Test func httpsRequestsGetSecureCookiesAndHSTS() throws {
        let server = try server(forced: false)
        let https = try #require(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-Proto: https\r\n\r\n"))
        #expect(https.header("Strict-Transport-Security") == "max-age=31536000")
        #expect(https.setCookies.contains("a=1; Path=/; HttpOnly; SameSite=Lax; Secure"))
        #expect(https.setCookies.contains("b=2; Path=/; HttpOnly; Secure; SameSite=Lax"))  // not twice
        let http = try #require(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-Proto: http\r\n\r\n"))
        #expect(http.header("Strict-Transport-Security") == nil)
        #expect(http.setCookies.contains("a=1; Path=/; HttpOnly; SameSite=Lax"))
    }

    @Test func forcedAppliesToPlainHTTP() throws {
        let server = try server(forced: true)
        let http = try #require(try server.roundTrip("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(http.header("Strict-Transport-Security") == "max-age=31536000")
        #expect(http.setCookies.contains("a=1; Path=/; HttpOnly; SameSite=Lax; Secure"))
    }
}
