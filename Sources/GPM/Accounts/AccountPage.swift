/// `pages/account/account`: one's own details and the password form.
struct AccountPage: Encodable {
    let user: UserView
    /// Signed in with a one-time password: asked to choose one before anything else.
    let mustChange: Bool
    /// Just changed (after the redirect).
    let changed: Bool
    let error: String?
    let passwordAction = Paths.accountPassword.href

    init(_ user: User, city: UserCity?, changed: Bool, error: String?) {
        self.user = UserView(user, city: city)
        mustChange = user.mustChangePassword
        self.changed = changed
        self.error = error
    }
}
