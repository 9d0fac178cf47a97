import Foundation

/// `pages/workspace/reviews/index`: the review queue's three sections and the words for due dates.
struct ReviewQueuePage: Encodable {
    /// One brief in a section of the queue (also the brief the withdrawal page is about).
    struct Row: Encodable {
        let href: String
        let city: String
        let year: Int
        let title: String
        let submittedAt: String
        let submittedISO: String
        let submission: String
        let deadline: String
        let publishedAt: String
        let publicHref: String
        /// "12 days", "due today", "3 days overdue"; "—" without a reporting cycle.
        let daysLeft: String
        let isOverdue: Bool
        /// When the latest review was written; nil before the first review.
        let reviewedAt: String?
        /// The latest review's comment, shortened to 160 characters; nil when there is none.
        let reviewComment: String?
        /// The brief's language and direction: its title is the city's words.
        let lang: String
        let dir: String

        init(_ item: ReviewQueueItem, today: Date, messages: Messages) {
            lang = item.language.tag
            dir = item.language.direction
            href = Paths.review.href(item.id)
            city = item.cityName
            year = item.year
            title = item.title.isEmpty ? messages.t("Untitled draft") : item.title
            submittedAt = item.submittedAt.map(ReviewQueuePage.timestamp) ?? "—"
            submittedISO = item.submittedAt ?? ""
            submission = ReviewQueuePage.submission(item.versionNumber, messages)
            deadline = item.deadline.map(Formatting.date) ?? messages.t("no reporting cycle")
            publishedAt = item.publishedAt.map(ReviewQueuePage.timestamp) ?? "—"
            publicHref = Paths.publishedBrief.href(item.citySlug, item.year)
            if let deadline = item.deadline,
               let due = ReportingCycle.dayNumber(deadline), let now = ReportingCycle.dayNumber(String(Timestamp.format(today).prefix(10))) {
                let days = due - now
                daysLeft = ReviewQueuePage.daysLeft(days, messages)
                isOverdue = days < 0
            } else {
                daysLeft = "—"
                isOverdue = false
            }
            reviewedAt = item.lastReviewAt.map(ReviewQueuePage.timestamp)
            reviewComment = item.lastReviewComment.flatMap { comment in
                comment.isEmpty ? nil : comment.count > 160 ? String(comment.prefix(157)) + "…" : comment
            }
        }
    }

    let workspaceNav = WorkspaceNavView(.reviews)
    let awaiting: [Row]
    let hasAwaiting: Bool
    let awaitingCount: Int
    let changesRequested: [Row]
    let hasChangesRequested: Bool
    let published: [Row]
    let hasPublished: Bool

    init(_ queue: ReviewQueue, messages: Messages) {
        awaiting = queue.awaiting.map { Row($0, today: queue.today, messages: messages) }
        hasAwaiting = !queue.awaiting.isEmpty
        awaitingCount = queue.awaiting.count
        changesRequested = queue.changesRequested.map { Row($0, today: queue.today, messages: messages) }
        hasChangesRequested = !queue.changesRequested.isEmpty
        published = queue.published.map { Row($0, today: queue.today, messages: messages) }
        hasPublished = !queue.published.isEmpty
    }

    /// "first submission", "resubmission (version 3)".
    static func submission(_ number: Int?, _ messages: Messages) -> String {
        switch number {
        case nil: "—"
        case 1?: messages.t("first submission (version 1)")
        case let number?: messages.t("resubmission (version {number})", ["number": String(number)])
        }
    }

    static func daysLeft(_ days: Int, _ messages: Messages) -> String {
        days > 0 ? messages.tn("{count} day", "{count} days", count: days)
            : days == 0 ? messages.t("due today") : messages.tn("{count} day overdue", "{count} days overdue", count: -days)
    }

    /// '2026-03-02T14:05:09Z' → "2 March 2026, 14:05 UTC".
    static func timestamp(_ text: String) -> String { Formatting.timestamp(text) }
}
