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
            pagePath: Paths.cities.href, files: [("CSV", Paths.citiesCSV.href), ("JSON", Paths.citiesJSON.href)]),
        Dataset(
            title: "Networks and organisations",
            description: "City networks, associations of local governments, programmes and international organisations, "
                + "with published member figures.",
            pagePath: Paths.networks.href, files: [("CSV", Paths.networksCSV.href), ("JSON", Paths.networksJSON.href)]),
        Dataset(
            title: "Partnerships", description: "City-to-city, triangular and other partnerships: type, period, themes and members.",
            pagePath: Paths.partnerships.href, files: [("CSV", Paths.partnershipsCSV.href), ("JSON", Paths.partnershipsJSON.href)]),
        Dataset(
            title: "Actions", description: "The opt-in actions of the strategy sessions and the cities that opted in to each.",
            pagePath: Paths.sessions.href, files: [("CSV", Paths.actionsCSV.href), ("JSON", Paths.actionsJSON.href)]),
        Dataset(
            title: "Strategy sessions",
            description: "Convenings and their strategy sessions: chairs, resource teams, guiding principles and actions.",
            pagePath: Paths.sessions.href, files: [("JSON", Paths.sessionsJSON.href)]),
        Dataset(
            title: "Mayor Briefs", description: "Published Mayor Briefs: each city's yearly report on what worked, with its six sections.",
            pagePath: PracticeDataLinks().briefs,
            files: [("CSV", Paths.briefsCSV.href), ("JSON", Paths.briefsJSON.href), ("Atom feed", Paths.briefFeed.href)]),
        Dataset(
            title: "Case studies", description: "Curated best practices from the literature, with their cities, themes and sources.",
            pagePath: PracticeDataLinks().caseStudies, files: [("CSV", Paths.caseStudiesCSV.href), ("JSON", Paths.caseStudiesJSON.href)]),
    ]
}
