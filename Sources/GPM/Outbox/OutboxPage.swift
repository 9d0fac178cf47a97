import Foundation

/// `/admin/outbox`: the messages of one state (or all), newest first, with the counts of every state and
/// whether mail is sent at all (with no SMTP server the page says that messages wait here).
struct OutboxPage: Encodable, Sendable {
    /// One filter link with its count.
    struct Filter: Encodable, Sendable {
        let label: String
        let count: String
        let href: String
        let current: Bool
    }

    /// One message's row.
    struct Row: Encodable, Sendable {
        let href: String
        let number: Int
        let kind: String
        let to: String
        let subject: String
        /// The recipient's language, which the subject is written in.
        let subjectLang: String
        let state: String
        let stateClass: String
        let attempts: Int
        let created: String
        let error: String?
    }

    let workspaceNav = WorkspaceNavView(.outbox)
    let mailConfigured: Bool
    let smtpServer: String?
    let filters: [Filter]
    let stateLabel: String
    /// What the empty list says.
    let emptyText: String
    let rows: [Row]
    let hasRows: Bool
    let previousHref: String?
    let nextHref: String?
    let digest: DigestScheduleView

    init(
        messages: [OutboxMessage], counts: OutboxCounts, state: OutboxState?, page: Int, smtpServer: String?, composer: MailComposer,
        digest: DigestScheduleView, text: Messages
    ) {
        self.digest = digest
        mailConfigured = smtpServer != nil
        self.smtpServer = smtpServer
        var filters = [Filter(label: text.t("All"), count: Formatting.number(counts.total), href: Paths.adminOutbox.href, current: state == nil)]
        for each in OutboxState.allCases {
            filters.append(Filter(
                label: each.label(text), count: Formatting.number(counts[each]),
                href: Paths.adminOutbox.href(QueryString([("state", each.rawValue)])), current: state == each))
        }
        self.filters = filters
        stateLabel = state?.label(text) ?? text.t("All")
        emptyText = state?.emptyText(text)
            ?? text.t("No messages yet. They appear here when a brief is submitted or reviewed, or an invitation or a reset link is created.")
        rows = messages.map { message in
            Row(
                href: Paths.adminOutboxMessage.href(message.id), number: message.id, kind: message.kind.label(text),
                to: message.toName.isEmpty ? message.toAddress : "\(message.toName) <\(message.toAddress)>",
                subject: composer.subject(of: message), subjectLang: message.language.rawValue, state: message.state.label(text), stateClass: message.state.rawValue,
                attempts: message.attempts, created: Formatting.storedTimestamp(message.createdAt), error: message.lastError)
        }
        hasRows = !rows.isEmpty
        let total = state.map { counts[$0] } ?? counts.total
        func link(_ number: Int) -> String {
            var query = QueryString()
            query.add("state", state?.rawValue)
            if number > 1 { query.add("page", String(number)) }
            return Paths.adminOutbox.href(query)
        }
        previousHref = page > 1 ? link(page - 1) : nil
        nextHref = page * OutboxService.pageSize < total ? link(page + 1) : nil
    }
}
