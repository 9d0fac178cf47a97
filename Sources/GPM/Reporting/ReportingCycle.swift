import Foundation

/// One year of Mayor Brief reporting: the year briefs report on, the day offices may start (`opensOn`),
/// the day they are due (`deadline`, until the end of that day in the secretariat's time zone) and the
/// day filing stops (`closesOn`, not included). Dates are 'YYYY-MM-DD'; `ReportingCalendar` turns them
/// into instants.
struct ReportingCycle: Sendable, Equatable {
    let year: Int
    let opensOn: String
    let deadline: String
    let closesOn: String
    let note: String?
    /// Which cities are expected to file a brief in this cycle.
    let expected: ExpectedCities
    let version: Int

    /// Whole days from `today` ('YYYY-MM-DD' in the secretariat's zone, `ReportingCalendar.today(at:)`)
    /// until the deadline (0 on the day itself, negative once it has passed).
    func daysLeft(today: String) -> Int? {
        guard let due = Self.dayNumber(deadline), let start = Self.dayNumber(today) else { return nil }
        return due - start
    }

    /// Days since 1970-01-01 of a 'YYYY-MM-DD' date (calendar arithmetic, no time zone involved).
    static func dayNumber(_ date: String) -> Int? {
        guard ReportingCycleInput.isCalendarDate(date) else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        guard let day = calendar.date(from: components) else { return nil }
        return Int((day.timeIntervalSince1970 / 86_400).rounded(.down))
    }
}

/// Which cities a cycle expects a Mayor Brief from (`reporting_cycles.expected`).
enum ExpectedCities: String, Sendable, CaseIterable {
    /// Member cities with at least one action opted in (the default: the papers tie the brief to commitments).
    case committed
    /// Every member city.
    case members
    /// The cities the secretariat listed for the cycle (`reporting_cycle_cities`).
    case chosen

    var label: String { label(Localization.englishOnly.messages(.en)) }

    /// The label in the language of `messages`.
    func label(_ messages: Messages) -> String {
        switch self {
        case .committed: messages.t("Member cities with at least one commitment")
        case .members: messages.t("All member cities")
        case .chosen: messages.t("The cities listed below")
        }
    }
}
