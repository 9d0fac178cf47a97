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

    /// One option of the language select.
    struct LanguageChoice: Encodable {
        let code: String
        let name: String
        let selected: Bool
    }

    init(_ user: User, city: UserCity?, changed: Bool, error: FieldProblem?, languageSaved: Bool = false, languageError: String? = nil) {
        self.user = UserView(user, city: city)
        mustChange = user.mustChangePassword
        self.changed = changed
        errorOn = PasswordFieldErrors(error)
        errorSummary = FormErrorSummaryView(
            (languageError.map { [(id: "account-language", message: $0)] } ?? []) + (error.map { [(id: $0.field, message: $0.message)] } ?? []))
        languageChoices = Language.allCases.map { LanguageChoice(code: $0.rawValue, name: $0.endonym, selected: $0 == user.language) }
        self.languageError = languageError
        self.languageSaved = languageSaved
    }
}
