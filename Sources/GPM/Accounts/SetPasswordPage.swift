/// `pages/account/set-password`: choosing a password from a link, either accepting an invitation (which
/// also asks for a name) or resetting a forgotten password.
struct SetPasswordPage: Encodable {
    let heading: String
    let intro: String
    /// Where the form posts: the link's own path, token included.
    let action: String
    /// This visitor's form token (pre-session: see `FormToken`).
    let csrf: String
    let email: String
    let asksName: Bool
    let name: String
    let button: String
    /// The message beside the field the refusal is about, and the summary linking to it.
    let errorOn: PasswordFieldErrors
    let errorSummary: FormErrorSummaryView

    init(
        heading: String, intro: String, action: String, csrf: String, email: String, asksName: Bool, name: String, button: String,
        error: FieldProblem?
    ) {
        (self.heading, self.intro, self.action, self.csrf, self.email) = (heading, intro, action, csrf, email)
        (self.asksName, self.name, self.button) = (asksName, name, button)
        errorOn = PasswordFieldErrors(error)
        errorSummary = PasswordFieldErrors.summary(error)
    }

    /// Accepting `invitation` (link `token`), with the name typed so far.
    static func invitation(
        _ invitation: Invitation, token: String, csrf: String, name: String, error: FieldProblem?, messages: Messages
    ) -> SetPasswordPage {
        let role = invitation.role.label(messages)
        let intro = if let city = invitation.cityName {
            messages.t("You are invited to the workspace of the Global Parliament of Mayors as {role} for {city}. Choose your password to create your account.", ["role": role, "city": city])
        } else {
            messages.t("You are invited to the workspace of the Global Parliament of Mayors as {role}. Choose your password to create your account.", ["role": role])
        }
        return SetPasswordPage(
            heading: messages.t("Accept your invitation"),
            intro: intro,
            action: Paths.invitation.href(token), csrf: csrf, email: invitation.email, asksName: true, name: name,
            button: messages.t("Create account"),
            error: error)
    }

    /// Resetting the password of `email` (link `token`).
    static func passwordReset(email: String, token: String, csrf: String, error: FieldProblem?, messages: Messages) -> SetPasswordPage {
        SetPasswordPage(
            heading: messages.t("Choose a new password"),
            intro: messages.t("Set a new password for your account on the platform of the Global Parliament of Mayors. You will be signed in afterwards."),
            action: Paths.passwordReset.href(token), csrf: csrf, email: email, asksName: false, name: "", button: messages.t("Set password"),
            error: error)
    }
}
