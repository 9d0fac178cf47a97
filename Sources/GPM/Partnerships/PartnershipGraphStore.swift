import SQLite

/// Reads what the partnership graph links: the cities of each partnership, and every network with two
/// or more registry cities, with its cities (drawn as the network's hub joined to each of them, so
/// even a network with most of the registry, C40 or UCLG, adds one line per city, not one per pair).
struct PartnershipGraphStore {
    let db: Connection

    func snapshot() throws -> PartnershipGraphSnapshot {
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

        var networks: [(hub: NetworkGraph.Node, members: [NetworkGraph.Node])] = []
        for row in try db.query("""
            SELECT n.slug AS n_slug, n.name AS n_name, n.acronym, c.slug, c.name, r.slug AS region
            FROM city_networks cn JOIN networks n ON n.id = cn.network_id
            JOIN cities c ON c.id = cn.city_id JOIN regions r ON r.id = c.region_id
            WHERE (SELECT count(*) FROM city_networks x WHERE x.network_id = n.id) >= 2
            ORDER BY n.name, n.id, c.name
            """) {
            let slug = try row.string("n_slug")
            if networks.last?.hub.id != "network:" + slug {
                let network = try NetworkRef(slug: slug, name: row.string("n_name"), acronym: row.optionalString("acronym"))
                networks.append((NetworkGraph.Node(
                    id: "network:" + slug, name: network.shortName, href: Paths.network.href(slug), group: "network",
                    kind: .network, detail: network.name), []))
            }
            networks[networks.count - 1].members.append(try Self.node(row))
        }
        let groups = partnerships.map { NetworkGraph.Group(kind: .partnership, label: $0.0, members: $0.1) }
            + networks.map { NetworkGraph.Group(kind: .sharedNetwork, label: $0.hub.name, members: $0.members, hub: $0.hub) }
        return PartnershipGraphSnapshot(groups: groups)
    }

    private static func node(_ row: Row) throws -> NetworkGraph.Node {
        let slug = try row.string("slug")
        return NetworkGraph.Node(id: slug, name: try row.string("name"), href: Paths.city.href(slug), group: try row.string("region"))
    }
}
