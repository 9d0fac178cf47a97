import SQLite

/// Looks sessions up for every request and ends them at sign-out. "Now" is the application's clock, so a
/// test (or a CI suite through `GPM_CLOCK_FILE`) that moves it expires sessions as a real wait would.
struct SessionService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock
    let configuration: AccountsConfiguration

    /// The live session `token` names, with its user.
    struct Resolved: Sendable {
        let sessionID: Int
        let user: User
    }

    /// The live session `token` names; nil when unknown, expired or the user is deactivated.
    /// A read first (most requests need nothing else); an expired session is then deleted, and a live one has
    /// its `last_seen_at` refreshed at most once a minute, each in its own short write after the read.
    func resolve(token: String) throws -> Resolved? {
        guard !token.isEmpty, token.utf8.count <= 100 else { return nil }
        let now = clock.epochSeconds()
        let rules = SessionRules(configuration: configuration)
        guard let session = try database.read({ db in try SessionStore(db: db).find(token: token) }) else { return nil }
        if rules.isOver(session, now: now) {
            try end(sessionID: session.id)
            return nil
        }
        if rules.needsRefresh(session, now: now) { try touch(sessionID: session.id, now: now) }
        return Resolved(sessionID: session.id, user: session.user)
    }

    /// Whether `token` names a live session: one read, no write (the server asks this at a request's head,
    /// on an I/O thread, before reading an upload).
    func isLive(token: String) throws -> Bool {
        guard !token.isEmpty, token.utf8.count <= 100 else { return false }
        let now = clock.epochSeconds()
        guard let session = try database.read({ db in try SessionStore(db: db).find(token: token) }) else { return false }
        return !SessionRules(configuration: configuration).isOver(session, now: now)
    }

    /// Whether an upload sent with `token` may be read: its session is live, or expired by time but still
    /// known for an active user (the form is then kept and the file refused, `KeptFormCapture`). One read.
    func admitsUpload(token: String) throws -> Bool {
        guard !token.isEmpty, token.utf8.count <= 100 else { return false }
        guard let session = try database.read({ db in try SessionStore(db: db).find(token: token) }) else { return false }
        return session.user.isActive
    }

    /// Sign-out: the session `token` names ends.
    func signOut(token: String) throws {
        try database.write { db in try SessionStore(db: db).delete(token: token) }
    }

    private func end(sessionID: Int) throws {
        try database.write { db in try SessionStore(db: db).delete(id: sessionID) }
    }

    private func touch(sessionID: Int, now: Int) throws {
        try database.write { db in try SessionStore(db: db).touch(id: sessionID, now: now) }
    }
}
