/// `pages/account/sign-in`: the sign-in form, with the address typed so far and where to go afterwards.
struct SignInPage: Encodable {
    /// This visitor's form token (pre-session: see `FormToken`).
    let csrf: String
    let email: String
    /// A local path only (`LocalRedirect`): the form posts it back.
    let next: String
    let error: String?
    /// Why the visitor is here after a form was posted on an expired session (`KeptFormCapture.Outcome`).
    let notice: String?
    let formAction = Paths.signIn.href
    /// "There is a problem", linking to the address field (a failed sign-in does not say which of the two was wrong).
    let errorSummary: FormErrorSummaryView

    init(csrf: String, email: String, next: String, error: String?, notice: String?) {
        self.csrf = csrf
        self.email = email
        self.next = next
        self.error = error
        self.notice = notice
        errorSummary = FormErrorSummaryView(error.map { [(id: "email", message: $0)] } ?? [])
    }

    /// The note for `?kept=…`: what became of the form posted after the session expired.
    static func notice(kept: String?, messages: Messages) -> String? {
        switch kept.flatMap(KeptFormCapture.Outcome.init(rawValue:)) {
        case .text: messages.t("Your session had expired, so nothing was saved. We kept what you typed: sign in to review and save it.")
        case .files:
            messages.t(
                "Your session had expired, so nothing was saved and the file was not received. We kept what you typed: sign in to review it, choose the file again and save.")
        case .upload: messages.t("Your session had expired: the file was not received. Sign in and upload it again.")
        case nil: nil
        }
    }
}
