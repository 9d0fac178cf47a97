import Foundation
import SQLite

/// Users in SQLite. Reads take the pool; writes take the `db` of a transaction the caller opened, so
/// the change and its audit record commit together.
struct UserRepository: Sendable {
    let database: DatabasePool

    /// A user row for the admin list.
    struct Listed: Sendable {
        let user: User
        let cityName: String?
        let citySlug: String?
        let lastSignInAt: String?
        let activeSessions: Int
    }

    struct Credentials: Sendable {
        let user: User
        let passwordHash: String
    }

    func user(id: Int) throws -> User? {
        try database.read { db in try Self.user(db, id: id) }
    }

    static func user(_ db: Connection, id: Int) throws -> User? {
        try db.queryOne("SELECT \(User.columns) FROM users WHERE id = ?", id).map(User.init(row:))
    }

    func credentials(email: String) throws -> Credentials? {
        try database.read { db in
            try db.queryOne("SELECT \(User.columns), password_hash FROM users WHERE email = ?", Self.normalized(email)).map {
                Credentials(user: try User(row: $0), passwordHash: try $0.string("password_hash"))
            }
        }
    }

    static func passwordHash(_ db: Connection, userID: Int) throws -> String? {
        try db.scalar("SELECT password_hash FROM users WHERE id = ?", userID)
    }

    func count() throws -> Int { try database.read { db in try db.scalar("SELECT count(*) FROM users") ?? 0 } }

    func list() throws -> [Listed] {
        let now = AccountClock.now()
        return try database.read { db in
            try db.query(
                """
                SELECT \(User.columns), users.last_sign_in_at, cities.name AS city_name, cities.slug AS city_slug,
                       (SELECT count(*) FROM user_sessions s WHERE s.user_id = users.id AND s.last_seen_at > ?) AS sessions
                FROM users LEFT JOIN cities ON cities.id = users.city_id
                ORDER BY users.is_active DESC, users.name COLLATE NOCASE, users.id
                """, now - 24 * 3600
            ).map {
                Listed(user: try User(row: $0), cityName: try $0.optionalString("city_name"), citySlug: try $0.optionalString("city_slug"),
                       lastSignInAt: try $0.optionalString("last_sign_in_at"), activeSessions: try $0.int("sessions"))
            }
        }
    }

    func emailExists(_ email: String) throws -> Bool {
        try database.read { db in try db.scalar("SELECT 1 FROM users WHERE email = ?", Self.normalized(email)) as Int? != nil }
    }

    /// Inserts a user; a duplicate email throws a unique-constraint `SQLiteError`.
    @discardableResult
    static func create(
        _ db: Connection, email: String, name: String, role: Role, cityID: Int?, passwordHash: String, mustChangePassword: Bool = false
    ) throws -> Int {
        try db.run(
            "INSERT INTO users (email, name, role, city_id, password_hash, must_change_password) VALUES (?, ?, ?, ?, ?, ?)",
            normalized(email), name, role.rawValue, role == .cityOffice ? cityID : nil, passwordHash, mustChangePassword)
        return Int(db.lastInsertRowID)
    }

    static func setPassword(_ db: Connection, userID: Int, hash: String, mustChange: Bool = false) throws {
        try db.run(
            "UPDATE users SET password_hash = ?, must_change_password = ?, version = version + 1, updated_at = ? WHERE id = ?",
            hash, mustChange, AccountClock.timestamp(), userID)
    }

    static func recordSignIn(_ db: Connection, userID: Int) throws {
        try db.run("UPDATE users SET last_sign_in_at = ? WHERE id = ?", AccountClock.timestamp(), userID)
    }

    static func setRole(_ db: Connection, userID: Int, role: Role, cityID: Int?) throws {
        try db.run(
            "UPDATE users SET role = ?, city_id = ?, version = version + 1, updated_at = ? WHERE id = ?",
            role.rawValue, role == .cityOffice ? cityID : nil, AccountClock.timestamp(), userID)
    }

    static func setActive(_ db: Connection, userID: Int, active: Bool) throws {
        try db.run("UPDATE users SET is_active = ?, version = version + 1, updated_at = ? WHERE id = ?", active, AccountClock.timestamp(), userID)
    }

    static func activeAdminCount(_ db: Connection) throws -> Int {
        try db.scalar("SELECT count(*) FROM users WHERE role = 'admin' AND is_active = 1") ?? 0
    }

    /// Emails compare without case (the column is NOCASE); stored trimmed and lowercased.
    static func normalized(_ email: String) -> String { email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    /// A plausible address: something@something, no spaces, not absurdly long.
    static func isPlausibleEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && email.count <= 254 && !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }
}

/// Now, as the accounts tables keep it: seconds since 1970 for expiry, ISO text for display.
enum AccountClock {
    static func now() -> Int { Int(Date().timeIntervalSince1970) }

    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func timestamp(seconds: Int) -> String { timestamp(Date(timeIntervalSince1970: TimeInterval(seconds))) }
}
