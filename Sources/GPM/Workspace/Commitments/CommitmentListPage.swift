/// Every action, grouped by session, with the city's stance and progress (`pages/workspace/commitments/index`).
struct CommitmentListPage: Encodable {
    struct City: Encodable {
        let name: String
        /// The city's public page.
        let href: String
    }

    struct Session: Encodable {
        /// Names the section and its table (`session-{slug}`).
        let slug: String
        /// The session's title and theme in the reader's language, or the originals with their `lang`.
        let title: ContentTextView
        let theme: ContentTextView
        /// The session's public page.
        let href: String
        var actions: [Row]
    }

    struct Row: Encodable {
        /// The action's name in the reader's language, or the original with its `lang`.
        let label: ContentTextView
        /// The action's workspace page.
        let href: String
        let stance: CommitmentStanceView
        /// The later of the stance's and the progress's dates; nil when the city never opted in or out.
        let lastUpdate: String?
        let lastUpdateISO: String?
        /// "Last confirmed 3 March 2027" / "Never confirmed"; nil without a commitment.
        let confirmation: String?
        let isStale: Bool
        let staleLabel: String
        let isConfirmed: Bool
        /// The "No change" button's form: shown for a commitment not yet confirmed in the open cycle.
        let confirmAction: String?
        let version: Int

        init(_ action: CommitmentActionStance, cycleOpen: Bool, translations: ContentTranslations, messages: Messages) {
            staleLabel = CommitmentFreshness.staleLabel(messages)
            label = CommitmentActionContent(action, translations).label
            href = Paths.commitment.href(action.actionSlug)
            stance = CommitmentStanceView(action.commitment, messages: messages)
            let latest = action.commitment.map { max($0.since, $0.progressUpdatedOn ?? "") }
            lastUpdate = latest.map(Formatting.date)
            lastUpdateISO = latest
            let freshness = action.commitment?.freshness
            confirmation = freshness?.label(messages)
            isStale = freshness?.isStale ?? false
            isConfirmed = freshness?.isConfirmedForCurrentCycle ?? false
            confirmAction = cycleOpen && action.commitment != nil && !isConfirmed ? Paths.commitmentConfirm.href(action.actionSlug) : nil
            version = action.commitment?.version ?? 0
        }
    }

    let city: City
    let sessions: [Session]
    /// False while the registry has no action (a new install): the page says so.
    let hasSessions: Bool
    /// The open cycle's year; nil when none is open (nothing to confirm).
    let cycleYear: Int?
    /// The city's commitments and how many are confirmed for the open cycle.
    let committed: Int
    let confirmed: Int
    let allConfirmed: Bool
    let confirmAllAction: String
    /// Just confirmed this many ("confirm all unchanged" or one "No change").
    let justConfirmed: Int?
    /// `justConfirmed` for the plural message.
    let justConfirmedCount: PluralCount?
    let workspaceNav = WorkspaceNavView(.commitments)

    /// `actions`: ordered by session, as the service reads them.
    init(_ city: OfficeCity, _ overview: CommitmentOverview, justConfirmed: Int? = nil, messages: Messages) {
        let actions = overview.actions
        cycleYear = overview.cycle?.year
        let commitments = actions.compactMap(\.commitment)
        committed = commitments.count
        confirmed = commitments.filter(\.freshness.isConfirmedForCurrentCycle).count
        allConfirmed = confirmed == committed
        confirmAllAction = Paths.commitmentsConfirmAll.href
        self.justConfirmed = justConfirmed
        justConfirmedCount = justConfirmed.map { PluralCount(count: $0) }
        self.city = City(name: city.name, href: Paths.city.href(city.slug))
        var sessions: [(slug: String, session: Session)] = []
        for action in actions {
            if sessions.last?.slug != action.sessionSlug {
                let content = CommitmentActionContent(action, overview.translations)
                sessions.append((action.sessionSlug, Session(
                    slug: action.sessionSlug, title: content.session, theme: content.theme, href: Paths.session.href(action.sessionSlug),
                    actions: [])))
            }
            sessions[sessions.count - 1].session.actions.append(
                Row(action, cycleOpen: overview.cycle != nil, translations: overview.translations, messages: messages))
        }
        self.sessions = sessions.map(\.session)
        hasSessions = !sessions.isEmpty
    }
}
