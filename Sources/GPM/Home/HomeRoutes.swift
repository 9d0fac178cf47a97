import HTTP
import Mustache

/// The home page: what the GPM is, its figures, the latest published briefs, the actions with
/// most cities and the map of member cities.
enum HomeRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let home = HomeService(database: app.database, clock: app.clock)
        router.get("/") { _ in
            let snapshot = try home.snapshot()
            let figures = snapshot.figures
            let context: [String: MustacheValue] = [
                "figures": .array([
                    figure(figures.memberCities, "member cities", "/cities?membership=member"),
                    figure(figures.countries, "countries", "/cities?membership=member"),
                    figure(figures.commitments, "commitments to actions", "/sessions"),
                    figure(figures.publishedBriefs, "published Mayor Briefs", "/best-practices?kind=brief"),
                    figure(figures.networks, "city networks and organisations", "/networks"),
                ]),
                "latestBriefs": .array(snapshot.latestBriefs.map { brief in
                    [
                        "href": .string("/briefs/\(brief.citySlug)/\(brief.year)"), "title": .string(brief.title),
                        "city": .string(brief.cityName), "year": .int(brief.year), "summary": .string(brief.summary),
                        "isDemo": .bool(brief.isDemo),
                    ]
                }),
                "hasLatestBriefs": .bool(!snapshot.latestBriefs.isEmpty),
                "popularActions": .array(snapshot.popularActions.map { action in
                    [
                        "href": .string("/actions/\(action.slug)"), "title": .string(action.title),
                        "session": .string(action.sessionTitle), "cities": .int(action.cities),
                    ]
                }),
                "hasPopularActions": .bool(!snapshot.popularActions.isEmpty),
                "map": .string(WorldMap.svg(snapshot.mapPoints, label: "Map of the GPM's member cities")),
                "mapCities": .array(snapshot.mapPoints.map { ["name": .string($0.name), "href": .string($0.href)] }),
            ]
            return try app.pages.page("pages/home", path: "/", context)
        }
    }

    private static func figure(_ value: Int, _ label: String, _ href: String) -> MustacheValue {
        ["value": .string(Formatting.number(value)), "label": .string(label), "href": .string(href)]
    }
}
