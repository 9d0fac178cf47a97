import Foundation
import GPM

/// A browser's memory for one person: cookies set by the platform and the CSRF token its forms carry.
struct CookieJar: Sendable {
    var cookies: [String: String] = [:]
    /// The `_csrf` value of the last form page seen (or of the session, after `signIn`).
    var csrf: String?

    /// Stores `Set-Cookie`s (a `Max-Age=0` one removes the cookie) and remembers a form's `_csrf` field.
    mutating func absorb(_ response: TestResponse) {
        for header in response.headers("Set-Cookie") {
            let pair = header.split(separator: ";", maxSplits: 1)[0]
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
            if header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Self.formToken(in: response.text) { csrf = token }
    }

    var cookieHeader: [(String, String)] {
        cookies.isEmpty ? [] : [("Cookie", cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))]
    }

    static func formToken(in html: String) -> String? {
        html.firstMatch(of: /name="_csrf" value="([^"]*)"/).map { String($0.1) }
    }
}

struct SignInFailed: Error, CustomStringConvertible {
    let description: String
}

extension TestPlatform {
    /// The platform's own origin, as a browser sends it with a form.
    var origin: String { "http://127.0.0.1:\(port)" }

    /// Creates a user directly (no web form). `city` is a city slug, for city offices.
    @discardableResult
    func createUser(
        email: String, name: String = "Test User", role: String, city: String? = nil, password: String = "correct horse battery"
    ) throws -> Int {
        try AccountSetupService(database: app.database, clock: app.configuration.clock, hashing: .testing)
            .createUser(email: email, name: name, role: role, citySlug: city, password: password)
    }

    /// Signs in through the real form and returns the cookie jar of the signed-in browser, its `csrf`
    /// set to the session's token. Throws when sign-in does not succeed.
    func signIn(email: String, password: String = "correct horse battery") throws -> CookieJar {
        var jar = CookieJar()
        jar.absorb(try get("/sign-in", as: jar))
        let response = try post("/sign-in", form: [("email", email), ("password", password)], as: jar)
        guard response.status == 303 else { throw SignInFailed(description: "sign-in answered \(response.status)") }
        jar.absorb(response)
        guard jar.cookies["gpm_session"] != nil else { throw SignInFailed(description: "no session cookie") }
        jar.absorb(try get("/account", as: jar))
        return jar
    }

    /// A GET with the jar's cookies.
    func get(_ target: String, as jar: CookieJar) throws -> TestResponse {
        try get(target, headers: jar.cookieHeader)
    }

    /// A form POST as a browser on this site sends it: the jar's cookies, `Origin`, and `_csrf` from the jar
    /// unless the form already has one (pass `csrf: false` to leave it out).
    func post(_ target: String, form: [(String, String)], as jar: CookieJar, csrf: Bool = true, origin: String? = nil) throws -> TestResponse {
        var fields = form
        if csrf, !form.contains(where: { $0.0 == "_csrf" }), let token = jar.csrf { fields.insert(("_csrf", token), at: 0) }
        return try post(target, form: fields, headers: jar.cookieHeader + [("Origin", origin ?? self.origin)])
    }
}

extension TestPlatform {
    /// Confirms every commitment of every city for cycle `year`, as offices do before submitting a brief
    /// (issue 13); for tests about the brief workflow, not about confirmations.
    func confirmAllCommitments(year: Int = 2026) throws {
        try app.database.write { db in
            try db.run("""
                INSERT OR IGNORE INTO commitment_confirmations (commitment_id, cycle_year, kind, confirmed_on, confirmed_at)
                SELECT id, ?, 'unchanged', '2026-06-01', '2026-06-01T12:00:00Z' FROM commitments
                """, year)
        }
    }
}
