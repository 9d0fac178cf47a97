/// When a session is over, and when its `last_seen_at` is worth rewriting. A session ends when idle for
/// `sessionIdleTimeout`, `sessionLifetime` after sign-in, at sign-out, or when an admin ends the user's
/// sessions; deactivated users have no valid session. Shared by the services that read and start sessions.
struct SessionRules: Sendable {
    let configuration: AccountsConfiguration

    /// `last_seen_at` is rewritten at most this often, so reads do not each cost a write.
    static let refreshInterval = 60

    func isOver(_ session: StoredSession, now: Int) -> Bool {
        now - session.lastSeenAt >= configuration.sessionIdleTimeout || now - session.createdAt >= configuration.sessionLifetime
            || !session.user.isActive
    }

    func needsRefresh(_ session: StoredSession, now: Int) -> Bool { now - session.lastSeenAt >= Self.refreshInterval }

    /// Deletes every session a day past its idle limit or lifetime, so the table does not grow forever.
    /// An expired row is kept that day (it signs no one in: `isOver`) so a form posted on it can still be
    /// kept for its user (`KeptFormService`).
    func purgeExpired(_ sessions: SessionStore, now: Int) throws {
        let grace = Int(KeptFormService.lifetime)
        try sessions.purge(
            seenBefore: now - configuration.sessionIdleTimeout - grace, createdBefore: now - configuration.sessionLifetime - grace)
    }
}
