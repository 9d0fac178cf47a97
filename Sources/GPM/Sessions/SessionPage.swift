/// The view model of `/sessions/:slug`: the session's facts, people, guiding principles, actions,
/// summary and note.
struct SessionPage: Encodable {
    /// The people of one role ("Chairs", "Resource team").
    struct PeopleGroup: Encodable {
        let heading: String
        let people: [Person]
    }

    /// A person as `partials/sessions-person` reads them.
    struct Person: Encodable {
        /// Their organisation, linked when it is a network of the registry.
        struct Organisation: Encodable {
            let name: String
            let isLinked: Bool
            let href: String?
        }

        let name: String
        let city: ConveningView.CityLink?
        let organisation: Organisation?
    }

    /// A guiding principle, in paragraphs.
    struct Principle: Encodable {
        let paragraphs: [String]
    }

    /// A prioritized action.
    struct Action: Encodable {
        let href: String
        let label: String
        let paragraphs: [String]
        let cities: String
        let roleModel: String?
        /// The label is an editorial title (written by the editors from the action's text).
        let isEditorialTitle: Bool
    }

    let session: SessionCardView
    let hasPeople: Bool
    let hasSummary: Bool
    let hasNote: Bool
    let convening: ConveningView
    let peopleGroups: [PeopleGroup]
    let principles: [Principle]
    let hasPrinciples: Bool
    let actions: [Action]
    let hasActions: Bool
    let summaryParagraphs: [String]
    let noteParagraphs: [String]
    let source: String?
    let data = SessionDataLinks()
    let canonicalPath: String

    /// - Parameter messages: the page's language, for the headings and counts written here.
    init(_ detail: SessionDetail, messages: Messages) {
        let roles: [(String, String)] = [
            ("chair", messages.t("Chairs")), ("co_chair", messages.t("Co-chairs")), ("resource_team", messages.t("Resource team")),
            ("author", messages.t("Authors")),
        ]
        let people = detail.people
        session = SessionCardView(detail.summary, messages: messages)
        hasPeople = !people.isEmpty
        summaryParagraphs = Formatting.paragraphs(detail.summaryText)
        noteParagraphs = Formatting.paragraphs(detail.note)
        hasSummary = !summaryParagraphs.isEmpty
        hasNote = !noteParagraphs.isEmpty
        convening = ConveningView(detail.convening)
        peopleGroups = roles.compactMap { role, heading in
            let people = people.filter { $0.role == role }
            guard !people.isEmpty else { return nil }
            return PeopleGroup(heading: heading, people: people.map { Self.person($0, messages) })
        }
        principles = detail.principles.map { Principle(paragraphs: Formatting.paragraphs($0)) }
        hasPrinciples = !detail.principles.isEmpty
        actions = detail.actions.map { action in
            Action(href: Paths.action.href(action.slug), label: action.label, paragraphs: Formatting.paragraphs(action.text),
                   cities: messages.tn("{count} city opted in", "{count} cities opted in", count: action.citiesOptedIn), roleModel: action.roleModel,
                   isEditorialTitle: action.isEditorialTitle)
        }
        hasActions = !detail.actions.isEmpty
        source = detail.source.flatMap { $0.isEmpty ? nil : $0 }
        canonicalPath = Paths.session.href(detail.summary.slug)
    }

    private static func person(_ person: SessionPerson, _ messages: Messages) -> Person {
        // The papers head chairs and co-chairs as "Mayor Peter Kurz (Mannheim)": they sit as their city's mayor.
        let isMayor = (person.role == "chair" || person.role == "co_chair") && person.citySlug != nil && !person.name.hasPrefix("Mayor ")
        var city: ConveningView.CityLink?
        if let name = person.cityName, let slug = person.citySlug { city = ConveningView.CityLink(name: name, href: Paths.city.href(slug)) }
        let organisation = person.organisation.map { name in
            Person.Organisation(name: name, isLinked: person.networkSlug != nil, href: person.networkSlug.map { Paths.network.href($0) })
        }
        return Person(name: isMayor ? messages.t("Mayor {name}", ["name": person.name]) : person.name, city: city, organisation: organisation)
    }
}
