import HTTP
import Mustache

/// The partnerships directory (`/partnerships`, filters type, theme, city), a page per partnership,
/// the network graph (`/partnerships/graph`) and the open data.
enum PartnershipsRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let partnerships = PartnershipService(database: app.database, clock: app.clock)
        let layouts = NetworkGraphLayoutCache()
        router.get("/partnerships") { request in try directoryPage(request, partnerships, app) }
        router.get("/partnerships/graph") { _ in try PartnershipGraphPage.response(partnerships.graph(), cache: layouts, app) }
        router.get("/partnerships/:slug") { request in
            guard let slug = request.pathParameters["slug"], let detail = try partnerships.partnership(slug: slug) else {
                throw HTTPError(.notFound)
            }
            return try partnershipPage(detail, app)
        }
        router.get("/partnerships.csv") { _ in try PartnershipsOpenData.csv(partnerships.all()) }
        router.get("/partnerships.json") { _ in try PartnershipsOpenData.json(partnerships.all()) }
    }

    private static func directoryPage(_ request: Request, _ service: PartnershipService, _ app: AppContext) throws -> Response {
        let filter = PartnershipFilter(query: request.query)
        let directory = try service.directory(filter, requestedPage: request.query["page"])
        let pagination = directory.pagination
        let total = pagination.total
        let partnerships = directory.partnerships
        let query = filter.queryString
        let types = SelectOptions.list(PartnershipType.allCases.map { ($0.rawValue, $0.label) }, selected: filter.type)
        let themes = SelectOptions.list(directory.themes.map { ($0.slug, $0.name) }, selected: filter.theme)
        let cities = SelectOptions.list(directory.cities.map { ($0.slug, $0.name) }, selected: filter.city)
        var context: [String: MustacheValue] = [
            "partnerships": .array(partnerships.map(PartnershipViewModel.summary)),
            "hasPartnerships": .bool(!partnerships.isEmpty),
            "count": .string(total == 1 ? "1 partnership" : "\(Formatting.number(total)) partnerships"),
            "isFiltered": .bool(filter.isFiltered),
            "types": .array(types), "themes": .array(themes), "cities": .array(cities),
            "pagination": pagination.context(path: "/partnerships", query: query),
        ]
        if let type = filter.type { context["typeLabel"] = .string(PartnershipType.label(of: type)) }
        let canonical = "/partnerships" + (pagination.page > 1 ? query.adding("page", String(pagination.page)) : query).encoded
        return try app.pages.page("pages/partnerships/index", path: canonical, nav: .partnerships, context)
    }

    private static func partnershipPage(_ detail: PartnershipDetail, _ app: AppContext) throws -> Response {
        let partnership = detail.summary
        let context: [String: MustacheValue] = [
            "pageTitle": .string(partnership.title),
            "pageDescription": .string(partnership.summary ?? "\(PartnershipType.label(of: partnership.type)) partnership: "
                + partnership.cities.map(\.name).joined(separator: ", ")),
            "partnership": PartnershipViewModel.summary(partnership),
            "methodology": .array(Formatting.paragraphs(detail.methodology).map(paragraph)),
            "hasMethodology": .bool(!Formatting.paragraphs(detail.methodology).isEmpty),
            "description": .array(Formatting.paragraphs(detail.description).map(paragraph)),
            "hasDescription": .bool(!Formatting.paragraphs(detail.description).isEmpty),
        ]
        return try app.pages.page("pages/partnerships/show", path: "/partnerships/\(partnership.slug)", nav: .partnerships, context)
    }

    /// A stored paragraph whose lines all start with "- " is a list; anything else a paragraph.
    static func paragraph(_ text: String) -> MustacheValue {
        let lines = text.components(separatedBy: "\n")
        if lines.allSatisfy({ $0.hasPrefix("- ") }) {
            return ["isList": true, "items": .array(lines.map { .string(String($0.dropFirst(2))) })]
        }
        return ["isList": false, "text": .string(text)]
    }
}
