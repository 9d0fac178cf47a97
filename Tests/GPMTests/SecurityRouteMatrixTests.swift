import Foundation
import SQLite
import Testing

@testable import GPM

/// One table of every protected route (under /workspace, /admin, /attachments, and /account), each asked over
/// real HTTP by a visitor, by the office of another city, by the wrong secretariat role and by the role it is
/// for; every POST is also sent without its token, from another origin and with `Origin: null`. A guard reads
/// the sources so a route added without a row here fails the test.
@Suite("Security: every protected route × every kind of caller")
struct SecurityRouteMatrixTests {
    /// Who a route is for.
    enum Audience: String {
        /// Secretariat admins only.
        case admin
        /// Admins and staff.
        case secretariat
        /// The office of the city that owns the record (Barcelona's, here).
        case office
        /// Anyone signed in, each for themselves.
        case anySignedIn
        /// A brief's file: its office and the secretariat; visitors only once published.
        case attachment
    }

    struct Route: CustomStringConvertible {
        let method: String
        let path: String
        let audience: Audience
        /// What the other city's office asks instead of `path` (e.g. naming Barcelona in the query), if anything.
        var otherOfficePath: String?
        /// What the intended role asks instead of `path` (a missing id for destructive POSTs, so one row does not
        /// delete what later rows need).
        var intendedPath: String?
        var form: [(String, String)] = []

        var description: String { "\(method) \(path)" }
    }

    final class Fixture: Sendable {
        let platform: TestPlatform
        let admin: CookieJar, staff: CookieJar, office: CookieJar, otherOffice: CookieJar
        let briefID: Int, sha256: String, targetUserID: Int, actionSlug: String

        init() throws {
            platform = try TestPlatform()
            try platform.createUser(email: "admin@gpm.test", role: "admin")
            try platform.createUser(email: "staff@gpm.test", role: "staff")
            try platform.createUser(email: "office@barcelona.test", role: "city_office", city: "barcelona")
            try platform.createUser(email: "office@copenhagen.test", role: "city_office", city: "copenhagen")
            targetUserID = try platform.createUser(email: "target@gpm.test", role: "staff")
            // One outbox message (id 1), so its pages have something to show.
            let target = targetUserID
            try platform.app.database.write { db in
                try OutboxStore(db: db).enqueue(
                    kind: .passwordReset, userID: target, toAddress: "target@gpm.test", toName: "Target", params: [:],
                    secret: "matrix-token", secretExpiresAt: Int(TestPlatform.fixedNow.timeIntervalSince1970) + 3600, now: "2026-12-06T12:00:00Z", epoch: 0)
            }
            admin = try platform.signIn(email: "admin@gpm.test")
            staff = try platform.signIn(email: "staff@gpm.test")
            office = try platform.signIn(email: "office@barcelona.test")
            otherOffice = try platform.signIn(email: "office@copenhagen.test")
            let created = try platform.post("/workspace/briefs/new", form: [("start", "empty")], as: office)
            let location = try #require(created.header("Location"))
            briefID = try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))
            let uploaded = try SecurityUpload.post(platform, path: "/workspace/briefs/\(briefID)/attachments", as: office,
                                                   files: [("report.pdf", SecurityUpload.pdf)])
            #expect(uploaded.status == 303)
            sha256 = AttachmentHash.sha256(SecurityUpload.pdf)
            actionSlug = try platform.app.database.read { db in try db.scalar("SELECT slug FROM actions ORDER BY id LIMIT 1") ?? "" }
        }

        func scalar(_ sql: String) throws -> Int { try platform.app.database.read { db in try db.scalar(sql) ?? 0 } }

        /// Every protected route with real ids.
        func routes() throws -> [Route] {
            var routes: [Route] = []
            func add(_ method: String, _ path: String, _ audience: Audience, other: String? = nil, intended: String? = nil,
                     form: [(String, String)] = []) {
                routes.append(Route(method: method, path: path, audience: audience, otherOfficePath: other, intendedPath: intended, form: form))
            }
            let missing = 999_999
            // Accounts and administration.
            add("GET", "/workspace", .anySignedIn)
            add("GET", "/account", .anySignedIn)
            add("POST", "/account/password", .anySignedIn, form: [("current", "wrong")])
            add("POST", "/account/language", .anySignedIn, form: [("language", "nonsense")])
            add("POST", "/account/mail", .anySignedIn, form: [("reminders", "1"), ("digest", "1")])
            add("GET", "/admin/users", .admin)
            add("GET", "/admin/users/\(targetUserID)", .admin)
            add("POST", "/admin/users/\(targetUserID)/role", .admin, form: [("role", "nonsense")])
            add("POST", "/admin/users/\(targetUserID)/active", .admin, form: [("active", "1")])
            add("POST", "/admin/users/\(targetUserID)/end-sessions", .admin)
            add("POST", "/admin/users/\(targetUserID)/reset-link", .admin)
            add("GET", "/admin/invitations", .admin)
            add("POST", "/admin/invitations", .admin, form: [("email", "not an address"), ("role", "staff")])
            add("POST", "/admin/invitations/1/revoke", .admin)
            add("GET", "/admin/outbox", .admin)
            add("POST", "/admin/outbox/digest", .admin, form: [("weekday", "nonsense")])
            add("GET", "/admin/messages/new?q=barcelona", .admin)
            add("POST", "/admin/messages/new?q=barcelona", .admin, form: [("subject", ""), ("step", "preview")])
            add("GET", "/admin/settings", .admin)
            add("POST", "/admin/settings", .admin, form: [("help_email", "not an address")])
            add("GET", "/admin/outbox/1", .admin)
            add("POST", "/admin/outbox/1/retry", .admin)
            add("GET", "/admin/outbox/1/discard", .admin)
            add("POST", "/admin/outbox/1/discard", .admin)
            add("GET", "/admin/audit", .secretariat)
            // The registry, generated from its catalogue.
            add("GET", "/workspace/registry", .secretariat)
            for entity in RegistryCatalogue.all {
                let id = try scalar("SELECT id FROM \(entity.table) ORDER BY id LIMIT 1")
                let base = "/workspace/\(entity.key)"
                add("GET", base, .secretariat)
                add("GET", base + "?sort=name;DROP%20TABLE%20cities&q=%27", .secretariat)
                add("GET", base + "/new", .secretariat)
                add("POST", base + "/new", .secretariat)
                add("GET", "\(base)/\(id)/edit", .secretariat)
                add("POST", "\(base)/\(id)/edit", .secretariat, form: [("version", "0")])
                add("GET", "\(base)/\(id)/delete", .secretariat)
                add("POST", "\(base)/\(id)/delete", .secretariat, intended: "\(base)/\(missing)/delete")
            }
            let membership = try platform.app.database.read { db in
                try #require(try db.queryOne("SELECT city_id, network_id FROM city_networks ORDER BY city_id LIMIT 1"))
            }
            let (cityID, networkID) = (try membership.int("city_id"), try membership.int("network_id"))
            add("POST", "/workspace/cities/\(cityID)/networks", .secretariat)
            add("POST", "/workspace/cities/\(cityID)/networks/\(networkID)/delete", .secretariat,
                intended: "/workspace/cities/\(cityID)/networks/\(missing)/delete")
            add("POST", "/workspace/networks/\(networkID)/cities", .secretariat)
            add("POST", "/workspace/networks/\(networkID)/cities/\(cityID)/delete", .secretariat,
                intended: "/workspace/networks/\(networkID)/cities/\(missing)/delete")
            let partnership = try scalar("SELECT partnership_id FROM partnership_members ORDER BY id LIMIT 1")
            let member = try scalar("SELECT id FROM partnership_members ORDER BY id LIMIT 1")
            add("POST", "/workspace/partnerships/\(partnership)/members", .secretariat)
            add("POST", "/workspace/partnerships/\(partnership)/members/\(member)/delete", .secretariat,
                intended: "/workspace/partnerships/\(partnership)/members/\(missing)/delete")
            let session = try scalar("SELECT session_id FROM principles ORDER BY id LIMIT 1")
            let principle = try scalar("SELECT id FROM principles ORDER BY id LIMIT 1")
            let action = try scalar("SELECT id FROM actions WHERE session_id = \(session) ORDER BY id LIMIT 1")
            let person = try scalar("SELECT id FROM session_people WHERE session_id = \(session) ORDER BY id LIMIT 1")
            add("POST", "/workspace/sessions/\(session)/people", .secretariat)
            add("POST", "/workspace/sessions/\(session)/people/\(person)/delete", .secretariat,
                intended: "/workspace/sessions/\(session)/people/\(missing)/delete")
            add("POST", "/workspace/sessions/\(session)/principles/\(principle)/move", .secretariat, form: [("direction", "down")])
            add("POST", "/workspace/sessions/\(session)/actions/\(action)/move", .secretariat, form: [("direction", "down")])
            // Countries: reference data whose shown name and suggested region the secretariat edits.
            add("GET", "/workspace/countries", .secretariat)
            add("GET", "/workspace/countries/NL/edit", .secretariat)
            add("POST", "/workspace/countries/NL/edit", .secretariat, form: [("version", "0"), ("display_name", "Changed")])
            // Import, reporting cycle, reviews.
            add("GET", "/workspace/import/cities", .secretariat)
            add("GET", "/workspace/import/cities/template.csv", .secretariat)
            add("POST", "/workspace/import/cities/preview", .secretariat)
            add("POST", "/workspace/import/cities/commit", .secretariat)
            add("GET", "/workspace/reporting-cycle", .secretariat)
            add("POST", "/workspace/reporting-cycle", .secretariat, form: [("deadline", "not a date")])
            add("POST", "/workspace/reporting-cycle/new", .secretariat, form: [("year", "x")])
            add("POST", "/workspace/reporting-cycle/time-zone", .admin, form: [("time_zone", "Nowhere/Else"), ("version", "1")])
            add("GET", "/workspace/compliance", .secretariat)
            add("GET", "/workspace/compliance.csv", .secretariat)
            add("GET", "/workspace/reviews", .secretariat)
            add("GET", "/workspace/reviews/\(briefID)", .secretariat)
            add("POST", "/workspace/reviews/\(briefID)", .secretariat, form: [("decision", "publish")])
            add("GET", "/workspace/reviews/\(briefID)/withdraw", .secretariat)
            add("POST", "/workspace/reviews/\(briefID)/withdraw", .secretariat)
            // The city office: its home, commitments (the city comes from the account; naming another is refused).
            add("GET", "/workspace/city", .anySignedIn)
            add("GET", "/workspace/commitments", .office, other: "/workspace/commitments?city=barcelona")
            add("GET", "/workspace/commitments/\(actionSlug)", .office, other: "/workspace/commitments/\(actionSlug)?city=barcelona")
            add("POST", "/workspace/commitments/\(actionSlug)/stance", .office, other: "/workspace/commitments/\(actionSlug)/stance?city=barcelona",
                form: [("status", "opted_in"), ("version", "0"), ("note", "")])
            add("POST", "/workspace/commitments/\(actionSlug)/progress", .office,
                other: "/workspace/commitments/\(actionSlug)/progress?city=barcelona", form: [("version", "0")])
            add("POST", "/workspace/commitments/\(actionSlug)/confirm", .office,
                other: "/workspace/commitments/\(actionSlug)/confirm?city=barcelona", form: [("version", "0")])
            add("POST", "/workspace/commitments/confirm-all", .office, other: "/workspace/commitments/confirm-all?city=barcelona")
            // The secretariat records a city's commitments (issue 13).
            add("GET", "/workspace/cities/\(cityID)/commitments", .secretariat)
            add("POST", "/workspace/cities/\(cityID)/commitments", .secretariat, form: [("action", "no-such-action")])
            // Mayor Briefs by id: another office must neither read nor change Barcelona's.
            add("GET", "/workspace/briefs", .office, other: "")
            add("GET", "/workspace/briefs/new", .office, other: "")
            add("POST", "/workspace/briefs/new", .office, other: "")
            add("POST", "/workspace/briefs/no-brief", .office, other: "", form: [("year", "2026"), ("reason", "")])
            add("POST", "/workspace/briefs/no-brief/undo", .office, other: "", form: [("year", "2026")])
            add("GET", "/workspace/briefs/\(briefID)", .office)
            add("GET", "/workspace/briefs/\(briefID)/edit", .office)
            add("POST", "/workspace/briefs/\(briefID)/edit", .office, form: [("version", "0"), ("title", "Changed")])
            add("POST", "/workspace/briefs/\(briefID)/submit", .office, form: [("version", "0")])
            add("POST", "/workspace/briefs/\(briefID)/attachments", .office)
            add("POST", "/workspace/briefs/\(briefID)/attachments/\(sha256)/remove", .office,
                intended: "/workspace/briefs/\(briefID)/attachments/\(String(repeating: "0", count: 64))/remove")
            add("GET", "/workspace/briefs/\(briefID)/delete", .office)
            add("POST", "/workspace/briefs/\(briefID)/delete", .office, intended: "/workspace/briefs/\(missing)/delete")
            add("GET", "/workspace/notifications", .anySignedIn)
            add("POST", "/workspace/notifications/read", .anySignedIn)
            add("GET", "/attachments/\(sha256)/report.pdf", .attachment)
            return routes
        }

        func jar(for audience: Audience) -> CookieJar {
            switch audience {
            case .admin: admin
            case .secretariat, .anySignedIn, .attachment: staff
            case .office: office
            }
        }

        func send(_ route: Route, path: String? = nil, as jar: CookieJar, csrf: Bool = true, origin: String? = nil) throws -> TestResponse {
            let target = path ?? route.path
            if route.method == "GET" { return try platform.get(target, as: jar) }
            return try platform.post(target, form: route.form, as: jar, csrf: csrf, origin: origin)
        }
    }

    @Test func everyProtectedRouteRefusesTheWrongCallerAndServesTheRightOne() throws {
        let f = try Fixture()
        defer { f.platform.stop() }
        let routes = try f.routes()
        try Self.expectEveryRegisteredRouteIsInTheTable(routes)
        let database = f.platform.app.database

        // 1. Visitors: a page sends them to sign in; a POST is refused (no token), and even with a valid
        //    pre-session token it reaches only the sign-in redirect, never the handler's work.
        var visitor = CookieJar()
        visitor.absorb(try f.platform.get("/sign-in", as: visitor))
        for route in routes {
            let response = try f.send(route, as: CookieJar())
            if route.audience == .attachment {
                #expect(response.status == 404, "visitor \(route)")
            } else if route.method == "GET" {
                #expect(response.status == 303, "visitor \(route)")
                #expect(response.header("Location")?.hasPrefix("/sign-in?next=") == true, "visitor \(route)")
            } else {
                #expect(response.status == 403, "visitor without token \(route)")
                let withToken = try f.send(route, as: visitor)
                #expect(withToken.status == 303, "visitor with token \(route)")
                #expect(withToken.header("Location")?.hasPrefix("/sign-in?next=") == true, "visitor with token \(route)")
            }
        }

        // 2. The office of another city: 403 or 404 (by id or by naming the city), never the record.
        let fingerprint = try SecurityFingerprint.of(database)
        for route in routes where route.audience != .anySignedIn && route.otherOfficePath != "" {
            let response = try f.send(route, path: route.otherOfficePath, as: f.otherOffice)
            #expect([403, 404].contains(response.status), "other city's office \(route): \(response.status)")
            #expect(!response.text.contains("%PDF"), "other city's office \(route) gets the file")
        }
        // (A refused step may open a write transaction that rolls back, so compare the data itself.)
        #expect(try SecurityFingerprint.of(database) == fingerprint, "the other city's office changed something")
        // 3. Staff on admin-only routes.
        let before = database.writeGeneration
        for route in routes where route.audience == .admin {
            #expect(try f.send(route, as: f.staff).status == 403, "staff \(route)")
        }
        #expect(database.writeGeneration == before, "a refused request wrote to the database")

        // 4. CSRF: every POST, sent by the right role, is refused without the token, from another origin and from
        //    `Origin: null` — before any handler runs, so nothing is written.
        for route in routes where route.method == "POST" {
            let jar = f.jar(for: route.audience)
            let target = route.intendedPath ?? route.path
            #expect(try f.send(route, path: target, as: jar, csrf: false).status == 403, "no token \(route)")
            #expect(try f.send(route, path: target, as: jar, origin: "https://evil.example").status == 403, "foreign origin \(route)")
            #expect(try f.send(route, path: target, as: jar, origin: "null").status == 403, "Origin: null \(route)")
        }
        #expect(database.writeGeneration == before, "a POST refused for CSRF wrote to the database")

        // 5. The intended role gets through (pages first, then the forms, which may change things).
        for route in routes.filter({ $0.method == "GET" }) + routes.filter({ $0.method == "POST" }) {
            let response = try f.send(route, path: route.intendedPath, as: f.jar(for: route.audience))
            #expect(response.status != 403 && response.status < 500, "\(route.audience) \(route): \(response.status)")
            #expect(response.header("Location")?.hasPrefix("/sign-in") != true, "\(route.audience) \(route)")
            if route.method == "GET", route.audience != .anySignedIn {
                #expect(response.status == 200, "\(route.audience) \(route): \(response.status)")
            }
        }
        // The owning office downloads its draft's file; the secretariat too (checked above).
        #expect(try f.platform.get("/attachments/\(f.sha256)/report.pdf", as: f.office).status == 200)
    }

    /// Every route pattern registered in Sources/GPM under /workspace, /admin, /attachments or /account, as a literal
    /// (`router.get("/admin/…")`) or through the route table (`routes.get(Paths.adminUser)`, the pattern read from its
    /// `static let adminUser = Path1<Int>("/admin/users/:id")`), is matched by a row; routes registered through a
    /// variable exist only in the files the table builds from (the registry catalogue and the import).
    static func expectEveryRegisteredRouteIsInTheTable(_ routes: [Route]) throws {
        let sources = TestPlatform.repositoryRoot.appendingPathComponent("Sources/GPM")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .map { (name: $0.lastPathComponent, text: try String(contentsOf: $0, encoding: .utf8)) }
        let literal = /router\.(get|post|put|patch|delete)\("((?:\/workspace|\/admin|\/attachments|\/account)[^"]*)"/
        let variable = /router\.(get|post|put|patch|delete)\((path|base)\b/
        let declaration = /static let (\w+) = Path[12]?(?:<[^>]*>)?\("([^"]*)"/
        let typed = /routes\.(get|post|put|patch|delete)\(Paths\.(\w+)\b/
        var declared: [String: String] = [:]
        for file in files {
            for match in file.text.matches(of: declaration) { declared[String(match.1)] = String(match.2) }
        }
        let protected = /^(?:\/workspace|\/admin|\/attachments|\/account)/
        let declaredPath = /\bPath[12]?(?:<[^>]*>)?\("((?:\/workspace|\/admin|\/attachments|\/account)[^"]*)"/
        var variableFiles: Set<String> = []
        var patterns = 0
        for file in files {
            if file.text.contains(variable) { variableFiles.insert(file.name) }
            let registered = file.text.matches(of: literal).map { (method: String($0.1), pattern: String($0.2)) }
                + file.text.matches(of: typed).map { match in
                    (method: String(match.1), pattern: declared[String(match.2)] ?? "")
                }.filter { $0.pattern.contains(protected) }
            for (method, registeredPattern) in registered.map({ ($0.method.uppercased(), $0.pattern) }) {
                patterns += 1
                let pattern = registeredPattern
                    .replacing(/\\\([^)]*\)/, with: "[^/]+")
                    .replacing(/:[A-Za-z0-9]+/, with: "[^/]+")
                let regex = try Regex("^" + pattern + "$")
                let covered = routes.contains { route in
                    let path = String(route.path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
                    return route.method == method && path.wholeMatch(of: regex) != nil
                }
                #expect(covered, "\(method) \(registeredPattern) in \(file.name) has no row in the authorization table")
            }
            // Routes registered on the `RouteTable` are declared once as `Paths` (`Path1<Int>("/workspace/briefs/:id")`);
            // the declaration does not say the method, so any row with the path covers it.
            for match in file.text.matches(of: declaredPath) {
                patterns += 1
                let pattern = String(match.1)
                    .replacing(/\\\([^)]*\)/, with: "[^/]+")
                    .replacing(/:[A-Za-z0-9]+/, with: "[^/]+")
                let regex = try Regex("^" + pattern + "$")
                let covered = routes.contains { route in
                    let path = String(route.path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
                    return path.wholeMatch(of: regex) != nil
                }
                #expect(covered, "\(match.1) in \(file.name) has no row in the authorization table")
            }
        }
        #expect(patterns > 30)
        #expect(variableFiles.isSubset(of: ["RegistryRoutes.swift", "CityImportRoutes.swift"]))
    }
}

/// Multipart uploads as a browser sends them: `_csrf` first, then the files.
enum SecurityUpload {
    static let pdf = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8)

    static func post(
        _ platform: TestPlatform, path: String, as jar: CookieJar, files: [(filename: String, bytes: [UInt8])], csrf: Bool = true
    ) throws -> TestResponse {
        let boundary = "----gpm-security-\(UUID().uuidString)"
        var body: [UInt8] = []
        func append(_ text: String) { body += Array(text.utf8) }
        if csrf, let token = jar.csrf { append("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n") }
        for file in files {
            append("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.filename)\"\r\n")
            append("Content-Type: application/pdf\r\n\r\n")
            body += file.bytes
            append("\r\n")
        }
        append("--\(boundary)--\r\n")
        return try TestClient.send(
            port: platform.port, method: "POST", target: path,
            headers: jar.cookieHeader + [("Origin", platform.origin), ("Content-Type", "multipart/form-data; boundary=\(boundary)")],
            body: body)
    }
}

/// A summary of everything stored that a request could change: each table's row count, the sum of its
/// versions and its latest `updated_at` / `read_at`. Sessions and sign-in throttling are left out.
enum SecurityFingerprint {
    static func of(_ database: DatabasePool) throws -> [String] {
        try database.read { db in
            let tables = try db.query(
                """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'
                  AND name NOT IN ('user_sessions', 'sign_in_failures', 'sign_in_throttle') ORDER BY name
                """
            ).map { try $0.string("name") }
            return try tables.map { table in
                let columns = Set(try db.query("SELECT name FROM pragma_table_info(?)", table).map { try $0.string("name") })
                var parts = ["count(*)"]
                for column in ["version", "updated_at", "read_at", "is_active", "role"] where columns.contains(column) {
                    parts.append(column == "version" || column == "is_active" ? "total(\(column))" : "group_concat(\(column))")
                }
                let summary = parts.map { "coalesce(\($0), '')" }.joined(separator: " || ':' || ")
                let row = try #require(try db.queryOne("SELECT \(summary) AS summary FROM \(table)"))
                return "\(table)=\((try? row.string("summary")) ?? "")"
            }
        }
    }
}
