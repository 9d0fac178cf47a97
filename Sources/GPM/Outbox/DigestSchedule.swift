import Foundation

/// When the weekly digest falls due: the latest occurrence of the chosen weekday and hour in the
/// secretariat's time zone, and the ISO week it belongs to (one digest per user and week).
enum DigestSchedule {
    /// A digest missed while the platform was down goes out when it is back within this long; after a
    /// longer gap that week's digest is skipped (a stale digest tells nothing the next one will not).
    static let catchUp: TimeInterval = 2 * 86_400

    /// The latest instant at or before `now` that is ISO weekday `weekday` (1 Monday … 7 Sunday) at
    /// `hour`:00 in `zone`.
    static func latestOccurrence(weekday: Int, hour: Int, atOrBefore now: Date, in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let gregorianWeekday = weekday % 7 + 1  // Foundation counts from Sunday = 1
        for back in 0...7 {
            guard let day = calendar.date(byAdding: .day, value: -back, to: now),
                  calendar.component(.weekday, from: day) == gregorianWeekday,
                  let at = calendar.date(bySettingHour: hour, minute: 0, second: 0, of: day), at <= now
            else { continue }
            return at
        }
        return nil
    }

    /// The ISO week of `instant` in `zone`, as `2026-W47`.
    static func week(of instant: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: instant)
        return String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0)
    }
}
