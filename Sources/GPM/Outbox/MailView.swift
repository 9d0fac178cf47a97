/// What a mail template may name: one view for every kind, the values a kind does not use left nil, so
/// strict rendering finds every name (as pages do). Text templates use `{{{…}}}` (no HTML escaping in
/// plain text); HTML templates use `{{…}}`.
struct MailView: Encodable, Sendable {
    /// The recipient's name ("" for an invitation: the person has no account yet).
    let recipientName: String
    /// The one link the message leads to, absolute (from `--base-url`). On `/admin/outbox` a token in it is masked.
    let link: String
    /// The platform's address, for the footer.
    let siteURL: String
    let year: String?
    let title: String?
    let city: String?
    let comment: String?
    let reason: String?
    let version: String?
    /// A resubmission (version 2 or later) rather than the first submission.
    let resubmitted: Bool
    let role: String?
    let invitedBy: String?

    init(message: OutboxMessage, link: String, siteURL: String) {
        let params = message.params
        recipientName = message.toName
        self.link = link
        self.siteURL = siteURL
        year = params["year"]
        title = params["title"]
        city = params["city"].flatMap { $0.isEmpty ? nil : $0 }
        comment = params["comment"].flatMap { $0.isEmpty ? nil : $0 }
        reason = params["reason"].flatMap { $0.isEmpty ? nil : $0 }
        version = params["version"]
        resubmitted = (params["version"].flatMap(Int.init) ?? 1) > 1
        role = params["role"]
        invitedBy = params["invited_by"]
    }
}
