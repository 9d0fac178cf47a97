/// `pages/admin/invitations`: the invitation form (with what was typed, after a refusal), the link just
/// created (shown once), and the pending invitations with their revoke buttons.
struct AdminInvitationsPage: Encodable {
    /// One pending invitation.
    struct Row: Encodable {
        let email: String
        /// The role, and the city of a city office.
        let role: String
        let expires: String
        let by: String
        /// The invitation's language, named in itself ("Français"), and its code for `lang`.
        let language: String
        let languageCode: String
        let revokeAction: String

        init(_ invitation: Invitation, messages: Messages) {
            email = invitation.email
            role = invitation.role.label(messages) + (invitation.cityName.map { " — \($0)" } ?? "")
            expires = Timestamp.format(seconds: invitation.expiresAt)
            by = invitation.createdByName ?? ""
            language = invitation.language.endonym
            languageCode = invitation.language.rawValue
            revokeAction = Paths.adminInvitationRevoke.href(invitation.id)
        }
    }

    /// What the form was sent with, to show again after a refusal; empty for a fresh form.
    struct Form: Sendable {
        var email = ""
        var role = ""
        var city = ""
        /// The invitation's language: the admin's page language until they choose another.
        var language = Language.en
    }

    /// One option of the language select, named in itself.
    struct LanguageChoice: Encodable {
        let code: String
        let name: String
        let selected: Bool
    }

    let pending: [Row]
    let hasPending: Bool
    let roles: [RoleChoiceView]
    let cities: [CityChoiceView]
    /// The languages the invitation's email (and the new account) may use.
    let languageChoices: [LanguageChoice]
    let email: String
    /// Whether a role is chosen: the "Choose a role" placeholder is selected until one is.
    let roleChosen: Bool
    /// The invitation link just created: shown once.
    let link: String?
    /// The message beside each field after a refusal; nil for a field without a problem.
    let emailError: String?
    let roleError: String?
    let cityError: String?
    /// The three messages in the form's order, linked to their fields.
    let errorSummary: FormErrorSummaryView
    let formAction = Paths.adminInvitations.href
    let workspaceNav = WorkspaceNavView(.invitations)

    init(_ found: InvitationService.AdminPage, form: Form, link: String?, errors: [String: String], messages: Messages) {
        pending = found.pending.map { Row($0, messages: messages) }
        hasPending = !pending.isEmpty
        roles = RoleChoiceView.all(selected: form.role, messages: messages)
        roleChosen = roles.contains(where: \.selected)
        cities = found.cities.map { CityChoiceView($0, selected: String($0.id) == form.city) }
        languageChoices = Language.allCases.map { LanguageChoice(code: $0.rawValue, name: $0.endonym, selected: $0 == form.language) }
        email = form.email
        self.link = link
        emailError = errors["email"]
        roleError = errors["role"]
        cityError = errors["city"]
        errorSummary = FormErrorSummaryView(errors, order: ["email", "role", "city"])
    }
}
