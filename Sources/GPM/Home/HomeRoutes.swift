import HTTP

/// The home page: what the GPM is, its figures, the latest published briefs, the actions with
/// most cities and the map of member cities.
enum HomeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let home = HomeService(database: app.database, clock: app.clock)
        routes.get(Paths.home) { _ in
            try app.pages.page("pages/home", path: Paths.home.href, HomePage(try home.snapshot(language: RequestLanguage.current.language), messages: app.messages))
        }
    }
}
