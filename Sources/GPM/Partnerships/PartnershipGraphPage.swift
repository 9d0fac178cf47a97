import HTTP
import Mustache

/// The partnership graph page: the SVG drawing, a legend, and the same links as text lists for
/// readers who cannot see the drawing.
enum PartnershipGraphPage {
    static func response(_ snapshot: PartnershipGraphSnapshot, cache: NetworkGraphLayoutCache, _ app: AppContext) throws -> Response {
        let graph = NetworkGraph(groups: snapshot.groups)
        let layout = NetworkGraphLayout()
        let svg = NetworkGraphSVG.svg(
            graph, positions: cache.positions(for: graph, layout: layout), layout: layout,
            label: "Graph of cities linked by partnerships and shared networks")
        let cities: [MustacheValue] = graph.nodes.indices.map { index in
            let node = graph.nodes[index]
            let partners = graph.neighbours(of: index, kind: .partnership)
            let peers = graph.neighbours(of: index, kind: .sharedNetwork)
            return [
                "name": .string(node.name), "href": .string(node.href),
                "partners": .array(partners.map { link($0.node, $0.labels.joined(separator: "; ")) }),
                "hasPartners": .bool(!partners.isEmpty),
                "peers": .array(peers.map { link($0.node, $0.labels.joined(separator: ", ")) }),
                "hasPeers": .bool(!peers.isEmpty),
            ]
        }
        let partnershipEdges = graph.edges.filter { $0.kind == .partnership }.count
        let context: [String: MustacheValue] = [
            "graph": .string(svg),
            "hasNodes": .bool(!graph.nodes.isEmpty),
            "figures": .string("\(graph.nodes.count) cities, \(partnershipEdges) partnership links and "
                + "\(graph.edges.count - partnershipEdges) shared-network links"),
            "cities": .array(cities),
            "maximumNetworkCities": .int(snapshot.maximumNetworkCities),
            "largeNetworks": .array(snapshot.largeNetworks.map(NetworkViewModel.reference)),
            "hasLargeNetworks": .bool(!snapshot.largeNetworks.isEmpty),
        ]
        return try app.pages.page("pages/partnerships/graph", path: "/partnerships/graph", nav: .partnerships, context)
    }

    private static func link(_ node: NetworkGraph.Node, _ via: String) -> MustacheValue {
        ["name": .string(node.name), "href": .string(node.href), "via": .string(via)]
    }
}
