/// The paths of one's own account, the invitation and reset links, and the admin's pages for people.
/// Sign-in, sign-out and the workspace are site-level (`SitePaths.swift`).
extension Paths {
    /// One's details and the password form; `changed=1` after a successful change.
    static let account = Path("/account", query: ["changed", "saved"])
    static let accountPassword = Path("/account/password")
    /// The workspace's language for the signed-in user (`users.language`).
    static let accountLanguage = Path("/account/language")
    /// Which email the signed-in user receives (`mail_opt_outs`).
    static let accountMail = Path("/account/mail")
    /// The link an invitation sends: choose a name and password.
    static let invitation = Path1<String>("/invitations/:token", query: [])
    /// The link an admin hands out for a forgotten password.
    static let passwordReset = Path1<String>("/password-reset/:token", query: [])

    static let adminUsers = Path("/admin/users", query: [])
    static let adminUser = Path1<Int>("/admin/users/:id", query: [])
    static let adminUserRole = Path1<Int>("/admin/users/:id/role")
    static let adminUserActive = Path1<Int>("/admin/users/:id/active")
    static let adminUserEndSessions = Path1<Int>("/admin/users/:id/end-sessions")
    static let adminUserResetLink = Path1<Int>("/admin/users/:id/reset-link")

    static let adminInvitations = Path("/admin/invitations", query: [])
    static let adminInvitationRevoke = Path1<Int>("/admin/invitations/:id/revoke")
}
