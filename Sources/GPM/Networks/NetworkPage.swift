/// The view model of `/networks/:slug`: the network's facts, description, member cities (table and
/// map), partnerships and the people who spoke for it in the strategy sessions.
struct NetworkPage: Encodable {
    /// A member city in the registry.
    struct City: Encodable {
        let href: String
        let name: String
        let country: String
        let isDemo: Bool
        /// The category as inline markup: a known one's label in the page's language, else the free text marked English.
        let categoryHTML: String?
        let since: String?
    }

    /// A partnership the network takes part in.
    struct Partnership: Encodable {
        let href: String
        let title: String
        let type: String
        let isDemo: Bool
        let period: String?
        let role: String?
        /// "; role: {role}" in the page's language, the role (free text, in English) inline with its `lang`.
        let roleHTML: String?
        /// The title's language: partnerships are written (in English) by the secretariat and take no translation.
        let lang = ContentLanguage.english.tag
        let dir = ContentLanguage.english.direction
    }

    /// Someone who spoke for the network in a strategy session.
    struct Person: Encodable {
        let name: String
        let role: String
        let sessionHref: String
        /// The session's title: the secretariat's translation, else the English original (with its `lang`).
        let session: String
        let sessionLang: String
        let sessionDir: String
        let organisation: String?
    }

    /// A link to a city page.
    struct CityLink: Encodable {
        let href: String
        let name: String
    }

    let pageTitle: String
    let pageDescription: String
    let network: NetworkSummaryView
    let description: [String]
    let hasDescription: Bool
    let cities: [City]
    let hasCities: Bool
    let citiesFilterHref: String
    let partnerships: [Partnership]
    let hasPartnerships: Bool
    let people: [Person]
    let hasPeople: Bool
    let hasMap: Bool
    /// Pre-rendered SVG (`WorldMap` escapes what it writes), rendered raw (`{{{map}}}`).
    let map: String
    let seatCity: CityLink?
    let canonicalPath: String
    /// The description's language and direction (a translation or the original).
    let descriptionContent: ContentTextView?
    /// What the page says about content not in its language, and about translations.
    let contentNote: ContentNoteView?

    /// - Parameter messages: the page's language, for the text written here and the note about the content's language.
    init(_ detail: NetworkDetail, translations: ContentTranslations = .originals, messages: Messages) {
        let descriptionContent = translations.text(.network, detail.summary.id, "description", original: detail.description)
            .map(ContentTextView.init)
        self.descriptionContent = descriptionContent
        let network = detail.summary
        let summary = NetworkSummaryView(network, translations: translations, messages: messages)
        let sessionTitles = detail.people.map { ContentTextView(translations.text(.session, $0.sessionID, "title", original: $0.sessionTitle)) }
        contentNote = ContentNoteView.make(
            [descriptionContent, network.membersNote == nil ? nil : summary.membersContent] + sessionTitles, messages: messages)
        let points = detail.cities.compactMap { city -> MapPoint? in
            guard let latitude = city.latitude, let longitude = city.longitude else { return nil }
            return MapPoint(name: city.name, href: Paths.city.href(city.slug), latitude: latitude, longitude: longitude)
        }
        pageTitle = network.acronym.map { "\(network.name) (\($0))" } ?? network.name
        pageDescription = messages.t("{network} ({kind}): its member cities in the GPM registry, partnerships and themes.",
                                     ["network": network.name, "kind": NetworkKind.label(of: network.kind, messages)])
        self.network = summary
        description = descriptionContent?.paragraphs ?? []
        hasDescription = detail.description.map { !$0.isEmpty } ?? false
        cities = detail.cities.map { city in
            City(href: Paths.city.href(city.slug), name: city.name, country: city.country.shown(), isDemo: city.isDemo,
                 categoryHTML: city.category.map { NetworkMembershipCategory.inlineHTML($0, messages) }, since: city.since.map(String.init))
        }
        hasCities = !detail.cities.isEmpty
        citiesFilterHref = Paths.cities.href(QueryString([("network", network.slug)]))
        partnerships = detail.partnerships.map { partnership in
            Partnership(
                href: Paths.partnership.href(partnership.slug), title: partnership.title,
                type: PartnershipType.label(of: partnership.type, messages), isDemo: partnership.isDemo,
                period: PartnershipPeriod.text(startsOn: partnership.startsOn, endsOn: partnership.endsOn, messages), role: partnership.role,
                roleHTML: partnership.role.map {
                    ContentSentence.html(messages.t("; role: {role}"), on: messages.language, ["role": ContentTextView($0, language: .english)])
                })
        }
        hasPartnerships = !detail.partnerships.isEmpty
        people = zip(detail.people, sessionTitles).map { person, title in
            Person(name: person.name, role: Self.roleLabel(person.role, messages), sessionHref: Paths.session.href(person.sessionSlug),
                   session: title.text, sessionLang: title.lang, sessionDir: title.dir, organisation: person.organisation)
        }
        hasPeople = !detail.people.isEmpty
        hasMap = !points.isEmpty
        map = WorldMap.svg(points, label: messages.t("Map of the member cities of {network} in the registry", ["network": network.name]))
        seatCity = detail.seatCity.map { CityLink(href: Paths.city.href($0.slug), name: $0.name) }
        canonicalPath = Paths.network.href(network.slug)
    }

    private static func roleLabel(_ role: String, _ messages: Messages) -> String {
        switch role {
        case "co_chair": messages.t("Co-chair")
        case "resource_team": messages.t("Resource team")
        default: Formatting.label(role)
        }
    }
}
