/// A graph of cities linked by partnerships and shared network memberships: what the partnership
/// graph page draws. Pure data, built from groups of cities so that it can be tested without a
/// database.
struct NetworkGraph: Sendable, Equatable {
    /// A city on the graph; `group` (its region's slug) chooses its colour.
    struct Node: Sendable, Equatable {
        let id: String
        let name: String
        let href: String
        let group: String
    }

    enum LinkKind: String, Sendable, Equatable {
        case partnership
        case sharedNetwork = "shared-network"
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
    struct Group: Sendable {
        let kind: LinkKind
        let label: String
        let members: [Node]
    }

    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []

    /// Every city of a partnership becomes a node (even a partnership's only city: it has a
    /// partnership); a shared network adds its cities only when it links two or more. Nodes are
    /// sorted by name and id so the graph, and so its layout, does not depend on query order.
    init(groups: [Group]) {
        var byID: [String: Node] = [:]
        for group in groups where group.kind == .partnership || Set(group.members.map(\.id)).count > 1 {
            for member in group.members { byID[member.id] = member }
        }
        nodes = byID.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        var edgeIndex: [String: Int] = [:]
        for group in groups {
            let members = Set(group.members.compactMap { index[$0.id] }).sorted()
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

    /// The neighbours of node `index` through edges of `kind`, with the edge's labels.
    func neighbours(of index: Int, kind: LinkKind) -> [(node: Node, labels: [String])] {
        edges.filter { $0.kind == kind && ($0.source == index || $0.target == index) }
            .map { edge in (nodes[edge.source == index ? edge.target : edge.source], edge.labels) }
            .sorted { $0.node.name < $1.node.name }
    }
}
