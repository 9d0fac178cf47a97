import HTTP

/// `/admin/outbox` (admins): the messages the platform sends or would send, by state; each one readable
/// (headers and text part, tokens masked); a failed or pending message sent again or discarded (after a
/// confirmation page).
enum OutboxRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let outbox = OutboxService(database: app.database, clock: app.clock)
        let smtpServer = app.configuration.mail.smtp?.redactedDescription

        let choices = MailChoiceService(database: app.database, clock: app.clock)

        @Sendable func list(_ request: Request, _ signedIn: SignedIn, digestError: String? = nil, status: HTTPStatus = .ok) throws -> Response {
            let state = request.query["state"].flatMap(OutboxState.init(rawValue:))
            let page = max(request.query["page"].flatMap { Int($0) } ?? 1, 1)
            let found = try outbox.list(state: state, page: page)
            var query = QueryString()
            query.add("state", state?.rawValue)
            if page > 1 { query.add("page", String(page)) }
            let digest = DigestScheduleView(
                try choices.settings(), saved: request.query["digest"] == "saved", error: digestError, messages: app.messages)
            return try app.pages.page(
                "pages/admin/outbox", path: Paths.adminOutbox.href(query),
                OutboxPage(
                    messages: found.messages, counts: found.counts, state: state, page: page, smtpServer: smtpServer, composer: app.mail,
                    digest: digest, text: app.messages),
                status: status, user: signedIn)
        }

        routes.get(Paths.adminOutbox) { request in
            try list(request, try app.require(.manageUsers, request))
        }

        routes.post(Paths.adminOutboxDigest) { request in
            let signedIn = try app.require(.manageUsers, request)
            let fields = try request.formFields()
            guard let weekday = fields["weekday"].flatMap({ Int($0) }), (1...7).contains(weekday),
                  let hour = fields["hour"].flatMap({ Int($0) }), (0...23).contains(hour),
                  let version = fields["version"].flatMap({ Int($0) })
            else {
                return try list(request, signedIn, digestError: app.messages.t("Choose a day and an hour."), status: .unprocessableContent)
            }
            guard try choices.saveDigestSchedule(weekday: weekday, hour: hour, version: version, by: signedIn.user) else {
                return try list(
                    request, signedIn, digestError: app.messages.t("Someone changed the schedule meanwhile: here it is as saved now."),
                    status: .conflict)
            }
            return .redirect(to: Paths.adminOutbox.href(QueryString([("digest", "saved")])) + "#digest")
        }

        routes.get(Paths.adminOutboxMessage) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            let notice: String? = switch request.query["done"] {
            case "retry": app.messages.t("The message is pending again and will be sent at the next attempt.")
            case "discard": app.messages.t("The message was discarded: it will not be sent.")
            default: nil
            }
            return try show(app, outbox, id: id, signedIn, notice: notice, problem: nil, status: .ok)
        }

        routes.post(Paths.adminOutboxRetry) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            if let problem = try outbox.retry(id: id, by: signedIn.user, messages: app.messages) {
                return try show(app, outbox, id: id, signedIn, notice: nil, problem: problem, status: .conflict)
            }
            return .redirect(to: Paths.adminOutboxMessage.href(id, QueryString([("done", "retry")])))
        }

        routes.get(Paths.adminOutboxDiscard) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            let message = try outbox.message(id: id)
            return try app.pages.page(
                "pages/admin/outbox-discard", path: Paths.adminOutboxDiscard.href(id),
                OutboxDiscardPage(message, composer: app.mail, messages: app.messages), user: signedIn)
        }

        routes.post(Paths.adminOutboxDiscard) { request, id in
            let signedIn = try app.require(.manageUsers, request)
            if let problem = try outbox.discard(id: id, by: signedIn.user, messages: app.messages) {
                return try show(app, outbox, id: id, signedIn, notice: nil, problem: problem, status: .conflict)
            }
            return .redirect(to: Paths.adminOutboxMessage.href(id, QueryString([("done", "discard")])))
        }
    }

    private static func show(
        _ app: AppContext, _ outbox: OutboxService, id: Int, _ signedIn: SignedIn, notice: String?, problem: String?, status: HTTPStatus
    ) throws -> Response {
        let message = try outbox.message(id: id)
        return try app.pages.page(
            "pages/admin/outbox-message", path: Paths.adminOutboxMessage.href(id),
            OutboxMessagePage(
                message, composer: app.mail, mailConfigured: app.configuration.mail.smtp != nil, notice: notice, problem: problem,
                messages: app.messages),
            status: status, user: signedIn)
    }
}

/// The confirmation before a message is discarded.
struct OutboxDiscardPage: Encodable, Sendable {
    let workspaceNav = WorkspaceNavView(.outbox)
    let listHref = Paths.adminOutbox.href
    let number: Int
    let messageHref: String
    let discardAction: String
    let subject: String
    let to: String
    let kind: String

    init(_ message: OutboxMessage, composer: MailComposer, messages: Messages) {
        number = message.id
        messageHref = Paths.adminOutboxMessage.href(message.id)
        discardAction = Paths.adminOutboxDiscard.href(message.id)
        subject = composer.subject(of: message)
        to = message.toAddress
        kind = message.kind.label(messages)
    }
}
