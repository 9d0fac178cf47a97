import SQLite

/// The cities directory's SQL: the filtered count and pages of cities, and the filter form's choices.
/// Texts are constant (so statements are cached) and every filter is a named parameter that is either
/// NULL (no filter) or the visitor's value; a few statements per page, never one per row.
struct CityDirectoryStore {
    let db: Connection

    /// How many cities match `filter`.
    func count(_ filter: CityFilter) throws -> Int {
        try db.scalar(Self.count, named: Self.arguments(filter)) ?? 0
    }

    /// The cities matching `filter` in its order, `limit` of them (-1: all) from `offset`; names sort
    /// by the sort key of `language` (en, fr, es: `cities.name_sort_*`, written with the name).
    func cities(_ filter: CityFilter, language: String, limit: Int, offset: Int) throws -> [CityFacts] {
        var arguments = Self.arguments(filter)
        arguments[":limit"] = limit
        arguments[":offset"] = offset
        return try db.query(Self.list(filter.sort, language: language), named: arguments).map(CityStore.facts)
    }

    /// The choices of the filter form: regions, countries and networks that have cities, themes,
    /// and actions grouped by session. Themes' names and actions' titles are content: shown in `translations`'
    /// language where the secretariat translated them, else the original, each choice marked with its language.
    func filterOptions(translations: ContentTranslations = .originals) throws -> CityDirectoryFilterOptions {
        func pairs(_ sql: String) throws -> [CityDirectoryOption] {
            try db.query(sql).map { try CityDirectoryOption(value: $0.string("value"), label: $0.string("label")) }
        }
        let actions = try db.query("""
            SELECT a.id, a.slug, a.title, a.short_title, a.position, s.id AS session_id, s.number, s.title AS session_title
            FROM actions a JOIN strategy_sessions s ON s.id = a.session_id
            JOIN convenings v ON v.id = s.convening_id
            ORDER BY v.starts_on, s.held_on, s.number IS NULL, s.number, s.id, a.position
            """).map { row in
            let id = try row.int("id")
            let shortTitle = try row.optionalString("short_title"), title = try row.optionalString("title")
            let field = shortTitle?.isEmpty == false ? "short_title" : title?.isEmpty == false ? "title" : nil
            let content = try field.map { translations.text(.action, id, $0, original: try row.string($0)) }
            let group = translations.text(.session, try row.int("session_id"), "title", original: try row.string("session_title"))
            return try CityDirectoryOption(
                value: row.string("slug"),
                label: content?.text
                    ?? ActionLabel.title(nil, sessionNumber: row.optionalInt("number"), position: row.int("position")).english,
                group: group.text, language: content?.language, groupLanguage: group.language)
        }
        let themes = try db.query("SELECT id, slug, name FROM themes ORDER BY name COLLATE NOCASE").map { row in
            let name = translations.text(.theme, try row.int("id"), "name", original: try row.string("name"))
            return CityDirectoryOption(value: try row.string("slug"), label: name.text, language: name.language)
        }.sorted { $0.label.lowercased() < $1.label.lowercased() }
        return try CityDirectoryFilterOptions(
            regions: pairs("SELECT slug AS value, name AS label FROM regions ORDER BY position"),
            countries: CountryStore(db: db).namesWithCities(),
            networks: pairs("""
                SELECT slug AS value, CASE WHEN acronym IS NOT NULL AND acronym <> name THEN name || ' (' || acronym || ')' ELSE name END AS label
                FROM networks WHERE id IN (SELECT network_id FROM city_networks) ORDER BY name COLLATE NOCASE
                """),
            themes: themes,
            actions: actions)
    }

    /// The named parameters of `conditions`: NULL means "no such filter"; membership `none` is bound
    /// as '' to match `coalesce(membership, '')`.
    private static func arguments(_ filter: CityFilter) -> [String: (any SQLBindable)?] {
        [
            ":region": filter.region, ":country": filter.country, ":network": filter.network, ":theme": filter.theme,
            ":action": filter.action, ":membership": filter.membership.map { $0 == .none ? "" : $0.rawValue },
            ":names": filter.q.flatMap(CityNameQuery.match),
        ]
    }

    private static let conditions = """
        WHERE (:region IS NULL OR r.slug = :region)
          AND (:names IS NULL OR c.id IN (SELECT rowid FROM city_names_fts WHERE city_names_fts MATCH :names))
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

    private static let count = "\(CityThemeStore.commonTableExpression)\nSELECT count(*) \(CityStore.factsFrom)\n\(conditions)"

    // Ties are broken by the slug (unique), not the id: the order depends on the data alone, so an export
    // re-imported into another database lists its cities in the same order. Names sort by the column of the
    // page's language (`SortKey`), never by a collation.
    private static func byName(_ column: String) -> String { "ORDER BY c.\(column), c.slug" }
    private static func byPopulation(_ column: String) -> String { "ORDER BY c.population IS NULL, c.population DESC, c.\(column), c.slug" }
    private static func byCountry(_ column: String) -> String { "ORDER BY \(CountryStore.nameOrder("co")), c.\(column), c.slug" }

    private static func select(_ order: String) -> String {
        "\(CityThemeStore.commonTableExpression)\nSELECT \(CityStore.factsColumns)\n\(CityStore.factsFrom)\n\(conditions)\n\(order)\nLIMIT :limit OFFSET :offset"
    }

    /// The statements, one per sort and language, made once (their texts are constant).
    private static let lists: [String: [CityFilter.Sort: String]] = Dictionary(uniqueKeysWithValues: ["en", "fr", "es"].map { language in
        let column = "name_sort_\(language)"
        return (language, [.name: select(byName(column)), .population: select(byPopulation(column)), .country: select(byCountry(column))])
    })

    private static func list(_ sort: CityFilter.Sort, language: String) -> String {
        lists[language]?[sort] ?? lists["en"]?[sort] ?? select(byName("name_sort_en"))
    }
}
