import HTTP
import Mustache

/// The networks directory (`/networks`, filters kind, theme, q; sort; page), a page per network
/// (`/networks/:slug`) and the open data (`/networks.csv`, `/networks.json`).
enum NetworksRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let networks = NetworkService(database: app.database, clock: app.clock)
        router.get("/networks") { request in try directoryPage(request, networks, app) }
        router.get("/networks/:slug") { request in
            guard let slug = request.pathParameters["slug"], let detail = try networks.network(slug: slug) else {
                throw HTTPError(.notFound)
            }
            return try networkPage(detail, app)
        }
        router.get("/networks.csv") { _ in try NetworksOpenData.csv(networks.dataset()) }
        router.get("/networks.json") { _ in try NetworksOpenData.json(networks.dataset()) }
    }

    private static func directoryPage(_ request: Request, _ service: NetworkService, _ app: AppContext) throws -> Response {
        let filter = NetworkFilter(query: request.query)
        let directory = try service.directory(filter, requestedPage: request.query["page"])
        let pagination = directory.pagination
        let total = pagination.total
        let networks = directory.networks
        let query = filter.queryString
        let kinds = SelectOptions.list(NetworkKind.allCases.map { ($0.rawValue, $0.label) }, selected: filter.kind)
        let themes = SelectOptions.list(directory.themes.map { ($0.slug, $0.name) }, selected: filter.theme)
        let sorts = SelectOptions.list(NetworkFilter.Sort.allCases.map { ($0.rawValue, $0.label) }, selected: filter.sort.rawValue)
        var context: [String: MustacheValue] = [
            "networks": .array(networks.map(NetworkViewModel.summary)),
            "hasNetworks": .bool(!networks.isEmpty),
            "count": .string(total == 1 ? "1 network or organisation" : "\(Formatting.number(total)) networks and organisations"),
            "isFiltered": .bool(filter.isFiltered),
            "q": .string(filter.query ?? ""),
            "kinds": .array(kinds), "themes": .array(themes), "sorts": .array(sorts),
            "pagination": pagination.context(path: "/networks", query: query),
        ]
        if let kind = filter.kind { context["kindLabel"] = .string(NetworkKind.label(of: kind)) }
        let canonical = "/networks" + (pagination.page > 1 ? query.adding("page", String(pagination.page)) : query).encoded
        return try app.pages.page("pages/networks/index", path: canonical, nav: .networks, context)
    }

    private static func networkPage(_ detail: NetworkDetail, _ app: AppContext) throws -> Response {
        let network = detail.summary
        let points = detail.cities.compactMap { city -> MapPoint? in
            guard let latitude = city.latitude, let longitude = city.longitude else { return nil }
            return MapPoint(name: city.name, href: "/cities/\(city.slug)", latitude: latitude, longitude: longitude)
        }
        let title = network.acronym.map { "\(network.name) (\($0))" } ?? network.name
        var context: [String: MustacheValue] = [
            "pageTitle": .string(title),
            "pageDescription": .string("\(network.name): \(NetworkKind.label(of: network.kind).lowercased()); its member cities "
                + "in the GPM registry, partnerships and themes."),
            "network": NetworkViewModel.summary(network),
            "description": .array(Formatting.paragraphs(detail.description).map { .string($0) }),
            "hasDescription": .bool(detail.description.map { !$0.isEmpty } ?? false),
            "cities": .array(detail.cities.map(NetworkViewModel.city)),
            "hasCities": .bool(!detail.cities.isEmpty),
            "citiesFilterHref": .string("/cities?network=\(QueryString.escape(network.slug))"),
            "partnerships": .array(detail.partnerships.map(NetworkViewModel.partnership)),
            "hasPartnerships": .bool(!detail.partnerships.isEmpty),
            "people": .array(detail.people.map(NetworkViewModel.person)),
            "hasPeople": .bool(!detail.people.isEmpty),
            "hasMap": .bool(!points.isEmpty),
            "map": .string(WorldMap.svg(points, label: "Map of the member cities of \(network.name) in the registry")),
        ]
        if let seat = detail.seatCity { context["seatCity"] = ["href": .string("/cities/\(seat.slug)"), "name": .string(seat.name)] }
        return try app.pages.page("pages/networks/show", path: "/networks/\(network.slug)", nav: .networks, context)
    }
}
