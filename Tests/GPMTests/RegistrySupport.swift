import Foundation
import SQLite
import Testing
@testable import GPM

/// Shared steps of the registry tests: a platform with a signed-in staff member, and database look-ups.
struct RegistryFixture {
    let platform: TestPlatform
    let jar: CookieJar

    /// `seed: false` starts from the reference data alone (no demo data), as a real install does.
    init(role: String = "staff", seed: Bool = true) throws {
        platform = try TestPlatform(seed: seed)
        try platform.createUser(email: "\(role)@gpm.test", role: role)
        jar = try platform.signIn(email: "\(role)@gpm.test")
    }

    func stop() { platform.stop() }

    func get(_ path: String) throws -> TestResponse { try platform.get(path, as: jar) }

    func post(_ path: String, _ form: [(String, String)], csrf: Bool = true) throws -> TestResponse {
        try platform.post(path, form: form, as: jar, csrf: csrf)
    }

    func id(_ sql: String, _ arguments: String...) throws -> Int {
        try #require(try platform.app.database.read { db in try db.scalar(sql, arguments: arguments) as Int? })
    }

    func row(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Row {
        try #require(try platform.app.database.read { db in try db.queryOne(sql, arguments: arguments) })
    }

    func count(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Int {
        try platform.app.database.read { db in try db.scalar(sql, arguments: arguments) ?? 0 }
    }

    /// The values of every named field of the edit form at `path`, as a browser would submit them unchanged.
    func formValues(_ path: String) throws -> [(String, String)] {
        let html = try get(path).text
        guard let start = html.range(of: "class=\"registry-form\""), let end = html.range(of: "</form>",
            range: start.upperBound..<html.endIndex) else {
            return []
        }
        let form = String(html[start.upperBound..<end.lowerBound])
        var values: [(String, String)] = []
        for match in form.matches(of: /<input([^>]*)>/) {
            let tag = String(match.1)
            guard let name = attribute(tag, "name"), name != "_csrf" else { continue }
            if tag.contains("type=\"checkbox\"") && !tag.contains(" checked") { continue }
            values.append((name, unescape(attribute(tag, "value") ?? "")))
        }
        for match in form.matches(of: /<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/) {
            values.append((String(match.1), unescape(String(match.2))))
        }
        for match in form.matches(of: /<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/) {
            let selected = String(match.2).firstMatch(of: /<option value="([^"]*)"(?: lang="[^"]*")?(?: dir="[^"]*")? selected[ >]/).map { unescape(String($0.1)) } ?? ""
            values.append((String(match.1), selected))
        }
        return values
    }

    private func attribute(_ tag: String, _ name: String) -> String? {
        (try? Regex(" \(name)=\"([^\"]*)\"")).flatMap { tag.firstMatch(of: $0) }.flatMap { $0.output[1].substring.map(String.init) }
    }

    func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension Array where Element == (String, String) {
    /// The form with `name` set to `value` (added when absent).
    func setting(_ name: String, _ value: String) -> [(String, String)] {
        var copy = filter { $0.0 != name }
        copy.append((name, value))
        return copy
    }
}
