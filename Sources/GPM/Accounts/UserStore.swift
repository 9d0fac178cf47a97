import SQLite

/// Users in SQLite. Times are given by the caller (`now`, a `Timestamp`), never read here.
struct UserStore {
    let db: Connection

    func user(id: Int) throws -> User? {
        try db.queryOne("SELECT \(User.columns) FROM users WHERE id = ?", id).map(User.init(row:))
    }

    func credentials(email: String) throws -> Credentials? {
        try db.queryOne("SELECT \(User.columns), password_hash FROM users WHERE email = ?", EmailAddress.normalized(email)).map {
            Credentials(user: try User(row: $0), passwordHash: try $0.string("password_hash"))
        }
    }

    func passwordHash(userID: Int) throws -> String? {
        try db.scalar("SELECT password_hash FROM users WHERE id = ?", userID)
    }

    /// The user's preferred language (a code the `users.language` check accepts).
    func setLanguage(userID: Int, _ language: String, now: String) throws {
        try db.run("UPDATE users SET language = ?, version = version + 1, updated_at = ? WHERE id = ?", language, now, userID)
    }

    func count() throws -> Int { try db.scalar("SELECT count(*) FROM users") ?? 0 }

    /// Every user, active first, with the number of sessions seen since `sessionsSeenSince` (epoch seconds).
    func list(sessionsSeenSince: Int) throws -> [ListedUser] {
        try db.query(
            """
            SELECT \(User.columns), users.last_sign_in_at, cities.name AS city_name, cities.slug AS city_slug,
                   (SELECT count(*) FROM user_sessions s WHERE s.user_id = users.id AND s.last_seen_at > ?) AS sessions
            FROM users LEFT JOIN cities ON cities.id = users.city_id
            ORDER BY users.is_active DESC, users.name COLLATE NOCASE, users.id
            """, sessionsSeenSince
        ).map {
            ListedUser(
                user: try User(row: $0), cityName: try $0.optionalString("city_name"), citySlug: try $0.optionalString("city_slug"),
                lastSignInAt: try $0.optionalString("last_sign_in_at"), activeSessions: try $0.int("sessions"))
        }
    }

    /// The city a user's `cityID` names, for account pages.
    func city(id: Int) throws -> UserCity? {
        try db.queryOne("SELECT name, slug FROM cities WHERE id = ?", id).map { UserCity(name: try $0.string("name"), slug: try $0.string("slug")) }
    }

    func emailExists(_ email: String) throws -> Bool {
        try db.scalar("SELECT 1 FROM users WHERE email = ?", EmailAddress.normalized(email)) as Int? != nil
    }

    /// Inserts a user; a duplicate email throws a unique-constraint `SQLiteError`.
    @discardableResult
    func create(
        email: String, name: String, role: Role, cityID: Int?, passwordHash: String, mustChangePassword: Bool = false, language: Language = .en
    ) throws -> Int {
        try db.run(
            "INSERT INTO users (email, name, role, city_id, password_hash, must_change_password, language) VALUES (?, ?, ?, ?, ?, ?, ?)",
            EmailAddress.normalized(email), name, role.rawValue, role == .cityOffice ? cityID : nil, passwordHash, mustChangePassword,
            language.rawValue)
        return Int(db.lastInsertRowID)
    }

    func setPassword(userID: Int, hash: String, mustChange: Bool = false, now: String) throws {
        try db.run(
            "UPDATE users SET password_hash = ?, must_change_password = ?, version = version + 1, updated_at = ? WHERE id = ?",
            hash, mustChange, now, userID)
    }

    func recordSignIn(userID: Int, now: String) throws {
        try db.run("UPDATE users SET last_sign_in_at = ? WHERE id = ?", now, userID)
    }

    func setRole(userID: Int, role: Role, cityID: Int?, now: String) throws {
        try db.run(
            "UPDATE users SET role = ?, city_id = ?, version = version + 1, updated_at = ? WHERE id = ?",
            role.rawValue, role == .cityOffice ? cityID : nil, now, userID)
    }

    func setActive(userID: Int, active: Bool, now: String) throws {
        try db.run("UPDATE users SET is_active = ?, version = version + 1, updated_at = ? WHERE id = ?", active, now, userID)
    }

    func activeAdminCount() throws -> Int {
        try db.scalar("SELECT count(*) FROM users WHERE role = 'admin' AND is_active = 1") ?? 0
    }
}
