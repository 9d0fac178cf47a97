import SQLite

/// Reads networks: a filtered, ordered directory page and its count, the theme filter's choices,
/// every network for the open data, and one network's page (member cities, partnerships, people).
/// Umbrellas, sections and themes are attached in Swift from two small queries because the tables
/// are small and a join per row would repeat them.
struct NetworkStore {
    let db: Connection

    /// How many networks match `filter`.
    func count(_ filter: NetworkFilter) throws -> Int {
        try db.scalar("SELECT count(*) FROM networks n WHERE \(Self.condition)", named: Self.arguments(filter)) ?? 0
    }

    /// The networks matching `filter`, `limit` of them from `offset`, in the filter's order.
    func page(_ filter: NetworkFilter, limit: Int, offset: Int) throws -> [NetworkSummary] {
        var named = Self.arguments(filter)
        named["limit"] = limit
        named["offset"] = offset
        let rows = try db.query("""
            \(Self.select) WHERE \(Self.condition)
            ORDER BY \(Self.order(filter.sort)) LIMIT :limit OFFSET :offset
            """, named: named)
        return try summaries(rows)
    }

    /// Every network, by name.
    func all() throws -> [NetworkSummary] {
        try summaries(db.query("\(Self.select) ORDER BY n.name COLLATE NOCASE, n.id"))
    }

    /// The registry cities of every network (slugs by network id).
    func citySlugsByNetwork() throws -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for row in try db.query("""
            SELECT cn.network_id, c.slug FROM city_networks cn JOIN cities c ON c.id = cn.city_id ORDER BY c.slug
            """) {
            result[try row.int("network_id"), default: []].append(try row.string("slug"))
        }
        return result
    }

    /// The themes some network has, for the theme filter.
    func themes() throws -> [ThemeRef] {
        try db.query("""
            SELECT DISTINCT t.id, t.slug, t.name FROM themes t JOIN network_themes nt ON nt.theme_id = t.id ORDER BY t.name
            """).map { try ThemeRef(id: $0.int("id"), slug: $0.string("slug"), name: $0.string("name")) }
    }

    /// One network's page; nil when no network has this slug.
    func network(slug: String) throws -> NetworkDetail? {
        guard let row = try db.queryOne("\(Self.select) WHERE n.slug = ?", slug),
              let summary = try summaries([row]).first else { return nil }
        let extra = try db.queryOne("""
            SELECT n.description, c.slug AS seat_slug, c.name AS seat_name
            FROM networks n LEFT JOIN cities c ON c.id = n.seat_city_id WHERE n.id = ?
            """, summary.id)
        var seatCity: (slug: String, name: String)?
        if let extra, let seatSlug = try extra.optionalString("seat_slug") {
            seatCity = (seatSlug, try extra.string("seat_name"))
        }
        return NetworkDetail(
            summary: summary, description: try extra?.optionalString("description"), seatCity: seatCity,
            cities: try cities(of: summary.id), partnerships: try partnerships(of: summary.id), people: try people(of: summary.id))
    }

    private func cities(of network: Int) throws -> [NetworkMemberCity] {
        try db.query("""
            SELECT c.slug, c.name, \(CountryStore.nameColumns("co")), c.latitude, c.longitude, cn.category, cn.since, cn.is_demo
            FROM city_networks cn JOIN cities c ON c.id = cn.city_id JOIN countries co ON co.code = c.country_code
            WHERE cn.network_id = ? ORDER BY c.name COLLATE NOCASE, c.id
            """, network).map { row in
            try NetworkMemberCity(
                slug: row.string("slug"), name: row.string("name"), country: CountryStore.name(row),
                latitude: row.optionalDouble("latitude"), longitude: row.optionalDouble("longitude"),
                category: row.optionalString("category"), since: row.optionalInt("since"), isDemo: row.bool("is_demo"))
        }
    }

    private func partnerships(of network: Int) throws -> [PartnershipReference] {
        try db.query("""
            SELECT p.slug, p.title, p.type, p.starts_on, p.ends_on, p.is_demo, group_concat(pm.role, '; ') AS role
            FROM partnership_members pm JOIN partnerships p ON p.id = pm.partnership_id
            WHERE pm.network_id = ? GROUP BY p.id ORDER BY p.starts_on DESC, p.title
            """, network).map(PartnershipStore.reference)
    }

    private func people(of network: Int) throws -> [NetworkSpokesperson] {
        try db.query("""
            SELECT sp.person_name, sp.role, sp.organisation, s.id AS session_id, s.slug, s.title
            FROM session_people sp JOIN strategy_sessions s ON s.id = sp.session_id
            WHERE sp.network_id = ? ORDER BY s.held_on, s.number, s.id, sp.role, sp.position
            """, network).map { row in
            try NetworkSpokesperson(
                name: row.string("person_name"), role: row.string("role"), organisation: row.optionalString("organisation"),
                sessionID: row.int("session_id"), sessionSlug: row.string("slug"), sessionTitle: row.string("title"))
        }
    }

    // MARK: - SQL

    private static let select = """
        SELECT n.id, n.slug, n.name, n.acronym, n.kind, n.founded, n.seat, n.members_count, n.members_note,
               n.website, n.source, n.is_demo, n.parent_id,
               (SELECT count(*) FROM city_networks cn WHERE cn.network_id = n.id) AS registry_cities
        FROM networks n
        """

    /// Every filter is a bound parameter that is NULL when unused.
    private static let condition = """
        (:kind IS NULL OR n.kind = :kind)
        AND (:theme IS NULL OR EXISTS (SELECT 1 FROM network_themes nt JOIN themes t ON t.id = nt.theme_id
                                       WHERE nt.network_id = n.id AND t.slug = :theme))
        AND (:pattern IS NULL OR n.name LIKE :pattern ESCAPE '\\' OR n.acronym LIKE :pattern ESCAPE '\\'
             OR n.slug LIKE :pattern ESCAPE '\\')
        """

    private static func order(_ sort: NetworkFilter.Sort) -> String {
        switch sort {
        case .name: "n.name COLLATE NOCASE, n.id"
        case .founded: "n.founded IS NULL, n.founded, n.name COLLATE NOCASE"
        case .members: "n.members_count IS NULL, n.members_count DESC, n.name COLLATE NOCASE"
        }
    }

    private static func arguments(_ filter: NetworkFilter) -> [String: (any SQLBindable)?] {
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

    /// Summaries from rows of `select`, with umbrellas, sections and themes attached.
    private func summaries(_ rows: [Row]) throws -> [NetworkSummary] {
        var refs: [Int: NetworkRef] = [:]
        var sectionsByParent: [Int: [NetworkRef]] = [:]
        for row in try db.query("SELECT id, slug, name, acronym, parent_id FROM networks ORDER BY name COLLATE NOCASE") {
            let ref = try NetworkRef(slug: row.string("slug"), name: row.string("name"), acronym: row.optionalString("acronym"))
            refs[try row.int("id")] = ref
            if let parent = try row.optionalInt("parent_id") { sectionsByParent[parent, default: []].append(ref) }
        }
        var themesByNetwork: [Int: [ThemeRef]] = [:]
        for row in try db.query("""
            SELECT nt.network_id, t.id, t.slug, t.name FROM network_themes nt JOIN themes t ON t.id = nt.theme_id ORDER BY t.name
            """) {
            themesByNetwork[try row.int("network_id"), default: []].append(ThemeRef(id: try row.int("id"), slug: try row.string("slug"), name: try row.string("name")))
        }
        return try rows.map { row in
            let id = try row.int("id")
            var summary = try Self.summary(row)
            summary.parent = try row.optionalInt("parent_id").flatMap { refs[$0] }
            summary.sections = sectionsByParent[id] ?? []
            summary.themes = themesByNetwork[id] ?? []
            return summary
        }
    }

    private static func summary(_ row: Row) throws -> NetworkSummary {
        try NetworkSummary(
            id: row.int("id"), slug: row.string("slug"), name: row.string("name"), acronym: row.optionalString("acronym"),
            kind: row.string("kind"), founded: row.optionalInt("founded"), seat: row.optionalString("seat"),
            membersCount: row.optionalInt("members_count"), membersNote: row.optionalString("members_note"),
            website: row.optionalString("website"), source: row.optionalString("source"), isDemo: row.bool("is_demo"),
            registryCities: row.int("registry_cities"))
    }
}
