import Foundation

/// A reporting cycle as the office reads it: the year, the deadline and the days left, and when it closes.
struct BriefCycleView: Encodable {
    let year: Int
    let deadline: String
    let deadlineISO: String
    let closesOn: String
    let closesISO: String
    let note: String?
    /// "12 days left", "due today", "passed 3 days ago"; nil when the deadline is not a date.
    let daysLeft: String?
    let isOverdue: Bool

    /// `today`: the secretariat's date by the platform clock (`ReportingCalendar.today(at:)`).
    init(_ cycle: ReportingCycle, today: String, messages: Messages) {
        let days = cycle.daysLeft(today: today)
        year = cycle.year
        deadline = Formatting.date(cycle.deadline)
        deadlineISO = cycle.deadline
        closesOn = Formatting.date(cycle.closesOn)
        closesISO = cycle.closesOn
        note = cycle.note
        daysLeft = days.map { days in
            days < 0 ? messages.tn("passed {count} day ago", "passed {count} days ago", count: -days)
                : days == 0 ? messages.t("due today") : messages.tn("{count} day left", "{count} days left", count: days)
        }
        isOverdue = (days ?? 0) < 0
    }
}
