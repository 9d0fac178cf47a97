import SQLite

/// The public sessions: the directory (theme choices and convenings in one snapshot), one session,
/// and every session in full for `/sessions.json`.
struct StrategySessionService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The directory, narrowed to the sessions of `themeSlug` when given.
    func index(themeSlug: String?) throws -> SessionIndex {
        try database.read { db in
            let store = StrategySessionStore(db: db)
            return try SessionIndex(themes: store.themes(), convenings: store.convenings(themeSlug: themeSlug))
        }
    }

    /// nil when no session has this slug.
    func session(slug: String) throws -> SessionDetail? {
        try database.read { db in try StrategySessionStore(db: db).session(slug: slug) }
    }

    /// Every session in full, in directory order.
    func allSessions() throws -> [SessionDetail] {
        try database.read { db in try StrategySessionStore(db: db).allSessions() }
    }
}
