/// What an outgoing message is about (`outbox.kind`): each kind has a text and an HTML template in
/// `Templates/mail/` named after its raw value.
enum MailKind: String, Sendable, CaseIterable {
    case invitation
    case passwordReset = "password_reset"
    case briefSubmitted = "brief_submitted"
    case changesRequested = "changes_requested"
    case briefPublished = "brief_published"
    case briefWithdrawn = "brief_withdrawn"
    /// A reminder to a city office whose brief for an open cycle is not submitted (30, 7, 1 days, overdue).
    case reminder
    /// The weekly digest for the secretariat.
    case digest
    /// A message an admin wrote to the offices of a list of cities.
    case secretariatMessage = "secretariat_message"

    /// How admins see the kind on `/admin/outbox`.
    var label: String {
        switch self {
        case .invitation: "Invitation"
        case .passwordReset: "Password reset"
        case .briefSubmitted: "Brief submitted"
        case .changesRequested: "Changes requested"
        case .briefPublished: "Brief published"
        case .briefWithdrawn: "Brief withdrawn"
        case .reminder: "Deadline reminder"
        case .digest: "Weekly digest"
        case .secretariatMessage: "Message from the secretariat"
        }
    }

    /// The choice on `/account` that turns this kind off; nil for mail that is always sent (invitations,
    /// reset links, and the review decisions on the office's own brief).
    var topic: MailTopic? {
        switch self {
        case .briefSubmitted: .briefSubmitted
        case .reminder: .reminders
        case .digest: .digest
        case .secretariatMessage: .secretariatMessages
        case .invitation, .passwordReset, .changesRequested, .briefPublished, .briefWithdrawn: nil
        }
    }

    /// The template's name without extension (`mail/brief_submitted.txt`, `mail/brief_submitted.html`).
    var template: String { rawValue }

    /// Whether the message carries a link with a token (kept only while pending).
    var carriesSecret: Bool { self == .invitation || self == .passwordReset }
}

/// Where a message stands (`outbox.state`).
enum OutboxState: String, Sendable, CaseIterable {
    /// Waiting for its (next) attempt; with no SMTP configured, waiting for a server.
    case pending
    /// The server accepted it (250 to the end of DATA).
    case sent
    /// Refused for good (5xx) or still failing after the last attempt; an admin may retry it.
    case failed
    /// Not sent: the recipient was deactivated, its link expired, or an admin discarded it.
    case dropped

    var label: String {
        switch self {
        case .pending: "Pending"
        case .sent: "Sent"
        case .failed: "Failed"
        case .dropped: "Dropped"
        }
    }
}
