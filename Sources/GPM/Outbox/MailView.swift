import Foundation

/// What a mail template may name: one view for every kind, the values a kind does not use left nil, so
/// strict rendering finds every name (as pages do). Text templates use `{{{…}}}` (no HTML escaping in
/// plain text); HTML templates use `{{…}}`. Values written in Swift (dates, "A city") are in the
/// recipient's language, as the templates' `{{#t}}` sections are.
struct MailView: Encodable, Sendable {
    /// A number a plural message counts (`{{#daysLeft}}{{#tn}}… {count} day|… {count} days{{/tn}}{{/daysLeft}}`).
    struct Count: Encodable, Sendable {
        let count: Int
    }

    /// The recipient's language, for the HTML part's `<html lang>`.
    let lang: String
    /// The recipient's name ("" for an invitation: the person has no account yet).
    let recipientName: String
    /// The one link the message leads to, absolute (from `--base-url`). On `/admin/outbox` a token in it is masked.
    let link: String
    /// The platform's address, for the footer.
    let siteURL: String
    let year: String?
    let title: String?
    let city: String?
    /// The city that submitted a brief, or "A city" when it is gone.
    let submitter: String
    let comment: String?
    let reason: String?
    let version: String?
    /// A resubmission (version 2 or later) rather than the first submission.
    let resubmitted: Bool
    let role: String?
    let invitedBy: String?
    /// The one-click unsubscribe link, for mail its recipient can turn off (nil on `/admin/outbox`).
    let unsubscribeLink: String?
    /// A reminder: the deadline as a date, the whole days left, which step, and whether a draft exists.
    let deadline: String?
    let daysLeft: Count?
    let overdue: Bool
    let lastDay: Bool
    let hasDraft: Bool
    /// The digest: its week and its three lists (none empty when shown).
    let week: String?
    let waiting: [String]
    let overdueCities: [String]
    /// Opted-in commitments not confirmed for over a cycle; nil when none.
    let stale: Count?
    let hasWaiting: Bool
    let hasOverdue: Bool
    /// A message the secretariat wrote: its paragraphs.
    let paragraphs: [String]
    let subject: String?
    /// Who wrote it (the admin's name).
    let sender: String?

    init(message: OutboxMessage, messages: Messages, link: String, siteURL: String, unsubscribeLink: String? = nil) {
        let params = message.params
        lang = messages.language.rawValue
        recipientName = message.toName
        self.link = link
        self.siteURL = siteURL
        year = params["year"]
        title = params["title"]
        city = params["city"].flatMap { $0.isEmpty ? nil : $0 }
        submitter = city ?? messages.t("A city")
        comment = params["comment"].flatMap { $0.isEmpty ? nil : $0 }
        reason = params["reason"].flatMap { $0.isEmpty ? nil : $0 }
        version = params["version"]
        resubmitted = (params["version"].flatMap(Int.init) ?? 1) > 1
        // Recorded as the role's value (named here in the recipient's language); older messages hold the English label.
        role = params["role"].map { Role(rawValue: $0)?.label(messages) ?? $0 }
        invitedBy = params["invited_by"]
        self.unsubscribeLink = unsubscribeLink
        deadline = params["deadline"].map { Self.date($0, messages) }
        daysLeft = params["days_left"].flatMap(Int.init).map(Count.init)
        overdue = params["step"] == ReminderStep.overdue.rawValue
        lastDay = params["step"] == ReminderStep.day.rawValue
        hasDraft = params["draft"] == "1"
        week = params["week"]
        func lines(_ key: String) -> [String] { (params[key] ?? "").split(separator: "\n").map(String.init) }
        waiting = lines("waiting")
        overdueCities = lines("overdue")
        hasWaiting = !waiting.isEmpty
        hasOverdue = !overdueCities.isEmpty
        stale = params["stale_count"].flatMap(Int.init).flatMap { $0 > 0 ? Count(count: $0) : nil }
        subject = params["subject"]
        sender = params["sender"]
        paragraphs = (params["body"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A stored date ("2026-03-31") written in full in the language of `messages` ("31 mars 2026"); English,
    /// and anything that is not a whole date, as the pages write it (`Formatting.date`).
    static func date(_ text: String, _ messages: Messages) -> String {
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard messages.language != .en, parts.count == 3 else { return Formatting.date(text) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else {
            return Formatting.date(text)
        }
        return messages.date(date)
    }
}
