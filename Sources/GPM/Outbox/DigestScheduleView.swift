import Foundation

/// The weekly digest's form on `/admin/outbox`: weekday and hour (in the secretariat's time zone), the
/// row's version (a stale save is refused), and the outcome of the last save.
struct DigestScheduleView: Encodable {
    /// One option of a select.
    struct Option: Encodable {
        let value: Int
        let label: String
        let selected: Bool
    }

    let action = Paths.adminOutboxDigest.href
    let weekdays: [Option]
    let hours: [Option]
    let version: Int
    let saved: Bool
    let error: String?

    init(_ settings: MailSettings, saved: Bool, error: String?, messages: Messages) {
        weekdays = (1...7).map { Option(value: $0, label: Self.weekday($0, messages), selected: $0 == settings.digestWeekday) }
        hours = (0...23).map { Option(value: $0, label: String(format: "%02d:00", $0), selected: $0 == settings.digestHour) }
        version = settings.version
        self.saved = saved
        self.error = error
    }

    static func weekday(_ number: Int, _ messages: Messages) -> String {
        switch number {
        case 1: messages.t("Monday")
        case 2: messages.t("Tuesday")
        case 3: messages.t("Wednesday")
        case 4: messages.t("Thursday")
        case 5: messages.t("Friday")
        case 6: messages.t("Saturday")
        default: messages.t("Sunday")
        }
    }
}
