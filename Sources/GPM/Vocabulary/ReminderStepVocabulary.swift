/// Which reminder an office gets before a cycle's deadline (`outbox.params.step`, part of the reminder's
/// dedupe key): 30, 7 and 1 days before, and once when the deadline has passed.
enum ReminderStep: String, Sendable, CaseIterable {
    case month = "30d"
    case week = "7d"
    case day = "1d"
    case overdue

    /// The latest step due with `daysLeft` whole days until the deadline day (0 on the day itself,
    /// negative once it has passed): after downtime only this one is sent, not the ones it overtook.
    static func due(daysLeft: Int) -> ReminderStep? {
        if daysLeft < 0 { return .overdue }
        if daysLeft <= 1 { return .day }
        if daysLeft <= 7 { return .week }
        if daysLeft <= 30 { return .month }
        return nil
    }
}
