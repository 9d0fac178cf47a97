import SQLite

/// The cities directory: one page of filtered, sorted cities with the total and the filter form's
/// choices, and every matching city for the data files. The name search runs in SQL over the names
/// index (`CityNameQuery`: a city's name, slug and other names), and names sort by the page language's
/// sort key column.
struct CityDirectoryService: Sendable {
    static let perPage = 24

    let database: DatabasePool
    let clock: PlatformClock
    /// The filter form's choices change only with the registry: read once per write generation, and kept
    /// per language because their country names are the reader's (`CountryName.shown()`).
    private let filterOptions: PerLanguage<TableCache<CityDirectoryFilterOptions>>

    init(database: DatabasePool, clock: PlatformClock) {
        self.database = database
        self.clock = clock
        filterOptions = PerLanguage { _ in TableCache(database: database) }
    }

    /// The page `requestedPage` (1-based, as the query string gives it) of the cities matching `filter`.
    func listing(_ filter: CityFilter, requestedPage: String?) throws -> CityListing {
        let language = RequestLanguage.current.language
        let options = try filterOptions[language].value { db in
            try CityDirectoryStore(db: db).filterOptions(translations: ContentTranslationStore(db: db).translations(language))
        }
        return try database.read { db in
            let store = CityDirectoryStore(db: db)
            let pagination = Pagination(requestedPage: requestedPage, perPage: Self.perPage, total: try store.count(filter))
            let cities = try store.cities(filter, language: language.rawValue, limit: pagination.perPage, offset: pagination.offset)
            return CityListing(cities: cities, pagination: pagination, options: options)
        }
    }

    /// Every city matching `filter`, sorted: for `/cities.csv` and `/cities.json` (the same for every
    /// reader, so in English order).
    func all(_ filter: CityFilter) throws -> [CityFacts] {
        try database.read { db in try CityDirectoryStore(db: db).cities(filter, language: "en", limit: -1, offset: 0) }
    }
}
