/// The convenings, their sessions, principles, actions and people as open data (`/sessions.json`).
enum SessionDataset {
    struct Document: Encodable, Sendable {
        let convenings: [Convening]
    }

    struct Convening: Encodable, Sendable {
        let slug: String
        let title: String
        let city: City?
        let startsOn: String
        let endsOn: String
        let sessions: [Session]
    }

    struct City: Encodable, Sendable {
        let slug: String
        let name: String
    }

    struct Session: Encodable, Sendable {
        let slug: String
        let number: Int?
        let title: String
        let subtitle: String?
        let theme: String
        let heldOn: String
        let status: String
        let summary: String?
        let note: String?
        let source: String?
        let principles: [String]
        let actions: [Action]
        let people: [Person]
        let url: String
    }

    struct Action: Encodable, Sendable {
        let slug: String
        let position: Int
        let title: String?
        let label: String
        let text: String
        let roleModel: String?
        let citiesOptedIn: Int
        let url: String
    }

    struct Person: Encodable, Sendable {
        let role: String
        let name: String
        let city: City?
        let organisation: String?
        let network: String?
    }

    /// Groups full sessions under their convenings, keeping the store's order.
    static func document(_ sessions: [SessionDetail], baseURL: String) -> Document {
        var order: [String] = []
        var grouped: [String: (GPM.Convening, [Session])] = [:]
        for detail in sessions {
            let key = detail.convening.slug
            if grouped[key] == nil {
                order.append(key)
                grouped[key] = (detail.convening, [])
            }
            grouped[key]?.1.append(session(detail, baseURL: baseURL))
        }
        return Document(convenings: order.compactMap { key in
            guard let (convening, sessions) = grouped[key] else { return nil }
            return Convening(
                slug: convening.slug, title: convening.title,
                city: city(convening.citySlug, convening.cityName),
                startsOn: convening.startsOn, endsOn: convening.endsOn, sessions: sessions)
        })
    }

    private static func session(_ detail: SessionDetail, baseURL: String) -> Session {
        let summary = detail.summary
        return Session(
            slug: summary.slug, number: summary.number, title: summary.title, subtitle: summary.subtitle,
            theme: summary.theme.slug, heldOn: summary.heldOn, status: summary.status,
            summary: detail.summaryText, note: detail.note, source: detail.source, principles: detail.principles,
            actions: detail.actions.map { action in
                Action(slug: action.slug, position: action.position, title: action.title, label: action.label,
                       text: action.text, roleModel: action.roleModel, citiesOptedIn: action.citiesOptedIn,
                       url: baseURL + Paths.action.href(action.slug))
            },
            people: detail.people.map { person in
                Person(role: person.role, name: person.name, city: city(person.citySlug, person.cityName),
                       organisation: person.organisation, network: person.networkSlug)
            },
            url: baseURL + Paths.session.href(summary.slug))
    }

    private static func city(_ slug: String?, _ name: String?) -> City? {
        guard let slug, let name else { return nil }
        return City(slug: slug, name: name)
    }
}
