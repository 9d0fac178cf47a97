import HTTP

/// `/workspace/city`: a city office's home — its city, the reporting cycle, what is asked of it this year
/// (the Mayor Brief) and where its commitments stand.
enum CityOfficeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let offices = CityOfficeService(database: app.database, clock: app.clock)
        routes.get(Paths.cityOffice) { request in
            let signedIn = try app.require(.viewWorkspace, request)
            let city: OfficeCity
            switch try offices.resolve(signedIn.user) {
            case .secretariat: return .redirect(to: Paths.workspace.href)
            case .missingCity: return try OfficeCity.missingCityPage(app, signedIn, path: Paths.cityOffice.href)
            case .city: city = try offices.require(Permission.viewCity, signedIn, request)
            }
            let home = try offices.home(city: city)
            return try app.pages.page(
                "pages/workspace/city/home", path: Paths.cityOffice.href, CityOfficeHomePage(city: city, home: home), user: signedIn)
        }
    }
}
