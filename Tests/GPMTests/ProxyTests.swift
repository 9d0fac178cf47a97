import Foundation
import HTTP
import SQLite
import Synchronization
import Testing

@testable import GPM

/// The platform behind a TLS-terminating reverse proxy: the real client and scheme come from a trusted
/// proxy's headers (never from anyone else's), HTTPS brings `Secure` cookies and HSTS, the sign-in throttle
/// keys on the real client so no one can lock another user out, and the JSON access log says who it saw.
@Suite("Behind a proxy: client address, scheme, throttle, access log")
struct ProxyTests {
    static let loopback = [CIDR("127.0.0.0/8")!, CIDR("::1/128")!]

    /// One browser behind the proxy: its cookie jar and the address the proxy reports for it.
    struct Visitor {
        var jar = CookieJar()
        let address: String

        var forwarding: [(String, String)] { [("X-Forwarded-For", address)] }
    }

    /// Opens the sign-in form as `visitor` (for its form cookie and token).
    func open(_ platform: TestPlatform, _ visitor: inout Visitor) throws {
        visitor.jar.absorb(try platform.get("/sign-in", headers: visitor.jar.cookieHeader + visitor.forwarding))
    }

    /// A sign-in attempt as `visitor`, through the proxy.
    func attempt(_ platform: TestPlatform, _ visitor: Visitor, email: String, password: String) throws -> TestResponse {
        try platform.post(
            "/sign-in", form: [("_csrf", visitor.jar.csrf ?? ""), ("email", email), ("password", password)],
            headers: visitor.jar.cookieHeader + [("Origin", platform.origin)] + visitor.forwarding)
    }

    // MARK: Throttle

    @Test func anAttackerFailingFiftyTimesDoesNotStopTheUserSigningInFromElsewhere() throws {
        let clock = PlatformClock(fixed: Date(timeIntervalSince1970: 1_800_000_000))
        let platform = try TestPlatform(seed: false, configure: { $0.clock = clock; $0.trustedProxies = Self.loopback })
        defer { platform.stop() }
        try platform.createUser(email: "u@gpm.test", role: "staff")
        var attacker = Visitor(address: "198.51.100.66")
        try open(platform, &attacker)
        var waits: [Int] = []
        var failures = 0
        while failures < 50 {
            let response = try attempt(platform, attacker, email: "u@gpm.test", password: "guess number \(failures)")
            if response.status == 422 {
                failures += 1
                continue
            }
            #expect(response.status == 429)
            let wait = try #require(Int(response.header("Retry-After") ?? ""))
            #expect(response.text.contains("please wait"))
            waits.append(wait)
            clock.advance(by: TimeInterval(wait))  // the attacker waits it out, so every guess counts
        }
        // Growing delays from the 5th failure on: 1 s, 2 s, 4 s … capped at 15 minutes; never a lockout.
        #expect(Array(waits.prefix(5)) == [1, 2, 4, 8, 16])
        #expect(zip(waits, waits.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(waits.last == 15 * 60)
        #expect(waits.count == 50 - 5)  // one wait before each failure after the 5th

        // The attacker's own right guess now waits too …
        let fromAttacker = try attempt(platform, attacker, email: "u@gpm.test", password: "correct horse battery")
        #expect(fromAttacker.status == 429)
        // … while the user, from another address behind the same proxy, signs in at once.
        var user = Visitor(address: "203.0.113.10")
        try open(platform, &user)
        let signedIn = try attempt(platform, user, email: "u@gpm.test", password: "correct horse battery")
        #expect(signedIn.status == 303)
        #expect(signedIn.headers("Set-Cookie").contains { $0.hasPrefix("gpm_session=") })
        // The session records the real client.
        let recorded: String? = try platform.app.database.read { db in try db.scalar("SELECT remote_address FROM user_sessions") }
        #expect(recorded == "203.0.113.10")
    }

    @Test func aSuccessClearsThePairAndOneClientsGuessesAcrossAccountsAreSlowedToo() throws {
        let clock = PlatformClock(fixed: Date(timeIntervalSince1970: 1_800_000_000))
        let platform = try TestPlatform(seed: false, configure: { $0.clock = clock; $0.trustedProxies = Self.loopback })
        defer { platform.stop() }
        try platform.createUser(email: "u@gpm.test", role: "staff")
        var user = Visitor(address: "2001:db8::10")
        try open(platform, &user)
        for _ in 0..<5 { #expect(try attempt(platform, user, email: "u@gpm.test", password: "mistyped password").status == 422) }
        #expect(try attempt(platform, user, email: "u@gpm.test", password: "correct horse battery").header("Retry-After") == "1")
        clock.advance(by: 1)
        #expect(try attempt(platform, user, email: "u@gpm.test", password: "correct horse battery").status == 303)
        // The pair is forgotten: one more mistake is just a mistake.
        var again = Visitor(address: "2001:db8::10")
        try open(platform, &again)
        #expect(try attempt(platform, again, email: "u@gpm.test", password: "mistyped password").status == 422)
        #expect(try attempt(platform, again, email: "u@gpm.test", password: "correct horse battery").status == 303)

        // One client spraying one guess over many accounts: from its 20th failure, it waits.
        var sprayer = Visitor(address: "198.51.100.99")
        try open(platform, &sprayer)
        for index in 0..<20 {
            #expect(try attempt(platform, sprayer, email: "n\(index)@gpm.test", password: "Summer2026!!!").status == 422)
        }
        let slowed = try attempt(platform, sprayer, email: "n20@gpm.test", password: "Summer2026!!!")
        #expect(slowed.status == 429)
        #expect(slowed.header("Retry-After") == "1")
        // Others are not slowed by it.
        var other = Visitor(address: "198.51.100.100")
        try open(platform, &other)
        #expect(try attempt(platform, other, email: "u@gpm.test", password: "correct horse battery").status == 303)
    }

    @Test func anUntrustedPeersForwardedForIsIgnoredByTheThrottle() throws {
        let clock = PlatformClock(fixed: Date(timeIntervalSince1970: 1_800_000_000))
        // The proxy is elsewhere: requests from loopback are their own clients, whatever they claim.
        let platform = try TestPlatform(seed: false, configure: { $0.clock = clock; $0.trustedProxies = [CIDR("10.0.0.0/8")!] })
        defer { platform.stop() }
        try platform.createUser(email: "u@gpm.test", role: "staff")
        var attacker = Visitor(address: "198.51.100.1")
        try open(platform, &attacker)
        for index in 0..<5 {
            // A fresh claimed address for every guess does not escape the count.
            let claimed = Visitor(jar: attacker.jar, address: "198.51.100.\(index + 1)")
            #expect(try attempt(platform, claimed, email: "u@gpm.test", password: "guess \(index)").status == 422)
        }
        let refused = try attempt(platform, Visitor(jar: attacker.jar, address: "203.0.113.10"), email: "u@gpm.test", password: "correct horse battery")
        #expect(refused.status == 429)
        let recorded: [String] = try platform.app.database.read { db in
            try db.query("SELECT DISTINCT key FROM sign_in_failures ORDER BY key").map { try $0.string("key") }
        }
        #expect(recorded == ["account+client:127.0.0.1 u@gpm.test", "client:127.0.0.1"])
    }

    // MARK: HTTPS

    @Test func overHTTPSCookiesAreSecureAndHSTSIsSent() throws {
        let platform = try TestPlatform(seed: false, configure: { $0.trustedProxies = Self.loopback })
        defer { platform.stop() }
        let https = try platform.get("/sign-in", headers: [("X-Forwarded-For", "192.0.2.7"), ("X-Forwarded-Proto", "https")])
        #expect(https.header("Strict-Transport-Security") == "max-age=31536000")
        #expect(!https.headers("Set-Cookie").isEmpty)
        #expect(https.headers("Set-Cookie").allSatisfy { $0.contains("; Secure") })
        let forwarded = try platform.get("/", headers: [("Forwarded", "for=\"[2001:db8::7]\";proto=https")])
        #expect(forwarded.header("Strict-Transport-Security") == "max-age=31536000")

        // Signing in over HTTPS: the session cookie is Secure.
        try platform.createUser(email: "u@gpm.test", role: "staff")
        var jar = CookieJar()
        jar.absorb(https)
        let signedIn = try platform.post(
            "/sign-in", form: [("_csrf", jar.csrf ?? ""), ("email", "u@gpm.test"), ("password", "correct horse battery")],
            headers: jar.cookieHeader + [("Origin", platform.origin), ("X-Forwarded-Proto", "https")])
        #expect(signedIn.status == 303)
        let session = try #require(signedIn.headers("Set-Cookie").first { $0.hasPrefix("gpm_session=") })
        #expect(session.contains("; Secure"))

        // A POST refused at its head, before its body, says so too.
        let refused = try platform.post(
            "/workspace/briefs/new", form: [("x", "1")], headers: [("X-Forwarded-Proto", "https"), ("Origin", "https://elsewhere.example")])
        #expect(refused.status == 403)
        #expect(refused.header("Strict-Transport-Security") == "max-age=31536000")

        // Plain http (the README's localhost) stays as it was.
        let http = try platform.get("/sign-in")
        #expect(http.header("Strict-Transport-Security") == nil)
        #expect(http.headers("Set-Cookie").allSatisfy { !$0.contains("Secure") })
    }

    @Test func anUntrustedPeerCannotClaimHTTPS() throws {
        let platform = try TestPlatform(seed: false)
        defer { platform.stop() }
        let response = try platform.get("/sign-in", headers: [("X-Forwarded-Proto", "https"), ("Forwarded", "proto=https;for=192.0.2.1")])
        #expect(response.header("Strict-Transport-Security") == nil)
        #expect(response.headers("Set-Cookie").allSatisfy { !$0.contains("Secure") })
    }

    @Test func secureCookiesForcesSecureAndHSTSOverPlainHTTP() throws {
        let platform = try TestPlatform(seed: false, configure: { $0.secureCookies = true })
        defer { platform.stop() }
        let response = try platform.get("/sign-in")
        #expect(response.header("Strict-Transport-Security") == "max-age=31536000")
        #expect(!response.headers("Set-Cookie").isEmpty)
        #expect(response.headers("Set-Cookie").allSatisfy { $0.contains("; Secure") })
        // Also on the answers the server writes itself.
        let raw = String(decoding: try TestClient.exchange(port: platform.port, bytes: Array("GET / HTTP/1.1\r\n\r\n".utf8)), as: UTF8.self)
        #expect(raw.hasPrefix("HTTP/1.1 400 "))
        #expect(raw.contains("Strict-Transport-Security: max-age=31536000"))
    }

    // MARK: JSON access log

    @Test func theJSONAccessLogNamesTheRealClientSchemeAndRouteAndNoToken() throws {
        let lines = Mutex<[String]>([])
        let platform = try TestPlatform(configure: {
            $0.trustedProxies = Self.loopback
            $0.accessLog = true
            $0.accessLogFormat = .json
            $0.accessLogOutput = { line in lines.withLock { $0.append(line) } }
        })
        defer { platform.stop() }
        let slug: String = try #require(try platform.app.database.read { db in try db.scalar("SELECT slug FROM cities ORDER BY id LIMIT 1") })
        _ = try platform.get("/cities/\(slug)?page=1", headers: [("X-Forwarded-For", "203.0.113.5, 192.0.2.44"), ("X-Forwarded-Proto", "https")])
        _ = try platform.get("/invitations/SECRETtoken123")
        _ = try platform.get("/password-reset/SECRETtoken456?x=1")
        _ = try platform.get("/no/such/page")
        let written = lines.withLock { $0 }
        #expect(written.count == 4)
        let objects = try written.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
        let fields: Set<String> = ["time", "client", "peer", "scheme", "method", "target", "route", "status", "bytes", "duration_ms"]
        #expect(objects.allSatisfy { Set($0.keys) == fields })
        let city = objects[0]
        #expect(city["client"] as? String == "192.0.2.44")
        #expect(city["peer"] as? String == "127.0.0.1")
        #expect(city["scheme"] as? String == "https")
        #expect(city["method"] as? String == "GET")
        #expect(city["target"] as? String == "/cities/\(slug)?page=1")
        #expect(city["route"] as? String == "/cities/:slug")
        #expect(city["status"] as? Int == 200)
        #expect((city["bytes"] as? Int ?? 0) > 1000)
        #expect(city["duration_ms"] is Double || city["duration_ms"] is Int)
        #expect(objects[1]["target"] as? String == "/invitations/[redacted]")
        #expect(objects[1]["route"] as? String == "/invitations/:token")
        #expect(objects[2]["target"] as? String == "/password-reset/[redacted]?x=1")
        #expect(objects[1]["client"] as? String == "127.0.0.1")
        #expect(objects[1]["scheme"] as? String == "http")
        #expect(objects[3]["route"] is NSNull)
        #expect(objects[3]["status"] as? Int == 404)
        #expect(written.allSatisfy { !$0.contains("SECRET") })
    }
}
