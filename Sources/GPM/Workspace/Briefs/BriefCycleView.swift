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
    init(_ cycle: ReportingCycle, today: String) {
        let days = cycle.daysLeft(today: today)
        year = cycle.year
        deadline = Formatting.date(cycle.deadline)
        deadlineISO = cycle.deadline
        closesOn = Formatting.date(cycle.closesOn)
        closesISO = cycle.closesOn
        note = cycle.note
        daysLeft = days.map { $0 < 0 ? "passed \(-$0) days ago" : $0 == 0 ? "due today" : "\($0) days left" }
        isOverdue = (days ?? 0) < 0
    }
}
