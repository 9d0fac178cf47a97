/// `pages/admin/users`: every account, its role and city, last sign-in and sessions of the last day.
struct AdminUsersPage: Encodable {
    /// One account in the table.
    struct Row: Encodable {
        let href: String
        let name: String
        let email: String
        let role: String
        let city: String?
        let lastSignIn: String
        let sessions: Int
        let isActive: Bool

        init(_ listed: ListedUser, messages: Messages) {
            href = Paths.adminUser.href(listed.user.id)
            name = listed.user.name
            email = listed.user.email
            role = listed.user.role.label(messages)
            city = listed.cityName
            lastSignIn = listed.lastSignInAt ?? messages.t("never", context: "signed in")
            sessions = listed.activeSessions
            isActive = listed.user.isActive
        }
    }

    let users: [Row]
    let invitationsHref = Paths.adminInvitations.href
    let workspaceNav = WorkspaceNavView(.users)

    init(_ users: [ListedUser], messages: Messages) { self.users = users.map { Row($0, messages: messages) } }
}
