/// What happens to a brief, and who is told: the one place that turns a workflow step into messages.
/// A notification records its English `message` as sent; readers see it written in their language from
/// its kind, version and note (`UserNotification.text(_:)`).
/// Each event writes in-app notifications (`NotificationStore`) and records its email (`EventMail`, the
/// outbox) in the step's own transaction, so every channel hears of the same events.
struct BriefEvents {
    /// Over the step's own connection.
    let notifications: NotificationStore
    /// The outbox, over the same connection.
    let mail: EventMail
    /// The step's timestamp.
    let now: String

    /// The office sent version `version` of the brief: every active reviewer (staff and admins) is told.
    func submitted(_ brief: BriefRecord, version: Int, cityName: String) throws {
        let verb = version == 1 ? "submitted" : "resubmitted (version \(version))"
        try notifications.notifyReviewers(
            kind: .submitted, briefID: brief.id,
            message: "\(cityName.isEmpty ? "A city" : cityName) \(verb) its \(brief.year) Mayor Brief “\(brief.displayTitle)”.",
            version: version, now: now)
        try mail.briefSubmitted(brief, version: version)
    }

    /// A reviewer published the brief or asked for changes (`comment` says what): the office is told.
    func decided(_ brief: BriefRecord, published: Bool, comment: String) throws {
        let message = published
            ? "Your \(brief.year) Mayor Brief “\(brief.displayTitle)” was published as a best practice."
            : "Changes were requested on your \(brief.year) Mayor Brief “\(brief.displayTitle)”: \(comment)"
        try notifications.notifyOffice(
            cityID: brief.cityID, kind: published ? .published : .changesRequested, briefID: brief.id, message: message,
            note: published ? "" : comment, now: now)
        try mail.briefDecided(brief, published: published, comment: comment)
    }

    /// The secretariat took the published brief off the public pages: the office is told why.
    func withdrawn(_ brief: BriefRecord, reason: String) throws {
        try notifications.notifyOffice(
            cityID: brief.cityID, kind: .withdrawn, briefID: brief.id,
            message: "Your \(brief.year) Mayor Brief “\(brief.displayTitle)” was withdrawn from the public pages."
                + (reason.isEmpty ? "" : " Reason: \(reason)"), note: reason, now: now)
        try mail.briefWithdrawn(brief, reason: reason)
    }
}
