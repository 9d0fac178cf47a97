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

    /// How admins see the kind on `/admin/outbox`, in the page's language.
    func label(_ messages: Messages) -> String {
        switch self {
        case .invitation: messages.t("Invitation")
        case .passwordReset: messages.t("Password reset")
        case .briefSubmitted: messages.t("Brief submitted")
        case .changesRequested: messages.t("Changes requested")
        case .briefPublished: messages.t("Brief published")
        case .briefWithdrawn: messages.t("Brief withdrawn")
        case .reminder: messages.t("Deadline reminder")
        case .digest: messages.t("Weekly digest")
        case .secretariatMessage: messages.t("Message from the secretariat")
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

    /// The English name, for what is stored (audit summaries).
    var label: String { label(Localization.englishOnly.messages(.en)) }

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

    /// The state's name, in the page's language.
    func label(_ messages: Messages) -> String {
        switch self {
        case .pending: messages.t("Pending", context: "message")
        case .sent: messages.t("Sent", context: "message")
        case .failed: messages.t("Failed", context: "message")
        case .dropped: messages.t("Dropped", context: "message")
        }
    }

    /// "No pending messages.": what the list of one state says when it is empty.
    func emptyText(_ messages: Messages) -> String {
        switch self {
        case .pending: messages.t("No pending messages.")
        case .sent: messages.t("No sent messages.")
        case .failed: messages.t("No failed messages.")
        case .dropped: messages.t("No dropped messages.")
        }
    }

    /// Why a message in this state cannot be sent again or discarded (only pending and failed ones can).
    func refusal(_ messages: Messages) -> String {
        switch self {
        case .sent: messages.t("This message has been sent; only pending and failed messages can be sent again or discarded.")
        case .dropped: messages.t("This message has been dropped; only pending and failed messages can be sent again or discarded.")
        case .pending, .failed: messages.t("Only pending and failed messages can be sent again or discarded.")
        }
    }
}
