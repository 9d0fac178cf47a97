import HTTP

/// The partnerships directory (`/partnerships`, filters type, theme, city), a page per partnership,
/// the network graph (`/partnerships/graph`) and the open data.
enum PartnershipRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let partnerships = PartnershipService(database: app.database, clock: app.clock)
        let layouts = NetworkGraphLayoutCache()
        routes.get(Paths.partnerships) { request in
            let filter = PartnershipFilter(query: request.query)
            let directory = try partnerships.directory(filter, requestedPage: request.query["page"])
            let page = PartnershipDirectoryPage(filter: filter, directory: directory, messages: app.messages)
            return try app.pages.page("pages/partnerships/index", path: page.canonicalPath, nav: .partnerships, page)
        }
        routes.get(Paths.partnershipGraph) { _ in
            let page = PartnershipGraphPage(try partnerships.graph(), cache: layouts, messages: app.messages)
            return try app.pages.page("pages/partnerships/graph", path: Paths.partnershipGraph.href, nav: .partnerships, page)
        }
        routes.get(Paths.partnership) { _, slug in
            guard let (detail, translations) = try partnerships.partnership(slug: slug, language: RequestLanguage.current.language) else {
                throw HTTPError(.notFound)
            }
            let page = PartnershipPage(detail, translations: translations, messages: app.messages)
            return try app.pages.page("pages/partnerships/show", path: page.canonicalPath, nav: .partnerships, page)
        }
        routes.get(Paths.partnershipsCSV) { _ in try PartnershipOpenData.csv(partnerships.all()) }
        routes.get(Paths.partnershipsJSON) { _ in
            try PartnershipOpenData.json(partnerships.all(), baseURL: app.baseURL.current, generated: app.clock.timestamp())
        }
    }
}
