/// `pages/account/account`: one's own details and the password form.
struct AccountPage: Encodable {
    let user: UserView
    /// Signed in with a one-time password: asked to choose one before anything else.
    let mustChange: Bool
    /// Just changed (after the redirect).
    let changed: Bool
    /// The password form's message beside its field, and the summary linking to it (or to the language).
    let errorOn: PasswordFieldErrors
    let errorSummary: FormErrorSummaryView
    let passwordAction = Paths.accountPassword.href
    let languageAction = Paths.accountLanguage.href
    let languageChoices: [LanguageChoice]
    /// The language form's message next to its field.
    let languageError: String?
    /// Just saved (after the redirect).
    let languageSaved: Bool
    let mailAction = Paths.accountMail.href
    /// The email this role can turn off, each checked while it is received.
    let mailChoices: [MailChoice]
    let mailSaved: Bool

    /// One checkbox of the mail form.
    struct MailChoice: Encodable {
        let topic: String
        let label: String
        let checked: Bool
    }

    /// One option of the language select.
    struct LanguageChoice: Encodable {
        let code: String
        let name: String
        let selected: Bool
    }

    init(
        _ user: User, city: UserCity?, changed: Bool, error: FieldProblem?, languageSaved: Bool = false, languageError: String? = nil,
        mailOptedOut: Set<MailTopic> = [], mailSaved: Bool = false, messages: Messages
    ) {
        self.user = UserView(user, city: city, messages: messages)
        mustChange = user.mustChangePassword
        self.changed = changed
        errorOn = PasswordFieldErrors(error)
        errorSummary = FormErrorSummaryView(
            (languageError.map { [(id: "account-language", message: $0)] } ?? []) + (error.map { [(id: $0.field, message: $0.message)] } ?? []))
        languageChoices = Language.allCases.map { LanguageChoice(code: $0.rawValue, name: $0.endonym, selected: $0 == user.language) }
        self.languageError = languageError
        self.languageSaved = languageSaved
        mailChoices = MailTopic.offered(to: user.role).map {
            MailChoice(topic: $0.rawValue, label: $0.label(messages), checked: !mailOptedOut.contains($0))
        }
        self.mailSaved = mailSaved
    }
}
