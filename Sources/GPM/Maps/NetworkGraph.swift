/// A graph of cities linked by partnerships and shared network memberships: what the partnership
/// graph page draws. Pure data, built from groups of cities so that it can be tested without a
/// database.
///
/// A network is drawn as a node of its own (a hub) joined to each of its cities, not as a line between
/// every pair of its cities: a network of 20 cities is 20 lines instead of 190, so even the largest
/// (C40, UCLG) can be drawn, and a reader sees which network a line belongs to.
struct NetworkGraph: Sendable, Equatable {
    /// A city on the graph, or a network's hub; a city's `group` (its region's slug) chooses its colour.
    struct Node: Sendable, Equatable {
        let id: String
        let name: String
        let href: String
        let group: String
        var kind: NodeKind = .city
        /// A longer name for the drawing's tooltip (a network's full name beside its acronym).
        var detail: String? = nil
    }

    enum NodeKind: String, Sendable, Equatable {
        case city
        case network
    }

    enum LinkKind: String, Sendable, Equatable {
        case partnership
        case sharedNetwork = "shared-network"
        /// A city's line to the hub of a network it belongs to.
        case membership
    }

    /// A link between two nodes (indices into `nodes`, `source < target`). One edge per pair and
    /// kind: `labels` names every partnership or shared network behind it, so its weight is their number.
    struct Edge: Sendable, Equatable {
        let source: Int
        let target: Int
        let kind: LinkKind
        var labels: [String]

        var weight: Int { labels.count }
    }

    /// A set of cities that the same partnership or network links, e.g. the cities of one partnership.
    /// A network group with a `hub` is drawn as that hub joined to each member (`membership` edges);
    /// without one, as a `sharedNetwork` line between every pair of its members.
    struct Group: Sendable {
        let kind: LinkKind
        let label: String
        let members: [Node]
        var hub: Node? = nil
    }

    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []

    /// Every city of a partnership becomes a node (even a partnership's only city: it has a
    /// partnership); a shared network adds its cities (and its hub) only when it links two or more.
    /// Nodes are sorted by name and id so the graph, and so its layout, does not depend on query order.
    init(groups: [Group]) {
        var byID: [String: Node] = [:]
        for group in groups where group.kind == .partnership || Set(group.members.map(\.id)).count > 1 {
            for member in group.members { byID[member.id] = member }
            if let hub = group.hub { byID[hub.id] = hub }
        }
        nodes = byID.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        var edgeIndex: [String: Int] = [:]
        for group in groups {
            let members = Set(group.members.compactMap { index[$0.id] }).sorted()
            if let hub = group.hub {
                guard let center = index[hub.id] else { continue }
                for member in members where member != center {
                    let key = "\(min(center, member))-\(max(center, member))-\(LinkKind.membership.rawValue)"
                    guard edgeIndex[key] == nil else { continue }
                    edgeIndex[key] = edges.count
                    edges.append(Edge(source: min(center, member), target: max(center, member), kind: .membership, labels: [group.label]))
                }
                continue
            }
            for (offset, a) in members.enumerated() {
                for b in members[(offset + 1)...] {
                    let key = "\(a)-\(b)-\(group.kind.rawValue)"
                    if let existing = edgeIndex[key] {
                        if !edges[existing].labels.contains(group.label) { edges[existing].labels.append(group.label) }
                    } else {
                        edgeIndex[key] = edges.count
                        edges.append(Edge(source: a, target: b, kind: group.kind, labels: [group.label]))
                    }
                }
            }
        }
    }

    /// The number of edges of `kind` that meet node `index` (a hub's member count, for the layout).
    func degree(of index: Int, kind: LinkKind) -> Int {
        edges.reduce(0) { $0 + ($1.kind == kind && ($1.source == index || $1.target == index) ? 1 : 0) }
    }

    /// The neighbours of node `index` through edges of `kind`, with the edge's labels.
    func neighbours(of index: Int, kind: LinkKind) -> [(node: Node, labels: [String])] {
        edges.filter { $0.kind == kind && ($0.source == index || $0.target == index) }
            .map { edge in (nodes[edge.source == index ? edge.target : edge.source], edge.labels) }
            .sorted { $0.node.name < $1.node.name }
    }
}
