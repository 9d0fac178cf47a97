import SQLite

/// Reads one network's page: the network, its member cities in the registry, the partnerships it
/// takes part in and the strategy-session people who speak for it, in one snapshot.
struct NetworkRepository: Sendable {
    let database: DatabasePool

    /// nil when no network has this slug.
    func detail(slug: String) throws -> NetworkDetail? {
        try database.read { db in
            guard let row = try db.queryOne(
                "\(NetworkDirectoryRepository.select) WHERE n.slug = ?", slug) else { return nil }
            guard let summary = try NetworkDirectoryRepository.summaries([row], db).first else { return nil }
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
                cities: try cities(of: summary.id, db), partnerships: try partnerships(of: summary.id, db),
                people: try people(of: summary.id, db))
        }
    }

    private func cities(of network: Int, _ db: Connection) throws -> [NetworkMemberCity] {
        try db.query("""
            SELECT c.slug, c.name, co.name AS country, c.latitude, c.longitude, cn.category, cn.since, cn.is_demo
            FROM city_networks cn JOIN cities c ON c.id = cn.city_id JOIN countries co ON co.code = c.country_code
            WHERE cn.network_id = ? ORDER BY c.name COLLATE NOCASE, c.id
            """, network).map { row in
            try NetworkMemberCity(
                slug: row.string("slug"), name: row.string("name"), countryName: row.string("country"),
                latitude: row.optionalDouble("latitude"), longitude: row.optionalDouble("longitude"),
                category: row.optionalString("category"), since: row.optionalInt("since"), isDemo: row.bool("is_demo"))
        }
    }

    private func partnerships(of network: Int, _ db: Connection) throws -> [PartnershipReference] {
        try db.query("""
            SELECT p.slug, p.title, p.type, p.starts_on, p.ends_on, p.is_demo, group_concat(pm.role, '; ') AS role
            FROM partnership_members pm JOIN partnerships p ON p.id = pm.partnership_id
            WHERE pm.network_id = ? GROUP BY p.id ORDER BY p.starts_on DESC, p.title
            """, network).map { row in
            try PartnershipReference(row: row)
        }
    }

    private func people(of network: Int, _ db: Connection) throws -> [NetworkSpokesperson] {
        try db.query("""
            SELECT sp.person_name, sp.role, sp.organisation, s.slug, s.title
            FROM session_people sp JOIN strategy_sessions s ON s.id = sp.session_id
            WHERE sp.network_id = ? ORDER BY s.held_on, s.number, s.id, sp.role, sp.position
            """, network).map { row in
            try NetworkSpokesperson(
                name: row.string("person_name"), role: row.string("role"), organisation: row.optionalString("organisation"),
                sessionSlug: row.string("slug"), sessionTitle: row.string("title"))
        }
    }
}
