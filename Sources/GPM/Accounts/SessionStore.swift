import SQLite

/// Server-side sessions: the browser holds a random 256-bit token, the database only its SHA-256.
/// A session ends when idle for `sessionIdleTimeout`, `sessionLifetime` after sign-in, at sign-out,
/// or when an admin ends the user's sessions. Deactivated users have no valid session.
struct SessionStore: Sendable {
    let database: DatabasePool
    let configuration: AccountsConfiguration

    /// The cookie that carries the session token.
    static let cookieName = "gpm_session"
    /// `last_seen_at` is rewritten at most this often, so reads do not each cost a write.
    static let refreshInterval = 60

    struct Resolved: Sendable {
        let sessionID: Int
        let user: User
    }

    /// Starts a session for `userID` (inside the caller's transaction) and returns its token.
    static func create(_ db: Connection, userID: Int, remoteAddress: String) throws -> String {
        let token = try SecureRandom.token()
        let now = AccountClock.now()
        try db.run(
            "INSERT INTO user_sessions (user_id, token_hash, created_at, last_seen_at, remote_address) VALUES (?, ?, ?, ?, ?)",
            userID, TokenDigest.hash(token: token), now, now, remoteAddress)
        return token
    }

    /// The live session `token` names, with its user; nil when unknown, expired or the user is deactivated.
    /// An expired session is deleted; a live one has its `last_seen_at` refreshed at most once a minute.
    func resolve(token: String) throws -> Resolved? {
        guard !token.isEmpty, token.utf8.count <= 100 else { return nil }
        let hash = TokenDigest.hash(token: token)
        let now = AccountClock.now()
        guard
            let row = try database.read({ db in
                try db.queryOne(
                    """
                    SELECT s.id AS session_id, s.created_at, s.last_seen_at, \(User.columns)
                    FROM user_sessions s JOIN users ON users.id = s.user_id WHERE s.token_hash = ?
                    """,
                    hash)
            })
        else { return nil }
        let sessionID = try row.int("session_id")
        let createdAt = try row.int("created_at")
        let lastSeenAt = try row.int("last_seen_at")
        let user = try User(row: row)
        if now - lastSeenAt >= configuration.sessionIdleTimeout || now - createdAt >= configuration.sessionLifetime || !user.isActive {
            try database.write { db in try db.run("DELETE FROM user_sessions WHERE id = ?", sessionID) }
            return nil
        }
        if now - lastSeenAt >= Self.refreshInterval {
            try database.write { db in try db.run("UPDATE user_sessions SET last_seen_at = ? WHERE id = ?", now, sessionID) }
        }
        return Resolved(sessionID: sessionID, user: user)
    }

    func delete(token: String) throws {
        try database.write { db in try db.run("DELETE FROM user_sessions WHERE token_hash = ?", TokenDigest.hash(token: token)) }
    }

    /// Ends every session of a user (an admin's "sign out everywhere", a password change or reset).
    @discardableResult
    static func deleteAll(_ db: Connection, userID: Int, except keptSessionID: Int? = nil) throws -> Int {
        try db.run("DELETE FROM user_sessions WHERE user_id = ? AND id IS NOT ?", userID, keptSessionID)
        return db.changes
    }

    /// Removes sessions past their lifetime or idle limit, so the table does not grow forever.
    static func purgeExpired(_ db: Connection, configuration: AccountsConfiguration) throws {
        let now = AccountClock.now()
        try db.run(
            "DELETE FROM user_sessions WHERE last_seen_at <= ? OR created_at <= ?",
            now - configuration.sessionIdleTimeout, now - configuration.sessionLifetime)
    }
}
