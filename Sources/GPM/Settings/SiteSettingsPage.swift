/// `pages/admin/settings`: the help and contact address shown in every page's footer.
struct SiteSettingsPage: Encodable {
    let helpEmail: String
    let helpEmailError: String?
    let errorSummary: FormErrorSummaryView
    /// Just saved (after the redirect).
    let saved: Bool
    let formAction = Paths.adminSettings.href
    let workspaceNav = WorkspaceNavView(.settings)

    init(helpEmail: String, error: String?, saved: Bool) {
        self.helpEmail = helpEmail
        helpEmailError = error
        errorSummary = FormErrorSummaryView(error.map { [(id: "help-email", message: $0)] } ?? [])
        self.saved = saved
    }
}
