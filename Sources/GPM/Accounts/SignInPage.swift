/// `pages/account/sign-in`: the sign-in form, with the address typed so far and where to go afterwards.
struct SignInPage: Encodable {
    /// This visitor's form token (pre-session: see `FormToken`).
    let csrf: String
    let email: String
    /// A local path only (`LocalRedirect`): the form posts it back.
    let next: String
    let error: String?
    let formAction = Paths.signIn.href
}
