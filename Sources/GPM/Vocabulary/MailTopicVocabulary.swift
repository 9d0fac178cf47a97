/// What a person may choose not to receive by email (`mail_opt_outs.topic`): chosen on `/account` or by the
/// one-click unsubscribe link of a message (RFC 8058). Every topic is on until turned off.
enum MailTopic: String, Sendable, CaseIterable {
    /// Staff and admins: an office submitted (or resubmitted) its brief.
    case briefSubmitted = "brief_submitted"
    /// City offices: the deadline reminders of an open cycle.
    case reminders
    /// Staff and admins: the weekly digest.
    case digest
    /// City offices: messages an admin writes to a list of cities.
    case secretariatMessages = "secretariat_messages"

    /// The choice as `/account` and the unsubscribe page name it, in the page's language.
    func label(_ messages: Messages) -> String {
        switch self {
        case .briefSubmitted: messages.t("Notices when a city submits its Mayor Brief")
        case .reminders: messages.t("Reminders before the reporting deadline")
        case .digest: messages.t("The weekly digest of the secretariat")
        case .secretariatMessages: messages.t("Messages from the secretariat")
        }
    }

    /// The topics a role is sent (the others never reach it, so `/account` does not offer them).
    static func offered(to role: Role) -> [MailTopic] {
        switch role {
        case .admin, .staff: [.briefSubmitted, .digest]
        case .cityOffice: [.reminders, .secretariatMessages]
        }
    }
}
