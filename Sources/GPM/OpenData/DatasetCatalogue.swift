/// Every dataset the platform publishes, for the `/open-data` page. The files themselves are served
/// by the features that own the data (cities, networks, partnerships, sessions, best practices).
enum DatasetCatalogue {
    struct Dataset: Sendable {
        let title: String
        let description: String
        /// The page a visitor browses the same data on.
        let pagePath: String
        /// (format label, path) of each download.
        let files: [(format: String, path: String)]
    }

    static let datasets: [Dataset] = [
        Dataset(
            title: "Cities", description: "Cities in the registry: country, UCLG region, population, coordinates, mayor and GPM membership.",
            pagePath: "/cities", files: [("CSV", "/cities.csv"), ("JSON", "/cities.json")]),
        Dataset(
            title: "Networks and organisations",
            description: "City networks, associations of local governments, programmes and international organisations, "
                + "with published member figures.",
            pagePath: "/networks", files: [("CSV", "/networks.csv"), ("JSON", "/networks.json")]),
        Dataset(
            title: "Partnerships", description: "City-to-city, triangular and other partnerships: type, period, themes and members.",
            pagePath: "/partnerships", files: [("CSV", "/partnerships.csv"), ("JSON", "/partnerships.json")]),
        Dataset(
            title: "Actions", description: "The opt-in actions of the strategy sessions and the cities that opted in to each.",
            pagePath: "/sessions", files: [("CSV", "/actions.csv"), ("JSON", "/actions.json")]),
        Dataset(
            title: "Strategy sessions",
            description: "Convenings and their strategy sessions: chairs, resource teams, guiding principles and actions.",
            pagePath: "/sessions", files: [("JSON", "/sessions.json")]),
        Dataset(
            title: "Mayor Briefs", description: "Published Mayor Briefs: each city's yearly report on what worked, with its six sections.",
            pagePath: "/best-practices?kind=brief", files: [("CSV", "/briefs.csv"), ("JSON", "/briefs.json"), ("Atom feed", "/feed.atom")]),
        Dataset(
            title: "Case studies", description: "Curated best practices from the literature, with their cities, themes and sources.",
            pagePath: "/best-practices?kind=case-study", files: [("CSV", "/case-studies.csv"), ("JSON", "/case-studies.json")]),
    ]
}
