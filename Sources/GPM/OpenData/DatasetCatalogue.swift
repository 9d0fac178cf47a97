/// Every dataset the platform publishes, described once: the `/open-data` page lists and documents
/// them from here, and each JSON file names its dataset, attribution and version from here
/// (`OpenDataEnvelope`), so the page and the files cannot drift apart. The files themselves are served
/// by the features that own the data (cities, networks, partnerships, sessions, best practices).
enum DatasetCatalogue {
    /// The version of the JSON files' shape (the envelope and the items' keys); raised when a key changes.
    static let version = 1

    /// One key of a JSON item: `name` as written (snake_case; `session.slug` for a key of a nested
    /// object, `members[].kind` for a key of the objects in an array), its JSON type, what it means and
    /// an example value.
    struct Field: Sendable {
        enum Kind: String, Sendable {
            case string = "string"
            case optionalString = "string or null"
            case integer = "integer"
            case optionalInteger = "integer or null"
            case optionalNumber = "number or null"
            case boolean = "boolean"
            case strings = "array of strings"
            case integers = "array of integers"
            case object = "object"
            case optionalObject = "object or null"
            case objects = "array of objects"

            /// Whether the value may be `null`.
            var isNullable: Bool { rawValue.hasSuffix("or null") }
        }

        let name: String
        let type: Kind
        let meaning: String
        let example: String

        init(_ name: String, _ type: Kind, _ meaning: String, example: String) {
            self.name = name
            self.type = type
            self.meaning = meaning
            self.example = example
        }
    }

    struct Dataset: Sendable {
        /// The `dataset` the JSON file names, e.g. "cities".
        let name: String
        let title: String
        let description: String
        /// The page a visitor browses the same data on, as a link written when the page is rendered: `href` adds
        /// the request's language prefix (`/fr/cities`), which a string made once for the static catalogue lacked.
        let pageLink: @Sendable () -> String
        /// (format label, path) of each download.
        let files: [(format: String, path: String)]
        /// The credit reuse requires, written into the JSON file.
        let attribution: String
        /// The keys of one JSON item, in the order the page documents them.
        let fields: [Field]
    }

    static let gpm = "Global Parliament of Mayors; texts as each entry's source names them. Rows with is_demo = true are illustrative demo data."

    static let cities = Dataset(
        name: "cities", title: Catalogued.t("Cities"),
        description: Catalogued.t("Cities in the registry: country, UCLG region, population, coordinates, mayor and GPM membership."),
        pageLink: { Paths.cities.href }, files: [("CSV", Paths.citiesCSV.href), ("JSON", Paths.citiesJSON.href)],
        attribution: "Coordinates and populations: GeoNames (https://www.geonames.org, CC BY 4.0). " + gpm,
        fields: cityFields)

    static let networks = Dataset(
        name: "networks", title: Catalogued.t("Networks and organisations"),
        description: Catalogued.t(
            "City networks, associations of local governments, programmes and international organisations, with published member figures."),
        pageLink: { Paths.networks.href }, files: [("CSV", Paths.networksCSV.href), ("JSON", Paths.networksJSON.href)],
        attribution: gpm, fields: networkFields)

    static let partnerships = Dataset(
        name: "partnerships", title: Catalogued.t("Partnerships"),
        description: Catalogued.t("City-to-city, triangular and other partnerships: type, period, themes and members."),
        pageLink: { Paths.partnerships.href }, files: [("CSV", Paths.partnershipsCSV.href), ("JSON", Paths.partnershipsJSON.href)],
        attribution: gpm, fields: partnershipFields)

    static let actions = Dataset(
        name: "actions", title: Catalogued.t("Actions"),
        description: Catalogued.t("The opt-in actions of the strategy sessions and how many cities opted in to each, by progress."),
        pageLink: { Paths.sessions.href }, files: [("CSV", Paths.actionsCSV.href), ("JSON", Paths.actionsJSON.href)],
        attribution: gpm, fields: actionFields)

    static let commitments = Dataset(
        name: "commitments", title: Catalogued.t("Commitments"),
        description: Catalogued.t("Who committed to what: one row per city and action, with the city's stance, its progress and the dates."),
        pageLink: { Paths.sessions.href }, files: [("CSV", Paths.commitmentsCSV.href), ("JSON", Paths.commitmentsJSON.href)],
        attribution: gpm, fields: commitmentFields)

    static let sessions = Dataset(
        name: "sessions", title: Catalogued.t("Strategy sessions"),
        description: Catalogued.t("The strategy sessions with their convening, chairs and resource teams, guiding principles and actions."),
        pageLink: { Paths.sessions.href }, files: [("JSON", Paths.sessionsJSON.href)],
        attribution: gpm, fields: sessionFields)

    static let briefs = Dataset(
        name: "briefs", title: Catalogued.t("Mayor Briefs"),
        description: Catalogued.t("Published Mayor Briefs: each city's yearly report on what worked, with its six sections."),
        pageLink: { PracticeDataLinks().briefs },
        files: [("CSV", Paths.briefsCSV.href), ("JSON", Paths.briefsJSON.href), (Catalogued.t("Atom feed"), Paths.briefFeed.href)],
        attribution: gpm, fields: briefFields)

    static let caseStudies = Dataset(
        name: "case-studies", title: Catalogued.t("Case studies"),
        description: Catalogued.t("Curated best practices from the literature, with their cities, themes and sources."),
        pageLink: { PracticeDataLinks().caseStudies }, files: [("CSV", Paths.caseStudiesCSV.href), ("JSON", Paths.caseStudiesJSON.href)],
        attribution: gpm, fields: caseStudyFields)

    static let datasets: [Dataset] = [cities, networks, partnerships, actions, commitments, sessions, briefs, caseStudies]
}
