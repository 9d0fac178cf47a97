/// The view model of the home page: the platform's figures, the map of member cities, the latest
/// published briefs and the actions with most cities.
struct HomePage: Encodable {
    /// One figure, linking to where it is counted.
    struct Figure: Encodable {
        let value: String
        let label: String
        let href: String
    }

    /// A recently published brief.
    struct Brief: Encodable {
        let href: String
        let title: String
        let city: String
        let year: Int
        let summary: String
        let isDemo: Bool
        /// The brief's language and direction (its title and summary are the city's words).
        let lang: String
        let dir: String
    }

    /// An action with many cities opted in.
    struct Action: Encodable {
        let href: String
        let title: String
        let session: String
        /// How many cities opted in (the template's plural message reads it as `count`).
        let count: Int
        /// The title's language and direction (a translation, or the original on a page in another language).
        let lang: String
        let dir: String
    }

    /// A member city of the map, as a text link.
    struct MapCity: Encodable {
        let name: String
        let href: String
    }

    let figures: [Figure]
    let latestBriefs: [Brief]
    let hasLatestBriefs: Bool
    let popularActions: [Action]
    let hasPopularActions: Bool
    /// Pre-rendered SVG (`WorldMap` escapes what it writes), rendered raw (`{{{map}}}`).
    let map: String
    let mapCities: [MapCity]
    let hasMapCities: Bool

    /// - Parameter messages: the page's language; the figures' labels agree with their numbers (plural forms).
    init(_ snapshot: HomeSnapshot, messages: Messages) {
        let figures = snapshot.figures
        let members = Paths.cities.href(QueryString([("membership", CityFilter.Membership.member.rawValue)]))
        self.figures = [
            Figure(
                value: Formatting.number(figures.memberCities),
                label: messages.tn("member city", "member cities", count: figures.memberCities), href: members),
            Figure(
                value: Formatting.number(figures.countries),
                label: messages.tn("country", "countries", count: figures.countries), href: members),
            Figure(
                value: Formatting.number(figures.commitments),
                label: messages.tn("commitment to actions", "commitments to actions", count: figures.commitments),
                href: Paths.sessions.href),
            Figure(
                value: Formatting.number(figures.publishedBriefs),
                label: messages.tn("published Mayor Brief", "published Mayor Briefs", count: figures.publishedBriefs),
                href: PracticeDataLinks().briefs),
            Figure(
                value: Formatting.number(figures.networks),
                label: messages.tn("city network or organisation", "city networks and organisations", count: figures.networks),
                href: Paths.networks.href),
        ]
        latestBriefs = snapshot.latestBriefs.map { brief in
            Brief(href: Paths.publishedBrief.href(brief.citySlug, brief.year), title: brief.title, city: brief.cityName,
                  year: brief.year, summary: brief.summary, isDemo: brief.isDemo, lang: brief.language.tag, dir: brief.language.direction)
        }
        hasLatestBriefs = !snapshot.latestBriefs.isEmpty
        popularActions = snapshot.popularActions.map { action in
            let label = ActionPage.label(action.id, action.title, snapshot.translations, messages)
            let session = snapshot.translations.text(.session, action.sessionID, "title", original: action.sessionTitle).text
            return Action(href: Paths.action.href(action.slug), title: label.text, session: session, count: action.cities, lang: label.lang,
                          dir: label.dir)
        }
        hasPopularActions = !snapshot.popularActions.isEmpty
        map = WorldMap.svg(snapshot.mapPoints, label: messages.t("Map of the GPM's member cities"))
        mapCities = snapshot.mapPoints.map { MapCity(name: $0.name, href: $0.href) }
        hasMapCities = !snapshot.mapPoints.isEmpty
    }
}
