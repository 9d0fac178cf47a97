import SQLite

/// Reads the networks directory: one filtered, ordered page, the filter choices, and every
/// network for the open data. Sections and umbrellas, themes are attached in Swift from two small
/// queries because the tables are small and a join per row would repeat them.
struct NetworkDirectoryRepository: Sendable {
    let database: DatabasePool

    /// How many networks match `filter`.
    func count(_ filter: NetworkFilter) throws -> Int {
        try database.read { db in
            try db.scalar("SELECT count(*) FROM networks n WHERE \(Self.condition)", named: Self.arguments(filter)) ?? 0
        }
    }

    /// The networks matching `filter`, `limit` of them from `offset`, in the filter's order.
    func page(_ filter: NetworkFilter, limit: Int, offset: Int) throws -> [NetworkSummary] {
        try database.read { db in
            var named = Self.arguments(filter)
            named["limit"] = limit
            named["offset"] = offset
            let rows = try db.query("""
                \(Self.select) WHERE \(Self.condition)
                ORDER BY \(Self.order(filter.sort)) LIMIT :limit OFFSET :offset
                """, named: named)
            return try Self.summaries(rows, db)
        }
    }

    /// Every network, by name, for the CSV and JSON files.
    func all() throws -> [NetworkSummary] {
        try database.read { db in
            try Self.summaries(db.query("\(Self.select) ORDER BY n.name COLLATE NOCASE, n.id"), db)
        }
    }

    /// The registry cities of every network (slugs by network id), for the open data.
    func citySlugsByNetwork() throws -> [Int: [String]] {
        try database.read { db in
            var result: [Int: [String]] = [:]
            for row in try db.query("""
                SELECT cn.network_id, c.slug FROM city_networks cn JOIN cities c ON c.id = cn.city_id ORDER BY c.slug
                """) {
                result[try row.int("network_id"), default: []].append(try row.string("slug"))
            }
            return result
        }
    }

    /// The themes some network has, for the theme filter.
    func themes() throws -> [ThemeRef] {
        try database.read { db in
            try db.query("""
                SELECT DISTINCT t.slug, t.name FROM themes t JOIN network_themes nt ON nt.theme_id = t.id ORDER BY t.name
                """).map { try ThemeRef(slug: $0.string("slug"), name: $0.string("name")) }
        }
    }

    // MARK: - SQL

    static let select = """
        SELECT n.id, n.slug, n.name, n.acronym, n.kind, n.founded, n.seat, n.members_count, n.members_note,
               n.website, n.source, n.is_demo, n.parent_id,
               (SELECT count(*) FROM city_networks cn WHERE cn.network_id = n.id) AS registry_cities
        FROM networks n
        """

    /// Every filter is a bound parameter that is NULL when unused.
    static let condition = """
        (:kind IS NULL OR n.kind = :kind)
        AND (:theme IS NULL OR EXISTS (SELECT 1 FROM network_themes nt JOIN themes t ON t.id = nt.theme_id
                                       WHERE nt.network_id = n.id AND t.slug = :theme))
        AND (:pattern IS NULL OR n.name LIKE :pattern ESCAPE '\\' OR n.acronym LIKE :pattern ESCAPE '\\'
             OR n.slug LIKE :pattern ESCAPE '\\')
        """

    static func order(_ sort: NetworkFilter.Sort) -> String {
        switch sort {
        case .name: "n.name COLLATE NOCASE, n.id"
        case .founded: "n.founded IS NULL, n.founded, n.name COLLATE NOCASE"
        case .members: "n.members_count IS NULL, n.members_count DESC, n.name COLLATE NOCASE"
        }
    }

    static func arguments(_ filter: NetworkFilter) -> [String: (any SQLBindable)?] {
        ["kind": filter.kind, "theme": filter.theme, "pattern": filter.query.map(likePattern)]
    }

    /// "%text%" with LIKE's own wildcards escaped, so a visitor's "%" matches a percent sign.
    static func likePattern(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }

    /// Builds summaries from rows of `select`, with umbrellas, sections and themes attached.
    static func summaries(_ rows: [Row], _ db: Connection) throws -> [NetworkSummary] {
        var refs: [Int: NetworkRef] = [:]
        var sectionsByParent: [Int: [NetworkRef]] = [:]
        for row in try db.query("SELECT id, slug, name, acronym, parent_id FROM networks ORDER BY name COLLATE NOCASE") {
            let ref = try NetworkRef(slug: row.string("slug"), name: row.string("name"), acronym: row.optionalString("acronym"))
            refs[try row.int("id")] = ref
            if let parent = try row.optionalInt("parent_id") { sectionsByParent[parent, default: []].append(ref) }
        }
        var themesByNetwork: [Int: [ThemeRef]] = [:]
        for row in try db.query("""
            SELECT nt.network_id, t.slug, t.name FROM network_themes nt JOIN themes t ON t.id = nt.theme_id ORDER BY t.name
            """) {
            themesByNetwork[try row.int("network_id"), default: []].append(ThemeRef(slug: try row.string("slug"), name: try row.string("name")))
        }
        return try rows.map { row in
            let id = try row.int("id")
            var summary = try summary(row)
            summary.parent = try row.optionalInt("parent_id").flatMap { refs[$0] }
            summary.sections = sectionsByParent[id] ?? []
            summary.themes = themesByNetwork[id] ?? []
            return summary
        }
    }

    static func summary(_ row: Row) throws -> NetworkSummary {
        try NetworkSummary(
            id: row.int("id"), slug: row.string("slug"), name: row.string("name"), acronym: row.optionalString("acronym"),
            kind: row.string("kind"), founded: row.optionalInt("founded"), seat: row.optionalString("seat"),
            membersCount: row.optionalInt("members_count"), membersNote: row.optionalString("members_note"),
            website: row.optionalString("website"), source: row.optionalString("source"), isDemo: row.bool("is_demo"),
            registryCities: row.int("registry_cities"))
    }
}
