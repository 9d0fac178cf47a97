import HTTP

/// The networks directory (`/networks`, filters kind, theme, q; sort; page), a page per network
/// (`/networks/:slug`) and the open data (`/networks.csv`, `/networks.json`).
enum NetworkRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let networks = NetworkService(database: app.database, clock: app.clock)
        routes.get(Paths.networks) { request in
            let filter = NetworkFilter(query: request.query)
            let page = NetworkDirectoryPage(
                filter: filter, directory: try networks.directory(filter, requestedPage: request.query["page"]), messages: app.messages)
            return try app.pages.page("pages/networks/index", path: page.canonicalPath, nav: .networks, page)
        }
        routes.get(Paths.network) { _, slug in
            guard let (detail, translations) = try networks.network(slug: slug, language: RequestLanguage.current.language) else {
                throw HTTPError(.notFound)
            }
            let page = NetworkPage(detail, translations: translations, messages: app.messages)
            return try app.pages.page("pages/networks/show", path: page.canonicalPath, nav: .networks, page)
        }
        routes.get(Paths.networksCSV) { _ in try NetworkOpenData.csv(networks.dataset()) }
        routes.get(Paths.networksJSON) { _ in
            try NetworkOpenData.json(networks.dataset(), baseURL: app.baseURL.current, generated: app.clock.timestamp())
        }
    }
}
