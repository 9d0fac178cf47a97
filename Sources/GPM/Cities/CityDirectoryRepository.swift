import SQLite

/// Reads the cities directory: one page of filtered, sorted cities with the total, the choices for
/// the filter form, and every matching city for the data files. Each call is one read snapshot of a
/// few constant, parameterized statements (no query per row).
struct CityDirectoryRepository: Sendable {
    let database: DatabasePool
    static let perPage = 24
    /// The filter form's choices change only with the registry: read once per write generation.
    private let filterOptions: WriteGenerationCache<FilterOptions>

    init(database: DatabasePool) {
        self.database = database
        filterOptions = WriteGenerationCache(database: database)
    }

    /// One choice of a select box: the query value and what the visitor reads.
    struct Option: Sendable, Equatable {
        let value: String
        let label: String
        /// The optgroup the choice belongs to (the session of an action), if any.
        var group: String? = nil
    }

    struct FilterOptions: Sendable {
        let regions: [Option]
        let countries: [Option]
        let networks: [Option]
        let themes: [Option]
        let actions: [Option]
        /// The same lists as the template renders them, built once with the options (they are cached).
        let choices: CityDirectoryChoices

        init(regions: [Option], countries: [Option], networks: [Option], themes: [Option], actions: [Option]) {
            self.regions = regions
            self.countries = countries
            self.networks = networks
            self.themes = themes
            self.actions = actions
            choices = CityDirectoryChoices(regions: regions, countries: countries, networks: networks, themes: themes, actions: actions)
        }
    }

    struct Listing: Sendable {
        let cities: [CityFacts]
        let pagination: Pagination
        let options: FilterOptions
    }

    /// The page `requestedPage` (1-based, as the query string gives it) of the cities matching `filter`.
    func listing(_ filter: CityFilter, requestedPage: String?) throws -> Listing {
        let options = try filterOptions.value(Self.options)
        return try database.read { db in
            if filter.hasNameSearch {
                let all = try Self.matching(filter, db: db)
                let pagination = Pagination(requestedPage: requestedPage, perPage: Self.perPage, total: all.count)
                let page = Array(all.dropFirst(pagination.offset).prefix(pagination.perPage))
                return Listing(cities: page, pagination: pagination, options: options)
            }
            let total: Int = try db.scalar(CityDirectorySQL.count, named: filter.sqlArguments) ?? 0
            let pagination = Pagination(requestedPage: requestedPage, perPage: Self.perPage, total: total)
            var arguments = filter.sqlArguments
            arguments[":limit"] = pagination.perPage
            arguments[":offset"] = pagination.offset
            let cities = try db.query(CityDirectorySQL.list(filter.sort), named: arguments).map(CityFacts.init(row:))
            return Listing(cities: cities, pagination: pagination, options: options)
        }
    }

    /// Every city matching `filter`, sorted: for `/cities.csv` and `/cities.json`.
    func all(_ filter: CityFilter) throws -> [CityFacts] {
        try database.read { db in try Self.matching(filter, db: db) }
    }

    private static func matching(_ filter: CityFilter, db: Connection) throws -> [CityFacts] {
        var arguments = filter.sqlArguments
        arguments[":limit"] = -1
        arguments[":offset"] = 0
        let cities = try db.query(CityDirectorySQL.list(filter.sort), named: arguments).map(CityFacts.init(row:))
        guard let q = filter.q else { return cities }
        return cities.filter { NameFolding.matches($0.name, query: q) }
    }

    private static func options(_ db: Connection) throws -> FilterOptions {
        func pairs(_ sql: String) throws -> [Option] {
            try db.query(sql).map { try Option(value: $0.string("value"), label: $0.string("label")) }
        }
        let actions = try db.query("""
            SELECT a.slug, a.title, a.position, s.number, s.title AS session_title
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            JOIN convenings v ON v.id = s.convening_id
            ORDER BY v.starts_on, s.held_on, s.number IS NULL, s.number, s.id, a.position
            """).map { row in
            try Option(
                value: row.string("slug"),
                label: ActionLabel.title(row.optionalString("title"), sessionNumber: row.optionalInt("number"), position: row.int("position")),
                group: row.string("session_title"))
        }
        return try FilterOptions(
            regions: pairs("SELECT slug AS value, name AS label FROM regions ORDER BY position"),
            countries: pairs("""
                SELECT code AS value, name AS label FROM countries
                WHERE code IN (SELECT country_code FROM cities) ORDER BY name
                """),
            networks: pairs("""
                SELECT slug AS value, CASE WHEN acronym IS NOT NULL AND acronym <> name THEN name || ' (' || acronym || ')' ELSE name END AS label
                FROM networks WHERE id IN (SELECT network_id FROM city_networks) ORDER BY name COLLATE NOCASE
                """),
            themes: pairs("SELECT slug AS value, name AS label FROM themes ORDER BY name COLLATE NOCASE"),
            actions: actions)
    }
}

/// The directory's SQL: constant texts (so statements are cached) where every filter is a named
/// parameter that is either NULL (no filter) or the visitor's value.
enum CityDirectorySQL {
    static let conditions = """
        WHERE (:region IS NULL OR r.slug = :region)
          AND (:country IS NULL OR c.country_code = :country)
          AND (:membership IS NULL OR coalesce(c.membership, '') = :membership)
          AND (:network IS NULL OR c.id IN (
                SELECT cn.city_id FROM city_networks cn JOIN networks n ON n.id = cn.network_id WHERE n.slug = :network))
          AND (:action IS NULL OR c.id IN (
                SELECT m.city_id FROM commitments m JOIN actions a ON a.id = m.action_id
                WHERE a.slug = :action AND m.status = 'opted_in'))
          AND (:theme IS NULL OR c.id IN (
                SELECT ct.city_id FROM city_themes ct JOIN themes t ON t.id = ct.theme_id WHERE t.slug = :theme))
        """

    static let count = "\(CityThemes.commonTableExpression)\nSELECT count(*) \(CityFacts.from)\n\(conditions)"

    private static let byName = "ORDER BY c.name COLLATE NOCASE, c.id"
    private static let byPopulation = "ORDER BY c.population IS NULL, c.population DESC, c.name COLLATE NOCASE, c.id"
    private static let byCountry = "ORDER BY co.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id"

    private static func select(_ order: String) -> String {
        "\(CityThemes.commonTableExpression)\nSELECT \(CityFacts.columns)\n\(CityFacts.from)\n\(conditions)\n\(order)\nLIMIT :limit OFFSET :offset"
    }

    private static let listByName = select(byName)
    private static let listByPopulation = select(byPopulation)
    private static let listByCountry = select(byCountry)

    static func list(_ sort: CityFilter.Sort) -> String {
        switch sort {
        case .name: listByName
        case .population: listByPopulation
        case .country: listByCountry
        }
    }
}
