import SQLite

/// The SQL of the related-rows sections of an edit page: a city's network memberships (from either side),
/// a partnership's members, a session's people, principles and actions. Reads return stored rows for
/// `RegistrySectionView`; writes are `RegistrySectionService`'s, which audits them.
struct RegistrySectionStore {
    let db: Connection

    /// What the section of `id`'s edit page lists and offers.
    func rows(_ section: RegistrySection, id: Int) throws -> RegistrySectionRows {
        let catalogue = RegistryCatalogueStore(db: db)
        let cities = try catalogue.options(.cities)
        let networks = try catalogue.options(.networks)
        switch section {
        case .cityNetworks, .networkCities:
            let byCity = section == .cityNetworks
            let rows = try db.query(
                """
                SELECT cn.city_id, cn.network_id, cn.category, cn.since, cn.is_demo, c.name AS city, n.name AS network
                FROM city_networks cn JOIN cities c ON c.id = cn.city_id JOIN networks n ON n.id = cn.network_id
                WHERE \(byCity ? "cn.city_id" : "cn.network_id") = ? ORDER BY \(byCity ? "n.name" : "c.name") COLLATE NOCASE
                """, id)
            return RegistrySectionRows(rows: rows, cities: cities, networks: networks)
        case .partnershipMembers:
            let rows = try db.query(
                """
                SELECT m.id, m.role, m.organisation, c.name AS city, n.name AS network FROM partnership_members m
                LEFT JOIN cities c ON c.id = m.city_id LEFT JOIN networks n ON n.id = m.network_id
                WHERE m.partnership_id = ? ORDER BY m.position, m.id
                """, id)
            return RegistrySectionRows(rows: rows, cities: cities, networks: networks)
        case .sessionParts:
            let people = try db.query(
                """
                SELECT p.id, p.role, p.person_name, p.organisation, c.name AS city, n.name AS network FROM session_people p
                LEFT JOIN cities c ON c.id = p.city_id LEFT JOIN networks n ON n.id = p.network_id
                WHERE p.session_id = ?
                ORDER BY CASE p.role WHEN 'chair' THEN 1 WHEN 'co_chair' THEN 2 WHEN 'resource_team' THEN 3 ELSE 4 END, p.position
                """, id)
            return RegistrySectionRows(
                rows: people, cities: cities, networks: networks,
                sessionNumber: try db.scalar("SELECT number FROM strategy_sessions WHERE id = ?", id),
                principles: try db.query("SELECT id, position, text FROM principles WHERE session_id = ? ORDER BY position", id),
                actions: try db.query("SELECT id, position, title FROM actions WHERE session_id = ? ORDER BY position", id))
        }
    }

    /// The name of a city or network by id ("#id" when it is gone), for audit summaries.
    func name(_ table: RegistryNamedTable, _ id: Int) throws -> String {
        try db.scalar("SELECT name FROM \(table.rawValue) WHERE id = ?", id) ?? "#\(id)"
    }

    // MARK: Memberships

    /// The membership row, or nil.
    func membership(cityID: Int, networkID: Int) throws -> Row? {
        try db.queryOne("SELECT * FROM city_networks WHERE city_id = ? AND network_id = ?", cityID, networkID)
    }

    /// Adds the membership, created at `now`.
    func insertMembership(cityID: Int, networkID: Int, category: String?, since: Int?, now: String) throws {
        try db.run(
            "INSERT INTO city_networks (city_id, network_id, category, since, created_at) VALUES (?, ?, ?, ?, ?)",
            cityID, networkID, category, since, now)
    }

    func deleteMembership(cityID: Int, networkID: Int) throws {
        try db.run("DELETE FROM city_networks WHERE city_id = ? AND network_id = ?", cityID, networkID)
    }

    // MARK: Partnership members

    /// The member row when it belongs to the partnership, or nil.
    func partnershipMember(_ member: Int, partnership: Int) throws -> Row? {
        try db.queryOne("SELECT * FROM partnership_members WHERE id = ? AND partnership_id = ?", member, partnership)
    }

    /// Appends a member after the last; returns the new row.
    func insertPartnershipMember(partnership: Int, cityID: Int?, networkID: Int?, organisation: String?, role: String?) throws -> Row? {
        let position = (try db.scalar("SELECT max(position) FROM partnership_members WHERE partnership_id = ?", partnership) as Int? ?? 0) + 1
        try db.run(
            "INSERT INTO partnership_members (partnership_id, city_id, network_id, organisation, role, position) VALUES (?, ?, ?, ?, ?, ?)",
            partnership, cityID, networkID, organisation, role, position)
        return try db.queryOne("SELECT * FROM partnership_members WHERE id = ?", db.lastInsertRowID)
    }

    func deletePartnershipMember(_ member: Int) throws {
        try db.run("DELETE FROM partnership_members WHERE id = ?", member)
    }

    // MARK: Session people

    /// The person row when it belongs to the session, or nil.
    func sessionPerson(_ person: Int, session: Int) throws -> Row? {
        try db.queryOne("SELECT * FROM session_people WHERE id = ? AND session_id = ?", person, session)
    }

    /// Appends a person after the last of the same role; returns the new row.
    func insertSessionPerson(
        session: Int, role: String?, name: String?, cityID: Int?, networkID: Int?, organisation: String?
    ) throws -> Row? {
        let position = (try db.scalar("SELECT max(position) FROM session_people WHERE session_id = ? AND role = ?", session, role) as Int?
            ?? 0) + 1
        try db.run(
            """
            INSERT INTO session_people (session_id, role, position, person_name, city_id, network_id, organisation)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            session, role, position, name, cityID, networkID, organisation)
        return try db.queryOne("SELECT * FROM session_people WHERE id = ?", db.lastInsertRowID)
    }

    func deleteSessionPerson(_ person: Int) throws {
        try db.run("DELETE FROM session_people WHERE id = ?", person)
    }

    // MARK: Order of principles and actions

    /// The item's position when it belongs to the session, or nil.
    func position(_ table: RegistryOrderedTable, item: Int, session: Int) throws -> Int? {
        try db.scalar("SELECT position FROM \(table.rawValue) WHERE id = ? AND session_id = ?", item, session)
    }

    /// The item just before (`up`) or after `position` in the session, or nil at the end.
    func neighbour(_ table: RegistryOrderedTable, session: Int, position: Int, up: Bool) throws -> (id: Int, position: Int)? {
        let row = try db.queryOne(
            up ? "SELECT id, position FROM \(table.rawValue) WHERE session_id = ? AND position < ? ORDER BY position DESC LIMIT 1"
               : "SELECT id, position FROM \(table.rawValue) WHERE session_id = ? AND position > ? ORDER BY position LIMIT 1",
            session, position)
        return try row.map { (try $0.int("id"), try $0.int("position")) }
    }

    /// Swaps the positions of two items of a session. UNIQUE (session_id, position): the item is parked past
    /// the end while the neighbour takes its place.
    func swap(_ table: RegistryOrderedTable, session: Int, item: Int, at position: Int, with other: Int, at otherPosition: Int, now: String) throws {
        let parking = (try db.scalar("SELECT max(position) FROM \(table.rawValue) WHERE session_id = ?", session) as Int? ?? 0) + 1
        let bump = "version = version + 1, updated_at = ?"
        try db.run("UPDATE \(table.rawValue) SET position = ?, \(bump) WHERE id = ?", parking, now, item)
        try db.run("UPDATE \(table.rawValue) SET position = ?, \(bump) WHERE id = ?", position, now, other)
        try db.run("UPDATE \(table.rawValue) SET position = ? WHERE id = ?", otherPosition, item)
    }
}

/// Tables whose rows are named by a `name` column, for audit summaries.
enum RegistryNamedTable: String, Sendable {
    case cities, networks
}

/// A session's ordered parts, moved up and down on its edit page.
enum RegistryOrderedTable: String, Sendable, CaseIterable {
    case principles, actions
}

/// What a related-rows section lists (stored rows) and the options of its add form.
struct RegistrySectionRows: Sendable {
    /// Memberships, members or (for a session) people.
    let rows: [Row]
    let cities: [FormField.Option]
    let networks: [FormField.Option]
    var sessionNumber: Int?
    var principles: [Row] = []
    var actions: [Row] = []
}
