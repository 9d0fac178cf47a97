/// The view model of the partnership graph page: the SVG drawing (cities, partnerships, and every
/// network as a box joined to its cities), a legend, and the same links as text lists for readers who
/// cannot see the drawing.
struct PartnershipGraphPage: Encodable {
    /// A city of the graph with the cities it is linked to.
    struct City: Encodable {
        let name: String
        let href: String
        /// The region in words: the drawing shows it by colour only.
        let region: String
        let partners: [Link]
        let hasPartners: Bool
        /// The networks drawn that the city belongs to (the lines to their boxes).
        let networks: [Link]
        let hasNetworks: Bool
    }

    /// A linked city and what links it.
    struct Link: Encodable {
        let name: String
        let href: String
        let via: String
        /// The language of `via` where it is partnerships' titles (the secretariat's English, no translation).
        let viaLang = ContentLanguage.english.tag
        let viaDir = ContentLanguage.english.direction
    }

    /// Pre-rendered SVG (`NetworkGraphSVG` escapes what it writes), rendered raw (`{{{graph}}}`).
    let graph: String
    let hasNodes: Bool
    let figures: String
    let cities: [City]
    let partnershipsJSONHref = Paths.partnershipsJSON.href
    let networksJSONHref = Paths.networksJSON.href

    /// The legend's names of the regions' slugs (the colours of `site.css`), in the page's language.
    static func regionName(_ slug: String, _ messages: Messages) -> String { UCLGRegions.name(slug: slug, messages) }

    /// - Parameter messages: the page's language, for the drawing's label, the figures and the regions.
    init(_ snapshot: PartnershipGraphSnapshot, cache: NetworkGraphLayoutCache, messages: Messages) {
        let graph = NetworkGraph(groups: snapshot.groups)
        let layout = NetworkGraphLayout()
        let regions = Dictionary(graph.nodes.filter { $0.kind == .city }.map { ($0.group, Self.regionName($0.group, messages)) },
                                 uniquingKeysWith: { first, _ in first })
        self.graph = NetworkGraphSVG.svg(
            graph, positions: cache.positions(for: graph, layout: layout), layout: layout,
            label: messages.t("Graph of cities linked by partnerships and shared networks"), regions: regions)
        cities = graph.nodes.indices.filter { graph.nodes[$0].kind == .city }.map { index in
            let node = graph.nodes[index]
            let partners = graph.neighbours(of: index, kind: .partnership)
            let networks = graph.neighbours(of: index, kind: .membership)
            return City(
                name: node.name, href: node.href, region: regions[node.group] ?? node.group,
                partners: partners.map { Link(name: $0.node.name, href: $0.node.href, via: $0.labels.joined(separator: "; ")) },
                hasPartners: !partners.isEmpty,
                networks: networks.map { Link(name: $0.node.name, href: $0.node.href, via: $0.node.detail ?? $0.node.name) },
                hasNetworks: !networks.isEmpty)
        }
        hasNodes = !graph.nodes.isEmpty
        figures = messages.t("{cities}, {partnershipLinks} and {networks}", [
            "cities": messages.tn("{count} city", "{count} cities", count: cities.count),
            "partnershipLinks": messages.tn("{count} partnership link", "{count} partnership links",
                                            count: graph.edges.filter { $0.kind == .partnership }.count),
            "networks": messages.tn("{count} network", "{count} networks", count: graph.nodes.count - cities.count),
        ])
    }
}
