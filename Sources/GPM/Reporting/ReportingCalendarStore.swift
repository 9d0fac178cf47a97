import Foundation
import SQLite

/// The secretariat's settings row (`secretariat_settings`): its time zone, from which cycle dates become
/// instants.
struct ReportingCalendarStore {
    let db: Connection

    /// The stored zone name and the row's version (for the settings form).
    func timeZoneSetting() throws -> (identifier: String, version: Int) {
        guard let row = try db.queryOne("SELECT time_zone, version FROM secretariat_settings WHERE id = 1") else {
            return (ReportingCalendar.defaultTimeZone, 0)
        }
        return (try row.string("time_zone"), try row.int("version"))
    }

    /// The calendar of the stored zone. A zone this system's Foundation does not know (a database moved
    /// between machines) falls back to the default rather than stopping every page.
    func calendar() throws -> ReportingCalendar {
        let stored = try timeZoneSetting().identifier
        if let calendar = ReportingCalendar(timeZoneIdentifier: stored) { return calendar }
        return ReportingCalendar(timeZoneIdentifier: ReportingCalendar.defaultTimeZone)
            ?? ReportingCalendar(timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
    }

    /// The whole row, for the audit log.
    func snapshot() throws -> AuditSnapshot? {
        try db.queryOne("SELECT time_zone, version FROM secretariat_settings WHERE id = 1").map { AuditSnapshot(row: $0, excluding: []) }
    }

    /// Saves the zone if nobody saved it since `version`; false for a stale save.
    func setTimeZone(_ identifier: String, version: Int, now: String) throws -> Bool {
        try db.run(
            "UPDATE secretariat_settings SET time_zone = ?, version = version + 1, updated_at = ? WHERE id = 1 AND version = ?",
            identifier, now, version)
        return db.changes > 0
    }
}
