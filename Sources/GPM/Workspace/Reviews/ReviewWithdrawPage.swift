import Foundation

/// `pages/workspace/reviews/withdraw`: the confirmation taking a published brief off the public pages,
/// with the reason as sent and what is wrong with it.
struct ReviewWithdrawPage: Encodable {
    let workspaceNav = WorkspaceNavView(.reviews)
    let brief: ReviewQueuePage.Row
    let formAction: String
    let status: String
    let canWithdraw: Bool
    let reason: String
    let hasError: Bool
    /// What is wrong with the reason; nil when nothing is.
    let error: String?
    /// "There is a problem", linking to the reason.
    let errorSummary: FormErrorSummaryView

    init(_ item: ReviewQueueItem, today: Date, reason: String, error: String?, messages: Messages) {
        brief = ReviewQueuePage.Row(item, today: today, messages: messages)
        formAction = Paths.reviewWithdraw.href(item.id)
        status = item.status.label(messages)
        canWithdraw = item.status == .published
        self.reason = reason
        hasError = error != nil
        self.error = error
        errorSummary = FormErrorSummaryView(error.map { [(id: "reason", message: $0)] } ?? [])
    }
}
