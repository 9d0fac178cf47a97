import HTTP

/// `/workspace/city`: a city office's home — its city, each open reporting cycle with what is asked of it
/// (the Mayor Brief) and its compliance row, and where its commitments stand. The secretariat reads the
/// same page of any city with `?city=<slug>` (the compliance page links there).
enum CityOfficeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let offices = CityOfficeService(database: app.database, clock: app.clock)
        routes.get(Paths.cityOffice) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let city: OfficeCity
            switch try offices.resolve(signedIn.user) {
            case .secretariat:
                // The secretariat reads a city's workspace page by naming it; without a city, its own dashboard.
                guard let slug = request.query["city"] else { return .redirect(to: Paths.workspace.href) }
                guard let city = try offices.city(slug: slug) else { throw HTTPError(.notFound, "No city has the address “\(slug)”.") }
                let home = try offices.home(city: city)
                return try app.pages.page(
                    "pages/workspace/city/home", path: Paths.cityOffice.href, CityOfficeHomePage(city: city, home: home, forSecretariat: true, messages: app.messages),
                    user: signedIn)
            case .missingCity: return try OfficeCity.missingCityPage(app, signedIn, path: Paths.cityOffice.href)
            case .city: city = try offices.require(Permission.viewCity, signedIn, request)
            }
            let home = try offices.home(city: city)
            return try app.pages.page(
                "pages/workspace/city/home", path: Paths.cityOffice.href, CityOfficeHomePage(city: city, home: home, messages: app.messages), user: signedIn)
        }
    }
}
