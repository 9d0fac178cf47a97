import SQLite

/// Invitation links: an admin creates one for an email and role, copies the link and sends it; opening it
/// lets the person choose a name and password once, before it expires. Only the token's hash is stored,
/// so the link is shown once, at creation.
struct InvitationRepository: Sendable {
    let database: DatabasePool

    struct Invitation: Sendable {
        let id: Int
        let email: String
        let role: Role
        let cityID: Int?
        let cityName: String?
        let createdAt: Int
        let expiresAt: Int
        let createdByName: String?
    }

    private static let select = """
        SELECT i.id, i.email, i.role, i.city_id, i.created_at, i.expires_at, c.name AS city_name, u.name AS created_by_name
        FROM invitations i LEFT JOIN cities c ON c.id = i.city_id LEFT JOIN users u ON u.id = i.created_by
        """

    private static func invitation(_ row: Row) throws -> Invitation {
        Invitation(
            id: try row.int("id"), email: try row.string("email"), role: Role(rawValue: try row.string("role")) ?? .cityOffice,
            cityID: try row.optionalInt("city_id"), cityName: try row.optionalString("city_name"), createdAt: try row.int("created_at"),
            expiresAt: try row.int("expires_at"), createdByName: try row.optionalString("created_by_name"))
    }

    /// Creates an invitation inside the caller's transaction; returns its id and the token for the link.
    static func create(
        _ db: Connection, email: String, role: Role, cityID: Int?, createdBy: Int?, lifetime: Int
    ) throws -> (id: Int, token: String) {
        let token = try SecureRandom.token()
        let now = AccountClock.now()
        try db.run(
            "INSERT INTO invitations (token_hash, email, role, city_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            TokenDigest.hash(token: token), UserRepository.normalized(email), role.rawValue, role == .cityOffice ? cityID : nil,
            createdBy, now, now + lifetime)
        return (Int(db.lastInsertRowID), token)
    }

    /// Invitations neither accepted, revoked nor expired, newest first.
    func pending() throws -> [Invitation] {
        try database.read { db in
            try db.query(
                Self.select + " WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ? ORDER BY i.id DESC",
                AccountClock.now()
            ).map(Self.invitation)
        }
    }

    /// The open invitation `token` names, or nil (unknown, used, revoked or expired).
    static func open(_ db: Connection, token: String) throws -> Invitation? {
        guard token.utf8.count <= 100 else { return nil }
        return try db.queryOne(
            select + " WHERE i.token_hash = ? AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?",
            TokenDigest.hash(token: token), AccountClock.now()
        ).map(invitation)
    }

    func open(token: String) throws -> Invitation? { try database.read { db in try Self.open(db, token: token) } }

    static func markAccepted(_ db: Connection, id: Int, userID: Int) throws {
        try db.run("UPDATE invitations SET accepted_at = ?, accepted_user_id = ? WHERE id = ?", AccountClock.now(), userID, id)
    }

    /// Revokes a pending invitation; returns it, or nil when there was none to revoke.
    static func revoke(_ db: Connection, id: Int) throws -> Invitation? {
        guard let found = try db.queryOne(select + " WHERE i.id = ? AND i.accepted_at IS NULL AND i.revoked_at IS NULL", id)
            .map(invitation) else { return nil }
        try db.run("UPDATE invitations SET revoked_at = ? WHERE id = ?", AccountClock.now(), id)
        return found
    }
}

/// Password-reset links an admin generates for a user (no email server): single use, expiring.
enum PasswordResetRepository {
    static func create(_ db: Connection, userID: Int, createdBy: Int?, lifetime: Int) throws -> String {
        let token = try SecureRandom.token()
        let now = AccountClock.now()
        // An older unused link for the same user stops working: only the newest one is valid.
        try db.run("UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now, userID)
        try db.run(
            "INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            TokenDigest.hash(token: token), userID, createdBy, now, now + lifetime)
        return token
    }

    /// The user an open reset `token` is for, with the reset's id; nil when unknown, used or expired.
    static func open(_ db: Connection, token: String) throws -> (resetID: Int, user: User)? {
        guard token.utf8.count <= 100,
              let row = try db.queryOne(
                "SELECT r.id AS reset_id, \(User.columns) FROM password_resets r JOIN users ON users.id = r.user_id "
                    + "WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ? AND users.is_active = 1",
                TokenDigest.hash(token: token), AccountClock.now())
        else { return nil }
        return (try row.int("reset_id"), try User(row: row))
    }

    static func markUsed(_ db: Connection, id: Int) throws {
        try db.run("UPDATE password_resets SET used_at = ? WHERE id = ?", AccountClock.now(), id)
    }
}
