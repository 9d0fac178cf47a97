import HTTP

/// `/admin/messages/new` (admins): write one message to the offices of the cities a compliance filter
/// selects (the page is reached from `/workspace/compliance` with its filter), preview it as it will
/// arrive, then send it: one outbox message per office user who keeps such messages on, audited.
enum SecretariatMessageRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let messages = SecretariatMessageService(database: app.database, clock: app.clock)

        routes.get(Paths.secretariatMessage) { request in
            let signedIn = try app.require(.manageUsers, request)
            let filter = ComplianceFilter(request)
            let sent = request.query["sent"].flatMap { Int($0) }
            return try render(app, signedIn, SecretariatMessagePage(try messages.audience(filter, by: signedIn.user), filter: filter, sent: sent))
        }

        routes.post(Paths.secretariatMessage) { request in
            let signedIn = try app.require(.manageUsers, request)
            let filter = ComplianceFilter(request)
            let fields = try request.formFields()
            let form = MessageForm(fields, messages: app.messages)
            guard let draft = form.draft else {
                let page = SecretariatMessagePage(
                    try messages.audience(filter, by: signedIn.user), filter: filter, subject: form.subject, body: form.body,
                    subjectError: form.subjectError, bodyError: form.bodyError)
                return try render(app, signedIn, page, status: .unprocessableContent)
            }
            if fields["step"] == "send" {
                let audience = try messages.send(draft, to: filter, by: signedIn.user)
                var query = filter.query(year: filter.year)
                query.add("sent", String(audience.people))
                return .redirect(to: Paths.secretariatMessage.href(query))
            }
            let audience = try messages.audience(filter, by: signedIn.user)
            let page = SecretariatMessagePage(
                audience, filter: filter, subject: draft.subject, body: draft.body,
                preview: try preview(app, draft, audience: audience, by: signedIn.user))
            return try render(app, signedIn, page)
        }
    }

    /// The text part as the first recipient would read it, in their language (the HTML part has the same words).
    private static func preview(_ app: AppContext, _ draft: MessageDraft, audience: MessageAudience, by admin: User) throws
        -> SecretariatMessagePage.Preview?
    {
        guard let city = audience.cities.first(where: { !$0.recipients.isEmpty }), let person = city.recipients.first else { return nil }
        let message = OutboxMessage(
            id: 0, kind: .secretariatMessage, userID: person.id, toAddress: person.email, toName: person.name,
            params: ["subject": draft.subject, "body": draft.body, "sender": admin.name, "city": city.name], dedupeKey: nil,
            holdsSecret: false, secretExpiresAt: nil, messageID: nil, state: .pending, attempts: 0, nextAttemptAt: 0, lastError: nil,
            createdAt: "", sentAt: nil, finishedAt: nil, language: person.language)
        let rendered = try app.mail.render(message, secret: nil)
        return .init(subject: rendered.subject, text: rendered.text, to: "\(person.name) <\(person.email)>")
    }

    private static func render(_ app: AppContext, _ signedIn: SignedIn, _ page: SecretariatMessagePage, status: HTTPStatus = .ok) throws
        -> Response
    {
        try app.pages.page("pages/admin/message", path: Paths.secretariatMessage.href, page, status: status, user: signedIn)
    }
}
