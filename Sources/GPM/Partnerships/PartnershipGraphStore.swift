import SQLite

/// Reads what the partnership graph links: the cities of each partnership, and the cities of each
/// network small enough to say something. A network with most of the registry (C40, UCLG…) would
/// join nearly every pair of cities and hide the partnerships, so networks with more than
/// `maximumNetworkCities` registry cities are named beside the graph instead of drawn.
struct PartnershipGraphStore {
    let db: Connection

    func snapshot(maximumNetworkCities: Int) throws -> PartnershipGraphSnapshot {
        var partnerships: [(String, [NetworkGraph.Node])] = []
        var current: (slug: String, title: String, members: [NetworkGraph.Node])?
        for row in try db.query("""
            SELECT p.slug AS p_slug, p.title, c.slug, c.name, r.slug AS region
            FROM partnership_members pm JOIN partnerships p ON p.id = pm.partnership_id
            JOIN cities c ON c.id = pm.city_id JOIN regions r ON r.id = c.region_id
            ORDER BY p.title, p.id, pm.position, pm.id
            """) {
            let slug = try row.string("p_slug")
            if current?.slug != slug {
                if let done = current { partnerships.append((done.title, done.members)) }
                current = (slug, try row.string("title"), [])
            }
            current?.members.append(try Self.node(row))
        }
        if let done = current { partnerships.append((done.title, done.members)) }

        var networks: [String: [NetworkGraph.Node]] = [:]
        var order: [String] = []
        for row in try db.query("""
            SELECT coalesce(n.acronym, n.name) AS network, c.slug, c.name, r.slug AS region
            FROM city_networks cn JOIN networks n ON n.id = cn.network_id
            JOIN cities c ON c.id = cn.city_id JOIN regions r ON r.id = c.region_id
            WHERE (SELECT count(*) FROM city_networks x WHERE x.network_id = n.id) BETWEEN 2 AND ?
            ORDER BY n.name, c.name
            """, maximumNetworkCities) {
            let network = try row.string("network")
            if networks[network] == nil { order.append(network) }
            networks[network, default: []].append(try Self.node(row))
        }
        let large = try db.query("""
            SELECT n.slug, n.name, n.acronym FROM networks n
            WHERE (SELECT count(*) FROM city_networks x WHERE x.network_id = n.id) > ? ORDER BY n.name
            """, maximumNetworkCities).map {
            try NetworkRef(slug: $0.string("slug"), name: $0.string("name"), acronym: $0.optionalString("acronym"))
        }
        let groups = partnerships.map { NetworkGraph.Group(kind: .partnership, label: $0.0, members: $0.1) }
            + order.map { NetworkGraph.Group(kind: .sharedNetwork, label: $0, members: networks[$0] ?? []) }
        return PartnershipGraphSnapshot(groups: groups, largeNetworks: large, maximumNetworkCities: maximumNetworkCities)
    }

    private static func node(_ row: Row) throws -> NetworkGraph.Node {
        let slug = try row.string("slug")
        return NetworkGraph.Node(id: slug, name: try row.string("name"), href: Paths.city.href(slug), group: try row.string("region"))
    }
}
