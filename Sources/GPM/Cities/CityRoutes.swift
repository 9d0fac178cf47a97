import HTTP

/// The cities: the directory (`/cities`), its data files (`/cities.csv`, `/cities.json`) and one
/// page per city (`/cities/:slug`).
enum CityRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let directory = CityDirectoryService(database: app.database, clock: app.clock)
        let cities = CityService(database: app.database, clock: app.clock)

        router.get("/cities") { request in
            let filter = try CityFilter(query: request.query)
            let listing = try directory.listing(filter, requestedPage: request.query["page"])
            return try app.pages.page(
                "pages/cities/index", path: CityDirectoryPage.canonicalPath(filter: filter, pagination: listing.pagination),
                nav: .cities, CityDirectoryPage.context(filter: filter, listing: listing))
        }
        router.get("/cities.csv") { request in
            try CityOpenData.csv(directory.all(CityFilter(query: request.query)), baseURL: app.baseURL.current)
        }
        router.get("/cities.json") { request in
            try CityOpenData.json(directory.all(CityFilter(query: request.query)), baseURL: app.baseURL.current)
        }
        router.get("/cities/:slug") { request in
            guard let slug = request.pathParameters["slug"], let city = try cities.details(slug: slug) else {
                throw HTTPError(.notFound)
            }
            return try app.pages.page("pages/cities/show", path: "/cities/\(city.facts.slug)", nav: .cities, CityPage.context(city))
        }
    }
}
