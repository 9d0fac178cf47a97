import SQLite

/// The home page's data, read in one snapshot so its figures and lists agree.
struct HomeService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock

    func snapshot(language: Language = .en) throws -> HomeSnapshot {
        try database.read { db in
            let store = HomeStore(db: db)
            return try HomeSnapshot(
                figures: store.figures(), latestBriefs: store.latestBriefs(), popularActions: store.popularActions(),
                mapPoints: store.memberCityPoints(), translations: ContentTranslationStore(db: db).translations(language))
        }
    }
}
