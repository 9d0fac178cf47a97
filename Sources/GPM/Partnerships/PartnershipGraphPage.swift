/// The view model of the partnership graph page: the SVG drawing, a legend, and the same links as
/// text lists for readers who cannot see the drawing.
struct PartnershipGraphPage: Encodable {
    /// A city of the graph with the cities it is linked to.
    struct City: Encodable {
        let name: String
        let href: String
        /// The region in words: the drawing shows it by colour only.
        let region: String
        let partners: [Link]
        let hasPartners: Bool
        let peers: [Link]
        let hasPeers: Bool
    }

    /// A linked city and what links it.
    struct Link: Encodable {
        let name: String
        let href: String
        let via: String
    }

    /// Pre-rendered SVG (`NetworkGraphSVG` escapes what it writes), rendered raw (`{{{graph}}}`).
    let graph: String
    let hasNodes: Bool
    let figures: String
    let cities: [City]
    let maximumNetworkCities: Int
    let largeNetworks: [NetworkReferenceView]
    let hasLargeNetworks: Bool
    let partnershipsJSONHref = Paths.partnershipsJSON.href
    let networksJSONHref = Paths.networksJSON.href

    /// The legend's names of the regions' slugs (the colours of `site.css`), in the page's language.
    static func regionName(_ slug: String, _ messages: Messages) -> String { UCLGRegions.name(slug: slug, messages) }

    /// - Parameter messages: the page's language, for the drawing's label, the figures and the regions.
    init(_ snapshot: PartnershipGraphSnapshot, cache: NetworkGraphLayoutCache, messages: Messages) {
        let graph = NetworkGraph(groups: snapshot.groups)
        let layout = NetworkGraphLayout()
        self.graph = NetworkGraphSVG.svg(
            graph, positions: cache.positions(for: graph, layout: layout), layout: layout,
            label: messages.t("Graph of cities linked by partnerships and shared networks"))
        cities = graph.nodes.indices.map { index in
            let node = graph.nodes[index]
            let partners = graph.neighbours(of: index, kind: .partnership)
            let peers = graph.neighbours(of: index, kind: .sharedNetwork)
            return City(
                name: node.name, href: node.href, region: Self.regionName(node.group, messages),
                partners: partners.map { Link(name: $0.node.name, href: $0.node.href, via: $0.labels.joined(separator: "; ")) },
                hasPartners: !partners.isEmpty,
                peers: peers.map { Link(name: $0.node.name, href: $0.node.href, via: $0.labels.joined(separator: ", ")) },
                hasPeers: !peers.isEmpty)
        }
        let partnershipEdges = graph.edges.filter { $0.kind == .partnership }.count
        hasNodes = !graph.nodes.isEmpty
        figures = messages.t("{cities}, {partnershipLinks} and {networkLinks}", [
            "cities": messages.tn("{count} city", "{count} cities", count: graph.nodes.count),
            "partnershipLinks": messages.tn("{count} partnership link", "{count} partnership links", count: partnershipEdges),
            "networkLinks": messages.tn("{count} shared-network link", "{count} shared-network links", count: graph.edges.count - partnershipEdges),
        ])
        maximumNetworkCities = snapshot.maximumNetworkCities
        largeNetworks = snapshot.largeNetworks.map(NetworkReferenceView.init)
        hasLargeNetworks = !snapshot.largeNetworks.isEmpty
    }
}
