import Foundation

/// Scheduled backups, as `--backup-dir DIR --backup-every 24h --backup-keep 14` describe them: a copy of the
/// database every `interval`, written into `directory` as `gpm-YYYYMMDDTHHMMSSZ.sqlite`, the newest `keep` kept.
public struct BackupSchedule: Sendable, Equatable {
    public var directory: String
    /// Seconds between two copies.
    public var interval: TimeInterval
    /// How many copies are kept (the newest); older ones are deleted after each copy.
    public var keep: Int

    public static let defaultInterval: TimeInterval = 24 * 3600
    public static let defaultKeep = 14

    public init(directory: String, interval: TimeInterval = defaultInterval, keep: Int = defaultKeep) {
        self.directory = directory
        self.interval = interval
        self.keep = keep
    }

    /// `30m`, `6h`, `24h`, `7d` (also `90s` for tests): a whole positive number and one unit; nil otherwise.
    public static func duration(parsing text: String) -> TimeInterval? {
        guard let unit = text.last, text.count >= 2 else { return nil }
        let digits = text.dropLast()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits), count > 0, count <= 100_000 else { return nil }
        switch unit {
        case "s": return TimeInterval(count)
        case "m": return TimeInterval(count * 60)
        case "h": return TimeInterval(count * 3600)
        case "d": return TimeInterval(count * 86400)
        default: return nil
        }
    }

    /// The name of the copy taken at `date`: `gpm-20261206T113832Z.sqlite` (UTC, whole seconds).
    public static func fileName(at date: Date) -> String {
        let stamp = Timestamp.format(date).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        return "gpm-\(stamp).sqlite"
    }

    /// The instant a copy's name records, or nil for a file that is not one of the schedule's copies.
    public static func date(ofFileName name: String) -> Date? {
        guard let match = name.wholeMatch(of: /gpm-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.sqlite/) else { return nil }
        return Timestamp.parse("\(match.1)-\(match.2)-\(match.3)T\(match.4):\(match.5):\(match.6)Z")
    }
}
