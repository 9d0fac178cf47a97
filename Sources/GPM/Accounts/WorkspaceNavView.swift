/// The workspace navigation (`partials/workspace-nav`, under the name `workspaceNav`): one flag per entry,
/// the current page's true, so strict rendering finds every name the partial asks for.
///
/// Lives here for the admin and reporting-cycle pages until the workspace's own typed navigation is
/// merged; then one of the two goes.
struct WorkspaceNavView: Encodable {
    /// The entries of the navigation.
    enum Section {
        case home, reviews, registry, `import`, cycle, audit, users, invitations, commitments, briefs, notifications, account
    }

    let home: Bool
    let reviews: Bool
    let registry: Bool
    let `import`: Bool
    let cycle: Bool
    let audit: Bool
    let users: Bool
    let invitations: Bool
    let commitments: Bool
    let briefs: Bool
    let notifications: Bool
    let account: Bool

    init(_ current: Section) {
        home = current == .home
        reviews = current == .reviews
        registry = current == .registry
        `import` = current == .import
        cycle = current == .cycle
        audit = current == .audit
        users = current == .users
        invitations = current == .invitations
        commitments = current == .commitments
        briefs = current == .briefs
        notifications = current == .notifications
        account = current == .account
    }
}
