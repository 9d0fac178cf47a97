import SQLite

/// Reads partnerships: a filtered directory page and its count, one partnership, every partnership
/// for the open data, and the choices of the directory's filters. Members and themes are attached
/// from two small queries because the tables are small and a join per row would repeat them.
struct PartnershipStore {
    let db: Connection

    func count(_ filter: PartnershipFilter) throws -> Int {
        try db.scalar("SELECT count(*) FROM partnerships p WHERE \(Self.condition)", named: Self.arguments(filter)) ?? 0
    }

    /// Ongoing and recent partnerships first, then by title.
    func page(_ filter: PartnershipFilter, limit: Int, offset: Int) throws -> [PartnershipSummary] {
        var named = Self.arguments(filter)
        named["limit"] = limit
        named["offset"] = offset
        let rows = try db.query("""
            \(Self.select) WHERE \(Self.condition)
            ORDER BY p.starts_on IS NULL, p.starts_on DESC, p.title COLLATE NOCASE, p.id LIMIT :limit OFFSET :offset
            """, named: named)
        return try summaries(rows)
    }

    /// Every partnership, by title.
    func all() throws -> [PartnershipSummary] {
        try summaries(db.query("\(Self.select) ORDER BY p.title COLLATE NOCASE, p.id"))
    }

    /// nil when no partnership has this slug.
    func partnership(slug: String) throws -> PartnershipDetail? {
        guard let row = try db.queryOne("\(Self.select) WHERE p.slug = ?", slug), let summary = try summaries([row]).first else {
            return nil
        }
        let texts = try db.queryOne("SELECT methodology, description FROM partnerships WHERE id = ?", summary.id)
        return try PartnershipDetail(
            summary: summary, methodology: texts?.optionalString("methodology"), description: texts?.optionalString("description"))
    }

    /// The themes some partnership has, for the theme filter.
    func themes() throws -> [ThemeRef] {
        try db.query("""
            SELECT DISTINCT t.id, t.slug, t.name FROM themes t JOIN partnership_themes pt ON pt.theme_id = t.id ORDER BY t.name
            """).map { try ThemeRef(id: $0.int("id"), slug: $0.string("slug"), name: $0.string("name")) }
    }

    /// The cities that take part in some partnership, for the city filter.
    func cities() throws -> [(slug: String, name: String)] {
        try db.query("""
            SELECT DISTINCT c.slug, c.name FROM cities c JOIN partnership_members pm ON pm.city_id = c.id
            ORDER BY c.name COLLATE NOCASE
            """).map { (try $0.string("slug"), try $0.string("name")) }
    }

    /// A row with the columns `slug, title, type, starts_on, ends_on, role, is_demo` (cities' and
    /// networks' pages list their partnerships so).
    static func reference(_ row: Row) throws -> PartnershipReference {
        try PartnershipReference(
            slug: row.string("slug"), title: row.string("title"), type: row.string("type"),
            startsOn: row.optionalString("starts_on"), endsOn: row.optionalString("ends_on"),
            role: row.optionalString("role"), isDemo: row.bool("is_demo"))
    }

    // MARK: - SQL

    private static let select = """
        SELECT p.id, p.slug, p.title, p.type, p.starts_on, p.ends_on, p.summary, p.source, p.is_demo FROM partnerships p
        """

    private static let condition = """
        (:type IS NULL OR p.type = :type)
        AND (:theme IS NULL OR EXISTS (SELECT 1 FROM partnership_themes pt JOIN themes t ON t.id = pt.theme_id
                                       WHERE pt.partnership_id = p.id AND t.slug = :theme))
        AND (:city IS NULL OR EXISTS (SELECT 1 FROM partnership_members pm JOIN cities c ON c.id = pm.city_id
                                      WHERE pm.partnership_id = p.id AND c.slug = :city))
        """

    private static func arguments(_ filter: PartnershipFilter) -> [String: (any SQLBindable)?] {
        ["type": filter.type, "theme": filter.theme, "city": filter.city]
    }

    /// Summaries from rows of `select`, with members (in their printed order) and themes attached.
    private func summaries(_ rows: [Row]) throws -> [PartnershipSummary] {
        guard !rows.isEmpty else { return [] }
        let ids = Set(try rows.map { try $0.int("id") })
        var members: [Int: [PartnershipMember]] = [:]
        for row in try db.query("""
            SELECT pm.partnership_id, pm.role, pm.organisation, c.slug AS city_slug, c.name AS city_name, c.is_demo AS city_demo,
                   n.slug AS network_slug, n.name AS network_name, n.is_demo AS network_demo
            FROM partnership_members pm LEFT JOIN cities c ON c.id = pm.city_id LEFT JOIN networks n ON n.id = pm.network_id
            ORDER BY pm.partnership_id, pm.position, pm.id
            """) {
            let id = try row.int("partnership_id")
            guard ids.contains(id) else { continue }
            let role = try row.optionalString("role")
            let member: PartnershipMember
            if let slug = try row.optionalString("city_slug") {
                member = PartnershipMember(kind: .city, slug: slug, name: try row.string("city_name"), role: role,
                                           isDemo: try row.optionalInt("city_demo") == 1)
            } else if let slug = try row.optionalString("network_slug") {
                member = PartnershipMember(kind: .network, slug: slug, name: try row.string("network_name"), role: role,
                                           isDemo: try row.optionalInt("network_demo") == 1)
            } else {
                member = PartnershipMember(kind: .organisation, slug: nil, name: try row.optionalString("organisation") ?? "",
                                           role: role, isDemo: false)
            }
            members[id, default: []].append(member)
        }
        var themes: [Int: [ThemeRef]] = [:]
        for row in try db.query("""
            SELECT pt.partnership_id, t.id, t.slug, t.name FROM partnership_themes pt JOIN themes t ON t.id = pt.theme_id ORDER BY t.name
            """) {
            themes[try row.int("partnership_id"), default: []].append(ThemeRef(id: try row.int("id"), slug: try row.string("slug"), name: try row.string("name")))
        }
        return try rows.map { row in
            let id = try row.int("id")
            return PartnershipSummary(
                id: id, slug: try row.string("slug"), title: try row.string("title"), type: try row.string("type"),
                startsOn: try row.optionalString("starts_on"), endsOn: try row.optionalString("ends_on"),
                summary: try row.optionalString("summary"), source: try row.optionalString("source"),
                isDemo: try row.bool("is_demo"), members: members[id] ?? [], themes: themes[id] ?? [])
        }
    }
}
