/// One message on `/admin/outbox/:id`: its headers and text part as they are (or would be) sent, the
/// link's token masked, its delivery history, and retry and discard while it is pending or failed.
struct OutboxMessagePage: Encodable, Sendable {
    let workspaceNav = WorkspaceNavView(.outbox)
    let listHref = Paths.adminOutbox.href
    let number: Int
    let kind: String
    let state: String
    let stateClass: String
    let from: String
    let to: String
    let subject: String
    /// The recipient's language, which the subject and the text are written in (`lang` on them).
    let lang: String
    let messageID: String?
    let created: String
    let sent: String?
    let finished: String?
    let attempts: Int
    let nextAttempt: String?
    let error: String?
    /// The text part; a link's token shown as dots.
    let text: String
    let renderProblem: String?
    let tokenMasked: Bool
    let canRetry: Bool
    let canDiscard: Bool
    let retryAction: String
    let discardHref: String
    let notice: String?
    let problem: String?
    let mailConfigured: Bool

    init(_ message: OutboxMessage, composer: MailComposer, mailConfigured: Bool, notice: String?, problem: String?, messages: Messages) {
        number = message.id
        kind = message.kind.label(messages)
        state = message.state.label(messages)
        stateClass = message.state.rawValue
        from = (try? composer.sender().headerValue) ?? ""
        to = message.toName.isEmpty ? message.toAddress : "\(message.toName) <\(message.toAddress)>"
        subject = composer.subject(of: message)
        lang = message.language.rawValue
        messageID = message.messageID
        created = Formatting.storedTimestamp(message.createdAt)
        sent = message.sentAt.map(Formatting.storedTimestamp)
        finished = message.finishedAt.map(Formatting.storedTimestamp)
        attempts = message.attempts
        nextAttempt = message.state == .pending ? Formatting.storedTimestamp(Timestamp.format(seconds: message.nextAttemptAt)) : nil
        error = message.lastError
        do {
            text = try composer.render(message, secret: nil).text
            renderProblem = nil
        } catch {
            text = ""
            renderProblem = "This message cannot be shown: \(error)"
        }
        tokenMasked = message.kind.carriesSecret
        canRetry = (message.state == .failed || message.state == .pending) && (!message.kind.carriesSecret || message.holdsSecret)
        canDiscard = message.state == .failed || message.state == .pending
        retryAction = Paths.adminOutboxRetry.href(message.id)
        discardHref = Paths.adminOutboxDiscard.href(message.id)
        self.notice = notice
        self.problem = problem
        self.mailConfigured = mailConfigured
    }
}
