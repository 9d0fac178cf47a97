import SQLite

/// Password-reset links an admin generates for a user (no email server): single use, expiring.
/// Only the token's hash is stored. Times are the caller's (epoch seconds).
struct PasswordResetStore {
    let db: Connection

    /// Creates a link for `userID` and returns its token. An older unused link for the same user stops
    /// working: only the newest one is valid.
    func create(userID: Int, createdBy: Int?, now: Int, expiresAt: Int) throws -> String {
        let token = try SecureRandom.token()
        try db.run("UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now, userID)
        try db.run(
            "INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            TokenDigest.hash(token: token), userID, createdBy, now, expiresAt)
        return token
    }

    /// The active user an open reset `token` is for at `now`, with the reset's id; nil when unknown, used or expired.
    func open(token: String, now: Int) throws -> (resetID: Int, user: User)? {
        guard token.utf8.count <= 100,
              let row = try db.queryOne(
                "SELECT r.id AS reset_id, \(User.columns) FROM password_resets r JOIN users ON users.id = r.user_id "
                    + "WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ? AND users.is_active = 1",
                TokenDigest.hash(token: token), now)
        else { return nil }
        return (try row.int("reset_id"), try User(row: row))
    }

    func markUsed(id: Int, now: Int) throws {
        try db.run("UPDATE password_resets SET used_at = ? WHERE id = ?", now, id)
    }
}
