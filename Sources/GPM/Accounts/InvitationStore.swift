import SQLite

/// Invitation links in SQLite. Only the token's hash is stored, so the link is shown once, at creation.
/// Times are the caller's (epoch seconds).
struct InvitationStore {
    let db: Connection

    private static let select = """
        SELECT i.id, i.email, i.role, i.city_id, i.created_at, i.expires_at, i.language, c.name AS city_name, u.name AS created_by_name
        FROM invitations i LEFT JOIN cities c ON c.id = i.city_id LEFT JOIN users u ON u.id = i.created_by
        """

    private static func invitation(_ row: Row) throws -> Invitation {
        Invitation(
            id: try row.int("id"), email: try row.string("email"), role: try Role(stored: try row.string("role")),
            cityID: try row.optionalInt("city_id"), cityName: try row.optionalString("city_name"), createdAt: try row.int("created_at"),
            expiresAt: try row.int("expires_at"), createdByName: try row.optionalString("created_by_name"),
            language: try row.vocabulary("language"))
    }

    /// Creates an invitation in `language` (its email's, and the new account's); returns its id and the token for the link.
    func create(
        email: String, role: Role, cityID: Int?, language: Language = .en, createdBy: Int?, now: Int, expiresAt: Int
    ) throws -> (id: Int, token: String) {
        let token = try SecureRandom.token()
        try db.run(
            """
            INSERT INTO invitations (token_hash, email, role, city_id, language, created_by, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            TokenDigest.hash(token: token), EmailAddress.normalized(email), role.rawValue, role == .cityOffice ? cityID : nil,
            language.rawValue, createdBy, now, expiresAt)
        return (Int(db.lastInsertRowID), token)
    }

    /// Invitations neither accepted, revoked nor expired at `now`, newest first.
    func pending(now: Int) throws -> [Invitation] {
        try db.query(Self.select + " WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ? ORDER BY i.id DESC", now)
            .map(Self.invitation)
    }

    /// The open invitation `token` names at `now`, or nil (unknown, used, revoked or expired).
    func open(token: String, now: Int) throws -> Invitation? {
        guard token.utf8.count <= 100 else { return nil }
        return try db.queryOne(
            Self.select + " WHERE i.token_hash = ? AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?",
            TokenDigest.hash(token: token), now
        ).map(Self.invitation)
    }

    func markAccepted(id: Int, userID: Int, now: Int) throws {
        try db.run("UPDATE invitations SET accepted_at = ?, accepted_user_id = ? WHERE id = ?", now, userID, id)
    }

    /// Revokes a pending invitation; returns it, or nil when there was none to revoke.
    func revoke(id: Int, now: Int) throws -> Invitation? {
        guard let found = try db.queryOne(Self.select + " WHERE i.id = ? AND i.accepted_at IS NULL AND i.revoked_at IS NULL", id)
            .map(Self.invitation) else { return nil }
        try db.run("UPDATE invitations SET revoked_at = ? WHERE id = ?", now, id)
        return found
    }
}
