import SQLite

/// The public networks: the filtered directory (count, rows and theme choices in one snapshot, so they
/// agree), one network's page, and every network with its cities for the open data.
struct NetworkService: Sendable {
    static let perPage = 24

    let database: DatabasePool
    let clock: PlatformClock

    /// The page `requestedPage` (1-based, as the query string gives it) of the networks matching `filter`.
    func directory(_ filter: NetworkFilter, requestedPage: String?) throws -> NetworkDirectory {
        try database.read { db in
            let store = NetworkStore(db: db)
            let pagination = Pagination(requestedPage: requestedPage, perPage: Self.perPage, total: try store.count(filter))
            return try NetworkDirectory(
                pagination: pagination, networks: store.page(filter, limit: pagination.perPage, offset: pagination.offset),
                themes: store.themes(),
                translations: ContentTranslationStore(db: db).translations(RequestLanguage.current.language))
        }
    }

    /// nil when no network has this slug.
    func network(slug: String, language: Language = .en) throws -> (detail: NetworkDetail, translations: ContentTranslations)? {
        try database.read { db in
            guard let detail = try NetworkStore(db: db).network(slug: slug) else { return nil }
            return (detail, try ContentTranslationStore(db: db).translations(language))
        }
    }

    /// Every network with its registry cities, for `/networks.csv` and `/networks.json`.
    func dataset() throws -> NetworkDataset {
        try database.read { db in
            let store = NetworkStore(db: db)
            return try NetworkDataset(networks: store.all(), citySlugsByNetwork: store.citySlugsByNetwork())
        }
    }
}
