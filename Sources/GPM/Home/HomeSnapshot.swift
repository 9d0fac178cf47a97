/// What the home page shows: the platform's figures, the latest published briefs, the actions with
/// most cities and the member cities on the map.
struct HomeSnapshot: Sendable {
    /// The platform in five numbers, each linking to where it is counted.
    struct Figures: Sendable {
        let memberCities: Int
        let countries: Int
        let commitments: Int
        let publishedBriefs: Int
        let networks: Int
    }

    /// One of the four most recently published briefs.
    struct LatestBrief: Sendable {
        let cityName: String
        let citySlug: String
        let year: Int
        let title: String
        let summary: String
        let isDemo: Bool
        /// The language the brief is written in.
        var language: ContentLanguage = .english
    }

    /// One of the five actions with most cities opted in.
    struct PopularAction: Sendable {
        let id: Int
        let slug: String
        /// The printed title and the short title, for their translations.
        let rawTitle: String?
        let shortTitle: String?
        let sessionID: Int
        let title: ActionLabel
        let sessionTitle: String
        let cities: Int
    }

    let figures: Figures
    let latestBriefs: [LatestBrief]
    let popularActions: [PopularAction]
    let mapPoints: [MapPoint]
    /// The registry content's translations into the page's language (the actions' titles).
    var translations: ContentTranslations = .originals
}
