/// Every action, grouped by session, with the city's stance and progress (`pages/workspace/commitments/index`).
struct CommitmentListPage: Encodable {
    struct City: Encodable {
        let name: String
        /// The city's public page.
        let href: String
    }

    struct Session: Encodable {
        let title: String
        let theme: String
        /// The session's public page.
        let href: String
        var actions: [Row]
    }

    struct Row: Encodable {
        let label: String
        /// The action's workspace page.
        let href: String
        let stance: CommitmentStanceView
        /// The later of the stance's and the progress's dates; nil when the city never opted in or out.
        let lastUpdate: String?
        let lastUpdateISO: String?

        init(_ action: CommitmentActionStance) {
            label = action.label
            href = Paths.commitment.href(action.actionSlug)
            stance = CommitmentStanceView(action.commitment)
            let latest = action.commitment.map { max($0.since, $0.progressUpdatedOn ?? "") }
            lastUpdate = latest.map(Formatting.date)
            lastUpdateISO = latest
        }
    }

    let city: City
    let sessions: [Session]
    /// False while the registry has no action (a new install): the page says so.
    let hasSessions: Bool
    let workspaceNav = WorkspaceNavView(.commitments)

    /// `actions`: ordered by session, as the service reads them.
    init(_ city: OfficeCity, _ actions: [CommitmentActionStance]) {
        self.city = City(name: city.name, href: Paths.city.href(city.slug))
        var sessions: [(slug: String, session: Session)] = []
        for action in actions {
            if sessions.last?.slug != action.sessionSlug {
                sessions.append((action.sessionSlug, Session(
                    title: action.sessionTitle, theme: action.themeName, href: Paths.session.href(action.sessionSlug), actions: [])))
            }
            sessions[sessions.count - 1].session.actions.append(Row(action))
        }
        self.sessions = sessions.map(\.session)
        hasSessions = !sessions.isEmpty
    }
}
