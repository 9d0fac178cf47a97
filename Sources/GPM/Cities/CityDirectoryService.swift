import SQLite

/// The cities directory: one page of filtered, sorted cities with the total and the filter form's
/// choices, and every matching city for the data files. The name search runs in Swift over what the
/// SQL filters leave (`NameFolding`), so with a name the page is cut from the full match.
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
        let options = try filterOptions[RequestLanguage.current.language].value { db in try CityDirectoryStore(db: db).filterOptions() }
        return try database.read { db in
            let store = CityDirectoryStore(db: db)
            if filter.hasNameSearch {
                let all = try Self.matching(filter, store)
                let pagination = Pagination(requestedPage: requestedPage, perPage: Self.perPage, total: all.count)
                let page = Array(all.dropFirst(pagination.offset).prefix(pagination.perPage))
                return CityListing(cities: page, pagination: pagination, options: options)
            }
            let pagination = Pagination(requestedPage: requestedPage, perPage: Self.perPage, total: try store.count(filter))
            let cities = try store.cities(filter, limit: pagination.perPage, offset: pagination.offset)
            return CityListing(cities: cities, pagination: pagination, options: options)
        }
    }

    /// Every city matching `filter`, sorted: for `/cities.csv` and `/cities.json`.
    func all(_ filter: CityFilter) throws -> [CityFacts] {
        try database.read { db in try Self.matching(filter, CityDirectoryStore(db: db)) }
    }

    private static func matching(_ filter: CityFilter, _ store: CityDirectoryStore) throws -> [CityFacts] {
        let cities = try store.cities(filter, limit: -1, offset: 0)
        guard let q = filter.q else { return cities }
        return cities.filter { NameFolding.matches($0.name, query: q) }
    }
}
