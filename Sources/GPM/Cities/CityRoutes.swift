import HTTP

/// The cities: the directory (`/cities`), its data files (`/cities.csv`, `/cities.json`) and one
/// page per city (`/cities/:slug`).
enum CityRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let directory = CityDirectoryService(database: app.database, clock: app.clock)
        let cities = CityService(database: app.database, clock: app.clock)

        routes.get(Paths.cities) { request in
            let filter = try CityFilter(query: request.query, messages: app.messages)
            let listing = try directory.listing(filter, requestedPage: request.query["page"])
            let page = CityDirectoryPage(filter: filter, listing: listing, messages: app.messages)
            return try app.pages.page("pages/cities/index", path: page.canonicalPath, nav: .cities, page)
        }
        routes.get(Paths.citiesCSV) { request in
            try CityOpenData.csv(directory.all(CityFilter(query: request.query)), baseURL: app.baseURL.current)
        }
        routes.get(Paths.citiesJSON) { request in
            try CityOpenData.json(directory.all(CityFilter(query: request.query)), baseURL: app.baseURL.current, generated: app.clock.timestamp())
        }
        routes.get(Paths.city) { _, slug in
            switch try cities.lookup(slug: slug, language: app.messages.language) {
            case .found(let city):
                return try app.pages.page("pages/cities/show", path: Paths.city.href(city.facts.slug), nav: .cities, CityPage(city, messages: app.messages))
            case .moved(let current):  // an earlier slug of the city: its address has moved for good
                return Response.redirect(to: Paths.city.href(current), status: .movedPermanently)
            case .missing:
                throw HTTPError(.notFound)
            }
        }
    }
}
