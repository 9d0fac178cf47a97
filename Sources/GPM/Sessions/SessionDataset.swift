/// The strategy sessions with their convening, principles, actions and people as open data
/// (`/sessions.json`, one item per session; `DatasetCatalogue.sessionFields` documents the keys).
enum SessionDataset {
    struct Convening: Encodable, Sendable {
        let slug: String
        let title: String
        @NullWhenAbsent var city: City?
        let startsOn: String
        let endsOn: String
    }

    struct City: Encodable, Sendable {
        let slug: String
        let name: String
    }

    struct Session: Encodable, Sendable {
        let slug: String
        @NullWhenAbsent var number: Int?
        let title: String
        @NullWhenAbsent var subtitle: String?
        let theme: String
        let heldOn: String
        let status: String
        @NullWhenAbsent var summary: String?
        @NullWhenAbsent var note: String?
        @NullWhenAbsent var source: String?
        let principles: [String]
        let actions: [Action]
        let people: [Person]
        let convening: Convening
        let url: String
    }

    struct Action: Encodable, Sendable {
        let slug: String
        let position: Int
        @NullWhenAbsent var title: String?
        let label: String
        let text: String
        @NullWhenAbsent var roleModel: String?
        let citiesOptedIn: Int
        let url: String
    }

    struct Person: Encodable, Sendable {
        let role: String
        let name: String
        @NullWhenAbsent var city: City?
        @NullWhenAbsent var organisation: String?
        @NullWhenAbsent var network: String?
    }

    /// Every session, in the store's order, each with its convening.
    static func items(_ sessions: [SessionDetail], baseURL: String) -> [Session] {
        sessions.map { session($0, baseURL: baseURL) }
    }

    private static func session(_ detail: SessionDetail, baseURL: String) -> Session {
        let summary = detail.summary
        return Session(
            slug: summary.slug, number: summary.number, title: summary.title, subtitle: summary.subtitle,
            theme: summary.theme.slug, heldOn: summary.heldOn, status: summary.status,
            summary: detail.summaryText, note: detail.note, source: detail.source, principles: detail.principles.map(\.text),
            actions: detail.actions.map { action in
                Action(slug: action.slug, position: action.position, title: action.title, label: action.label.english,
                       text: action.text, roleModel: action.roleModel, citiesOptedIn: action.citiesOptedIn,
                       url: baseURL + Paths.action.href(action.slug))
            },
            people: detail.people.map { person in
                Person(role: person.role, name: person.name, city: city(person.citySlug, person.cityName),
                       organisation: person.organisation, network: person.networkSlug)
            },
            convening: Convening(
                slug: detail.convening.slug, title: detail.convening.title,
                city: city(detail.convening.citySlug, detail.convening.cityName),
                startsOn: detail.convening.startsOn, endsOn: detail.convening.endsOn),
            url: baseURL + Paths.session.href(summary.slug))
    }

    private static func city(_ slug: String?, _ name: String?) -> City? {
        guard let slug, let name else { return nil }
        return City(slug: slug, name: name)
    }
}
