/// `pages/admin/user`: one account for the admin: its details, role form, access actions and history.
struct AdminUserPage: Encodable {
    let subject: UserView
    let roles: [RoleChoiceView]
    let cities: [CityChoiceView]
    /// The admin's own account: it cannot deactivate itself.
    let isSelf: Bool
    let history: AuditHistoryView
    /// A reset link just created: shown once.
    let resetLink: String?
    let error: String?
    /// The message beside the role form's field it is about (`role` or `city`), when it is about one.
    let roleError: String?
    let cityError: String?
    /// "There is a problem", linking to that field (a refused deactivation has none).
    let errorSummary: FormErrorSummaryView
    let usersHref = Paths.adminUsers.href
    let roleAction: String
    let activeAction: String
    let endSessionsAction: String
    let resetLinkAction: String
    let workspaceNav = WorkspaceNavView(.users)

    init(_ page: UserAdminService.UserPage, viewer: User, resetLink: String?, error: String?, errorField: String? = nil, messages: Messages) {
        let user = page.user
        subject = UserView(user, city: page.city, messages: messages)
        roles = RoleChoiceView.all(selected: user.role.rawValue, messages: messages)
        cities = page.cities.map { CityChoiceView($0, selected: $0.id == user.cityID) }
        isSelf = user.id == viewer.id
        history = AuditHistoryView(page.history, messages: messages)
        self.resetLink = resetLink
        self.error = error
        roleError = errorField == "role" ? error : nil
        cityError = errorField == "city" ? error : nil
        errorSummary = FormErrorSummaryView(links: error.map { [(href: errorField.map { "#" + $0 }, message: $0)] } ?? [])
        roleAction = Paths.adminUserRole.href(user.id)
        activeAction = Paths.adminUserActive.href(user.id)
        endSessionsAction = Paths.adminUserEndSessions.href(user.id)
        resetLinkAction = Paths.adminUserResetLink.href(user.id)
    }
}
