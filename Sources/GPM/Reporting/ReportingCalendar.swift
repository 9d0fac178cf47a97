import Foundation

/// The one reading of a cycle's dates as instants, in the secretariat's time zone (a setting,
/// `secretariat_settings.time_zone`, `Europe/Amsterdam` by default). Everything that asks "is the
/// deadline past?" or "which cycles are open?" asks here, with the instant from `PlatformClock`:
///
/// ```swift
/// let calendar = try ReportingCalendarStore(db: db).calendar()
/// calendar.deadlineInstant(of: cycle)          // the first instant after the deadline day
/// calendar.openCycles(cycles, at: clock.now()) // opens_on <= today < closes_on
/// ```
struct ReportingCalendar: Sendable, Equatable {
    static let defaultTimeZone = "Europe/Amsterdam"

    let timeZone: TimeZone

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    /// The calendar of `identifier`, or nil when Foundation does not know that zone.
    init?(timeZoneIdentifier identifier: String) {
        guard let zone = Self.zone(identifier) else { return nil }
        timeZone = zone
    }

    /// An IANA zone name Foundation knows (`Europe/Amsterdam`, `UTC`); nil for anything else. Abbreviations
    /// such as `CET` are refused: their offsets are ambiguous.
    static func zone(_ identifier: String) -> TimeZone? {
        let name = identifier.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name == "UTC" || name.contains("/"), let zone = TimeZone(identifier: name) else { return nil }
        return zone
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The first instant of `date` ('YYYY-MM-DD') in the secretariat's zone.
    func startOfDay(_ date: String) -> Date? {
        guard ReportingCycleInput.isCalendarDate(date) else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        return calendar.date(from: components).map { calendar.startOfDay(for: $0) }
    }

    /// THE deadline of a cycle as an instant: the end of its deadline day in the secretariat's zone, given
    /// as the first instant of the next day. A submission strictly before it is on time; at or after it, late.
    /// (Reminders use this too.)
    func deadlineInstant(of cycle: ReportingCycle) -> Date {
        guard let start = startOfDay(cycle.deadline), let next = calendar.date(byAdding: .day, value: 1, to: start) else {
            // Stored dates are checked by the table (GLOB) and the form; an impossible one counts as already due.
            return .distantPast
        }
        return next
    }

    /// The deadline instant as the tables keep timestamps, to compare with `submitted_at` in SQL.
    func deadlineTimestamp(of cycle: ReportingCycle) -> String { Timestamp.format(deadlineInstant(of: cycle)) }

    /// True when `instant` falls after the cycle's deadline.
    func isLate(_ instant: Date, in cycle: ReportingCycle) -> Bool { instant >= deadlineInstant(of: cycle) }

    /// The secretariat's date at `instant` ('YYYY-MM-DD').
    func today(at instant: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// True when offices may file in `cycle` at `instant`: opens_on <= today < closes_on, today in the zone.
    func isOpen(_ cycle: ReportingCycle, at instant: Date) -> Bool {
        let today = today(at: instant)
        return cycle.opensOn <= today && today < cycle.closesOn
    }

    /// THE open cycles at `instant`, latest year first (decided by the dates, never by "the highest year").
    func openCycles(_ cycles: [ReportingCycle], at instant: Date) -> [ReportingCycle] {
        cycles.filter { isOpen($0, at: instant) }.sorted { $0.year > $1.year }
    }
}
