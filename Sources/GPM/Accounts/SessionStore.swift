import SQLite

/// Server-side sessions in SQLite: the browser holds a random 256-bit token, the table only its SHA-256.
/// The rules (idle and absolute expiry, refresh) are `SessionService`'s; times are the caller's (epoch seconds).
struct SessionStore {
    let db: Connection

    /// The cookie that carries the session token.
    static let cookieName = "gpm_session"

    /// Starts a session for `userID` and returns its token (shown once, to the browser).
    func create(userID: Int, remoteAddress: String, now: Int) throws -> String {
        let token = try SecureRandom.token()
        try db.run(
            "INSERT INTO user_sessions (user_id, token_hash, created_at, last_seen_at, remote_address) VALUES (?, ?, ?, ?, ?)",
            userID, TokenDigest.hash(token: token), now, now, remoteAddress)
        return token
    }

    /// The session `token` names, with its user, whatever its age; nil when unknown.
    func find(token: String) throws -> StoredSession? {
        try db.queryOne(
            """
            SELECT s.id AS session_id, s.created_at, s.last_seen_at, \(User.columns)
            FROM user_sessions s JOIN users ON users.id = s.user_id WHERE s.token_hash = ?
            """,
            TokenDigest.hash(token: token)
        ).map { row in
            StoredSession(
                id: try row.int("session_id"), createdAt: try row.int("created_at"), lastSeenAt: try row.int("last_seen_at"),
                user: try User(row: row))
        }
    }

    func touch(id: Int, now: Int) throws {
        try db.run("UPDATE user_sessions SET last_seen_at = ? WHERE id = ?", now, id)
    }

    func delete(token: String) throws {
        try db.run("DELETE FROM user_sessions WHERE token_hash = ?", TokenDigest.hash(token: token))
    }

    /// Ends every session of a user (an admin's "sign out everywhere", a password change or reset),
    /// but `keptSessionID`; returns how many ended.
    @discardableResult
    func deleteAll(userID: Int, except keptSessionID: Int? = nil) throws -> Int {
        try db.run("DELETE FROM user_sessions WHERE user_id = ? AND id IS NOT ?", userID, keptSessionID)
        return db.changes
    }

    /// Removes sessions last seen at or before `seenBefore` or created at or before `createdBefore`.
    func purge(seenBefore: Int, createdBefore: Int) throws {
        try db.run("DELETE FROM user_sessions WHERE last_seen_at <= ? OR created_at <= ?", seenBefore, createdBefore)
    }
}

/// A session row with its user.
struct StoredSession: Sendable {
    let id: Int
    let createdAt: Int
    let lastSeenAt: Int
    let user: User
}
