/// The workspace's own navigation (`partials/workspace-nav`): which entry is the current page and where
/// each entry leads. Every page that includes the partial (the workspace's and the admin pages) has a
/// `workspaceNav: WorkspaceNavView` property, so the partial finds all its names in strict rendering.
struct WorkspaceNavView: Encodable, Sendable {
    /// The entries of the navigation; a page names the one it belongs to.
    enum Section: Sendable {
        case home, reviews, compliance, registry, importCities, cycle, audit, users, invitations, outbox, settings, commitments, briefs, notifications, account
    }

    /// Where each entry leads.
    struct Links: Encodable, Sendable {
        let reviews = Paths.reviews.href
        let compliance = Paths.compliance.href
        let registry = Paths.registryList(RegistryCatalogue.cities).href
        let importCities = Paths.importCities.href
        let cycle = Paths.reportingCycle.href
        let audit = Paths.auditLog.href
        let users = Paths.adminUsers.href
        let invitations = Paths.adminInvitations.href
        let outbox = Paths.adminOutbox.href
        let settings = Paths.adminSettings.href
        let commitments = Paths.commitments.href
        let briefs = Paths.briefs.href
        let notifications = Paths.notifications.href
        let account = Paths.account.href
    }

    let home: Bool
    let reviews: Bool
    let compliance: Bool
    let registry: Bool
    let importCities: Bool
    let cycle: Bool
    let audit: Bool
    let users: Bool
    let invitations: Bool
    let outbox: Bool
    let settings: Bool
    let commitments: Bool
    let briefs: Bool
    let notifications: Bool
    let account: Bool
    let links = Links()

    init(_ current: Section) {
        home = current == .home
        reviews = current == .reviews
        compliance = current == .compliance
        registry = current == .registry
        importCities = current == .importCities
        cycle = current == .cycle
        audit = current == .audit
        users = current == .users
        invitations = current == .invitations
        outbox = current == .outbox
        settings = current == .settings
        commitments = current == .commitments
        briefs = current == .briefs
        notifications = current == .notifications
        account = current == .account
    }
}
