import Foundation
import SQLite

/// One year of Mayor Brief reporting: the year briefs report on and the date they are due.
struct ReportingCycle: Sendable, Equatable {
    let year: Int
    /// 'YYYY-MM-DD'.
    let deadline: String
    let note: String?
    let version: Int

    /// Whole days from `today` (the caller's clock) until the deadline (negative once it has passed).
    func daysLeft(today: Date) -> Int? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let due = formatter.date(from: deadline),
              let start = formatter.date(from: formatter.string(from: today)) else { return nil }
        return Int((due.timeIntervalSince(start) / 86_400).rounded())
    }
}
