import SQLite

/// The public sessions: the directory (theme choices and convenings in one snapshot), one session,
/// and every session in full for `/sessions.json`.
struct StrategySessionService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    /// The directory, narrowed to the sessions of `themeSlug` when given.
    func index(themeSlug: String?, language: Language = .en) throws -> SessionIndex {
        try database.read { db in
            let store = StrategySessionStore(db: db)
            return try SessionIndex(
                themes: store.themes(), convenings: store.convenings(themeSlug: themeSlug),
                translations: ContentTranslationStore(db: db).translations(language))
        }
    }

    /// nil when no session has this slug; with the translations of its content into `language`.
    func session(slug: String, language: Language = .en) throws -> (detail: SessionDetail, translations: ContentTranslations)? {
        try database.read { db in
            guard let detail = try StrategySessionStore(db: db).session(slug: slug) else { return nil }
            return (detail, try ContentTranslationStore(db: db).translations(language))
        }
    }

    /// Every session in full, in directory order.
    func allSessions() throws -> [SessionDetail] {
        try database.read { db in try StrategySessionStore(db: db).allSessions() }
    }
}
