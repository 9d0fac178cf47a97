import SQLite

/// The SQL behind the catalogue's descriptions: the option lists of selects, the dependant counts, and
/// the list's column expressions and orders. The catalogue says what it wants (`RegistryOptionList`,
/// `RegistryCount`, `RegistryListColumn`, `RegistryOrder`); only this store writes it as SQL.
struct RegistryCatalogueStore {
    let db: Connection

    /// The options of a select or checkbox group, in the list's order. Countries are labelled with the
    /// names pages show ("Netherlands (NL)"), which only `CountryName` knows, in the order of those names.
    func options(_ list: RegistryOptionList) throws -> [FormField.Option] {
        if case .countries = list { return CountryName.options(try CountryStore(db: db).names(), withCode: true) }
        return try db.query(Self.sql(list)).map { row in
            let value = try row.value("value")
            let text: String = switch value {
            case .integer(let number): String(number)
            case .text(let string): string
            default: ""
            }
            return FormField.Option(text, try row.string("label"), lang: list.contentLanguage?.tag)
        }
    }

    /// How many rows `count` describes for the record `id`.
    func count(_ count: RegistryCount, id: Int) throws -> Int {
        try db.scalar("SELECT \(Self.counted(count)) FROM \(count.table) WHERE \(Self.condition(count))", id) ?? 0
    }

    // MARK: SQL text

    /// Selects `value` and `label`.
    static func sql(_ list: RegistryOptionList) -> String {
        switch list {
        // Not read by `options` (countries are labelled in Swift); kept so every list has its SQL.
        case .countries: "SELECT code AS value, coalesce(display_name, name) || ' (' || code || ')' AS label FROM countries ORDER BY code"
        case .regions: "SELECT id AS value, name AS label FROM regions ORDER BY position"
        case .themes: "SELECT id AS value, name AS label FROM themes ORDER BY name COLLATE NOCASE"
        case .cities: "SELECT id AS value, name || ' (' || country_code || ')' AS label FROM cities ORDER BY name COLLATE NOCASE, id"
        case .networks:
            "SELECT id AS value, name || coalesce(' (' || acronym || ')', '') AS label FROM networks ORDER BY name COLLATE NOCASE, id"
        case .convenings: "SELECT id AS value, title AS label FROM convenings ORDER BY starts_on"
        case .sessions:
            """
            SELECT s.id AS value, c.title || ' — ' || coalesce('Session ' || s.number || ': ', '') || s.title AS label
            FROM strategy_sessions s JOIN convenings c ON c.id = s.convening_id ORDER BY c.starts_on, s.number, s.id
            """
        case .sdgs: "SELECT number AS value, number || '. ' || name AS label FROM sdgs ORDER BY number"
        }
    }

    /// The list's title expression: records without a title (untitled actions) show their slug.
    static func title(_ entity: RegistryEntity) -> String {
        entity.field("slug") == nil ? entity.titleColumn : "coalesce(\(entity.titleColumn), slug)"
    }

    /// A list column's expression over a row of `table`.
    static func expression(_ column: RegistryListColumn, table: String) -> String {
        switch column {
        case .column(let name): name
        case .orEmpty(let name): "coalesce(\(name), '')"
        case .count(let count):
            "(SELECT \(counted(count)) FROM \(count.table) WHERE \(condition(count, value: "\(table).id")))"
        }
    }

    /// An `ORDER BY` clause's terms.
    static func orderBy(_ order: [RegistryOrder]) -> String {
        order.map { term in
            switch term {
            case .ascending(let column): column
            case .descending(let column): "\(column) DESC"
            case .alphabetical(let column): "\(column) COLLATE NOCASE"
            case .nullsLast(let column): "\(column) IS NULL"
            }
        }.joined(separator: ", ")
    }

    private static func counted(_ count: RegistryCount) -> String {
        count.distinct.map { "count(DISTINCT \($0))" } ?? "count(*)"
    }

    /// `column` refers to `value` (a bound `?` by default), directly or through `via`.
    private static func condition(_ count: RegistryCount, value: String = "?") -> String {
        guard let via = count.via else { return "\(count.column) = \(value)" }
        return "\(count.column) IN (SELECT id FROM \(via.table) WHERE \(via.column) = \(value))"
    }
}
